"""The visit summary: what was done today, and where to get more help."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from printing.documents.layout import (
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
from printing.documents.model import VisitSummary
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
    st = styles()
    story: list[Any] = [
        Paragraph(text(t(TITLE)), st.title),
        details_table(
            [
                (t("Date"), text(long_date(visit.when.date(), t))),
                (t("Time"), text(clock_time(visit.when))),
                (t("Where"), text(visit.site)),
                (t("Helped by"), text(visit.champion_first_name)),
            ],
            st,
        ),
        Paragraph(text(t("What we did today")), st.heading),
        bullets(
            [text(item) for item in visit.done] or [text(t("We talked about what you need."))], st
        ),
    ]
    if visit.signposts:
        story.append(Paragraph(text(t("Where to get more help")), st.heading))
        for kind in visit.signposts:
            contact = texts.signposts.get(kind.value)
            if contact is None:
                raise DocumentTextsError(f"the document texts have no [signposting.{kind.value}]")
            story.append(KeepTogether([contact_box(contact, t(contact.title), st, t)]))
            story.append(Spacer(1, 4 * mm))
    story.append(Spacer(1, 2 * mm))
    story.append(KeepTogether([contact_box(texts.council, t("How to contact the council"), st, t)]))
    return build(output, story, title=t(TITLE), texts=texts, translate=t)
