"""Scanners through WIA 2 (Windows), behind `scanning.port`: devices, options, pages and faults.

Everything WIA-specific that can be decided without Windows is decided here, over the small
protocols in `scanning.backends.wia.port`; the COM calls themselves live in
`scanning.backends.wia.com`, which only Windows imports.

How WIA's model maps onto ours (see docs/scanning.md):

- a source is a child item of the device: Flatbed, Feeder (WIA 2 item categories, else names);
  duplex is the feeder with WIA_IPS_DOCUMENT_HANDLING_SELECT = DUPLEX, not an item;
- the mode is WIA_IPA_DATATYPE (colour, greyscale, threshold) and WIA_IPA_DEPTH; black and white
  is scanned grey and thresholded by the pipeline, as with SANE;
- the scan area is in pixels: thousandths of an inch × resolution / 1000;
- a scan is one `IWiaTransfer::Download`, run on a thread of its own; each page (a whole BMP or
  PNG file, one per stream) is handed to the worker as soon as its stream ends, and the transfer
  callback answers S_FALSE to stop the transfer when the scan is cancelled.
"""

from __future__ import annotations

import importlib
import io
import logging
import queue
import sys
import threading
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from scanning.backends.wia import errors as hr
from scanning.backends.wia import port
from scanning.backends.wia.errors import fault_for_hresult, is_error
from scanning.backends.wia.port import (
    DeviceEntry,
    PropertyInfo,
    WiaError,
    WiaItem,
    WiaSystem,
)
from scanning.faults import FaultKind, ScanFault
from scanning.model import (
    PAGE_SIZES,
    AppliedSettings,
    Capabilities,
    ColorMode,
    DeviceInfo,
    PageSize,
    ScanRequest,
    SourceInfo,
    SourceKind,
)
from scanning.port import PageListener

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

ID_PREFIX = "wia:"
STANDARD_RESOLUTIONS = (75, 100, 150, 200, 240, 300, 400, 600, 1200)
# A stream this short holds no page: some HP drivers end a feeder batch with one (pyinsane2's
# limit); NAPS2 skips empty streams.
MIN_PAGE_BYTES = 1024
MM_PER_INCH = 25.4
# Named driver options `--option NAME=VALUE` may set, besides numeric WIA property ids.
OPTION_IDS = {"brightness": 6154, "contrast": 6155, "threshold": 6159}


def _text(value: port.PropertyValue | None) -> str:
    return "" if value is None else str(value).strip()


def _number(value: port.PropertyValue | None) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def serial_from_pnp_id(pnp_id: str) -> str | None:
    """The USB serial number in a PnP device path, if the device has one.

    `\\\\?\\usb#vid_04a9&pid_1912#0123456789#{…}` has one (the part after vid/pid);
    `…#5&2a3b4c&0&1#{…}` is an instance id Windows made up because the device has none.
    """
    parts = [p for p in pnp_id.replace("\\", "#").split("#") if p]
    for index, part in enumerate(parts[:-1]):
        if part.lower().startswith("vid_") and "pid_" in part.lower():
            candidate = parts[index + 1]
            if "&" not in candidate and not candidate.startswith("{"):
                return candidate
    return None


def device_info(entry: DeviceEntry) -> DeviceInfo:
    """Our view of a WIA device: id `wia:<WIA device id>`, vendor, model, driver, serial."""
    name = entry.name or entry.description
    if not name or name.lower() == "no friendly name":
        # Some Windows or driver faults list a scanner by this placeholder (NAPS2 renames it).
        name = "Unknown scanner"
    vendor = entry.vendor
    if vendor and name.lower().startswith(vendor.lower() + " "):
        name = name[len(vendor) + 1 :]
    driver = f"WIA driver {entry.driver_version}" if entry.driver_version else "WIA driver"
    # The driver as its properties name it: its description (WIA_DIP_DEV_DESC, the name the
    # driver's INF gives) when it says more than the device's name, and its version.
    described = entry.description if entry.description not in ("", entry.name) else ""
    return DeviceInfo(
        id=ID_PREFIX + entry.device_id,
        vendor=vendor,
        model=name,
        type=f"scanner ({driver})",
        serial=serial_from_pnp_id(entry.pnp_id),
        driver=" ".join(
            p for p in ("WIA 2 driver", described, entry.driver_version or "(no version)") if p
        ),
    )


def _on_windows() -> bool:
    return sys.platform == "win32"


def _com_system() -> WiaSystem:
    # Windows only: imported by name, so that nothing else (nor mypy off Windows) loads it.
    com = importlib.import_module("scanning.backends.wia.com")
    return cast(WiaSystem, com.ComWiaSystem())


class WiaBackend:
    """Scanners that Windows Image Acquisition (WIA 2) can see; opening one gives a `WiaScanner`."""

    def __init__(self, system: WiaSystem | None = None) -> None:
        if system is None:
            if not _on_windows():
                raise ScanFault(FaultKind.NO_SCANNER_SOFTWARE, "WIA exists only on Windows")
            try:
                system = _com_system()
            except ImportError as error:
                raise ScanFault(FaultKind.NO_SCANNER_SOFTWARE, f"comtypes: {error}") from None
            except WiaError as error:
                raise ScanFault(
                    FaultKind.NO_SCANNER_SOFTWARE, f"WIA 0x{error.hresult:08X} starting WIA"
                ) from None
        self._system = system

    def devices(self) -> list[DeviceInfo]:
        """Every WIA scanner attached now (cameras and other WIA devices are left out)."""
        try:
            entries = self._system.devices()
        except WiaError as error:
            raise fault_for_hresult(error.hresult, "listing devices") from None
        return [
            device_info(e) for e in entries if e.device_type >> 16 == port.STI_DEVICE_TYPE_SCANNER
        ]

    def open(self, device: DeviceInfo) -> WiaScanner:
        """Open `device` by its WIA id; a device WIA does not know is an `UNPLUGGED` fault."""
        if not device.id.startswith(ID_PREFIX):
            raise ScanFault(FaultKind.UNPLUGGED, "not a WIA device id")
        try:
            root = self._system.open(device.id.removeprefix(ID_PREFIX))
        except WiaError as error:
            fault = fault_for_hresult(error.hresult, "open")
            if fault.kind in (FaultKind.UNSUPPORTED, FaultKind.IO_ERROR, FaultKind.UNPLUGGED):
                raise ScanFault(FaultKind.UNPLUGGED, fault.detail) from None
            raise fault from None
        return WiaScanner(device, root)


@dataclass(frozen=True)
class _Source:
    info: SourceInfo
    item: WiaItem


class WiaScanner:
    """One open WIA scanner (its root item)."""

    # A lamp still warming up when the transfer starts is waited for, polling, this long.
    warm_up_seconds = 90.0
    warm_up_poll = 1.0
    # How often the reading thread looks at the cancel flag while WIA is silent.
    poll_seconds = 0.25
    # How long a transfer told to stop is waited for before it is left to the worker's exit.
    stop_seconds = 5.0

    def __init__(self, info: DeviceInfo, root: WiaItem) -> None:
        self.info = info
        self._root = root
        self._item: WiaItem | None = None
        self._running: tuple[threading.Thread, _Transfer, WiaItem] | None = None

    # ------------------------------------------------------------------ capabilities

    def _sources(self) -> list[_Source]:
        try:
            children = list(self._root.children())
        except WiaError as error:
            raise fault_for_hresult(error.hresult, "listing sources") from None
        sources: list[_Source] = []
        feeders: list[WiaItem] = []
        for child in children:
            kind = _item_kind(child)
            if kind is None:
                continue
            name = child.name() or kind.value
            sources.append(_Source(SourceInfo(kind, name), child))
            if kind is SourceKind.ADF:
                feeders.append(child)
        for feeder in feeders:
            if self._feeder_duplex(feeder):
                sources.append(_Source(SourceInfo(SourceKind.DUPLEX, feeder.name()), feeder))
        if not sources:
            raise ScanFault(FaultKind.UNSUPPORTED, "the device has no flatbed or feeder item")
        return sources

    def _feeder_duplex(self, feeder: WiaItem) -> bool:
        capabilities = _number(self._root.read(port.DPS_DOCUMENT_HANDLING_CAPABILITIES))
        if capabilities is not None and capabilities & port.DUPLEX:
            return True
        select = feeder.attributes(port.DOCUMENT_HANDLING_SELECT)
        if select is not None and any(v & port.DUPLEX for v in select.values):
            return True
        try:
            categories = {c.category() for c in feeder.children()}
        except WiaError:
            return False
        return {port.CATEGORY_FEEDER_FRONT, port.CATEGORY_FEEDER_BACK} <= categories

    def capabilities(self) -> Capabilities:
        """Sources, modes, resolutions and scan area, normalised (merged over the sources)."""
        sources = self._sources()
        items = list({id(s.item): s.item for s in sources}.values())
        kinds: set[ColorMode] = set()
        resolutions: set[int] = set()
        widths: list[float] = []
        heights: list[float] = []
        for item in items:
            kinds |= _mode_kinds(item.attributes(port.IPA_DATATYPE))
            resolutions |= set(_resolutions(item.attributes(port.IPS_XRES)))
            width, height = self._max_area(item)
            if width is not None:
                widths.append(width)
            if height is not None:
                heights.append(height)
        modes = [ColorMode.AUTO]
        if ColorMode.COLOR in kinds:
            modes.append(ColorMode.COLOR)
        if kinds & {ColorMode.COLOR, ColorMode.GRAY}:
            modes += [ColorMode.GRAY, ColorMode.BW]
        max_width = max(widths) if widths else None
        max_height = max(heights) if heights else None
        return Capabilities(
            device=self.info,
            sources=tuple(s.info for s in sources),
            modes=tuple(modes),
            resolutions=tuple(sorted(resolutions)),
            max_width_mm=max_width,
            max_height_mm=max_height,
            page_sizes=tuple(
                s
                for s in PAGE_SIZES
                if (max_width is None or s.width_mm <= max_width + 0.5)
                and (max_height is None or s.height_mm <= max_height + 0.5)
            ),
        )

    def _max_area(self, item: WiaItem) -> tuple[float | None, float | None]:
        """The largest scan area of a source, in millimetres (WIA gives thousandths of an inch)."""
        flatbed = _item_kind(item) is SourceKind.FLATBED
        fallbacks = (
            (port.DPS_HORIZONTAL_BED_SIZE, port.DPS_VERTICAL_BED_SIZE)
            if flatbed
            else (port.DPS_HORIZONTAL_SHEET_FEED_SIZE, port.DPS_VERTICAL_SHEET_FEED_SIZE)
        )
        result: list[float | None] = []
        for prop, fallback in zip(
            (port.IPS_MAX_HORIZONTAL_SIZE, port.IPS_MAX_VERTICAL_SIZE), fallbacks, strict=True
        ):
            value = _number(item.read(prop))
            if value is None or value <= 0:
                value = _number(self._root.read(fallback))
            result.append(value / 1000 * MM_PER_INCH if value is not None and value > 0 else None)
        return result[0], result[1]

    # ------------------------------------------------------------------ configure

    def configure(self, request: ScanRequest) -> AppliedSettings:
        """Apply `request` to the chosen source item, reading every value back."""
        sources = self._sources()
        notes: list[str] = []
        wanted = request.source
        chosen = next((s for s in sources if s.info.kind is wanted), None)
        if chosen is None and wanted is SourceKind.DUPLEX:
            chosen = next((s for s in sources if s.info.kind is SourceKind.ADF), None)
            notes.append("duplex unavailable: scanning one side")
        if chosen is None and wanted is SourceKind.FLATBED and len(sources) == 1:
            chosen = sources[0]
        if chosen is None:
            raise ScanFault(FaultKind.UNSUPPORTED, f"no {wanted.value} source")
        item = chosen.item
        kind = chosen.info.kind
        if kind in (SourceKind.ADF, SourceKind.DUPLEX):
            kind = self._configure_feeder(item, kind, request.max_pages, notes)
        scan_mode = self._configure_mode(item, request.mode)
        resolution = self._configure_resolution(item, request.resolution, notes)
        width, height = self._configure_area(item, request.page_size, resolution, notes)
        for name, value in request.driver_options:
            self._driver_option(item, name, value, notes)
        self._item = item
        return AppliedSettings(
            device_id=self.info.id,
            source=kind,
            source_name=chosen.info.name,
            scan_mode=scan_mode,
            resolution=resolution,
            width_mm=width,
            height_mm=height,
            notes=tuple(notes),
        )

    def _configure_feeder(
        self, item: WiaItem, kind: SourceKind, max_pages: int | None, notes: list[str]
    ) -> SourceKind:
        # DUPLEX alone: some drivers refuse DUPLEX | FRONT_FIRST (NAPS2 found so).
        select = port.DUPLEX if kind is SourceKind.DUPLEX else port.FRONT_ONLY
        accepted = _try_write(item, port.DOCUMENT_HANDLING_SELECT, select, notes)
        if kind is SourceKind.DUPLEX:
            kept = _number(item.read(port.DOCUMENT_HANDLING_SELECT))
            if kept is not None:
                accepted = bool(kept & port.DUPLEX)
            if not accepted:
                # A WIA 1 style driver keeps the choice on the root item.
                accepted = _try_write(
                    self._root, port.DOCUMENT_HANDLING_SELECT, port.FEEDER | port.DUPLEX, []
                )
            if not accepted:
                notes.append("duplex unavailable: scanning one side")
                _try_write(item, port.DOCUMENT_HANDLING_SELECT, port.FRONT_ONLY, [])
                kind = SourceKind.ADF
        # 0 = every sheet in the feeder; a limit stops the feeder itself after that many pages.
        _try_write(item, port.PAGES, max_pages or 0, notes)
        return kind

    def _configure_mode(self, item: WiaItem, mode: ColorMode) -> str:
        # Black-and-white is scanned grey and thresholded by the pipeline (as with SANE).
        wanted = ColorMode.COLOR if mode in (ColorMode.AUTO, ColorMode.COLOR) else ColorMode.GRAY
        info = item.attributes(port.IPA_DATATYPE)
        if info is None and item.read(port.IPA_DATATYPE) is None:
            return ""
        order = [port.DATA_COLOR] if wanted is ColorMode.COLOR else [port.DATA_GRAYSCALE]
        if wanted is ColorMode.GRAY:
            order.append(port.DATA_COLOR)
        if info is not None and info.values:
            order = [v for v in order if v in info.values]
        for data_type in order:
            try:
                item.write(port.IPA_DATATYPE, data_type)
            except WiaError as error:
                log.debug("data type %d refused: 0x%08X", data_type, error.hresult)
                continue
            if _number(item.read(port.IPA_DATATYPE)) != data_type:
                continue
            depth = 24 if data_type == port.DATA_COLOR else 8
            depths = item.attributes(port.IPA_DEPTH)
            if depths is not None and depth in depths.values:
                _try_write(item, port.IPA_DEPTH, depth, [])
            kept_depth = _number(item.read(port.IPA_DEPTH))
            name = "color" if data_type == port.DATA_COLOR else "grayscale"
            return f"{name} {kept_depth}-bit" if kept_depth else name
        raise ScanFault(FaultKind.UNSUPPORTED, f"no {wanted.value} mode")

    def _configure_resolution(self, item: WiaItem, dpi: int, notes: list[str]) -> int:
        info = item.attributes(port.IPS_XRES)
        if info is None and item.read(port.IPS_XRES) is None:
            notes.append("no resolution property: assuming the requested one")
            return dpi
        target = _closest(info, dpi)
        for prop in (port.IPS_XRES, port.IPS_YRES):
            try:
                item.write(prop, target)
            except WiaError as error:
                raise ScanFault(
                    FaultKind.UNSUPPORTED, f"resolution {target} refused (0x{error.hresult:08X})"
                ) from None
        kept = _number(item.read(port.IPS_XRES)) or target
        if abs(kept - target) > max(1.0, target * 0.02):
            raise ScanFault(FaultKind.UNSUPPORTED, f"resolution {target} asked, driver kept {kept}")
        if kept != dpi:
            notes.append(f"resolution {dpi} unavailable: scanning at {kept}")
        return kept

    def _configure_area(
        self, item: WiaItem, size: PageSize | None, dpi: int, notes: list[str]
    ) -> tuple[float | None, float | None]:
        """Set the scan area in pixels (thousandths of an inch × dpi / 1000) and read it back."""
        max_width, max_height = self._max_area(item)
        if max_width is None or max_height is None:
            notes.append("scan area unknown: the driver's default")
            return None, None
        width_mm, height_mm = max_width, max_height
        if size is not None:
            width_mm, height_mm = min(size.width_mm, max_width), min(size.height_mm, max_height)
        for prop, value in (
            (port.IPS_XPOS, 0),
            (port.IPS_YPOS, 0),
            (port.IPS_XEXTENT, pixels(width_mm, dpi)),
            (port.IPS_YEXTENT, pixels(height_mm, dpi)),
        ):
            _try_write(item, prop, value, notes)
        kept = [_number(item.read(p)) for p in (port.IPS_XEXTENT, port.IPS_YEXTENT)]
        return (
            kept[0] / dpi * MM_PER_INCH if kept[0] else None,
            kept[1] / dpi * MM_PER_INCH if kept[1] else None,
        )

    def _driver_option(
        self, item: WiaItem, name: str, value: str | int | float | bool, notes: list[str]
    ) -> None:
        prop = OPTION_IDS.get(name.lower())
        if prop is None:
            try:
                prop = int(name)
            except ValueError:
                raise ScanFault(FaultKind.UNSUPPORTED, f"option {name} is not known") from None
        if isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                raise ScanFault(FaultKind.UNSUPPORTED, f"option {name} takes a number") from None
        _try_write(item, prop, int(value), notes)
        kept = item.read(prop)
        if _number(kept) != int(value):
            notes.append(f"{name}: driver kept {kept!r}")

    # ------------------------------------------------------------------ scanning

    def pages(
        self,
        batch: bool,
        cancel: threading.Event,
        listener: PageListener,
        limit: int | None = None,
    ) -> Iterator[Image.Image]:
        """Run one transfer and yield each page as its stream ends.

        A feeder's "paper empty" after some pages is the end of the batch (some drivers end
        that way instead of with S_OK); before any page it is an empty feeder; partway through
        a page, a lost page. Streams that are empty or too short to hold a page are skipped.
        """
        item = self._item
        if item is None:
            raise ScanFault(FaultKind.INTERNAL, "pages() before configure()")
        run = _Run()
        while True:
            transfer = _Transfer(cancel, limit)
            kind, result = yield from self._transfer(item, transfer, cancel, listener, run)
            status = transfer.device_fault
            if status is None and kind == "error":
                status = result
            if status is None:
                if result == hr.S_FALSE and not transfer.stopped_by_us:
                    cancel.set()  # stopped at the scanner (its own Stop button)
                break
            if self._warming_up(status, run, cancel, listener):
                continue
            _end_of_batch(status, run, batch, cancel)
            return
        if run.index == 0 and not cancel.is_set():
            if run.empty:
                raise ScanFault(FaultKind.NO_IMAGE, "only empty pages")
            raise ScanFault(
                FaultKind.FEEDER_EMPTY if batch else FaultKind.NO_IMAGE, "no page transferred"
            )

    def _transfer(
        self,
        item: WiaItem,
        transfer: _Transfer,
        cancel: threading.Event,
        listener: PageListener,
        run: _Run,
    ) -> Generator[Image.Image, None, tuple[str, int]]:
        """One `Download` on a thread of its own; yield its pages; return how it ended."""
        thread = threading.Thread(
            target=_download, args=(item, transfer), name="wia-transfer", daemon=True
        )
        self._running = (thread, transfer, item)
        thread.start()
        cancel_sent = False
        try:
            while True:
                if cancel.is_set() and not cancel_sent:
                    # The callback answers S_FALSE from now on; Cancel() is for drivers that
                    # do not listen to it.
                    cancel_sent = True
                    _cancel(item)
                try:
                    kind, value = transfer.queue.get(timeout=self.poll_seconds)
                except queue.Empty:
                    continue
                if kind in ("end", "error"):
                    assert isinstance(value, int)
                    return kind, value
                image = _message(kind, value, run, listener, cancel)
                if image is not None:
                    yield image
                    run.index += 1
        finally:
            if thread.is_alive():
                transfer.stop.set()
                _cancel(item)
                thread.join(self.stop_seconds)

    def _warming_up(
        self, status: int, run: _Run, cancel: threading.Event, listener: PageListener
    ) -> bool:
        """Wait (with heartbeats) for a lamp that is not ready before the first page."""
        if (
            status not in (hr.WARMING_UP, hr.LAMP_OFF, hr.LAMP_OFF_AS_DOCUMENTED)
            or run.index
            or run.streaming
            or run.warming >= self.warm_up_seconds
            or cancel.is_set()
        ):
            return False
        listener.progress(run.index, 0, None)
        cancel.wait(self.warm_up_poll)
        run.warming += self.warm_up_poll
        return True

    def close(self) -> None:
        """Stop a transfer that is still running; the worker reports before calling this."""
        running, self._running = self._running, None
        if running is not None:
            thread, transfer, item = running
            if thread.is_alive():
                transfer.stop.set()
                _cancel(item)
                thread.join(self.stop_seconds)
        self._item = None


class _Transfer:
    """The `TransferEvents` of one `Download`: what WIA says, queued in order for the reader.

    Called on WIA's threads; answers False (S_FALSE: stop) once the scan is cancelled, the
    reader has stopped, the page limit is reached, or the device reported an error.
    """

    def __init__(self, cancel: threading.Event, limit: int | None) -> None:
        self.queue: queue.Queue[tuple[str, int | bytes]] = queue.Queue()
        self.stop = threading.Event()
        self.device_fault: int | None = None
        self.stopped_by_us = False
        self._cancel = cancel
        self._limit = limit
        self._pages = 0

    def _going(self) -> bool:
        if self._cancel.is_set() or self.stop.is_set() or self.device_fault is not None:
            self.stopped_by_us = True
            return False
        return True

    def stream_started(self) -> bool:
        self.queue.put(("started", 0))
        return self._going()

    def progress(self, percent: int, bytes_transferred: int, status: int) -> bool:
        if is_error(status):
            return self._fault(status)
        self.queue.put(("progress", max(0, bytes_transferred)))
        return self._going()

    def page(self, data: bytes) -> bool:
        self.queue.put(("page", data))
        if len(data) >= MIN_PAGE_BYTES:
            self._pages += 1
            if self._limit is not None and self._pages >= self._limit:
                self.stopped_by_us = True
                return False
        return self._going()

    def device_status(self, status: int) -> bool:
        if is_error(status):
            return self._fault(status)
        self.queue.put(("progress", 0))  # warming up, calibrating: alive
        return self._going()

    def _fault(self, status: int) -> bool:
        if self.device_fault is None:
            self.device_fault = status & 0xFFFFFFFF
        self.stopped_by_us = True
        return False


@dataclass
class _Run:
    """Where a scan run is: pages yielded, empty streams skipped, bytes of the page coming in."""

    index: int = 0
    empty: int = 0
    streaming: int = 0
    warming: float = 0.0


def _message(
    kind: str, value: int | bytes, run: _Run, listener: PageListener, cancel: threading.Event
) -> Image.Image | None:
    """Act on one message from the transfer; the page's image when one is complete."""
    if kind == "started":
        run.streaming = 0
        listener.page_started(run.index)
    elif kind == "progress":
        assert isinstance(value, int)
        run.streaming = max(run.streaming, value, 1)
        listener.progress(run.index, value, None)
    elif kind == "page":
        run.streaming = 0
        assert isinstance(value, bytes)
        if cancel.is_set():
            return None
        image = decode_page(value)
        if image is None:
            run.empty += 1
        return image
    return None


def _end_of_batch(status: int, run: _Run, batch: bool, cancel: threading.Event) -> None:
    """Return when a failed transfer is in fact the end of the run; raise its fault otherwise."""
    if status == hr.E_ABORT:
        cancel.set()
        return
    if status == hr.PAPER_EMPTY:
        if run.streaming:
            raise ScanFault(FaultKind.FEEDER_EMPTY_MID_PAGE, "paper empty mid-page")
        if run.index:
            return
        kind = FaultKind.FEEDER_EMPTY if batch else FaultKind.NO_IMAGE
        raise ScanFault(kind, "paper empty at the start")
    raise fault_for_hresult(status, "transfer")


def _download(item: WiaItem, transfer: _Transfer) -> None:
    try:
        result = item.download(transfer)
    except WiaError as error:
        transfer.queue.put(("error", error.hresult))
    except Exception:
        log.exception("the WIA transfer failed")
        transfer.queue.put(("error", hr.E_FAIL))
    else:
        transfer.queue.put(("end", result & 0xFFFFFFFF))


def _cancel(item: WiaItem) -> None:
    try:
        item.cancel()
    except WiaError as error:
        log.debug("IWiaTransfer::Cancel failed: 0x%08X", error.hresult)


def decode_page(data: bytes) -> Image.Image | None:
    """One page's file as an 8-bit grey or RGB image; None for a stream that holds no page.

    A stream too long to be nothing but not a readable image (cut short: the cable or the
    driver failed mid-page) is an I/O error, as NAPS2 treats it.
    """
    if len(data) < MIN_PAGE_BYTES:
        log.debug("skipped a WIA stream of %d bytes", len(data))
        return None
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415  (loaded with the pipeline)

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as error:
        raise ScanFault(FaultKind.IO_ERROR, f"unreadable page: {type(error).__name__}") from None
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("I;16", "I;16L", "I;16B", "I"):
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if image.mode in ("1", "LA"):
        return image.convert("L")
    return image.convert("RGB")


def pixels(mm: float, dpi: int) -> int:
    """A length in pixels at `dpi`, through WIA's unit (thousandths of an inch)."""
    thousandths = round(mm / MM_PER_INCH * 1000)
    return thousandths * dpi // 1000


_CATEGORY_KINDS: dict[str, SourceKind | None] = {
    port.CATEGORY_FLATBED: SourceKind.FLATBED,
    port.CATEGORY_FEEDER: SourceKind.ADF,
    port.CATEGORY_FEEDER_FRONT: SourceKind.ADF,
}


def _item_kind(item: WiaItem) -> SourceKind | None:
    """The source an item is, by its WIA 2 category, else (no category) by its name."""
    category = item.category().lower()
    if category:
        # Film, the back of a feeder, imprinters and the like are not sources we scan from.
        return _CATEGORY_KINDS.get(category)
    name = item.name().lower()
    if "flatbed" in name:
        return SourceKind.FLATBED
    return SourceKind.ADF if "feeder" in name else None


def _mode_kinds(info: PropertyInfo | None) -> set[ColorMode]:
    if info is None or not info.values:
        return set(ColorMode)
    kinds: set[ColorMode] = set()
    if port.DATA_COLOR in info.values:
        kinds.add(ColorMode.COLOR)
    if port.DATA_GRAYSCALE in info.values:
        kinds.add(ColorMode.GRAY)
    if port.DATA_THRESHOLD in info.values:
        kinds.add(ColorMode.BW)
    return kinds


def _resolutions(info: PropertyInfo | None) -> Sequence[int]:
    if info is None:
        return ()
    if info.is_list and info.values:
        return sorted({v for v in info.values if v > 0})
    if info.is_range and info.low is not None and info.high is not None:
        step = info.step or 0
        low = info.low
        return [
            r
            for r in STANDARD_RESOLUTIONS
            if low <= r <= info.high and (step <= 1 or (r - low) % step == 0)
        ] or [info.low, info.high]
    return ()


def _closest(info: PropertyInfo | None, dpi: int) -> int:
    """The value of a list or range property nearest `dpi` (ties go to the higher one)."""
    if info is None:
        return dpi
    if info.is_list and info.values:
        return min(info.values, key=lambda r: (abs(r - dpi), -r))
    if info.is_range and info.low is not None and info.high is not None:
        target = min(max(dpi, info.low), info.high)
        if info.step and info.step > 1:
            target = info.low + round((target - info.low) / info.step) * info.step
            if target > info.high:
                target -= info.step
        return target
    return dpi


def _try_write(item: WiaItem, prop: int, value: int, notes: list[str]) -> bool:
    """Set a property a scan can do without (as NAPS2 does): one the item lacks is left alone,
    a refusal becomes a note."""
    if item.read(prop) is None:
        return False
    try:
        item.write(prop, value)
    except WiaError as error:
        notes.append(f"property {prop} = {value} refused (0x{error.hresult:08X})")
        return False
    return True
