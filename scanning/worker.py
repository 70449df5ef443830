"""The scan worker process (`python -m scanning.worker`): one job from stdin, events on stdout."""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from scanning.backends import load_backend, owner_of
from scanning.discovery import resolve_device
from scanning.events import (
    DeviceReady,
    Discovered,
    Event,
    Faulted,
    Finished,
    PageProgress,
    PageStarted,
    WorkerStarted,
    encode,
    request_from_dict,
)
from scanning.faults import FaultKind, ScanFault
from scanning.model import Capabilities, DeviceInfo, DeviceRef, ScanRequest, SourceKind
from scanning.port import ScannerBackend, ScannerDevice
from scanning.sink import PageSink, SinkSpec

if TYPE_CHECKING:
    from scanning.writer import PageWriter

log = logging.getLogger("scanning.worker")

DEFAULT_BACKEND = "auto"


class Emitter:
    """Writes events to the report stream, one whole line at a time, from any thread."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()
        self.last = time.monotonic()

    def emit(self, event: Event) -> None:
        line = encode(event) + "\n"
        with self._lock:
            self._stream.write(line)
            self._stream.flush()
            self.last = time.monotonic()


class Heartbeat:
    """A PageListener that reports page starts and, at most every `interval` seconds, progress."""

    def __init__(self, emitter: Emitter, interval: float) -> None:
        self._emitter = emitter
        self._interval = interval

    def page_started(self, index: int) -> None:
        self._emitter.emit(PageStarted(index))

    def progress(self, index: int, bytes_read: int, bytes_expected: int | None) -> None:
        if time.monotonic() - self._emitter.last >= self._interval:
            self._emitter.emit(PageProgress(index, bytes_read, bytes_expected))


def _watch_stdin(stdin: IO[str], cancel: threading.Event) -> None:
    for line in stdin:
        if line.strip() == "cancel":
            cancel.set()
    cancel.set()


def prepare(job: dict[str, Any]) -> tuple[str, ScannerBackend] | None:
    """Load the backend named in a `prepare` line before the job arrives.

    Best effort: whatever fails here fails again, and is reported, when the job runs.
    """
    name = str(job.get("backend", DEFAULT_BACKEND))
    try:
        return name, load_backend(name)
    except Exception:
        log.debug("could not prepare the %s backend", name, exc_info=True)
        return None


def run_scan(
    job: dict[str, Any],
    emitter: Emitter,
    cancel: threading.Event,
    prepared: tuple[str, ScannerBackend] | None = None,
) -> None:
    """Open the scanner, configure it, read pages and hand each to the pipeline threads."""
    request = request_from_dict(job["request"])
    spec = SinkSpec(job.get("sink_factory", SinkSpec.factory), job.get("sink_options", {}))
    # The sink is made while the scanner opens (an encrypting one loads its key then).
    sink = _Deferred(functools.partial(spec.make, Path(job["spool"])), name="make-sink")
    name = str(job.get("backend", DEFAULT_BACKEND))
    if name == "auto" and (owner := owner_of(request.device.id)) is not None:
        # An id that names its backend (escl:..., wia:...) is opened, and found again if it
        # moved, by that backend alone: the others are not loaded for it (SANE's start-up can
        # cost more than a network scanner's whole page).
        name = owner
    options = job.get("backend_options") or {}
    if prepared is not None and prepared[0] == name and not options:
        backend = prepared[1]
    else:
        # What the prepare line loaded is reused from here (load_backend keeps what it made).
        backend = load_backend(name, options)
    device, device_id = _open(backend, request.device)
    fault: ScanFault | None = None
    try:
        settings = device.configure(request)
        emitter.emit(DeviceReady(settings))
        # Pillow and the pipeline load while the first page is read (the scanner's library
        # calls let this thread run); the pipeline threads start with the first page.
        threading.Thread(target=_load_pipeline, name="load-pipeline", daemon=True).start()
        pipeline = functools.partial(
            _page_writer,
            sink,
            str(job.get("prefix", "page")),
            request,
            settings.resolution,
            emitter,
        )
        writer: PageWriter | None = None
        batch = settings.source in (SourceKind.ADF, SourceKind.DUPLEX)
        listener = Heartbeat(emitter, float(job.get("heartbeat", 1.0)))
        try:
            for count, image in enumerate(
                device.pages(batch, cancel, listener, request.max_pages), start=1
            ):
                writer = writer or pipeline()
                writer.put(count - 1, image)
        except ScanFault as error:
            fault = error
            if fault.kind is FaultKind.IO_ERROR and not _still_there(backend, device_id):
                fault = ScanFault(FaultKind.UNPLUGGED, "device gone after an I/O error")
        finally:
            if writer is not None:
                writer.finish()
        # Report before stopping the scanner: a driver that hangs while stopping costs nothing.
        if writer is not None and writer.failures:
            failure = writer.failures[0]
            fault = (
                failure
                if isinstance(failure, ScanFault)
                else ScanFault(FaultKind.INTERNAL, type(failure).__name__)
            )
        if fault is not None:
            emitter.emit(Faulted(fault.kind, fault.detail))
        else:
            done = len(writer.done) if writer is not None else 0
            emitter.emit(Finished(done, cancelled=cancel.is_set()))
    finally:
        _close(device)


class _Deferred:
    """A value made on a thread of its own; `result()` waits for it (and raises what it raised)."""

    def __init__(self, make: Callable[[], PageSink], *, name: str) -> None:
        self._make = make
        self._value: PageSink | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._make()
        except Exception as error:  # noqa: BLE001  (handed to whoever waits for it)
            self._error = error

    def result(self) -> PageSink:
        self._thread.join()
        if self._error is not None:
            raise ScanFault(
                FaultKind.INTERNAL, f"page store unavailable: {type(self._error).__name__}"
            ) from self._error
        assert self._value is not None
        return self._value


def _page_writer(
    deferred: _Deferred, prefix: str, request: ScanRequest, dpi: int, emitter: Emitter
) -> PageWriter:
    """The pipeline threads for this run (waiting for `_load_pipeline` if it is not done)."""
    from scanning.pipeline import PipelineSettings  # noqa: PLC0415
    from scanning.writer import PageWriter  # noqa: PLC0415

    sink = deferred.result()

    settings = PipelineSettings(
        mode=request.mode,
        dpi=dpi,
        deskew=request.deskew,
        crop=request.crop,
        jpeg_quality=request.jpeg_quality,
    )
    return PageWriter(sink, prefix, settings, emitter.emit)


def _open(backend: ScannerBackend, ref: DeviceRef) -> tuple[ScannerDevice, str]:
    """Open the job's scanner, and its id now.

    By its id first, without listing devices (that can take seconds: network backends probe the
    network); only when that id no longer opens is the scanner looked for again, by serial or
    model (a re-plugged USB scanner usually has a new bus address in its id).
    """
    try:
        return backend.open(ref.as_device()), ref.id
    except ScanFault as fault:
        if fault.kind is not FaultKind.UNPLUGGED:
            raise
    info = resolve_device(ref, backend.devices())
    if info is None or info.id == ref.id:
        raise ScanFault(FaultKind.UNPLUGGED, "device not found")
    return backend.open(info), info.id


def _still_there(backend: ScannerBackend, device_id: str) -> bool:
    """Whether the scanner is still listed (an I/O error is often a pulled cable)."""
    try:
        return any(d.id == device_id for d in backend.devices())
    except ScanFault:
        return False


def _close(device: ScannerDevice) -> None:
    try:
        device.close()
    except Exception:
        log.exception("the scanner did not close cleanly")


def run_discover(job: dict[str, Any], emitter: Emitter) -> None:
    """List every scanner with its capabilities (opening each in turn: one handle at a time)."""
    backend = load_backend(
        str(job.get("backend", DEFAULT_BACKEND)), job.get("backend_options") or {}
    )
    scanners: list[Capabilities] = []
    unreadable: list[DeviceInfo] = []
    for info in backend.devices():
        try:
            device = backend.open(info)
        except ScanFault:
            unreadable.append(info)
            continue
        try:
            scanners.append(device.capabilities())
        except ScanFault:
            unreadable.append(info)
        finally:
            _close(device)
    emitter.emit(Discovered(tuple(scanners), tuple(unreadable)))


def _load_pipeline() -> None:
    """Load Pillow, the page pipeline and its encoders while the first page is read."""
    from scanning.pipeline import warm_up  # noqa: PLC0415
    from scanning.writer import PageWriter  # noqa: PLC0415, F401

    warm_up()
    # What is loaded now lives until the worker ends: keep the collector off it (this also
    # shortens the worker's exit, which the caller waits for).
    gc.freeze()


def main() -> int:
    """Run one job; the exit status is 0 whenever the job's outcome was reported.

    stdin: optionally a `prepare` line (load the backend now), then one JSON line (the job), then
    optionally `cancel`; end of input also cancels.
    stdout: JSON lines, one per event (see scanning.events). Anything else the driver prints goes
    to stderr, so a chatty driver cannot break the report stream.
    """
    # Keep a private copy of stdout for reports; anything else printed goes to stderr.
    report_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    emitter = Emitter(os.fdopen(report_fd, "w", encoding="utf-8", buffering=1))
    logging.basicConfig(
        level=os.environ.get("DESK_SCAN_WORKER_LOG", "WARNING"),
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    line = sys.stdin.readline()
    if not line:
        return 2
    job = json.loads(line)
    prepared = None
    if job.get("command") == "prepare":
        # Started ahead of its job: load the backend while the caller gets ready.
        prepared = prepare(job)
        line = sys.stdin.readline()
        if not line:
            return 2
        job = json.loads(line)
    cancel = threading.Event()
    threading.Thread(target=_watch_stdin, args=(sys.stdin, cancel), daemon=True).start()
    emitter.emit(WorkerStarted(os.getpid()))
    try:
        if job.get("command") == "discover":
            run_discover(job, emitter)
        else:
            run_scan(job, emitter, cancel, prepared)
    except ScanFault as fault:
        emitter.emit(Faulted(fault.kind, fault.detail))
    except Exception as error:
        log.exception("scan worker failed")
        emitter.emit(Faulted(FaultKind.INTERNAL, type(error).__name__))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
