"""The overdue reminder letter: which device, when it was due, and how to bring it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from printing.documents.layout import (
    Translate,
    build,
    contact_box,
    details_table,
    identity,
    long_date,
    styles,
    text,
)
from printing.documents.model import OverdueReminder
from printing.documents.scripts import Paragraph
from printing.documents.texts import DocumentTexts, load_texts

TITLE = "Please bring back the device you borrowed"


def compose_overdue_reminder(
    reminder: OverdueReminder,
    output: Path,
    *,
    texts: DocumentTexts | None = None,
    translate: Translate = identity,
) -> int:
    """Write the reminder letter to `output` as a PDF and return its page count."""
    texts = texts or load_texts()
    t = translate
    st = styles(t)
    story: list[Any] = [
        Paragraph(text(t(TITLE)), st.title),
        Paragraph(text(t("Dear {name},").format(name=reminder.borrower_name)), st.body),
        Paragraph(
            text(
                t(
                    "Thank you for borrowing a device from the council. It was due back on "
                    "{date}. Please bring it back, with everything that came with it, as soon "
                    "as you can. If you need it for longer, call us and we will try to help."
                ).format(date=long_date(reminder.due_on, t))
            ),
            st.body,
        ),
        Spacer(1, 3 * mm),
        details_table(
            [
                (t("Device"), text(reminder.device)),
                (t("Asset tag"), text(reminder.asset_tag)),
                (t("Lent"), text(long_date(reminder.lent_on, t))),
                (t("Due back"), text(long_date(reminder.due_on, t))),
                (t("Where to bring it"), text(reminder.site)),
            ],
            st,
        ),
        Spacer(1, 3 * mm),
        Paragraph(text(t(texts.agreement.returns)), st.body),
        Spacer(1, 3 * mm),
        KeepTogether([contact_box(texts.council, t("How to contact the council"), st, t)]),
    ]
    return build(output, story, title=t(TITLE), texts=texts, translate=t)
