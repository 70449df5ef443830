"""The device loan agreement: two copies, the resident's and the council's, each to sign."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from printing.documents.layout import (
    CONTENT_WIDTH,
    INK,
    SHADE,
    Styles,
    Translate,
    build,
    bullets,
    details_table,
    identity,
    long_date,
    styles,
    text,
)
from printing.documents.model import LoanAgreement
from printing.documents.scripts import Paragraph
from printing.documents.texts import DocumentTexts, load_texts


def compose_loan_agreement(
    loan: LoanAgreement,
    output: Path,
    *,
    texts: DocumentTexts | None = None,
    translate: Translate = identity,
    two_sided: bool = False,
) -> int:
    """Write the loan agreement (the resident's copy, then the council's) and return its pages.

    With `two_sided`, a blank page keeps the council's copy off the back of the resident's.
    """
    texts = texts or load_texts()
    st = styles(translate)
    title = translate(texts.agreement.title)
    resident = _copy(loan, texts, st, translate, translate("Resident's copy: keep this"))
    council = _copy(loan, texts, st, translate, translate("Council's copy: staff keep this"))
    story: list[Any] = [*resident, PageBreak()]
    if two_sided:
        trial = _copy(loan, texts, st, translate, translate("Resident's copy: keep this"))
        if build(io.BytesIO(), trial, title=title, texts=texts, translate=translate) % 2:
            story += [Paragraph(text(translate("This page is blank on purpose.")), st.small)]
            story += [PageBreak()]
    story += council
    return build(output, story, title=title, texts=texts, translate=translate)


def _copy(
    loan: LoanAgreement, texts: DocumentTexts, st: Styles, t: Translate, which: str
) -> list[Any]:
    agreement = texts.agreement
    version = t("Agreement version {version}").format(version=agreement.version)
    story: list[Any] = [
        Paragraph(text(t(agreement.title)), st.title),
        Paragraph(f"<b>{text(which)}</b> · {text(version)}", st.body),
        Spacer(1, 2 * mm),
    ]
    rows = [
        (t("Borrower"), text(loan.borrower_name)),
        (t("Device"), text(loan.device)),
        (t("Asset tag"), text(loan.asset_tag)),
        (t("Serial number"), text(loan.serial_number)),
        (t("What comes with it"), text(", ".join(loan.kit) or t("Nothing else"))),
        (
            t("Lent"),
            text(t("{date} at {site}").format(date=long_date(loan.lent_on, t), site=loan.site)),
        ),
    ]
    if loan.loan_reference:
        rows.append((t("Loan reference"), text(loan.loan_reference)))
    story.append(details_table(rows, st))
    due = Paragraph(
        text(t("Please bring it back by {date}").format(date=long_date(loan.due_on, t))),
        st.strong,
    )
    returns = [Paragraph(text(t(agreement.returns)), st.body)] if agreement.returns else []
    box = Table([[due], *([r] for r in returns)], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("TOPPADDING", (0, 1), (-1, -1), 0),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2),
            ]
        )
    )
    story += [Spacer(1, 3 * mm), KeepTogether([box])]
    story.append(Paragraph(text(t("What you agree to")), st.heading))
    if agreement.intro:
        story.append(Paragraph(text(t(agreement.intro)), st.body))
    clauses = [text(t(clause)) for clause in agreement.clauses]
    # The last clauses go with the signatures: a signature is never alone on a page, away
    # from what it agrees to.
    kept = clauses[-KEPT_CLAUSES:]
    if len(clauses) > len(kept):
        story.append(bullets(clauses[: -len(kept)], st, numbered=True))
    last = [bullets(kept, st, numbered=True, start=len(clauses) - len(kept) + 1)] if kept else []
    story.append(KeepTogether([*last, *_signatures(loan, st, t)]))
    return story


KEPT_CLAUSES = 1
"""How many of the last clauses share the signatures' page."""


def _signatures(loan: LoanAgreement, st: Styles, t: Translate) -> list[Any]:
    """A row each for the borrower and the staff member: who signs, with the name printed under
    it (wrapped in its own column), the line to sign on and the line for the date."""
    who, day_label, day, gap = 60 * mm, 24 * mm, 28 * mm, 4 * mm
    sign = CONTENT_WIDTH - who - gap - day_label - day
    rows = [
        [
            [Paragraph(text(label), st.label), Paragraph(text(name), st.small)],
            Spacer(1, 10 * mm),  # room to sign
            Paragraph(text(t("Date")), st.label),
            "",
        ]
        for label, name in (
            (t("Borrower's signature"), loan.borrower_name),
            (t("Staff signature"), loan.champion_first_name),
        )
    ]
    table = Table(
        rows,
        colWidths=[who, sign + gap, day_label, day],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (1, -1), gap),
                ("LEFTPADDING", (2, 0), (2, -1), gap),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *(
                    ("LINEBELOW", (col, row), (col, row), 1, INK)
                    for col in (1, 3)
                    for row in (0, 1)
                ),
            ]
        )
    )
    return [Spacer(1, 1 * mm), table]
