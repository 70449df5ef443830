"""Shared helpers for the printing tests: sample PDFs and Qt pointed at the private scheduler."""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped,unused-ignore]
from reportlab.pdfgen import canvas  # type: ignore[import-untyped,unused-ignore]

from tests.fixtures.cups import CupsScheduler

MakePdf = Callable[[int], Path]


@pytest.fixture
def make_pdf(tmp_path: Path) -> MakePdf:
    """Write an A4 PDF with `pages` numbered pages and return its path."""

    def make(pages: int) -> Path:
        path = tmp_path / f"sample-{pages}.pdf"
        pdf = canvas.Canvas(str(path), pagesize=A4)
        for number in range(1, pages + 1):
            pdf.setFont("Helvetica-Bold", 48)
            pdf.drawString(72, 700, f"Sample page {number}")
            pdf.showPage()
        pdf.save()
        return path

    return make


@pytest.fixture
def not_a_pdf(tmp_path: Path) -> Path:
    """A text file dressed up with a .pdf name."""
    path = tmp_path / "letter.pdf"
    path.write_text("Dear resident, this is plain text.\n", encoding="utf-8")
    return path


@pytest.fixture
def qt_cups(cups: CupsScheduler, qapp: object) -> CupsScheduler:
    """The private scheduler, with libcups (which Qt uses) pointed at it on this thread.

    libcups reads CUPS_SERVER once per thread and keeps it, so it is set explicitly in case
    something earlier in the run already asked it for printers.
    """
    library = ctypes.util.find_library("cups")
    if library is not None:
        ctypes.CDLL(library).cupsSetServer(cups.server.encode())
    return cups
