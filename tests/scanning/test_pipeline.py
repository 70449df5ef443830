"""The page pipeline on synthetic Pillow pages: classification, encoding, blanks, deskew, crop."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from scanning.faults import FaultKind, ScanFault
from scanning.model import ColorMode, EncodedPage, Encoding, PageKind
from scanning.pipeline import (
    SIDES_GAP_MM,
    PipelineSettings,
    classify,
    combine_sides,
    detect_skew,
    is_blank,
    jpeg_quality,
    otsu,
    process_page,
    to_bilevel,
)

DPI = 150
A4_PX = (1240, 1754)


def text_page(lines: int = 40, size: tuple[int, int] = A4_PX, paper: int = 245) -> Image.Image:
    page = Image.new("L", size, paper)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=18)
    for row in range(lines):
        draw.text((100, 120 + row * 38), "Balance brought forward 1,234.56 Direct debit", 20, font)
    return page


def photo_page(size: tuple[int, int] = A4_PX) -> Image.Image:
    page = Image.linear_gradient("L").resize(size).convert("RGB")
    red = Image.linear_gradient("L").rotate(90).resize(size)
    return Image.merge("RGB", (red, page.getchannel(1), Image.new("L", size, 90)))


def test_text_page_becomes_lossless_g4() -> None:
    result = process_page(text_page(), PipelineSettings(dpi=DPI))
    assert result.kind is PageKind.TEXT
    assert result.encoding is Encoding.G4
    with Image.open(io.BytesIO(result.data)) as decoded:
        assert decoded.mode == "1"
        assert decoded.info["compression"] == "group4"
        assert decoded.size == A4_PX
    assert not result.blank


def test_text_scanned_in_colour_is_still_text() -> None:
    page = text_page().convert("RGB")
    # A small coloured logo keeps a statement a text page.
    ImageDraw.Draw(page).rectangle((60, 40, 120, 100), fill=(11, 83, 148))
    assert classify(page, DPI) is PageKind.TEXT
    assert process_page(page, PipelineSettings(dpi=DPI)).encoding is Encoding.G4


def test_colour_page_becomes_jpeg() -> None:
    result = process_page(photo_page(), PipelineSettings(dpi=DPI, jpeg_quality=70))
    assert result.kind is PageKind.COLOR
    assert result.encoding is Encoding.JPEG
    with Image.open(io.BytesIO(result.data)) as decoded:
        assert decoded.format == "JPEG"
        assert decoded.mode == "RGB"
        assert decoded.info["dpi"] == (DPI, DPI)


def test_grey_photo_becomes_grey_jpeg() -> None:
    page = photo_page().convert("L")
    assert classify(page, DPI) is PageKind.GRAY
    result = process_page(page, PipelineSettings(dpi=DPI))
    assert (result.kind, result.encoding) == (PageKind.GRAY, Encoding.JPEG)


@pytest.mark.parametrize(
    ("mode", "kind", "encoding"),
    [
        (ColorMode.BW, PageKind.TEXT, Encoding.G4),
        (ColorMode.GRAY, PageKind.GRAY, Encoding.JPEG),
        (ColorMode.COLOR, PageKind.COLOR, Encoding.JPEG),
    ],
)
def test_a_chosen_mode_overrides_detection(
    mode: ColorMode, kind: PageKind, encoding: Encoding
) -> None:
    result = process_page(photo_page(), PipelineSettings(mode=mode, dpi=DPI))
    assert (result.kind, result.encoding) == (kind, encoding)


def test_blank_pages_are_flagged_with_specks_and_show_through() -> None:
    page = Image.new("L", A4_PX, 240)
    draw = ImageDraw.Draw(page)
    for x in range(100, 1100, 97):
        draw.point((x, x + 200), fill=0)  # dust
    draw.text((200, 600), "faint show-through from the other side", fill=215)
    result = process_page(page, PipelineSettings(dpi=DPI))
    assert result.blank
    assert result.data  # flagged, never dropped


def test_a_single_line_is_not_blank() -> None:
    page = text_page(lines=1)
    assert not process_page(page, PipelineSettings(dpi=DPI)).blank
    assert is_blank(Image.new("L", (300, 400), 250))


@pytest.mark.parametrize("angle", [-3.0, -1.5, 2.0, 4.0])
def test_deskew_finds_and_undoes_the_skew(angle: float) -> None:
    skewed = text_page().rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=245)
    small = skewed.reduce(2)
    assert detect_skew(small) == pytest.approx(-angle, abs=0.3)
    result = process_page(skewed, PipelineSettings(dpi=DPI))
    assert result.skew_degrees == pytest.approx(-angle, abs=0.3)


def test_straight_and_textless_pages_are_left_alone() -> None:
    assert detect_skew(text_page().reduce(2)) == 0.0
    assert process_page(photo_page(), PipelineSettings(dpi=DPI)).skew_degrees == 0.0
    assert detect_skew(Image.new("L", (400, 500), 255)) == 0.0


def test_crop_trims_the_scanner_bed_around_a_card() -> None:
    bed = Image.new("RGB", A4_PX, (250, 250, 250))
    card = Image.new("RGB", (506, 319), (200, 60, 90))  # 85.6 x 54 mm at 150 dpi
    ImageDraw.Draw(card).text((20, 20), "DRIVING LICENCE", fill=(0, 0, 0))
    bed.paste(card, (300, 400))
    result = process_page(bed, PipelineSettings(mode=ColorMode.COLOR, dpi=DPI, crop=True))
    margin = round(DPI * 2 / 25.4) * 2
    assert result.width == pytest.approx(506 + margin, abs=8)
    assert result.height == pytest.approx(319 + margin, abs=8)


def test_crop_leaves_a_full_page_alone() -> None:
    result = process_page(photo_page(), PipelineSettings(dpi=DPI, crop=True))
    assert (result.width, result.height) == A4_PX


def test_otsu_splits_ink_from_paper() -> None:
    histogram = [0] * 256
    histogram[30] = 100
    histogram[240] = 900
    assert 30 <= otsu(histogram) < 240
    assert otsu([0] * 256) == 128


def test_bilevel_keeps_ink_black() -> None:
    bw = to_bilevel(text_page())
    assert bw.mode == "1"
    assert bw.getpixel((5, 5)) == 255


def test_text_page_at_300_dpi_is_small_and_cheap() -> None:
    page = text_page(lines=70, size=(2480, 3508))
    result = process_page(page, PipelineSettings(dpi=300))
    assert result.encoding is Encoding.G4
    assert len(result.data) < 150_000
    assert result.cpu_ms < 1000  # generous: shared CI machines; the bench measures properly


def test_colour_fringes_around_text_do_not_make_a_colour_page() -> None:
    page = text_page(lines=44).convert("RGB")
    # A scanner whose red channel is a pixel off draws a red and a cyan edge on every stroke.
    red, green, blue = page.split()
    shifted = Image.merge(
        "RGB", (red.transform(red.size, Image.Transform.AFFINE, (1, 0, 1, 0, 1, 0)), green, blue)
    )
    assert classify(shifted, DPI) is PageKind.TEXT


def id_card_page(angle: float) -> Image.Image:
    """A colour card with printed lines, a little askew on a light scanner bed."""
    card = Image.new("RGB", (900, 570), (170, 205, 235))
    draw = ImageDraw.Draw(card)
    font = ImageFont.load_default(size=30)
    for row in range(9):
        draw.text((60, 40 + row * 56), "SURNAME GIVEN NAMES 01 JAN 1970 GBR", (20, 30, 60), font)
    draw.rectangle((640, 300, 860, 540), fill=(150, 110, 90))
    bed = Image.new("RGB", A4_PX, (252, 252, 252))
    tilted = card.rotate(
        angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=(252, 252, 252)
    )
    bed.paste(tilted, (150, 200))
    return bed


@pytest.mark.parametrize("angle", [-2.5, 3.0])
def test_a_colour_id_card_is_straightened_as_well_as_cropped(angle: float) -> None:
    result = process_page(id_card_page(angle), PipelineSettings(dpi=DPI, crop=True))
    assert result.kind is PageKind.COLOR
    assert result.encoding is Encoding.JPEG
    assert result.skew_degrees == pytest.approx(-angle, abs=0.4)
    assert result.width < 1000  # cropped to the card, not the 1240 px bed
    assert result.height < 700


def test_sides_are_combined_one_above_the_other() -> None:
    front = process_page(text_page(lines=5, size=(600, 400)), PipelineSettings(mode=ColorMode.BW))
    back = process_page(text_page(lines=3, size=(600, 400)), PipelineSettings(mode=ColorMode.BW))
    gap = round(DPI * SIDES_GAP_MM / 25.4)
    both = combine_sides([(front.data, 0), (back.data, 90)], dpi=DPI)
    # Black and white stays lossless G4; the back, turned a quarter, stands on its side.
    assert (both.encoding, both.kind) == (Encoding.G4, PageKind.TEXT)
    assert (both.width, both.height) == (600, 400 + gap + 600)
    with Image.open(io.BytesIO(both.data)) as decoded:
        assert decoded.size == (600, 400 + gap + 600)
        assert decoded.crop((0, 0, 600, 400)).getextrema() == (0, 255)  # the front's text
        assert decoded.crop((0, 400, 600, 400 + gap)).getextrema() == (255, 255)  # the gap


def test_a_colour_side_makes_the_page_colour() -> None:
    card = process_page(photo_page(size=(500, 300)), PipelineSettings(mode=ColorMode.COLOR))
    text = process_page(text_page(lines=2, size=(400, 300)), PipelineSettings(mode=ColorMode.BW))
    both = combine_sides([(card.data, 0), (text.data, 0)], dpi=DPI)
    assert (both.encoding, both.kind, both.width) == (Encoding.JPEG, PageKind.COLOR, 500)


def as_jpeg(page: Image.Image, quality: int) -> EncodedPage:
    out = io.BytesIO()
    page.save(out, "JPEG", quality=quality, dpi=(DPI, DPI))
    return EncodedPage(out.getvalue(), "image/jpeg")


def quality_of(data: bytes) -> int:
    with Image.open(io.BytesIO(data)) as image:
        return jpeg_quality(image)


@pytest.mark.parametrize("quality", [40, 60, 70, 85, 95])
def test_jpeg_quality_is_read_from_the_tables(quality: int) -> None:
    assert quality_of(as_jpeg(photo_page(), quality).data) == quality


@pytest.mark.parametrize(("mode", "quality"), [(ColorMode.COLOR, 70), (ColorMode.AUTO, 60)])
def test_a_scanners_colour_jpeg_that_needs_no_change_is_kept_byte_for_byte(
    mode: ColorMode, quality: int
) -> None:
    page = as_jpeg(photo_page(), quality)
    result = process_page(page, PipelineSettings(mode=mode, dpi=DPI))
    assert result.data == page.data
    assert (result.kind, result.encoding) == (PageKind.COLOR, Encoding.JPEG)
    assert (result.width, result.height, result.dpi) == (*A4_PX, DPI)
    assert not result.blank


def test_a_scanners_jpeg_finer_than_the_profile_asks_is_encoded_again() -> None:
    page = as_jpeg(photo_page(), 95)
    result = process_page(page, PipelineSettings(mode=ColorMode.COLOR, dpi=DPI, jpeg_quality=70))
    assert result.data != page.data
    assert quality_of(result.data) == 70
    assert len(result.data) < len(page.data)


def test_a_scanners_jpeg_is_still_straightened_and_classified() -> None:
    colour = text_page().convert("RGB")
    ImageDraw.Draw(colour).rectangle((100, 1300, 1100, 1700), fill=(200, 40, 40))
    skewed = colour.rotate(3.0, resample=Image.Resampling.BILINEAR, fillcolor=(245, 245, 245))
    turned = process_page(as_jpeg(skewed, 70), PipelineSettings(mode=ColorMode.COLOR, dpi=DPI))
    assert turned.skew_degrees == pytest.approx(-3.0, abs=0.3)
    assert turned.encoding is Encoding.JPEG
    # A text page that came as a JPEG becomes lossless G4; a grey scan in colour, grey.
    text = process_page(as_jpeg(text_page().convert("RGB"), 70), PipelineSettings(dpi=DPI))
    assert (text.kind, text.encoding) == (PageKind.TEXT, Encoding.G4)
    grey = process_page(as_jpeg(photo_page(), 70), PipelineSettings(mode=ColorMode.GRAY, dpi=DPI))
    assert grey.kind is PageKind.GRAY
    with Image.open(io.BytesIO(grey.data)) as decoded:
        assert decoded.mode == "L"
    # Crop needs the whole image.
    cropped = process_page(as_jpeg(photo_page(), 70), PipelineSettings(dpi=DPI, crop=True))
    assert cropped.encoding is Encoding.JPEG


def test_a_scanners_png_is_decoded_in_the_pipeline() -> None:
    out = io.BytesIO()
    text_page().save(out, "PNG")
    result = process_page(EncodedPage(out.getvalue(), "image/png"), PipelineSettings(dpi=DPI))
    assert (result.kind, result.encoding, result.width) == (PageKind.TEXT, Encoding.G4, 1240)


def test_a_page_that_is_not_an_image_is_a_no_image_fault() -> None:
    with pytest.raises(ScanFault) as caught:
        process_page(EncodedPage(b"\xff\xd8 not really", "image/jpeg"), PipelineSettings())
    assert caught.value.kind is FaultKind.NO_IMAGE
