"""The upload receipt: where the documents went, their references as text and QR codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from printing.documents.layout import (
    CONTENT_WIDTH,
    RULE,
    SHADE,
    Styles,
    Translate,
    build,
    bullets,
    clock_time,
    contact_box,
    details_table,
    identity,
    long_date,
    plural,
    qr_code,
    styles,
    text,
)
from printing.documents.model import Submission, UploadReceipt
from printing.documents.scripts import Paragraph
from printing.documents.texts import DocumentTexts, load_texts


def compose_upload_receipt(
    receipt: UploadReceipt,
    output: Path,
    *,
    texts: DocumentTexts | None = None,
    translate: Translate = identity,
) -> int:
    """Write the upload receipt to `output` as a PDF and return its page count."""
    texts = texts or load_texts()
    t = translate
    st = styles(t)
    wording = texts.receipt
    story: list[Any] = [
        Paragraph(text(t(wording.title)), st.title),
        Paragraph(text(t(wording.intro)), st.body),
        Spacer(1, 4 * mm),
        details_table(
            [
                (t("Date"), text(long_date(receipt.when.date(), t))),
                (t("Time"), text(clock_time(receipt.when))),
                (t("Where"), text(receipt.site)),
                (t("Helped by"), text(receipt.champion_first_name)),
            ],
            st,
        ),
    ]
    for index, submission in enumerate(receipt.submissions):
        hint = wording.reference_hint if index == 0 else ""
        story.extend(_submission(submission, st, t, hint))
    if wording.next_steps:
        heading = Paragraph(text(t("What happens next")), st.heading)
        steps = bullets([text(t(step)) for step in wording.next_steps], st)
        story.append(KeepTogether([heading, steps]))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([contact_box(texts.council, t("How to contact the council"), st, t)]))
    return build(output, story, title=t(wording.title), texts=texts, translate=t)


def _submission(submission: Submission, st: Styles, t: Translate, hint: str) -> list[Any]:
    """The reference with its QR code, then the list of documents (which may run on)."""
    reference = [
        Paragraph(text(t("Sent to")), st.label),
        Paragraph(text(submission.destination), st.body),
        Paragraph(text(t("Your reference")), st.label),
        Paragraph(text(submission.reference), st.big),
    ]
    if submission.case_reference:
        reference += [
            Paragraph(text(t("Your case reference with them")), st.label),
            Paragraph(text(submission.case_reference), st.body),
        ]
    next_steps = submission.next_steps
    if submission.usual_days:
        usually = t("It usually takes {days} working days.").format(days=submission.usual_days)
        next_steps = f"{next_steps} {usually}".strip()
    if next_steps:
        reference += [
            Paragraph(text(t("What they do next")), st.label),
            Paragraph(text(next_steps), st.body),
        ]
    if hint:
        reference.append(Paragraph(text(t(hint)), st.small))
    qr_width = 36 * mm
    head = Table(
        [st.row([reference, qr_code(submission.reference, 32 * mm)])],
        colWidths=st.row([CONTENT_WIDTH - qr_width, qr_width]),
        hAlign="LEFT",
    )
    words = 1 if st.rtl else 0
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (words, 0), (words, -1), 8),
                ("RIGHTPADDING", (words, 0), (words, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    rows: list[list[Any]] = [
        st.row(
            [Paragraph(text(t("What we sent")), st.label), Paragraph(text(t("Pages")), st.right)]
        )
    ]
    rows.extend(
        st.row([Paragraph(text(document.kind), st.body), Paragraph(str(document.pages), st.right)])
        for document in submission.documents
    )
    total_pages = sum(document.pages for document in submission.documents)
    total = t("{documents}, {pages} in all").format(
        documents=plural(len(submission.documents), "{count} document", "{count} documents", t),
        pages=plural(total_pages, "{count} page", "{count} pages", t),
    )
    rows.append([Paragraph(text(total), st.strong), ""])
    pages_width = 25 * mm
    listing = Table(
        rows,
        colWidths=st.row([CONTENT_WIDTH - pages_width, pages_width]),
        repeatRows=1,
        hAlign="LEFT",
    )
    listing.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, RULE),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
                ("SPAN", (0, -1), (-1, -1)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [Spacer(1, 6 * mm), KeepTogether([head, Spacer(1, 2 * mm)]), listing]
