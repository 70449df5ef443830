"""SANE through pyinsane2's ctypes layer, in-process: the only module that imports pyinsane2."""

from __future__ import annotations

import ctypes
import functools
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scanning.faults import FaultKind, ScanFault, fault_for_sane_status
from scanning.model import (
    PAGE_SIZES,
    AppliedSettings,
    Capabilities,
    ColorMode,
    DeviceInfo,
    ScanRequest,
    SourceInfo,
    SourceKind,
    serial_from_id,
)
from scanning.names import mode_kind, source_kind
from scanning.port import PageListener

if TYPE_CHECKING:
    from PIL import Image

# pyinsane2 reads this at import time; its helper process is broken on current kernels.
os.environ["PYINSANE_SINGLE_THREAD"] = "1"

import pyinsane2
from pyinsane2.sane import rawapi

log = logging.getLogger(__name__)

READ_SIZE = 512 * 1024
FIXED_ONE = 65536

# sane.h value types, capabilities, constraint types, units and frame formats.
TYPE_BOOL, TYPE_INT, TYPE_FIXED, TYPE_STRING = 0, 1, 2, 3
CAP_INACTIVE = 1 << 5
CAP_SOFT_SELECT = 1 << 0
CONSTRAINT_RANGE, CONSTRAINT_WORD_LIST, CONSTRAINT_STRING_LIST = 1, 2, 3
UNIT_MM = 3
FRAME_GRAY, FRAME_RGB, FRAME_RED, FRAME_GREEN, FRAME_BLUE = 0, 1, 2, 3, 4
STATUS_GOOD, STATUS_CANCELLED, STATUS_EOF, STATUS_NO_DOCS = 0, 2, 5, 7
STATUS_WARMING_UP = 12

STANDARD_RESOLUTIONS = (75, 100, 150, 200, 240, 300, 400, 600, 1200)

OptionValue = str | int | float | bool


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _status(error: BaseException) -> int:
    return int(getattr(error, "status", 9))


@dataclass(frozen=True)
class _Option:
    index: int
    name: str
    type: int
    unit: int
    cap: int
    constraint_type: int
    constraint: Any

    @property
    def active(self) -> bool:
        return not self.cap & CAP_INACTIVE

    @property
    def settable(self) -> bool:
        return bool(self.cap & CAP_SOFT_SELECT)

    def to_user(self, raw: Any) -> OptionValue:
        """A raw SANE word as the number, string or flag it means."""
        if self.type == TYPE_FIXED:
            return int(raw) / FIXED_ONE
        if self.type == TYPE_STRING:
            return _text(raw)
        if self.type == TYPE_BOOL:
            return bool(raw)
        return int(raw)

    def to_raw(self, value: OptionValue) -> Any:
        """The raw SANE word for `value` (FIXED options take value × 65536)."""
        if self.type == TYPE_FIXED:
            return round(float(value) * FIXED_ONE)
        if self.type == TYPE_STRING:
            return str(value)
        if self.type == TYPE_BOOL:
            return 1 if value else 0
        return int(value)

    def numbers(self) -> tuple[float, ...]:
        """A word-list constraint in user units."""
        if self.constraint_type != CONSTRAINT_WORD_LIST:
            return ()
        return tuple(float(self.to_user(v)) for v in self.constraint)

    def range(self) -> tuple[float, float, float] | None:
        """A range constraint (min, max, quant) in user units."""
        if self.constraint_type != CONSTRAINT_RANGE:
            return None
        low, high, quant = self.constraint
        return (float(self.to_user(low)), float(self.to_user(high)), float(self.to_user(quant)))

    def strings(self) -> tuple[str, ...]:
        if self.constraint_type != CONSTRAINT_STRING_LIST:
            return ()
        return tuple(_text(v) for v in self.constraint)


class _NoDocumentsError(Exception):
    """The driver said the feeder is empty before sending any of a page."""


class _Reader:
    """`sane_read` into memory we own.

    pyinsane2's `sane_read` allocates and clears a new buffer of the requested size on every call
    and copies the data out of it; this calls the same C function through pyinsane2's library
    handle, writing straight into the caller's buffer. With a stand-in for pyinsane2's ctypes
    layer (which has no library handle) it goes through the stand-in's `sane_read`.
    """

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self._lib = getattr(rawapi, "SANE_LIB", None)
        self._length = ctypes.c_int()
        self._length_ref = ctypes.byref(self._length)

    def read_into(self, buffer: bytearray, offset: int, size: int) -> int:
        """Read at most `size` bytes into `buffer[offset:]`; raise as pyinsane2's `sane_read`."""
        if self._lib is None:
            chunk = rawapi.sane_read(self._handle, size)
            buffer[offset : offset + len(chunk)] = chunk
            return len(chunk)
        window = (ctypes.c_char * size).from_buffer(buffer, offset)
        try:
            status = self._lib.sane_read(self._handle, window, size, self._length_ref)
        finally:
            del window
        if status == STATUS_GOOD:
            return int(self._length.value)
        if status == STATUS_EOF:
            raise EOFError
        if status == STATUS_NO_DOCS:
            raise StopIteration
        raise rawapi.SaneException(rawapi.SaneStatus(status))


def _load_unwinder() -> None:
    """Have glibc load its unwinder now, before any driver thread exists.

    glibc loads libgcc_s on the first pthread_exit or pthread_cancel in the process. SANE's
    threaded drivers (sanei_thread) cancel their reader thread asynchronously as it exits at the
    end of each page; on the first page that cancel can land inside that load and leave the
    loader's locks held, so the next page's pthread_create waits forever. backtrace() does the
    same one-time load, here on the calling thread.
    """
    if sys.platform != "linux":
        return
    try:
        ctypes.CDLL(None).backtrace(None, 0)
    except (OSError, AttributeError):  # not glibc (musl has no backtrace): nothing to do
        log.debug("no backtrace() to load the unwinder with")


class SaneBackend:
    """Scanners found by SANE; opening one gives a `SaneDevice`."""

    def __init__(self) -> None:
        if not getattr(pyinsane2, "SINGLE_THREAD", False):
            raise RuntimeError("pyinsane2 was imported before PYINSANE_SINGLE_THREAD was set")
        if not rawapi.is_sane_available():
            raise ScanFault(FaultKind.NO_SCANNER_SOFTWARE, "libsane is not installed")
        _load_unwinder()
        rawapi.sane_init()

    def devices(self) -> list[DeviceInfo]:
        """Every scanner SANE can see now."""
        found = []
        for raw in rawapi.sane_get_devices(False):
            device_id = _text(raw.name)
            found.append(
                DeviceInfo(
                    id=device_id,
                    vendor=_text(raw.vendor),
                    model=_text(raw.model),
                    type=_text(raw.type),
                    serial=serial_from_id(device_id),
                    driver=f"SANE backend {device_id.split(':', 1)[0]}",
                )
            )
        return found

    def open(self, device: DeviceInfo) -> SaneDevice:
        """Open `device` by its id, as scanimage does (sane_get_devices can take seconds when
        network backends are enabled); a scanner that is not there is an `UNPLUGGED` fault."""
        try:
            handle = rawapi.sane_open(device.id)
        except rawapi.SaneException as error:
            status = _status(error)
            if status in (4, 9):
                raise ScanFault(FaultKind.UNPLUGGED, f"open failed, SANE status {status}") from None
            raise fault_for_sane_status(status, "open failed") from None
        return SaneDevice(device, handle)


class SaneDevice:
    """One open SANE scanner."""

    # A lamp that is still warming up is waited for (with heartbeats) this long, polling.
    warm_up_seconds = 90.0
    warm_up_poll = 0.5

    def __init__(self, info: DeviceInfo, handle: Any) -> None:
        self.info = info
        self._handle = handle
        self._closed = False
        self._reader = _Reader(handle)
        self._frame = bytearray()

    # ------------------------------------------------------------------ options

    def _options(self) -> dict[str, _Option]:
        count = int(rawapi.sane_get_option_value(self._handle, 0))
        options: dict[str, _Option] = {}
        for index in range(1, count):
            desc = rawapi.sane_get_option_descriptor(self._handle, index)
            if int(desc.type) not in (TYPE_BOOL, TYPE_INT, TYPE_FIXED, TYPE_STRING):
                continue
            name = _text(desc.name)
            if not name:
                continue
            constraint_type = int(desc.constraint_type)
            constraint = rawapi.SaneConstraintType(constraint_type).get_pyobj_constraint(
                desc.constraint
            )
            options[name] = _Option(
                index=index,
                name=name,
                type=int(desc.type),
                unit=int(desc.unit),
                cap=int(desc.cap),
                constraint_type=constraint_type,
                constraint=constraint,
            )
        return options

    def _option(self, *names: str) -> _Option | None:
        options = self._options()
        lowered = {k.lower(): v for k, v in options.items()}
        for name in names:
            option = lowered.get(name.lower())
            if option is not None and option.active:
                return option
        return None

    def get(self, name: str) -> OptionValue:
        """Read option `name` in user units."""
        option = self._option(name)
        if option is None:
            raise KeyError(name)
        return option.to_user(rawapi.sane_get_option_value(self._handle, option.index))

    def set(self, name: str, value: OptionValue) -> OptionValue:
        """Set option `name`, read it back and return what the driver kept."""
        option = self._option(name)
        if option is None:
            raise ScanFault(FaultKind.UNSUPPORTED, f"option {name} is not available now")
        if option.type == TYPE_STRING and option.strings():
            value = _match_string(option.strings(), str(value))
        try:
            rawapi.sane_set_option_value(self._handle, option.index, option.to_raw(value))
        except rawapi.SaneException as error:
            raise fault_for_sane_status(_status(error), f"setting {name}") from None
        kept = option.to_user(rawapi.sane_get_option_value(self._handle, option.index))
        log.debug("option %s set to %r, driver kept %r", name, value, kept)
        return kept

    # ------------------------------------------------------------------ capabilities

    def capabilities(self) -> Capabilities:
        """Sources, modes, resolutions and scan area, normalised."""
        sources: list[SourceInfo] = []
        source = self._option("source", "doc-source")
        if source is not None and source.strings():
            sources = [SourceInfo(source_kind(n), n) for n in source.strings()]
        else:
            sources = [SourceInfo(SourceKind.FLATBED, "")]
        duplex_extra = self._duplex_extra()
        if duplex_extra and not any(s.kind is SourceKind.DUPLEX for s in sources):
            feeder = next((s for s in sources if s.kind is SourceKind.ADF), None)
            if feeder is not None:
                sources.append(SourceInfo(SourceKind.DUPLEX, feeder.name, duplex_extra))
        modes = [ColorMode.AUTO]
        mode = self._option("mode")
        kinds = {mode_kind(n) for n in mode.strings()} if mode is not None else set(ColorMode)
        if ColorMode.COLOR in kinds:
            modes.append(ColorMode.COLOR)
        if kinds & {ColorMode.COLOR, ColorMode.GRAY}:
            modes += [ColorMode.GRAY, ColorMode.BW]
        width, height = self._max_area()
        sizes = tuple(
            s
            for s in PAGE_SIZES
            if (width is None or s.width_mm <= width + 0.5)
            and (height is None or s.height_mm <= height + 0.5)
        )
        return Capabilities(
            device=self.info,
            sources=tuple(sources),
            modes=tuple(modes),
            resolutions=self._resolutions(),
            max_width_mm=width,
            max_height_mm=height,
            page_sizes=sizes,
        )

    def _duplex_extra(self) -> tuple[tuple[str, OptionValue], ...]:
        for name in ("adf-mode", "adf_mode", "duplex-mode"):
            option = self._option(name)
            if option is not None:
                duplex = [v for v in option.strings() if source_kind(v) is SourceKind.DUPLEX]
                if duplex:
                    return ((option.name, duplex[0]),)
        option = self._option("duplex")
        if option is not None and option.type == TYPE_BOOL and option.settable:
            return (("duplex", True),)
        return ()

    def _resolutions(self) -> tuple[int, ...]:
        option = self._option("resolution", "scan-resolution", "x-resolution")
        if option is None:
            return ()
        listed = option.numbers()
        if listed:
            return tuple(sorted({round(v) for v in listed if v > 0}))
        bounds = option.range()
        if bounds is None:
            return STANDARD_RESOLUTIONS
        low, high, _ = bounds
        return tuple(r for r in STANDARD_RESOLUTIONS if low <= r <= high)

    def _max_area(self) -> tuple[float | None, float | None]:
        def extent(name: str) -> float | None:
            option = self._option(name)
            if option is None or option.unit != UNIT_MM:
                return None
            bounds = option.range()
            if bounds is not None:
                return bounds[1]
            listed = option.numbers()
            return max(listed) if listed else None

        return extent("br-x"), extent("br-y")

    # ------------------------------------------------------------------ configure

    def configure(self, request: ScanRequest) -> AppliedSettings:
        """Apply `request`, reading every value back; return what the driver kept."""
        caps = self.capabilities()
        notes: list[str] = []
        wanted = request.source
        chosen = caps.source(wanted)
        if chosen is None and wanted is SourceKind.DUPLEX:
            chosen = caps.source(SourceKind.ADF)
            notes.append("duplex unavailable: scanning one side")
        if chosen is None and wanted is SourceKind.FLATBED and len(caps.sources) == 1:
            chosen = caps.sources[0]
        if chosen is None:
            raise ScanFault(FaultKind.UNSUPPORTED, f"no {wanted.value} source")
        if chosen.name:
            kept = self.set("source", chosen.name)
            if str(kept).lower() != chosen.name.lower():
                raise ScanFault(FaultKind.UNSUPPORTED, "source not accepted")
        for name, value in chosen.extra:
            self.set(name, value)
        scan_mode = self._configure_mode(request.mode)
        resolution = self._configure_resolution(request.resolution, notes)
        width, height = self._configure_area(request, notes)
        for name, value in request.driver_options:
            kept_value = self.set(name, value)
            if not _same(kept_value, value):
                notes.append(f"{name}: driver kept {kept_value!r}")
        return AppliedSettings(
            device_id=self.info.id,
            source=chosen.kind,
            source_name=chosen.name,
            scan_mode=scan_mode,
            resolution=resolution,
            width_mm=width,
            height_mm=height,
            notes=tuple(notes),
        )

    def _configure_mode(self, mode: ColorMode) -> str:
        option = self._option("mode")
        if option is None:
            return ""
        # Black-and-white is scanned grey and thresholded by us: SANE lineart is slow here.
        wanted = ColorMode.COLOR if mode in (ColorMode.AUTO, ColorMode.COLOR) else ColorMode.GRAY
        names = option.strings()
        candidates = [n for n in names if mode_kind(n) is wanted]
        if not candidates and wanted is ColorMode.GRAY:
            candidates = [n for n in names if mode_kind(n) is ColorMode.COLOR]
        if not candidates:
            raise ScanFault(FaultKind.UNSUPPORTED, f"no {wanted.value} mode")
        kept = str(self.set(option.name, candidates[0]))
        if kept.lower() != candidates[0].lower():
            raise ScanFault(FaultKind.UNSUPPORTED, "mode not accepted")
        return kept

    def _configure_resolution(self, dpi: int, notes: list[str]) -> int:
        option = self._option("resolution", "scan-resolution", "x-resolution")
        if option is None:
            notes.append("no resolution option: assuming the requested one")
            return dpi
        target: float = dpi
        listed = option.numbers()
        bounds = option.range()
        if listed:
            target = min(listed, key=lambda r: (abs(r - dpi), -r))
        elif bounds is not None:
            low, high, quant = bounds
            target = min(max(dpi, low), high)
            if quant > 0:
                target = low + round((target - low) / quant) * quant
        kept = float(self.set(option.name, target))
        if abs(kept - target) > max(1.0, target * 0.02):
            raise ScanFault(
                FaultKind.UNSUPPORTED, f"resolution {target:g} asked, driver kept {kept:g}"
            )
        y_option = self._option("y-resolution")
        if y_option is not None and option.name == "x-resolution":
            self.set(y_option.name, target)
        if round(kept) != dpi:
            notes.append(f"resolution {dpi} unavailable: scanning at {round(kept)}")
        return round(kept)

    def _configure_area(
        self, request: ScanRequest, notes: list[str]
    ) -> tuple[float | None, float | None]:
        sizes: list[tuple[float, float] | None] = []
        if request.page_size is not None:
            sizes.append((request.page_size.width_mm, request.page_size.height_mm))
        sizes.append(None)
        sizes += [(s.width_mm, s.height_mm) for s in PAGE_SIZES[:2]]
        for size in sizes:
            try:
                return self._set_area(size)
            except ScanFault as fault:
                if fault.kind is not FaultKind.UNSUPPORTED:
                    raise
                notes.append(f"scan area {size or 'maximum'} refused")
        return None, None

    def _set_area(self, size: tuple[float, float] | None) -> tuple[float | None, float | None]:
        result: list[float | None] = []
        for start, end, page, index in (
            ("tl-x", "br-x", "page-width", 0),
            ("tl-y", "br-y", "page-height", 1),
        ):
            page_option = self._option(page)
            if page_option is not None and page_option.settable:
                self._set_extent(page_option, None if size is None else size[index])
            start_option = self._option(start)
            end_option = self._option(end)
            if start_option is None or end_option is None:
                result.append(None)
                continue
            low = self._extent_min(start_option)
            self.set(start, low)
            # A named size only makes sense in millimetres; other units get the whole area.
            wanted = None if size is None or end_option.unit != UNIT_MM else low + size[index]
            kept_end = self._set_extent(end_option, wanted)
            result.append(None if kept_end is None else kept_end - low)
        return result[0], result[1]

    def _extent_min(self, option: _Option) -> float:
        bounds = option.range()
        if bounds is not None:
            return bounds[0]
        listed = option.numbers()
        return min(listed) if listed else 0.0

    def _set_extent(self, option: _Option, wanted: float | None) -> float | None:
        bounds = option.range()
        listed = option.numbers()
        high = bounds[1] if bounds is not None else (max(listed) if listed else None)
        value = high if wanted is None else wanted
        if value is None:
            return None
        if high is not None:
            value = min(value, high)
        kept = float(self.set(option.name, value))
        if abs(kept - value) > 1.0:
            raise ScanFault(FaultKind.UNSUPPORTED, f"{option.name}: asked {value}, kept {kept}")
        return kept

    # ------------------------------------------------------------------ scanning

    def pages(
        self,
        batch: bool,
        cancel: threading.Event,
        listener: PageListener,
        limit: int | None = None,
    ) -> Iterator[Image.Image]:
        """Read pages until the feeder is empty (batch), after one page (flatbed) or `limit`.

        The next sheet is started before the page just read is copied out of the frame buffer,
        so that the feeder pulls it in meanwhile; a fault starting it is raised once that page
        has been handed over. The scan is ended by `close()`, after the worker has reported: a
        driver that hangs while stopping then costs nothing already scanned.
        """
        index = 0
        empty = 0
        started = self._start(index, batch, empty, cancel, listener)
        while started:
            listener.page_started(index)
            try:
                page = self._read_page(index, cancel, listener)
            except _NoDocumentsError:
                # Some feeders say "no documents" from the first read instead of the start.
                if index == 0:
                    kind = FaultKind.FEEDER_EMPTY if batch else FaultKind.NO_IMAGE
                    raise ScanFault(kind, "no documents at first read") from None
                return
            if page is None:
                if cancel.is_set():
                    return
                empty += 1
                if not batch:
                    break
                started = self._start(index, batch, empty, cancel, listener)
                continue
            started = False
            fault: ScanFault | None = None
            if batch and (limit is None or index + 1 < limit):
                try:
                    started = self._start(index + 1, batch, empty, cancel, listener)
                except ScanFault as error:
                    fault = error
            yield page()
            if fault is not None:
                raise fault
            index += 1
        if index == 0 and empty and not cancel.is_set():
            raise ScanFault(FaultKind.NO_IMAGE, "only empty pages")

    def _start(
        self, index: int, batch: bool, empty: int, cancel: threading.Event, listener: PageListener
    ) -> bool:
        """Start page `index` (waiting for a warming lamp); False when there is none to start."""
        warming = 0.0
        while not cancel.is_set():
            try:
                rawapi.sane_start(self._handle)
            except rawapi.SaneException as error:
                if _status(error) == STATUS_WARMING_UP and warming < self.warm_up_seconds:
                    listener.progress(index, 0, None)
                    cancel.wait(self.warm_up_poll)
                    warming += self.warm_up_poll
                    continue
                raise self._fault(error, "start") from None
            except StopIteration:
                if batch and index == 0:
                    raise ScanFault(
                        FaultKind.NO_IMAGE if empty else FaultKind.FEEDER_EMPTY, "at start"
                    ) from None
                return False
            return True
        return False

    def _fault(self, error: BaseException, where: str) -> ScanFault:
        status = _status(error)
        return fault_for_sane_status(status, f"SANE status {status} at {where}")

    def _read_page(
        self, index: int, cancel: threading.Event, listener: PageListener
    ) -> Callable[[], Image.Image] | None:
        """Read one page, frame by frame (three-pass scanners send red, green and blue apart).

        Returns how to make its image (a single frame is copied out of the frame buffer only
        then), or None for an empty page or a cancelled one.
        """
        bands: dict[int, Image.Image] = {}
        while True:
            try:
                params = rawapi.sane_get_parameters(self._handle)
            except rawapi.SaneException as error:
                raise self._fault(error, "parameters") from None
            filled = self._read_frame(index, params, cancel, listener)
            if filled is None:
                return None
            shape = _shape(params, filled)
            if shape is None:
                return None
            frame = int(params.format)
            if frame in (FRAME_GRAY, FRAME_RGB):
                return functools.partial(self._image, params, shape)
            bands[frame] = self._image(params, shape)
            if params.last_frame or len(bands) == 3:
                break
            try:
                rawapi.sane_start(self._handle)
            except (StopIteration, rawapi.SaneException) as error:
                raise self._fault(error, "next frame") from None
        if len(bands) != 3:
            raise ScanFault(FaultKind.IO_ERROR, "incomplete three-pass frames")
        from PIL import Image  # noqa: PLC0415  (the worker loads Pillow on a thread meanwhile)

        size = min(b.size for b in bands.values())
        red, green, blue = (
            bands[f].crop((0, 0, *size)) for f in (FRAME_RED, FRAME_GREEN, FRAME_BLUE)
        )
        merged = Image.merge("RGB", (red, green, blue))
        return lambda: merged

    def _image(self, params: Any, shape: tuple[int, int]) -> Image.Image:
        """The frame in the frame buffer as an image of its own (the buffer is reused)."""
        with memoryview(self._frame) as frame_data:
            return _to_image(params, shape, frame_data)

    def _read_frame(
        self, index: int, params: Any, cancel: threading.Event, listener: PageListener
    ) -> int | None:
        """Read one frame into `self._frame`; return how many bytes came, None if cancelled.

        The frame buffer is kept from page to page (every image is copied out of it), so a page
        costs no fresh memory; it grows when a frame is larger, when the height is unknown (hand
        scanners) or when the driver sends more than it announced.
        """
        lines = int(params.lines)
        expected = int(params.bytes_per_line) * lines if lines > 0 else None
        if len(self._frame) < (expected or READ_SIZE):
            self._frame = bytearray(expected or READ_SIZE)
        data = self._frame
        filled = 0
        while True:
            if cancel.is_set():
                rawapi.sane_cancel(self._handle)
                return None
            if filled == len(data):
                data += bytes(max(READ_SIZE, len(data) // 2))
            try:
                filled += self._reader.read_into(data, filled, min(len(data) - filled, READ_SIZE))
            except EOFError:
                return filled
            except StopIteration:
                if filled:
                    raise ScanFault(FaultKind.FEEDER_EMPTY_MID_PAGE, "no docs mid-page") from None
                raise _NoDocumentsError from None
            except rawapi.SaneException as error:
                if _status(error) == STATUS_CANCELLED:
                    cancel.set()
                    return None
                raise self._fault(error, "read") from None
            listener.progress(index, filled, expected)

    def close(self) -> None:
        """End any scan and close the handle (once); the worker reports before calling this."""
        if not self._closed:
            self._closed = True
            rawapi.sane_cancel(self._handle)
            rawapi.sane_close(self._handle)


def _shape(params: Any, filled: int) -> tuple[int, int] | None:
    """The (width, height) of a frame of `filled` bytes; None when it is empty."""
    per_line = int(params.bytes_per_line)
    width = int(params.pixels_per_line)
    if per_line <= 0 or width <= 0 or filled < per_line:
        return None
    return width, filled // per_line


def _to_image(params: Any, shape: tuple[int, int], data: memoryview) -> Image.Image:
    """The page image for raw SANE frame data (8, 16 or 1 bit; grey, RGB or one band).

    The image is a copy: `data` can be reused as soon as this returns.
    """
    from PIL import Image  # noqa: PLC0415  (the worker loads Pillow on a thread meanwhile)

    per_line = int(params.bytes_per_line)
    width, height = shape
    data = data[: height * per_line]
    depth = int(params.depth)
    mode = "RGB" if int(params.format) == FRAME_RGB else "L"
    if depth == 16:
        # Samples are in host byte order: keep the most significant byte of each.
        start = 1 if sys.byteorder == "little" else 0
        data = memoryview(bytes(data)[start::2])
        per_line //= 2
        depth = 8
    if depth == 1:
        image = Image.frombuffer("1", (width, height), bytes(data), "raw", "1;I", per_line, 1)
        return image.convert("L")
    # Copied into a new image, which is left uncleared first: the copy writes every pixel.
    image = Image.new(mode, (width, height), None)
    image.frombytes(data, "raw", (mode, per_line, 1))
    return image


def _match_string(allowed: tuple[str, ...], wanted: str) -> str:
    for value in allowed:
        if value.lower() == wanted.lower():
            return value
    raise ScanFault(FaultKind.UNSUPPORTED, f"value not offered: {wanted!r}")


def _same(kept: OptionValue, wanted: OptionValue) -> bool:
    if isinstance(kept, str) or isinstance(wanted, str):
        return str(kept).lower() == str(wanted).lower()
    return abs(float(kept) - float(wanted)) < 0.01
