"""A file is checked to be a readable PDF before it goes near a printer."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from printing import NotAPdfError, pdf_page_count
from tests.fixtures.cups import MakePdf


def test_counts_pages(make_pdf: MakePdf) -> None:
    assert pdf_page_count(make_pdf(4)) == 4


def test_text_dressed_as_a_pdf(not_a_pdf: Path) -> None:
    with pytest.raises(NotAPdfError, match=r"^letter\.pdf is not a PDF file\. Choose a PDF"):
        pdf_page_count(not_a_pdf)


def test_a_truncated_pdf(tmp_path: Path, make_pdf: MakePdf) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(make_pdf(2).read_bytes()[:300])
    with pytest.raises(NotAPdfError, match=r"^cut\.pdf is not a PDF file\."):
        pdf_page_count(cut)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotAPdfError, match=r"^gone\.pdf cannot be found\."):
        pdf_page_count(tmp_path / "gone.pdf")


def test_a_pdf_with_a_password(tmp_path: Path, make_pdf: MakePdf) -> None:
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(make_pdf(1)) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o", user="secret"))
    with pytest.raises(NotAPdfError, match=r"^locked\.pdf is protected by a password\."):
        pdf_page_count(locked)
