"""The documents we compose, read back as a person's PDF viewer would (pdftotext, pdfinfo)."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from printing.documents import (
    DocumentTextsError,
    LoanAgreement,
    SentDocument,
    Signpost,
    Submission,
    UploadReceipt,
    VisitSummary,
    compose_loan_agreement,
    compose_upload_receipt,
    compose_visit_summary,
    load_texts,
    translatable_texts,
)
from printing.documents.layout import qr_code
from tests.components import require_tools
from tests.printing.test_layout import TYPICAL_VISIT, words

pytestmark = pytest.mark.poppler

WHEN = datetime(2026, 11, 23, 10, 42)


@pytest.fixture(autouse=True)
def _poppler() -> None:
    require_tools("poppler", "pdftotext", "pdfinfo")


def read_back(pdf: Path) -> str:
    """The PDF's text with every run of whitespace made one space."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return " ".join(out.split())


def page_count(pdf: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    match = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def assert_all_present(found: str, expected: list[str]) -> None:
    absent = [e for e in expected if " ".join(e.split()) not in found]
    assert not absent, f"not in the PDF: {absent}"


def receipt(*submissions: Submission, champion: str = "Priya") -> UploadReceipt:
    return UploadReceipt(
        submissions=submissions, when=WHEN, site="Woolwich Centre", champion_first_name=champion
    )


def test_upload_receipt_says_what_was_sent_where(tmp_path: Path) -> None:
    pdf = tmp_path / "receipt.pdf"
    pages = compose_upload_receipt(
        receipt(
            Submission(
                "Housing Benefit",
                "HB-2026-004512",
                (SentDocument("Proof of identity", 2), SentDocument("Rent & charges <2026>", 3)),
            ),
            Submission("Housing register", "HR/88213/B", (SentDocument("Tenancy agreement", 1),)),
        ),
        pdf,
    )

    found = read_back(pdf)
    assert pages == page_count(pdf)
    assert_all_present(
        found,
        [
            "Your upload receipt",
            "Monday 23 November 2026",
            "10:42",
            "Woolwich Centre",
            "Priya",
            "Housing Benefit",
            "HB-2026-004512",
            "Proof of identity 2",
            "Rent & charges <2026> 3",
            "2 documents, 5 pages in all",
            "HR/88213/B",
            "1 document, 1 page in all",
            "What happens next",
            "How to contact the council",
            "020 7946 0123",
            f"Page 1 of {pages}",
        ],
    )


def test_reference_qr_code_holds_the_reference() -> None:
    drawing = qr_code("HB-2026-004512")
    assert drawing.contents[0].value == "HB-2026-004512"


def test_forty_documents_and_long_names_flow_onto_more_pages(tmp_path: Path) -> None:
    kinds = [f"Bank statement for account number {n:02d} (three months)" for n in range(40)]
    long_destination = "Adult Social Care Financial Assessment and Direct Payments Team " * 3
    pdf = tmp_path / "receipt.pdf"

    pages = compose_upload_receipt(
        receipt(
            Submission(
                long_destination.strip(),
                "ASC-" + "7" * 60,
                tuple(SentDocument(kind, n + 1) for n, kind in enumerate(kinds)),
            ),
            champion="Bartholomew-Maximilian Alexandrovich",
        ),
        pdf,
    )

    found = read_back(pdf)
    assert pages == page_count(pdf) >= 2
    assert_all_present(
        found,
        [
            *(f"{kind} {n + 1}" for n, kind in enumerate(kinds)),
            long_destination,
            "Bartholomew-Maximilian Alexandrovich",
            "40 documents, 820 pages in all",
            f"Page {pages} of {pages}",
        ],
    )
    assert "ASC-" + "7" * 60 in found.replace(" ", ""), "a long reference wraps, never cut"


def loan(**changes: object) -> LoanAgreement:
    values: dict[str, object] = {
        "borrower_name": "Margaret Oyelaran-Whitfield",
        "device": "Lenovo IdeaPad 3 laptop (14 inch)",
        "asset_tag": "RBG-LAP-0042",
        "serial_number": "PF3K9XQ2",
        "kit": ("Charger", "Carry bag"),
        "lent_on": date(2026, 11, 23),
        "due_on": date(2027, 2, 22),
        "site": "Eltham Centre",
        "champion_first_name": "Sam",
        "loan_reference": "LN-2026-0193",
    }
    values.update(changes)
    return LoanAgreement(**values)  # type: ignore[arg-type]


def test_loan_agreement_has_the_loan_the_wording_version_and_two_copies(tmp_path: Path) -> None:
    pdf = tmp_path / "loan.pdf"
    pages = compose_loan_agreement(loan(), pdf)

    found = read_back(pdf)
    texts = load_texts()
    assert pages == page_count(pdf) == 2, "one page for the resident, one for the council"
    assert_all_present(
        found,
        [
            "Device loan agreement",
            "Margaret Oyelaran-Whitfield",
            "Lenovo IdeaPad 3 laptop (14 inch)",
            "RBG-LAP-0042",
            "PF3K9XQ2",
            "Charger, Carry bag",
            "Monday 23 November 2026 at Eltham Centre",
            "Please bring it back by Monday 22 February 2027",
            "LN-2026-0193",
            "Borrower's signature",
            "Staff signature",
            *texts.agreement.clauses,
        ],
    )
    assert found.count(f"Agreement version {texts.agreement.version}") == 2
    assert "Resident's copy" in found
    assert "Council's copy" in found


def test_loan_agreement_with_long_details_does_not_overflow(tmp_path: Path) -> None:
    pdf = tmp_path / "loan.pdf"
    kit = tuple(f"Accessory number {n} with a long description" for n in range(25))
    pages = compose_loan_agreement(
        loan(
            borrower_name="Anastasia Konstantinopoulou-Fitzgerald-Ramaswamy " * 2,
            device="Samsung Galaxy Tab A9+ 11 inch tablet with keyboard cover and stylus " * 2,
            kit=kit,
        ),
        pdf,
    )

    found = read_back(pdf)
    assert pages == page_count(pdf) >= 2
    assert_all_present(found, ["Anastasia Konstantinopoulou-Fitzgerald-Ramaswamy " * 2, *kit])


def test_visit_summary_lists_what_was_done_and_the_chosen_help(tmp_path: Path) -> None:
    pdf = tmp_path / "visit.pdf"
    texts = load_texts()
    chosen = (Signpost.TRAINING, Signpost.SOCIAL_TARIFFS)
    done = ("Scanned and sent 4 documents for Housing Benefit", "Printed a council tax bill")

    pages = compose_visit_summary(
        VisitSummary(WHEN, "Eltham Centre", "Sam", done, chosen), pdf, texts=texts
    )

    found = read_back(pdf)
    assert pages == page_count(pdf)
    expected = ["Your visit today", "Monday 23 November 2026", "Eltham Centre", "Sam", *done]
    for kind in chosen:
        contact = texts.signposts[kind.value]
        expected += [contact.title, contact.description, contact.phone, contact.website]
    assert_all_present(found, expected)
    assert texts.signposts[Signpost.DATA_BANK.value].title not in found


def test_text_passes_through_the_translation_and_any_script_prints(tmp_path: Path) -> None:
    welsh = {
        "Your upload receipt": "Eich derbynneb",
        "Page {page} of {pages}": "Tudalen {page} o {pages}",
        "Monday": "Dydd Llun",
        "November": "Tachwedd",
    }
    pdf = tmp_path / "receipt.pdf"
    compose_upload_receipt(
        receipt(
            Submission("Świadczenia", "REF-1", (SentDocument("Nguyễn Thị Hằng", 1),)),
            champion="Zoë",
        ),
        pdf,
        translate=lambda text: welsh.get(text, text),
    )

    found = read_back(pdf)
    assert_all_present(
        found,
        ["Eich derbynneb", "Tudalen 1 o 1", "Dydd Llun 23 Tachwedd 2026", "Świadczenia", "Zoë"],
    )
    assert "Nguyễn Thị Hằng" in found
    assert "Your upload receipt" not in found


def embedded_fonts(pdf: Path) -> set[str]:
    """The base names of the fonts a PDF embeds (without the subset prefix)."""
    out = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return {line.split()[0].split("+")[-1] for line in out.splitlines()[2:] if line.strip()}


def test_documents_print_in_the_shipped_fonts_with_fallbacks_for_other_scripts(
    tmp_path: Path,
) -> None:
    require_tools("poppler", "pdffonts")
    pdf = tmp_path / "receipt.pdf"
    compose_upload_receipt(
        receipt(Submission("Housing", "REF-1", (SentDocument("Ελένη Παπαδοπούλου", 1),))), pdf
    )

    fonts = embedded_fonts(pdf)
    # Latin text in Atkinson Hyperlegible; the Greek name, which it cannot draw, in Noto Sans.
    assert {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"} <= fonts
    assert "NotoSans-Regular" in fonts
    assert not any(name.startswith(("DejaVu", "Vera", "Arial")) for name in fonts)
    assert "Ελένη Παπαδοπούλου" in read_back(pdf)


def test_a_latin_only_document_needs_no_fallback(tmp_path: Path) -> None:
    require_tools("poppler", "pdffonts")
    pdf = tmp_path / "receipt.pdf"
    compose_upload_receipt(receipt(Submission("Housing", "REF-1", (SentDocument("Zoë", 1),))), pdf)
    assert not any(name.startswith("Noto") for name in embedded_fonts(pdf))


def test_texts_come_from_files_a_council_can_override(tmp_path: Path) -> None:
    (tmp_path / "council.toml").write_text(
        '[council]\nname = "Example Council"\nphone = "0300 000 0000"\n', encoding="utf-8"
    )
    texts = load_texts(tmp_path)
    assert texts.council.title == "Example Council"
    assert texts.council.email == load_texts().council.email, "keys not overridden stay"
    pdf = tmp_path / "visit.pdf"
    compose_visit_summary(VisitSummary(WHEN, "Hall", "Al", ("Printed a form",)), pdf, texts=texts)
    assert_all_present(read_back(pdf), ["Example Council", "0300 000 0000"])


def test_malformed_texts_name_the_file_or_key(tmp_path: Path) -> None:
    (tmp_path / "receipt.toml").write_text("[receipt\n", encoding="utf-8")
    with pytest.raises(DocumentTextsError, match=r"receipt\.toml cannot be read"):
        load_texts(tmp_path)
    (tmp_path / "receipt.toml").write_text('[receipt]\ntitle = ""\n', encoding="utf-8")
    with pytest.raises(DocumentTextsError, match=r"receipt\.title"):
        load_texts(tmp_path)


def test_a_kit_list_longer_than_a_page_still_prints(tmp_path: Path) -> None:
    kit = tuple(f"Cable {n}" for n in range(120))
    pdf = tmp_path / "loan.pdf"
    pages = compose_loan_agreement(loan(kit=kit), pdf)
    assert pages == page_count(pdf) >= 4
    assert_all_present(read_back(pdf), [", ".join(kit)])


def test_every_text_sent_to_translate_is_in_the_catalogue(tmp_path: Path) -> None:
    texts = load_texts()
    asked: set[str] = set()

    def record(text: str) -> str:
        asked.add(text)
        return text

    sent = (SentDocument("Payslip", 1), SentDocument("Letter", 2))
    compose_upload_receipt(
        receipt(Submission("A", "R1", sent)), tmp_path / "a.pdf", translate=record
    )
    compose_upload_receipt(
        receipt(Submission("A", "R1", sent[:1]), Submission("B", "R2", sent)),
        tmp_path / "b.pdf",
        translate=record,
    )
    compose_loan_agreement(loan(), tmp_path / "c.pdf", translate=record)
    compose_loan_agreement(loan(kit=()), tmp_path / "d.pdf", translate=record, two_sided=True)
    compose_visit_summary(
        VisitSummary(WHEN, "Hall", "Al", (), tuple(Signpost)), tmp_path / "e.pdf", translate=record
    )
    compose_visit_summary(TYPICAL_VISIT, tmp_path / "f.pdf", translate=record)

    catalogue = translatable_texts(texts)
    assert asked - catalogue == set()
    assert texts.agreement.clauses[0] in catalogue
    assert "November" in catalogue


def test_no_texts_at_all_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("printing.documents.texts.DEFAULT_FOLDER", tmp_path / "nowhere")
    with pytest.raises(DocumentTextsError, match="no document texts were found in"):
        load_texts()


def test_two_sided_loan_agreement_keeps_the_copies_on_separate_sheets(tmp_path: Path) -> None:
    pdf = tmp_path / "loan.pdf"
    pages = compose_loan_agreement(loan(), pdf, two_sided=True)
    assert pages == page_count(pdf) == 3
    found = read_back(pdf)
    assert found.index("Resident's copy") < found.index("blank on purpose")
    assert found.index("blank on purpose") < found.index("Council's copy")


TWO_LINE_MODEL = (
    "Laptop Lenovo IdeaPad Slim 3 15IAH8 (15.6 inch, Intel Core i5, 16 GB memory, 512 GB SSD)"
)


def test_a_two_line_model_keeps_each_copy_on_one_sheet_with_its_signatures(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "loan.pdf"
    pages = compose_loan_agreement(
        loan(
            borrower_name="Anastasia Konstantinopoulou-Fitzgerald-Ramaswamy", device=TWO_LINE_MODEL
        ),
        pdf,
    )

    assert pages == page_count(pdf) == 2, "one sheet for each copy, not four"
    last_clause = load_texts().agreement.clauses[-1]
    for page in (1, 2):
        found = page_text(pdf, page)
        assert_all_present(found, [TWO_LINE_MODEL, last_clause, "Borrower's signature"])


def page_text(pdf: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return " ".join(out.split())


def test_the_borrower_name_wraps_under_its_own_signature_line(tmp_path: Path) -> None:
    name = "Anastasia Konstantinopoulou-Fitzgerald-Ramaswamy Oyelaran-Whitfield"
    pdf = tmp_path / "loan.pdf"
    compose_loan_agreement(loan(borrower_name=name), pdf)

    found, _, _ = words(pdf)
    first = [w for w in found if w.page == 1]
    borrower_label = next(w for w in first if w.text == "Borrower's")
    staff_label = next(w for w in first if w.text == "Staff" and w.y0 > borrower_label.y0)
    date_column = min(w.x0 for w in first if w.text == "Date")
    printed = [
        w for w in first if borrower_label.y1 <= w.y0 < staff_label.y0 and w.x0 < date_column
    ]
    lines = " ".join(w.text for w in printed).replace("- ", "-")  # broken after a hyphen
    assert lines == name, "the whole name, wrapped, never cut"
    assert max(w.x1 for w in printed) < date_column, "the name stays out of the Date column"


def test_a_typical_visit_summary_fits_one_sheet_with_what_was_sent_and_lent(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "visit.pdf"
    pages = compose_visit_summary(TYPICAL_VISIT, pdf)

    assert pages == page_count(pdf) == 1, "the contact box stays on the one sheet"
    assert_all_present(
        read_back(pdf),
        [
            "Documents we sent for you",
            "Proof of identity HB-2026-004512",
            "Bank statement HB-2026-004513",
            "Payslip Not sent yet",
            "The device you borrowed",
            "Laptop Lenovo IdeaPad 3 (14 inch)",
            "RBG-LAP-0042",
            "Due back Monday 22 February 2027",
            "How to contact the council",
        ],
    )
