"""Check that a file really is a PDF before it goes anywhere near a printer."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from printing.errors import MISSING_FILE, NotAPdfError, not_a_pdf


def pdf_page_count(path: Path) -> int:
    """The number of pages in the PDF at `path`; `NotAPdfError` if it is missing or not a PDF."""
    if not path.is_file():
        raise NotAPdfError(MISSING_FILE, file=path.name)
    try:
        with path.open("rb") as handle:
            if b"%PDF-" not in handle.read(1024):
                raise not_a_pdf(path.name)
        with pikepdf.open(path) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError as error:
        raise NotAPdfError(
            f"{path.name} is protected by a password. Remove the password, then try again."
        ) from error
    except (OSError, pikepdf.PdfError) as error:
        raise not_a_pdf(path.name) from error
    if pages == 0:
        raise not_a_pdf(path.name)
    return pages
