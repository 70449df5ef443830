"""The page pipeline: classify, crop, deskew, flag blanks and encode each page as it arrives."""

from __future__ import annotations

import functools
import io
import itertools
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageChops, ImageFilter, JpegImagePlugin, TiffImagePlugin

from scanning.faults import FaultKind, ScanFault
from scanning.model import ColorMode, EncodedPage, Encoding, PageKind

# Registered by importing them, so that saving a page never loads every Pillow plugin.
_ENCODERS = (JpegImagePlugin, TiffImagePlugin)

WORK_DPI = 75
# A page is colour when this share of it is clearly coloured (a small logo stays text).
COLOR_SHARE = 0.02
COLOR_CHROMA = 32
# A page is text when most of it is light paper and little of it is mid-tone; else it is grey.
PAPER_MIN = 160
PAPER_SHARE = 0.5
GRAY_SHARE = 0.15
# A page is flagged blank when less than this share of it (margins ignored) is ink.
BLANK_INK_SHARE = 0.0005
MAX_SKEW = 5.0
# Degrees below which a page is left as it is: a text page, and a colour or grey one.
MIN_TEXT_SKEW = 0.2
MIN_PICTURE_SKEW = 0.5
# A scanner's JPEG is kept as it is when it is compressed no more finely than this many quality
# points above what the profile asks (a finer one is encoded again, to keep the PDF small).
KEPT_JPEG_QUALITY_SLACK = 5
# libjpeg's standard luminance table (quality 50), which JPEG qualities scale.
# fmt: off
_STANDARD_LUMINANCE = (
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
)
# fmt: on


@dataclass(frozen=True)
class PipelineSettings:
    """What to do with each page."""

    mode: ColorMode = ColorMode.AUTO
    dpi: int = 300
    deskew: bool = True
    crop: bool = False
    jpeg_quality: int = 70


@dataclass(frozen=True)
class ProcessedPage:
    """An encoded page, ready for the spool and for the PDF."""

    data: bytes
    encoding: Encoding
    kind: PageKind
    width: int
    height: int
    dpi: int
    blank: bool
    skew_degrees: float
    cpu_ms: float

    @property
    def extension(self) -> str:
        """The file extension for the encoding."""
        return "tif" if self.encoding is Encoding.G4 else "jpg"


def process_page(page: Image.Image | EncodedPage, settings: PipelineSettings) -> ProcessedPage:
    """Run the whole pipeline on one page.

    A page the scanner sent as a JPEG is kept byte for byte when it stays a colour (or grey)
    JPEG that needs no crop and no turn and is compressed no more finely than the profile asks:
    its checks run on a copy the decoder makes at a quarter of the size (JPEG decoding can
    scale down as it goes), and it is neither decoded in full nor encoded again.
    """
    started = time.thread_time()
    if isinstance(page, EncodedPage):
        kept = _kept_jpeg(page, settings, started) if page.format == "image/jpeg" else None
        if kept is not None:
            return kept
        image = decode_page(page.data)
    else:
        image = page
    return _process(image, settings, started)


def decode_page(data: bytes) -> Image.Image:
    """A scanner's PNG or JPEG file as the pipeline's image (grey or RGB); NO_IMAGE if it is
    not one."""
    try:
        image = Image.open(io.BytesIO(data), formats=("PNG", "JPEG"))
        image.load()
    except (OSError, ValueError, SyntaxError):
        raise ScanFault(FaultKind.NO_IMAGE, "the document is not an image we can read") from None
    if image.mode in ("1", "L;16", "I;16", "I", "F", "LA"):
        return image.convert("L")
    if image.mode not in ("L", "RGB"):
        return image.convert("RGB")
    return image


def jpeg_quality(image: Image.Image) -> int:
    """The libjpeg quality (1-100) whose luminance table is nearest the JPEG's own; 100 when
    the file has no tables to read."""
    tables = getattr(image, "quantization", None)
    if not tables or 0 not in tables:
        return 100
    coarseness = sum(tables[0])
    sums = _standard_table_sums()
    return min(range(1, 101), key=lambda q: (abs(sums[q - 1] - coarseness), -q))


@functools.cache
def _standard_table_sums() -> tuple[int, ...]:
    sums = []
    for quality in range(1, 101):
        scale = 5000 // quality if quality < 50 else 200 - 2 * quality
        sums.append(sum(min(255, max(1, (v * scale + 50) // 100)) for v in _STANDARD_LUMINANCE))
    return tuple(sums)


def _kept_jpeg(
    page: EncodedPage, settings: PipelineSettings, started: float
) -> ProcessedPage | None:
    """The scanner's JPEG as the page, when nothing about it needs changing; else None."""
    opened = _small_jpeg(page, settings)
    if opened is None:
        return None
    width, height = opened.info["full_size"]
    reduced: Image.Image = opened
    rest = opened.width // max(1, width // _factor((width, height), settings.dpi))
    if rest > 1:
        reduced = opened.reduce(rest)
    kind = _kind_for(reduced, settings.mode)
    if kind is not (PageKind.COLOR if opened.mode == "RGB" else PageKind.GRAY):
        return None  # a text page becomes G4; a grey page in colour becomes a grey JPEG
    small = reduced if reduced.mode == "L" else reduced.convert("L")
    blank = is_blank(small, _background(small))
    if settings.deskew and not blank and detect_skew(small, picture=True):
        return None
    return ProcessedPage(
        data=page.data,
        encoding=Encoding.JPEG,
        kind=kind,
        width=width,
        height=height,
        dpi=settings.dpi,
        blank=blank,
        skew_degrees=0.0,
        cpu_ms=round((time.thread_time() - started) * 1000, 1),
    )


def _small_jpeg(page: EncodedPage, settings: PipelineSettings) -> Image.Image | None:
    """The scanner's JPEG decoded at about WORK_DPI (its full size in info["full_size"]), when
    it could be kept: no crop asked for, grey or RGB, upright, no finer than the profile's
    quality; else None."""
    if settings.crop or settings.mode is ColorMode.BW:
        return None
    try:
        opened = Image.open(io.BytesIO(page.data), formats=("JPEG",))
        if (
            opened.mode not in ("L", "RGB")
            or opened.getexif().get(0x0112, 1) != 1  # turned by its orientation tag
            or jpeg_quality(opened) > settings.jpeg_quality + KEPT_JPEG_QUALITY_SLACK
        ):
            return None
        size = opened.size
        factor = _factor(size, settings.dpi)
        opened.draft(opened.mode, (max(1, size[0] // factor), max(1, size[1] // factor)))
        opened.load()  # decoded at 1/2, 1/4 or 1/8 of the size
    except (OSError, ValueError, SyntaxError):
        return None  # decoded in full, which says what is wrong with it
    opened.info["full_size"] = size
    return opened


def _process(image: Image.Image, settings: PipelineSettings, started: float) -> ProcessedPage:
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    # Every check works on one small copy of the page, reduced once.
    reduced = _reduced(image, settings.dpi)
    if settings.crop:
        image, reduced = _crop(image, reduced, settings.dpi)
    kind = _kind_for(reduced, settings.mode)
    if kind is not PageKind.COLOR and image.mode == "RGB":
        image = image.convert("L")
    small = reduced if reduced.mode == "L" else reduced.convert("L")
    background = _background(small)
    blank = is_blank(small, background)
    angle = 0.0
    # The projection profile needs lines of text: it finds them on text pages and on colour
    # documents with printing (an ID card, a letter on coloured paper), and stays at 0.0 on a
    # photo. The "photo" profile turns deskew off all the same.
    if settings.deskew and not blank:
        angle = detect_skew(small, picture=kind is not PageKind.TEXT)
    if kind is PageKind.TEXT:
        bw = to_bilevel(image, small)
        if angle:
            bw = bw.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=1)
        data = encode_g4(bw, settings.dpi)
        encoding = Encoding.G4
        out = bw
    else:
        if angle:
            fill: int | tuple[int, int, int] = (
                (background, background, background) if image.mode == "RGB" else background
            )
            image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=fill)
        data = encode_jpeg(image, settings.dpi, settings.jpeg_quality)
        encoding = Encoding.JPEG
        out = image
    return ProcessedPage(
        data=data,
        encoding=encoding,
        kind=kind,
        width=out.width,
        height=out.height,
        dpi=settings.dpi,
        blank=blank,
        skew_degrees=round(angle, 2),
        cpu_ms=round((time.thread_time() - started) * 1000, 1),
    )


SIDES_GAP_MM = 10


def combine_sides(
    sides: Iterable[tuple[bytes, int]], *, dpi: int, jpeg_quality: int = 75
) -> ProcessedPage:
    """Encoded pages (each with its clockwise rotation) one above the other on one page, as a
    photocopy of both sides of a card: G4 when every side is black and white, else JPEG."""
    started = time.thread_time()
    images = []
    for data, rotation in sides:
        with Image.open(io.BytesIO(data)) as opened:
            image = opened.rotate(-rotation, expand=True) if rotation % 360 else opened.copy()
        images.append(image)
    if not images:
        raise ValueError("no sides to combine")
    modes = {image.mode for image in images}
    mode = "RGB" if "RGB" in modes else "L" if modes - {"1"} else "1"
    white: int | tuple[int, int, int] = (255, 255, 255) if mode == "RGB" else 255
    gap = round(dpi * SIDES_GAP_MM / 25.4)
    width = max(image.width for image in images)
    height = sum(image.height for image in images) + gap * (len(images) - 1)
    page = Image.new(mode, (width, height), white)
    top = 0
    for image in images:
        page.paste(image.convert(mode), ((width - image.width) // 2, top))
        top += image.height + gap
    if mode == "1":
        data, encoding, kind = encode_g4(page, dpi), Encoding.G4, PageKind.TEXT
    else:
        data = encode_jpeg(page, dpi, jpeg_quality)
        encoding, kind = Encoding.JPEG, PageKind.COLOR if mode == "RGB" else PageKind.GRAY
    return ProcessedPage(
        data=data,
        encoding=encoding,
        kind=kind,
        width=width,
        height=height,
        dpi=dpi,
        blank=False,
        skew_degrees=0.0,
        cpu_ms=round((time.thread_time() - started) * 1000, 1),
    )


def warm_up() -> None:
    """Run a tiny page through every encoder once, before any scanner call.

    Pillow loads its format plugins (and their shared libraries) on first use: done here, while
    the worker waits for its job, the first page does not pay for it.
    """
    page = Image.new("RGB", (64, 64), (250, 250, 250))
    page.paste((20, 20, 20), (8, 8, 56, 12))
    for mode in (ColorMode.AUTO, ColorMode.COLOR, ColorMode.GRAY, ColorMode.BW):
        process_page(page, PipelineSettings(mode=mode, dpi=75))


def _kind_for(reduced: Image.Image, mode: ColorMode) -> PageKind:
    if mode is ColorMode.BW:
        return PageKind.TEXT
    if mode is ColorMode.GRAY:
        return PageKind.GRAY
    if mode is ColorMode.COLOR:
        return PageKind.COLOR if reduced.mode == "RGB" else PageKind.GRAY
    return _classify_reduced(reduced)


def _factor(size: tuple[int, int], dpi: int) -> int:
    return max(1, min(round(dpi / WORK_DPI), min(size) // 64 or 1))


def _reduced(image: Image.Image, dpi: int) -> Image.Image:
    """A copy of the page at about WORK_DPI, each pixel the average of the ones it stands for."""
    factor = _factor(image.size, dpi)
    return image.reduce(factor) if factor > 1 else image.copy()


def classify(image: Image.Image, dpi: int = 300) -> PageKind:
    """Colour, grey (photo-like) or text (black on light), judged on a small copy."""
    return _classify_reduced(_reduced(image, dpi))


def _classify_reduced(small: Image.Image) -> PageKind:
    if small.mode == "RGB":
        red, green, blue = small.split()
        chroma = ImageChops.lighter(
            ImageChops.lighter(
                ImageChops.difference(red, green), ImageChops.difference(green, blue)
            ),
            ImageChops.difference(red, blue),
        )
        # Erode the mask of coloured pixels (a pixel counts when its 3 x 3 neighbourhood is all
        # coloured: its mean is 255): colour fringes around black text (common on CIS scanners)
        # are a pixel wide and vanish; logos, photos and tinted cards stay.
        mask = chroma.point([255 if v >= COLOR_CHROMA else 0 for v in range(256)])
        histogram = mask.filter(ImageFilter.BoxBlur(1)).histogram()
        if histogram[255] / max(1, sum(histogram)) >= COLOR_SHARE:
            return PageKind.COLOR
        small = small.convert("L")
    histogram = small.histogram()
    total = max(1, sum(histogram))
    paper = _peak(histogram)
    if paper < PAPER_MIN:
        return PageKind.GRAY
    paper_share = sum(histogram[max(0, paper - 35) : paper + 36]) / total
    midtones = sum(histogram[80 : max(81, paper - 50)]) / total
    if paper_share < PAPER_SHARE or midtones >= GRAY_SHARE:
        return PageKind.GRAY
    return PageKind.TEXT


def _peak(histogram: list[int]) -> int:
    """The background level: the most common bright value (paper), or the most common one."""
    bright = histogram[128:256]
    if sum(bright) >= sum(histogram) * 0.3:
        return 128 + max(range(len(bright)), key=bright.__getitem__)
    return max(range(256), key=histogram.__getitem__)


def _background(small: Image.Image) -> int:
    return _peak(small.histogram())


def otsu(histogram: list[int]) -> int:
    """Otsu's threshold for a 256-bin histogram."""
    total = sum(histogram)
    if total == 0:
        return 128
    weighted = sum(i * h for i, h in enumerate(histogram))
    below = 0
    below_weighted = 0.0
    best, best_at = -1.0, 128
    for level in range(256):
        below += histogram[level]
        if below == 0:
            continue
        above = total - below
        if above == 0:
            break
        below_weighted += level * histogram[level]
        mean_below = below_weighted / below
        mean_above = (weighted - below_weighted) / above
        between = below * above * (mean_below - mean_above) ** 2
        if between > best:
            best, best_at = between, level
    return best_at


def to_bilevel(image: Image.Image, small: Image.Image | None = None) -> Image.Image:
    """Threshold a grey page to 1 bit (Otsu, kept within sane bounds for ink on paper)."""
    gray = image if image.mode == "L" else image.convert("L")
    histogram = (small if small is not None else gray).histogram()
    level = min(max(otsu(histogram), 90), 200)
    table = [0 if v <= level else 255 for v in range(256)]
    return gray.point(table, "1")


def encode_g4(bw: Image.Image, dpi: int) -> bytes:
    """Lossless CCITT G4 TIFF in one strip, which a PDF embeds without re-encoding."""
    buffer = io.BytesIO()
    # Pillow splits TIFFs into 64 KB strips unless told otherwise; a PDF takes one G4 strip.
    one_strip = max(1, (bw.width + 7) // 8 * bw.height)
    bw.save(buffer, "TIFF", compression="group4", dpi=(dpi, dpi), strip_size=one_strip)
    return buffer.getvalue()


def encode_jpeg(image: Image.Image, dpi: int, quality: int) -> bytes:
    """Baseline JPEG for colour and grey pages.

    Pillow encodes into a file descriptor without holding the GIL (into a BytesIO it holds it),
    so the page is encoded into an in-memory file: the reading thread, and a second pipeline
    thread, keep running meanwhile.
    """
    with _scratch_file() as handle:
        image.save(handle, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)
        handle.seek(0)
        return handle.read()


def _scratch_file() -> BinaryIO:
    """An anonymous file: in memory where the system offers it (Linux), else a temporary file."""
    if hasattr(os, "memfd_create"):
        return os.fdopen(os.memfd_create("page", getattr(os, "MFD_CLOEXEC", 0)), "w+b")
    return tempfile.TemporaryFile()


def is_blank(small: Image.Image, background: int | None = None) -> bool:
    """True when there is (almost) no ink away from the edges; callers flag, never delete."""
    width, height = small.size
    margin_x, margin_y = width // 20, height // 20
    inner = small.crop((margin_x, margin_y, width - margin_x, height - margin_y))
    if background is None:
        background = _background(small)
    if background < PAPER_MIN:
        return False
    level = max(0, min(background - 60, 170))
    histogram = inner.histogram()
    ink = sum(histogram[:level])
    return ink / max(1, sum(histogram)) < BLANK_INK_SHARE


def detect_skew(small: Image.Image, *, picture: bool = False) -> float:
    """The angle (degrees, counter-clockwise) that straightens text lines; 0.0 when unsure.

    Coarse to fine: whole degrees on a half-size mask, then half, quarter and tenth degrees
    around the best so far on the 75 dpi one, so that a page costs a handful of full-size
    rotations, not dozens. A `picture` (a colour or grey page) is turned only when clearly
    askew (MIN_PICTURE_SKEW or more): its shading can lean a little.
    """
    level = min(max(otsu(small.histogram()), 60), 200)
    ink = small.point([255 if v <= level else 0 for v in range(256)])
    if not ink.getbbox():
        return 0.0
    half = ink.reduce(2)
    scores: dict[float, float] = {}

    def score(mask: Image.Image, angle: float) -> float:
        rotated = mask.rotate(angle, resample=Image.Resampling.NEAREST) if angle else mask
        rows = rotated.reduce((rotated.width, 1)).tobytes()  # each row's share of ink
        return float(sum((a - b) ** 2 for a, b in itertools.pairwise(rows)))

    def fine(angle: float) -> float:
        angle = round(angle, 2)
        if angle not in scores:
            scores[angle] = score(ink, angle)
        return scores[angle]

    def best_of(angles: Iterable[float], rate: Callable[[float], float]) -> float:
        # The highest score; of equal ones, the smallest turn.
        within = [a for a in angles if abs(a) <= MAX_SKEW]
        return max(within, key=lambda a: (rate(a), -abs(a)))

    coarse = best_of(
        [float(step) for step in range(-int(MAX_SKEW), int(MAX_SKEW) + 1)],
        functools.partial(score, half),
    )
    if picture and coarse == 0.0:
        return 0.0  # within half a degree or so: less than a picture is turned for
    best = coarse
    for step in (0.5, 0.25, 0.1):
        best = best_of([best - step, best, best + step], fine)
    best = round(best, 2)
    least = MIN_PICTURE_SKEW if picture else MIN_TEXT_SKEW
    if abs(best) < least or fine(best) < fine(0.0) * 1.15:
        return 0.0
    return best


def _crop(image: Image.Image, reduced: Image.Image, dpi: int) -> tuple[Image.Image, Image.Image]:
    """Trim the scanner bed around the document (judged on the reduced copy, which is returned
    cropped too)."""
    small = reduced if reduced.mode == "L" else reduced.convert("L")
    width, height = small.size
    border = [
        *small.crop((0, 0, width, 2)).tobytes(),
        *small.crop((0, height - 2, width, height)).tobytes(),
        *small.crop((0, 0, 2, height)).tobytes(),
        *small.crop((width - 2, 0, width, height)).tobytes(),
    ]
    bed = sorted(border)[len(border) // 2]
    diff = ImageChops.difference(small, Image.new("L", small.size, bed))
    mask = diff.point([255 if v > 40 else 0 for v in range(256)]).reduce(2)
    mask = mask.point([255 if v >= 128 else 0 for v in range(256)])
    box = mask.getbbox()
    if box is None:
        return image, reduced
    left, top, right, bottom = (v * 2 for v in box)
    if (right - left) * (bottom - top) > 0.95 * width * height:
        return image, reduced
    scale_x = image.width / width
    scale_y = image.height / height
    margin = round(dpi * 2 / 25.4)
    full_box = (
        max(0, round(left * scale_x) - margin),
        max(0, round(top * scale_y) - margin),
        min(image.width, round(right * scale_x) + margin),
        min(image.height, round(bottom * scale_y) + margin),
    )
    cropped = image.crop(full_box)
    return cropped, _reduced(cropped, dpi)
