"""The visit summary: what was done today, what was sent and lent, and where to get more help."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from printing.documents.layout import (
    CONTENT_WIDTH,
    RULE,
    Styles,
    Translate,
    build,
    bullets,
    clock_time,
    contact_box,
    details_table,
    identity,
    long_date,
    styles,
    text,
)
from printing.documents.model import LentDevice, VisitDocument, VisitSummary
from printing.documents.scripts import Paragraph
from printing.documents.texts import DocumentTexts, DocumentTextsError, load_texts

TITLE = "Your visit today"


def compose_visit_summary(
    visit: VisitSummary,
    output: Path,
    *,
    texts: DocumentTexts | None = None,
    translate: Translate = identity,
) -> int:
    """Write the visit summary to `output` as a PDF and return its page count."""
    texts = texts or load_texts()
    t = translate
    st = styles(t)
    story: list[Any] = [
        Paragraph(text(t(TITLE)), st.title),
        _when_and_where(visit, st, t),
        Paragraph(text(t("What we did today")), st.heading),
        bullets(
            [text(item) for item in visit.done] or [text(t("We talked about what you need."))], st
        ),
    ]
    if visit.documents:
        story += _documents(visit.documents, st, t)
    for device in visit.devices:
        story += _device(device, st, t)
    heading: list[Any] = [Paragraph(text(t("Where to get more help")), st.heading)]
    for kind in visit.signposts:
        contact = texts.signposts.get(kind.value)
        if contact is None:
            raise DocumentTextsError(f"the document texts have no [signposting.{kind.value}]")
        # The heading goes with the first box: never alone at the foot of a page.
        story.append(KeepTogether([*heading, contact_box(contact, t(contact.title), st, t)]))
        story.append(Spacer(1, 3 * mm))
        heading = []
    story.append(Spacer(1, 2 * mm))
    story.append(KeepTogether([contact_box(texts.council, t("How to contact the council"), st, t)]))
    return build(output, story, title=t(TITLE), texts=texts, translate=t)


def _when_and_where(visit: VisitSummary, st: Styles, t: Translate) -> Table:
    """Date and time, place and helper: two pairs to a row, so the summary keeps to a sheet,
    when each fits its column on one line (else a pair to a row)."""
    label, value = 30 * mm, CONTENT_WIDTH / 2 - 30 * mm
    wide = 18 * mm  # the date is the longest value
    pairs = [
        (t("Date"), long_date(visit.when.date(), t)),
        (t("Where"), visit.site),
        (t("Time"), clock_time(visit.when)),
        (t("Helped by"), visit.champion_first_name),
    ]
    widths = [label, value + wide, label, value - wide]
    room = [widths[1], widths[3], widths[1], widths[3]]
    if any(
        width(k, st.label) > label - 4 or width(v, st.body) > r - 4
        for (k, v), r in zip(pairs, room, strict=True)
    ):
        return details_table([(k, text(v)) for k, v in pairs], st)
    cells = [[Paragraph(text(k), st.label), Paragraph(text(v), st.body)] for k, v in pairs]
    rows = [[*cells[0], *cells[1]], [*cells[2], *cells[3]]]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def width(value: str, style: ParagraphStyle) -> float:
    """How wide `value` is on one line in `style`'s font (the main font's measure)."""
    return float(stringWidth(value, style.fontName, style.fontSize))


def _documents(documents: tuple[VisitDocument, ...], st: Styles, t: Translate) -> list[Any]:
    """What was sent, each with its reference (to quote to the council), under one heading."""
    reference_width = 75 * mm
    rows: list[list[Any]] = [
        [Paragraph(text(t("What we sent")), st.label), Paragraph(text(t("Reference")), st.label)]
    ]
    rows += [
        [
            Paragraph(text(document.kind), st.body),
            Paragraph(text(document.reference or t("Not sent yet: we will send it soon")), st.body),
        ]
        for document in documents
    ]
    table = Table(
        rows,
        colWidths=[CONTENT_WIDTH - reference_width, reference_width],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, RULE),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Paragraph(text(t("Documents we sent for you")), st.heading), table]


def _device(device: LentDevice, st: Styles, t: Translate) -> list[Any]:
    """The device taken home: which one, and when to bring it back."""
    rows = [(t("Device"), text(device.device)), (t("Asset tag"), text(device.asset_tag))]
    if device.due_on is not None:
        rows.append((t("Due back"), text(long_date(device.due_on, t))))
    heading = Paragraph(text(t("The device you borrowed")), st.heading)
    return [KeepTogether([heading, details_table(rows, st, label_width=40 * mm)])]
