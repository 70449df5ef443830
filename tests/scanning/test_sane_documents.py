"""Realistic pages through SANE's `pnm` driver: encoding, blank flags, crop, deskew, sizes."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from scanning.document import Document, write_pdf
from scanning.model import (
    ColorMode,
    DeviceRef,
    Encoding,
    PageKind,
    ScannedPage,
    ScanRequest,
    SourceKind,
)
from scanning.pipeline import SIDES_GAP_MM
from scanning.session import ScanJob
from scanning.sides import join_sides
from scanning.sink import PlainFileSink
from tests.components import require_tools
from tests.fixtures.sane import SaneEnv
from tests.scanning.documents import render

pytestmark = [pytest.mark.sane, pytest.mark.poppler, pytest.mark.timeout(180)]

PNM = DeviceRef("pnm:0", "Noname", "PNM file reader")


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tools("poppler", "pdftoppm")
    return tmp_path_factory.mktemp("paper")


def scan(
    sane_env: SaneEnv,
    image: Path,
    spool: Path,
    dpi: int,
    mode: ColorMode = ColorMode.AUTO,
    crop: bool = False,
    deskew: bool = True,
) -> ScannedPage:
    request = ScanRequest(
        device=PNM,
        source=SourceKind.FLATBED,
        mode=mode,
        resolution=dpi,
        crop=crop,
        deskew=deskew,
        driver_options=(("filename", str(image)),),
    )
    with ScanJob(request, spool, env=sane_env.env) as job:
        result = job.wait(120)
    assert result.ok, result.fault
    (page,) = result.pages
    return page


@pytest.mark.parametrize("color", [True, False], ids=["colour", "grey"])
@pytest.mark.parametrize("name", ["statement", "letter"])
def test_text_documents_become_g4(
    sane_env: SaneEnv, paper: Path, tmp_path: Path, name: str, color: bool
) -> None:
    page = scan(sane_env, render(name, paper, 150, color), tmp_path, 150)
    assert (page.kind, page.encoding, page.blank) == (PageKind.TEXT, Encoding.G4, False)
    assert (page.width, page.height) == (1241, 1754)


def test_statement_at_300_dpi_is_small(sane_env: SaneEnv, paper: Path, tmp_path: Path) -> None:
    page = scan(sane_env, render("statement", paper, 300, False), tmp_path, 300)
    assert page.encoding is Encoding.G4
    assert page.dpi == 300
    assert page.bytes < 100_000


def test_photo_becomes_colour_jpeg(sane_env: SaneEnv, paper: Path, tmp_path: Path) -> None:
    page = scan(sane_env, render("photo", paper, 150, True), tmp_path, 150)
    assert (page.kind, page.encoding) == (PageKind.COLOR, Encoding.JPEG)
    assert page.bytes < 400_000


def test_grey_photo_stays_grey(sane_env: SaneEnv, paper: Path, tmp_path: Path) -> None:
    page = scan(sane_env, render("photo", paper, 150, False), tmp_path, 150)
    assert (page.kind, page.encoding) == (PageKind.GRAY, Encoding.JPEG)


def test_id_card_is_cropped_and_kept_in_colour(
    sane_env: SaneEnv, paper: Path, tmp_path: Path
) -> None:
    page = scan(
        sane_env, render("id_card", paper, 150, True), tmp_path, 150, ColorMode.COLOR, crop=True
    )
    assert page.encoding is Encoding.JPEG
    # 85.6 x 54 mm at 150 dpi, plus a 2 mm margin on each side.
    assert page.width == pytest.approx(round((85.6 + 4) / 25.4 * 150), abs=10)
    assert page.height == pytest.approx(round((54 + 4) / 25.4 * 150), abs=10)


def test_back_of_a_page_is_flagged_blank(sane_env: SaneEnv, paper: Path, tmp_path: Path) -> None:
    page = scan(sane_env, render("blank", paper, 150, False), tmp_path, 150)
    assert page.blank
    assert Path(page.path).exists()


def test_skewed_statement_is_straightened(sane_env: SaneEnv, paper: Path, tmp_path: Path) -> None:
    page = scan(sane_env, render("statement", paper, 150, False, rotate=2.0), tmp_path, 150)
    assert page.skew_degrees == pytest.approx(-2.0, abs=0.3)


def test_statement_pdf_is_small(sane_env: SaneEnv, paper: Path, tmp_path: Path) -> None:
    pages = [
        scan(sane_env, render(name, paper, 300, False), tmp_path, 300)
        for name in ("statement", "blank")
    ]
    document = Document().extend(pages)
    assert document.blank_pages == (1,)
    size = write_pdf(document, tmp_path / "statement.pdf")
    assert size < 120_000
    with pikepdf.open(tmp_path / "statement.pdf") as pdf:
        assert len(pdf.pages) == 2
        # A4 at 300 dpi is A4 in the PDF.
        assert float(pdf.pages[0].MediaBox[3]) == pytest.approx(842, abs=2)


def test_skewed_id_card_is_cropped_and_straightened(
    sane_env: SaneEnv, paper: Path, tmp_path: Path
) -> None:
    pnm = render("id_card", paper, 150, True, rotate=-3.0)
    page = scan(sane_env, pnm, tmp_path, 150, mode=ColorMode.COLOR, crop=True)
    assert page.kind is PageKind.COLOR
    assert page.skew_degrees == pytest.approx(3.0, abs=0.4)


def test_both_sides_of_an_id_card_on_one_page(
    sane_env: SaneEnv, paper: Path, tmp_path: Path
) -> None:
    # The ID profile scans each side on the flatbed and puts both on one page. The back was put
    # on the glass upside down, and turned the right way up on screen (rotation 180).
    front = scan(sane_env, render("id_card", paper, 150, True), tmp_path, 150, crop=True)
    back = scan(
        sane_env, render("id_card", paper, 150, True, rotate=180.0), tmp_path, 150, crop=True
    )
    document = Document().extend([front, back]).rotate(1, 180)
    joined = join_sides(document, 0, 1, PlainFileSink(tmp_path))
    (page,) = joined.pages
    gap = round(150 * SIDES_GAP_MM / 25.4)
    assert (page.kind, page.encoding) == (PageKind.COLOR, Encoding.JPEG)
    assert (page.width, page.height) == (
        max(front.width, back.width),
        front.height + gap + back.height,
    )
    assert page.bytes < 250_000
    write_pdf(joined, tmp_path / "id.pdf")
    with pikepdf.open(tmp_path / "id.pdf") as pdf:
        assert len(pdf.pages) == 1
        (image,) = pdf.pages[0].get_images().values()
        assert (int(image.Width), int(image.Height)) == (page.width, page.height)
