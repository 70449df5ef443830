"""Value objects shared by every part of scanning: devices, capabilities, requests, pages."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field


class SourceKind(enum.StrEnum):
    """Where the paper is: on the glass, in the feeder, or in the feeder scanned on both sides."""

    FLATBED = "flatbed"
    ADF = "adf"
    DUPLEX = "duplex"
    OTHER = "other"


class ColorMode(enum.StrEnum):
    """What the caller asks for; AUTO picks colour, grey or black-and-white per page."""

    AUTO = "auto"
    COLOR = "color"
    GRAY = "gray"
    BW = "bw"


class PageKind(enum.StrEnum):
    """What the pipeline found a page to be."""

    COLOR = "color"
    GRAY = "gray"
    TEXT = "text"


class Encoding(enum.StrEnum):
    """How a page is stored: lossless CCITT G4 for text, JPEG for colour and grey."""

    G4 = "g4"
    JPEG = "jpeg"


@dataclass(frozen=True)
class DeviceInfo:
    """A scanner as the driver lists it; `id` may change when it is re-plugged, the rest not."""

    id: str
    vendor: str
    model: str
    type: str
    serial: str | None = None
    # The backend and the driver behind it, for IT: "SANE backend genesys", "eSCL 2.63 server
    # Example Office MFP 4200", "WIA 2 driver Canon LiDE 400 6.1.7600.16385".
    driver: str = ""

    @property
    def backend(self) -> str:
        """The driver's name, the part of the id before the first colon."""
        return self.id.split(":", 1)[0]

    @property
    def label(self) -> str:
        """A name fit for staff: vendor and model."""
        return f"{self.vendor} {self.model}".strip()


_SERIAL = re.compile(r"serial=([^&:;,\s]+)", re.IGNORECASE)


def serial_from_id(device_id: str) -> str | None:
    """The serial number some drivers put in the device id (e.g. hpaio's `?serial=`)."""
    match = _SERIAL.search(device_id)
    return match.group(1) if match else None


@dataclass(frozen=True)
class SourceInfo:
    """One paper source: its normalised kind and the driver's own name for it."""

    kind: SourceKind
    name: str
    # Extra driver options that make this source (e.g. ("adf-mode", "Duplex")).
    extra: tuple[tuple[str, str | int | float | bool], ...] = ()


@dataclass(frozen=True)
class PageSize:
    """A named paper size in millimetres."""

    name: str
    width_mm: float
    height_mm: float


A4 = PageSize("A4", 210.0, 297.0)
LETTER = PageSize("Letter", 215.9, 279.4)
LEGAL = PageSize("Legal", 215.9, 355.6)
A5 = PageSize("A5", 148.0, 210.0)
ID1 = PageSize("ID card", 85.6, 54.0)
PAGE_SIZES: tuple[PageSize, ...] = (A4, LETTER, LEGAL, A5, ID1)


@dataclass(frozen=True)
class Capabilities:
    """What a scanner can do, normalised so that callers never see driver-specific names."""

    device: DeviceInfo
    sources: tuple[SourceInfo, ...]
    modes: tuple[ColorMode, ...]
    resolutions: tuple[int, ...]
    max_width_mm: float | None = None
    max_height_mm: float | None = None
    page_sizes: tuple[PageSize, ...] = ()

    @property
    def source_kinds(self) -> tuple[SourceKind, ...]:
        """The kinds of source offered, each once, in the driver's order."""
        return tuple(dict.fromkeys(s.kind for s in self.sources))

    @property
    def duplex(self) -> bool:
        """True when the feeder can scan both sides in one pass."""
        return SourceKind.DUPLEX in self.source_kinds

    def source(self, kind: SourceKind) -> SourceInfo | None:
        """The first source of `kind`, or None."""
        return next((s for s in self.sources if s.kind is kind), None)

    def nearest_resolution(self, dpi: int) -> int:
        """The supported resolution closest to `dpi` (ties go to the higher one)."""
        if not self.resolutions:
            return dpi
        return min(self.resolutions, key=lambda r: (abs(r - dpi), -r))


@dataclass(frozen=True)
class DeviceRef:
    """How a job names its scanner: the id last seen, plus what finds it again after a re-plug."""

    id: str
    vendor: str = ""
    model: str = ""
    serial: str | None = None

    @classmethod
    def of(cls, device: DeviceInfo) -> DeviceRef:
        """The reference to a discovered device."""
        return cls(device.id, device.vendor, device.model, device.serial)

    def as_device(self) -> DeviceInfo:
        """What the job knows of its scanner: enough to open it without listing every scanner."""
        return DeviceInfo(self.id, self.vendor, self.model, type="", serial=self.serial)


@dataclass(frozen=True)
class ScanRequest:
    """One scan run: which scanner, which source and how; the pipeline settings ride along."""

    device: DeviceRef
    source: SourceKind = SourceKind.FLATBED
    mode: ColorMode = ColorMode.AUTO
    resolution: int = 300
    page_size: PageSize | None = None
    max_pages: int | None = None
    deskew: bool = True
    crop: bool = False
    jpeg_quality: int = 70
    # Raw driver options set after ours, for IT tuning and for test drivers.
    driver_options: tuple[tuple[str, str | int | float | bool], ...] = ()


@dataclass(frozen=True)
class EncodedPage:
    """A page as the scanner sent it, still encoded (`image/jpeg` or `image/png`).

    The pipeline threads decode it, not the thread that reads the scanner; a JPEG is kept byte
    for byte when the page needs no change (see `scanning.pipeline.process_page`).
    """

    data: bytes
    format: str


@dataclass(frozen=True)
class ScannedPage:
    """A finished page on disk in the spool, with what the pipeline learnt about it."""

    path: str
    index: int
    encoding: Encoding
    kind: PageKind
    width: int
    height: int
    dpi: int
    bytes: int
    blank: bool
    skew_degrees: float = 0.0
    cpu_ms: float = 0.0
    rotation: int = 0
    run: str = ""

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON."""
        return {
            "path": self.path,
            "index": self.index,
            "encoding": self.encoding.value,
            "kind": self.kind.value,
            "width": self.width,
            "height": self.height,
            "dpi": self.dpi,
            "bytes": self.bytes,
            "blank": self.blank,
            "skew_degrees": self.skew_degrees,
            "cpu_ms": self.cpu_ms,
            "rotation": self.rotation,
            "run": self.run,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ScannedPage:
        """The inverse of `to_dict`."""
        return cls(
            path=str(data["path"]),
            index=_int(data["index"]),
            encoding=Encoding(str(data["encoding"])),
            kind=PageKind(str(data["kind"])),
            width=_int(data["width"]),
            height=_int(data["height"]),
            dpi=_int(data["dpi"]),
            bytes=_int(data["bytes"]),
            blank=bool(data["blank"]),
            skew_degrees=_float(data.get("skew_degrees", 0.0)),
            cpu_ms=_float(data.get("cpu_ms", 0.0)),
            rotation=_int(data.get("rotation", 0)),
            run=str(data.get("run", "")),
        )


@dataclass(frozen=True)
class AppliedSettings:
    """What the driver actually accepted (read back after setting)."""

    device_id: str
    source: SourceKind
    source_name: str
    scan_mode: str
    resolution: int
    width_mm: float | None = None
    height_mm: float | None = None
    notes: tuple[str, ...] = field(default=())


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"not a number: {value!r}")
    return int(value)


def _float(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"not a number: {value!r}")
    return float(value)
