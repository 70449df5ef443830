"""An image-only PDF written page by page: JPEG and CCITT G4 pages embedded as they are.

Only the page being added is in memory; what is kept per page is its object numbers and file
offsets. A page is a JPEG (`/DCTDecode`) or a one-strip G4 TIFF (`/CCITTFaxDecode`, the strip
copied out of the TIFF); a G4 TIFF in several strips (Pillow's default) is joined into one strip
first, which decodes and re-encodes that page losslessly.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from PIL import Image, TiffImagePlugin

PDF_HEADER = b"%PDF-1.4\n%\xbf\xf7\xa2\xfe\n"
DEFAULT_DPI = 72.0
_COLOR_SPACES = {"L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}
_JPEG_MODES = {1: "L", 3: "RGB", 4: "CMYK"}
# Start-of-frame markers (SOF0-SOF15 but DHT, JPG and DAC), which give the size and components.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_REVERSED_BITS = bytes(int(f"{b:08b}"[::-1], 2) for b in range(256))


class PdfImageError(ValueError):
    """A page that is neither a JPEG nor a G4 TIFF this writer can embed as it is."""


class _Embedded:
    """One page image ready for the PDF: its stream dictionary entries and its data."""

    def __init__(
        self, entries: str, data: bytes, width: int, height: int, dpi: tuple[float, float]
    ) -> None:
        self.entries = entries
        self.data = data
        self.width = width
        self.height = height
        self.dpi = dpi


def _dpi(info: Mapping[Any, Any], given: float | None) -> tuple[float, float]:
    """The resolution the page was scanned at when the caller gives it (a scanner's own JPEG
    may say 72 dpi whatever it scanned at), else the image's own (x, y), else 72 dpi."""
    if given and given > 0:
        return float(given), float(given)
    value = info.get("dpi")
    if isinstance(value, tuple) and len(value) == 2 and min(float(v) for v in value) > 1:
        return float(value[0]), float(value[1])
    return DEFAULT_DPI, DEFAULT_DPI


def _jpeg(data: bytes, dpi: float | None) -> _Embedded:
    # Read from the JPEG's own markers: the PDF needs only its size and colours, and the
    # command that writes a scan's PDF need not load Pillow for it.
    components, width, height, info = _jpeg_header(data)
    mode = _JPEG_MODES.get(components, f"{components} components")
    space = _COLOR_SPACES.get(mode)
    if space is None:
        raise PdfImageError(f"JPEG in mode {mode} is not supported")
    entries = f"/ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode"
    if mode == "CMYK" and "adobe" in info:
        entries += " /Decode [1 0 1 0 1 0 1 0]"
    return _Embedded(entries, data, width, height, _dpi(info, dpi))


def _jpeg_header(data: bytes) -> tuple[int, int, int, dict[str, Any]]:
    """Components, width, height and what else the PDF needs (JFIF "dpi", "adobe") of a
    JPEG, read from its markers up to the frame header."""
    info: dict[str, Any] = {}
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise PdfImageError("a JPEG whose markers cannot be read")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # no length
            position += 2
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segment = data[position + 4 : position + 2 + length]
        if marker == 0xE0 and segment[:5] == b"JFIF\0" and len(segment) >= 12:
            unit = segment[7]
            x, y = int.from_bytes(segment[8:10], "big"), int.from_bytes(segment[10:12], "big")
            if unit in (1, 2):
                scale = 2.54 if unit == 2 else 1.0
                info["dpi"] = (x * scale, y * scale)
        elif marker == 0xEE and segment[:5] == b"Adobe":
            info["adobe"] = True
        elif marker in _SOF_MARKERS and len(segment) >= 6:
            height = int.from_bytes(segment[1:3], "big")
            width = int.from_bytes(segment[3:5], "big")
            if not width or not height:
                raise PdfImageError("a JPEG without its size in its frame header")
            return segment[5], width, height, info
        position += 2 + length
    raise PdfImageError("a JPEG without a frame header")


def _g4_strip(image: TiffImagePlugin.TiffImageFile, data: bytes) -> bytes:
    """The G4 payload of a one-strip TIFF, or of the page re-encoded as one strip."""
    from PIL import TiffImagePlugin  # noqa: PLC0415  (G4 pages only)

    tags = image.tag_v2
    offsets = tags.get(TiffImagePlugin.STRIPOFFSETS)
    counts = tags.get(TiffImagePlugin.STRIPBYTECOUNTS)
    if offsets is not None and counts is not None and len(offsets) == 1 == len(counts):
        strip = data[offsets[0] : offsets[0] + counts[0]]
        if tags.get(TiffImagePlugin.FILLORDER, 1) == 2:
            strip = strip.translate(_REVERSED_BITS)
        return strip
    image.load()
    return _g4_strip_of(image.convert("1"))


def _g4_strip_of(bw: Image.Image) -> bytes:
    from PIL import Image, TiffImagePlugin  # noqa: PLC0415  (G4 pages only)

    buffer = io.BytesIO()
    bw.save(
        buffer, "TIFF", compression="group4", strip_size=max(1, (bw.width + 7) // 8 * bw.height)
    )
    data = buffer.getvalue()
    with Image.open(io.BytesIO(data)) as again:
        assert isinstance(again, TiffImagePlugin.TiffImageFile)
        offset = again.tag_v2[TiffImagePlugin.STRIPOFFSETS][0]
        count = again.tag_v2[TiffImagePlugin.STRIPBYTECOUNTS][0]
    return data[offset : offset + count]


def _g4(data: bytes, dpi: float | None) -> _Embedded:
    from PIL import Image, TiffImagePlugin  # noqa: PLC0415  (G4 pages only)

    with Image.open(io.BytesIO(data)) as image:
        if not isinstance(image, TiffImagePlugin.TiffImageFile):
            raise PdfImageError("not a TIFF")
        if image.info.get("compression") != "group4":
            raise PdfImageError(f"TIFF compressed with {image.info.get('compression')}")
        photometric = image.tag_v2.get(TiffImagePlugin.PHOTOMETRIC_INTERPRETATION, 1)
        if photometric not in (0, 1):
            raise PdfImageError(f"G4 TIFF with photometric interpretation {photometric}")
        strip = _g4_strip(image, data)
        black_is_1 = "false" if photometric == 0 else "true"
        entries = (
            "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter [/CCITTFaxDecode] "
            f"/DecodeParms [<< /K -1 /BlackIs1 {black_is_1} "
            f"/Columns {image.width} /Rows {image.height} >>]"
        )
        return _Embedded(entries, strip, image.width, image.height, _dpi(image.info, dpi))


def _embeddable(data: bytes, dpi: float | None = None) -> _Embedded:
    """`data` (a JPEG or a G4 TIFF) as a PDF image; PdfImageError for anything else."""
    if data[:2] == b"\xff\xd8":
        return _jpeg(data, dpi)
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return _g4(data, dpi)
    raise PdfImageError("not a JPEG or a TIFF")


def _number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"


class PdfWriter:
    """Writes pages to `stream` as they are added; `close()` writes the page tree and index.

    Objects 1 and 2 are the catalogue and the page tree, written last; each page adds its image,
    its content stream and its page object.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._position = 0
        self._offsets: dict[int, int] = {}
        self._pages: list[int] = []
        self._next = 3
        self._closed = False
        self._write(PDF_HEADER)

    @property
    def pages(self) -> int:
        """How many pages were added."""
        return len(self._pages)

    def _write(self, data: bytes) -> None:
        self._stream.write(data)
        self._position += len(data)

    def _object(self, number: int, body: bytes, stream: bytes | None = None) -> None:
        self._offsets[number] = self._position
        self._write(f"{number} 0 obj\n".encode() + body)
        if stream is not None:
            self._write(b"\nstream\n")
            self._write(stream)
            self._write(b"\nendstream")
        self._write(b"\nendobj\n")

    def add_page(self, data: bytes, *, rotation: int = 0, dpi: float | None = None) -> None:
        """Append a page showing `data` (JPEG or G4 TIFF) at its resolution, turned `rotation`."""
        if self._closed:
            raise ValueError("the PDF is already closed")
        if rotation % 90:
            raise ValueError("pages turn in steps of 90 degrees")
        image = _embeddable(data, dpi)
        width = image.width * 72 / image.dpi[0]
        height = image.height * 72 / image.dpi[1]
        image_number, content_number, page_number = self._next, self._next + 1, self._next + 2
        self._next += 3
        self._object(
            image_number,
            (
                f"<< /Type /XObject /Subtype /Image /Width {image.width} /Height {image.height} "
                f"{image.entries} /Length {len(image.data)} >>"
            ).encode(),
            image.data,
        )
        content = f"q\n{_number(width)} 0 0 {_number(height)} 0 0 cm\n/Im0 Do\nQ".encode()
        self._object(content_number, f"<< /Length {len(content)} >>".encode(), content)
        turned = f" /Rotate {rotation % 360}" if rotation % 360 else ""
        self._object(
            page_number,
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_number(width)} "
                f"{_number(height)}]{turned} /Resources << /XObject << /Im0 {image_number} 0 R "
                f">> >> /Contents {content_number} 0 R >>"
            ).encode(),
        )
        self._pages.append(page_number)

    def close(self) -> None:
        """Write the page tree, the catalogue, the cross-reference table and the trailer."""
        if self._closed:
            return
        if not self._pages:
            raise ValueError("a PDF needs at least one page")
        self._closed = True
        kids = " ".join(f"{n} 0 R" for n in self._pages)
        self._object(2, f"<< /Type /Pages /Count {len(self._pages)} /Kids [{kids}] >>".encode())
        self._object(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        start = self._position
        size = self._next
        rows = [b"xref\n", f"0 {size}\n".encode(), b"0000000000 65535 f \n"]
        rows += [f"{self._offsets[n]:010d} 00000 n \n".encode() for n in range(1, size)]
        self._write(b"".join(rows))
        file_id = uuid.uuid4().hex
        self._write(
            (
                f"trailer\n<< /Size {size} /Root 1 0 R /ID [<{file_id}> <{file_id}>] >>\n"
                f"startxref\n{start}\n%%EOF\n"
            ).encode()
        )
        self._stream.flush()
