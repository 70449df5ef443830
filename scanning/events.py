"""What a scan job reports, and the JSON-lines form those reports take between processes."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from scanning.faults import FaultKind, ScanFault, fault_message
from scanning.model import (
    AppliedSettings,
    Capabilities,
    ColorMode,
    DeviceInfo,
    DeviceRef,
    PageSize,
    ScannedPage,
    ScanRequest,
    SourceInfo,
    SourceKind,
)


@dataclass(frozen=True)
class WorkerStarted:
    """The worker process is running and about to open the scanner."""

    pid: int


@dataclass(frozen=True)
class DeviceReady:
    """The scanner is open and set up; `settings` is what it really accepted."""

    settings: AppliedSettings


@dataclass(frozen=True)
class PageStarted:
    """The scanner started page `index` (0-based within this run)."""

    index: int


@dataclass(frozen=True)
class PageProgress:
    """Bytes of page `index` read so far (also the watchdog's heartbeat)."""

    index: int
    bytes_read: int
    bytes_expected: int | None


@dataclass(frozen=True)
class PageDone:
    """A page is complete and safely in the spool."""

    page: ScannedPage


@dataclass(frozen=True)
class Faulted:
    """The run stopped because of a fault; the pages already done are kept."""

    kind: FaultKind
    detail: str = ""

    @property
    def message(self) -> str:
        """The plain-English line for staff."""
        return fault_message(self.kind, self.detail)

    def to_exception(self) -> ScanFault:
        """The same fault as an exception."""
        return ScanFault(self.kind, self.detail)


@dataclass(frozen=True)
class Finished:
    """The run ended normally (feeder empty, page done, or cancelled)."""

    pages: int
    cancelled: bool = False


@dataclass(frozen=True)
class Discovered:
    """The answer to a discovery: each scanner with its capabilities."""

    scanners: tuple[Capabilities, ...]
    unreadable: tuple[DeviceInfo, ...] = ()


ScanEvent = WorkerStarted | DeviceReady | PageStarted | PageProgress | PageDone | Faulted | Finished
Event = ScanEvent | Discovered

_TYPES: dict[str, type[Any]] = {
    "started": WorkerStarted,
    "ready": DeviceReady,
    "page_started": PageStarted,
    "progress": PageProgress,
    "page_done": PageDone,
    "fault": Faulted,
    "finished": Finished,
    "discovered": Discovered,
}
_NAMES = {v: k for k, v in _TYPES.items()}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def encode(event: Event) -> str:
    """One JSON line (no newline) for `event`."""
    return json.dumps({"type": _NAMES[type(event)], **_plain(event)}, separators=(",", ":"))


def decode(line: str) -> Event:
    """The event a JSON line stands for; ValueError when it is not one."""
    data = json.loads(line)
    if not isinstance(data, dict) or data.get("type") not in _TYPES:
        raise ValueError("not an event")
    kind = _TYPES[data.pop("type")]
    if kind is DeviceReady:
        return DeviceReady(settings_from_dict(data["settings"]))
    if kind is PageDone:
        return PageDone(ScannedPage.from_dict(data["page"]))
    if kind is Faulted:
        return Faulted(FaultKind(data["kind"]), str(data.get("detail", "")))
    if kind is Discovered:
        return Discovered(
            tuple(capabilities_from_dict(c) for c in data["scanners"]),
            tuple(DeviceInfo(**d) for d in data.get("unreadable", [])),
        )
    event: Event = kind(**data)
    return event


def settings_from_dict(data: dict[str, Any]) -> AppliedSettings:
    """AppliedSettings from its plain form."""
    return AppliedSettings(
        device_id=data["device_id"],
        source=SourceKind(data["source"]),
        source_name=data["source_name"],
        scan_mode=data["scan_mode"],
        resolution=int(data["resolution"]),
        width_mm=data.get("width_mm"),
        height_mm=data.get("height_mm"),
        notes=tuple(data.get("notes", ())),
    )


def capabilities_from_dict(data: dict[str, Any]) -> Capabilities:
    """Capabilities from its plain form."""
    return Capabilities(
        device=DeviceInfo(**data["device"]),
        sources=tuple(
            SourceInfo(SourceKind(s["kind"]), s["name"], tuple(tuple(e) for e in s["extra"]))
            for s in data["sources"]
        ),
        modes=tuple(ColorMode(m) for m in data["modes"]),
        resolutions=tuple(int(r) for r in data["resolutions"]),
        max_width_mm=data.get("max_width_mm"),
        max_height_mm=data.get("max_height_mm"),
        page_sizes=tuple(PageSize(**p) for p in data.get("page_sizes", ())),
    )


def capabilities_to_dict(caps: Capabilities) -> dict[str, Any]:
    """Capabilities as plain data (for JSON output)."""
    plain: dict[str, Any] = _plain(caps)
    plain["duplex"] = caps.duplex
    plain["source_kinds"] = [k.value for k in caps.source_kinds]
    return plain


def request_to_dict(request: ScanRequest) -> dict[str, Any]:
    """A ScanRequest as plain data."""
    plain: dict[str, Any] = _plain(request)
    return plain


def request_from_dict(data: dict[str, Any]) -> ScanRequest:
    """A ScanRequest from its plain form."""
    page_size = data.get("page_size")
    return ScanRequest(
        device=DeviceRef(**data["device"]),
        source=SourceKind(data["source"]),
        mode=ColorMode(data["mode"]),
        resolution=int(data["resolution"]),
        page_size=PageSize(**page_size) if page_size else None,
        max_pages=data.get("max_pages"),
        deskew=bool(data["deskew"]),
        crop=bool(data["crop"]),
        jpeg_quality=int(data["jpeg_quality"]),
        driver_options=tuple((str(k), v) for k, v in data.get("driver_options", ())),
    )
