"""Every printed document, short and long, in every shipped language, laid out right.

Each one is read back as poppler sees it: `pdftotext -bbox` gives every word's box, and none may
overlap another or leave the page's margins (text run into a neighbouring column, over the
footer or off the paper); `pdftoppm` renders the pages, and nothing may be drawn in the side
margins (a table wider than the page). Page counts say what fits on a sheet.
"""

from __future__ import annotations

import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfbase.ttfonts import TTFont

from desk.resources import resources_dir
from printing.documents import (
    LentDevice,
    LoanAgreement,
    OverdueReminder,
    SentDocument,
    Signpost,
    Submission,
    Translate,
    UploadReceipt,
    VisitDocument,
    VisitSummary,
    compose_loan_agreement,
    compose_overdue_reminder,
    compose_upload_receipt,
    compose_visit_summary,
    identity,
    load_texts,
)
from tests.components import require_tools

pytestmark = pytest.mark.poppler

MM = 72 / 25.4
MARGIN = 20 * MM
WHEN = datetime(2026, 11, 23, 10, 42)
LONG_NAME = "Anastasia Konstantinopoulou-Fitzgerald-Ramaswamy Oyelaran-Whitfield"
TWO_LINE_MODEL = (
    "Laptop Lenovo IdeaPad Slim 3 15IAH8 (15.6 inch, Intel Core i5, 16 GB memory, 512 GB SSD)"
)


@pytest.fixture(autouse=True)
def _poppler() -> None:
    require_tools("poppler", "pdftotext", "pdftoppm")


def translator(table: dict[str, str]) -> Translate:
    """Translate through `table`; what it lacks stays English."""
    return lambda text: table.get(text, text)


def shipped_languages() -> dict[str, Translate]:
    """Each shipped translation of the documents' wording (English as written, if none)."""
    languages: dict[str, Translate] = {}
    for ts in sorted((resources_dir() / "translations").glob("desk_*.ts")):
        table: dict[str, str] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            if context.findtext("name") != "documents":
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text:
                    table[message.findtext("source") or ""] = translation.text
        languages[ts.stem.removeprefix("desk_")] = translator(table)
    return languages or {"en": identity}


LANGUAGES = shipped_languages()


def loan(**changes: object) -> LoanAgreement:
    values: dict[str, object] = {
        "borrower_name": "Sam Lee",
        "device": "Laptop Lenovo IdeaPad 3",
        "asset_tag": "RBG-LAP-0042",
        "serial_number": "PF3K9XQ2",
        "kit": ("Charger",),
        "lent_on": date(2026, 11, 23),
        "due_on": date(2027, 2, 22),
        "site": "Eltham Centre",
        "champion_first_name": "Sam",
        "loan_reference": "LN-2026-0193",
    }
    values.update(changes)
    return LoanAgreement(**values)  # type: ignore[arg-type]


def receipt(champion: str, *submissions: Submission) -> UploadReceipt:
    return UploadReceipt(submissions, WHEN, "Woolwich Centre", champion)


TYPICAL_VISIT = VisitSummary(
    WHEN,
    "Eltham Centre",
    "Sam",
    (
        "Benefits: Scan and upload (done with help)",
        "Housing: Print (done independently)",
        "Council tax: Apply online (partly done)",
    ),
    (Signpost.TRAINING, Signpost.SOCIAL_TARIFFS),
    (
        VisitDocument("Proof of identity", "HB-2026-004512"),
        VisitDocument("Bank statement", "HB-2026-004513"),
        VisitDocument("Payslip"),
    ),
    (LentDevice("Laptop Lenovo IdeaPad 3 (14 inch)", "RBG-LAP-0042", date(2027, 2, 22)),),
)


@dataclass(frozen=True)
class Case:
    """One document to lay out; `sheets` is the page count it must have, when it must fit."""

    name: str
    write: Callable[[Path, Translate], int]
    sheets: int | None = None
    sheets_in_english: int | None = None


CASES = [
    Case(
        "receipt-short",
        lambda out, t: compose_upload_receipt(
            receipt("Priya", Submission("Housing", "HB-1", (SentDocument("Payslip", 1),))),
            out,
            translate=t,
        ),
        sheets=1,
    ),
    Case(
        "receipt-long",
        lambda out, t: compose_upload_receipt(
            receipt(
                LONG_NAME,
                *(
                    Submission(
                        "Adult Social Care Financial Assessment and Direct Payments Team",
                        f"ASC-{n}-" + "7" * 40,
                        tuple(
                            SentDocument(f"Bank statement for account {k} (three months)", k)
                            for k in range(1, 12)
                        ),
                    )
                    for n in range(3)
                ),
            ),
            out,
            translate=t,
        ),
    ),
    Case(
        "kiosk-receipt",
        lambda out, t: compose_upload_receipt(
            receipt(
                "self-service",
                Submission("Royal Borough of Greenwich", "K-88213", (SentDocument("Letter", 3),)),
            ),
            out,
            translate=t,
        ),
        sheets=1,
    ),
    Case(
        "visit-short",
        lambda out, t: compose_visit_summary(
            VisitSummary(WHEN, "Hall", "Al", ()), out, translate=t
        ),
        sheets=1,
    ),
    Case(
        "visit-typical",
        lambda out, t: compose_visit_summary(TYPICAL_VISIT, out, translate=t),
        sheets_in_english=1,
    ),
    Case(
        "visit-long",
        lambda out, t: compose_visit_summary(
            VisitSummary(
                WHEN,
                "Woolwich Centre Library and Customer Service Centre, Ground Floor",
                LONG_NAME,
                tuple(f"Task {n}: {LONG_NAME} " * 2 for n in range(8)),
                tuple(Signpost),
                tuple(VisitDocument(f"Evidence {n} " * 6, "REF-" + "9" * 50) for n in range(8)),
                (LentDevice(TWO_LINE_MODEL, "RBG-LAP-0042", date(2027, 2, 22)),),
            ),
            out,
            translate=t,
        ),
    ),
    Case(
        "loan-short",
        lambda out, t: compose_loan_agreement(loan(), out, translate=t),
        sheets_in_english=2,
    ),
    Case(
        "loan-two-line-model",
        lambda out, t: compose_loan_agreement(
            loan(
                borrower_name="Anastasia Konstantinopoulou-Fitzgerald-Ramaswamy",
                device=TWO_LINE_MODEL,
                kit=("Charger", "Carry bag"),
            ),
            out,
            translate=t,
        ),
        sheets_in_english=2,
    ),
    Case(
        "loan-long",
        lambda out, t: compose_loan_agreement(
            loan(
                borrower_name=LONG_NAME,
                device=TWO_LINE_MODEL * 2,
                champion_first_name="Bartholomew-Maximilian",
                kit=tuple(f"Accessory {n} with a long description" for n in range(25)),
            ),
            out,
            translate=t,
            two_sided=True,
        ),
    ),
    Case(
        "reminder-short",
        lambda out, t: compose_overdue_reminder(
            OverdueReminder(
                "Sam Lee", "Laptop", "RBG-LAP-0042", date(2026, 11, 2), date(2026, 11, 23), "Hall"
            ),
            out,
            translate=t,
        ),
        sheets=1,
    ),
    Case(
        "reminder-long",
        lambda out, t: compose_overdue_reminder(
            OverdueReminder(
                LONG_NAME,
                TWO_LINE_MODEL,
                "RBG-LAP-0042",
                date(2026, 11, 2),
                date(2026, 11, 23),
                "Woolwich Centre Library and Customer Service Centre, Ground Floor",
            ),
            out,
            translate=t,
        ),
        sheets=1,
    ),
]


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def _box_in_ems(font: str) -> tuple[float, float]:
    """A font's ascent and descent (as a positive number) in ems, as poppler boxes its words."""
    face = TTFont(font, str(resources_dir() / "fonts" / f"{font}.ttf")).face
    return face.ascent / 1000, -face.descent / 1000


LATIN_BOX = _box_in_ems("AtkinsonHyperlegible-Regular")
ARABIC_BOX = _box_in_ems("NotoSansArabic-Regular")


def _is_arabic(text: str) -> bool:
    return any(
        "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"
        for c in text
    )


def _as_latin_box(y0: float, y1: float) -> tuple[float, float]:
    """An Arabic word's box with the Latin font's proportions: Noto Sans Arabic's ascent and
    descent make room for stacked marks, so poppler's boxes for it are 1.7 times as tall as the
    ink of a line, and would cross the next line's though nothing is drawn over anything."""
    ascent, descent = ARABIC_BOX
    size = (y1 - y0) / (ascent + descent)
    baseline = y1 - descent * size
    return baseline - LATIN_BOX[0] * size, baseline + LATIN_BOX[1] * size


def words(pdf: Path) -> tuple[list[Word], float, float]:
    """Every word's box (points from the top left), and the page's width and height."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, timeout=60
    ).stdout
    root = ET.fromstring(out)
    found: list[Word] = []
    width = height = 0.0
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        width, height = float(page.get("width", 0)), float(page.get("height", 0))
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            text = word.text or ""
            x0, y0, x1, y1 = (float(word.get(key, 0)) for key in ("xMin", "yMin", "xMax", "yMax"))
            if _is_arabic(text):
                y0, y1 = _as_latin_box(y0, y1)
            found.append(Word(number, text, x0, y0, x1, y1))
    return found, width, height


def neighbours(found: list[Word]) -> list[tuple[Word, Word]]:
    """The pairs of words on a page whose heights cross (found by a sweep down each page)."""
    pairs = []
    ordered = sorted(found, key=lambda w: (w.page, w.y0))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.page != a.page or b.y0 >= a.y1:
                break
            pairs.append((a, b))
    return pairs


def overlaps(a: Word, b: Word) -> bool:
    """Two words' inked areas cross (font boxes are taller than the ink: 3 pt of grace)."""
    across = min(a.x1, b.x1) - max(a.x0, b.x0)
    down = min(a.y1, b.y1) - max(a.y0, b.y0)
    return a.page == b.page and across > 0.5 and down > 3


def ink_in_the_side_margins(pdf: Path, folder: Path) -> list[str]:
    """Pages with anything drawn in the left or right margin (all but the outer 4 mm of it)."""
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "40", str(pdf), str(folder / "page")],
        check=True,
        timeout=60,
    )
    inked = []
    for png in sorted(folder.glob("page-*.pgm")) or sorted(folder.glob("page-*.png")):
        with Image.open(png) as image:
            px_per_pt = image.width / (210 * MM)
            edge = int((MARGIN - 1 * MM) * px_per_pt)
            left = image.crop((0, 0, edge, image.height))
            right = image.crop((image.width - edge, 0, image.width, image.height))
            darkest = min(int(left.getextrema()[0]), int(right.getextrema()[0]))  # type: ignore[arg-type]
            if darkest < 200:
                inked.append(png.name)
    return inked


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_document_lays_out_inside_its_pages(
    case: Case, language: str, tmp_path: Path
) -> None:
    pdf = tmp_path / f"{case.name}.pdf"
    pages = case.write(pdf, LANGUAGES[language])

    found, width, height = words(pdf)
    assert max(word.page for word in found) == pages
    if case.sheets is not None:
        assert pages == case.sheets
    if case.sheets_in_english is not None and language == "en":
        assert pages == case.sheets_in_english
    outside = [
        w.text
        for w in found
        if w.x0 < MARGIN - 1 or w.x1 > width - MARGIN + 1 or w.y0 < 5 * MM or w.y1 > height - 5 * MM
    ]
    assert not outside, f"words outside the margins: {outside[:10]}"
    crossing = [(a.text, b.text, a.page) for a, b in neighbours(found) if overlaps(a, b)]
    assert not crossing, f"words drawn over each other: {crossing[:10]}"
    assert not ink_in_the_side_margins(pdf, tmp_path)
    if case.name.startswith("loan"):
        assert_signatures_keep_with_the_clauses(pdf, pages, LANGUAGES[language])


def page_words(text: str) -> list[str]:
    """The words of a text as a reader compares them: an Arabic letter's contextual form is the
    letter (NFKC), punctuation and the bidi marks poppler puts around a run are left out (in
    right-to-left lines poppler gives the runs in the order drawn, so only the words are kept)."""
    folded = unicodedata.normalize("NFKC", text)
    kept = "".join(" " if unicodedata.category(c)[0] in "PC" else c for c in folded)
    return kept.split()


def has_phrase(found: list[str], phrase: list[str]) -> bool:
    """The phrase's words in a row; right to left, poppler gives a line's runs in the order
    drawn, so there only every word is asked for."""
    if _is_arabic("".join(phrase)):
        return set(phrase) <= set(found)
    return f" {' '.join(phrase)} " in f" {' '.join(found)} "


def page_text(pdf: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return " ".join(out.split())


def assert_signatures_keep_with_the_clauses(pdf: Path, pages: int, t: Translate) -> None:
    """Each copy's signatures share their page with the agreement's last clause."""
    last_clause = page_words(t(load_texts().agreement.clauses[-1]))[:6]
    signature = page_words(t("Staff signature"))
    signed = 0
    for page in range(1, pages + 1):
        found = page_words(page_text(pdf, page))
        if has_phrase(found, signature):
            signed += 1
            assert has_phrase(found, last_clause), f"page {page} has signatures without the clauses"
    assert signed == 2, "a signature block for the resident's copy and one for the council's"
