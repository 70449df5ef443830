"""The scan worker process (`python -m scanning.worker`): one job from stdin, events on stdout."""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Generator
from pathlib import Path
from typing import IO, Any

from PIL import Image

from scanning.backends import load_backend
from scanning.discovery import resolve_device
from scanning.events import (
    DeviceReady,
    Discovered,
    Event,
    Faulted,
    Finished,
    PageDone,
    PageProgress,
    PageStarted,
    WorkerStarted,
    encode,
    request_from_dict,
)
from scanning.faults import FaultKind, ScanFault
from scanning.model import Capabilities, DeviceInfo, DeviceRef, ScannedPage, SourceKind
from scanning.pipeline import PipelineSettings, ProcessedPage, process_page, warm_up
from scanning.port import ScannerBackend, ScannerDevice
from scanning.sink import PageSink, SinkSpec

log = logging.getLogger("scanning.worker")


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


PIPELINE_THREADS = 2
# Pipeline threads run this much nicer than the reading thread: when CPU is short, reading the
# scanner (which must keep up with the paper) comes first and processing catches up later.
PIPELINE_NICENESS = 10


def _lower_priority() -> None:
    """Make the calling thread nicer (Linux schedules threads one by one; elsewhere a no-op)."""
    if sys.platform != "linux":
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), PIPELINE_NICENESS)
    except OSError:
        log.debug("could not lower the pipeline thread's priority")


class PageWriter:
    """The pipeline threads: process pages, store them through the sink and report them in order.

    Two pages can be processed at once (encoding is most of the work and Pillow releases the
    GIL), one more waits, and each page is stored and reported only after the one before it.
    """

    def __init__(
        self,
        sink: PageSink,
        prefix: str,
        settings: PipelineSettings,
        emitter: Emitter,
        threads: int = PIPELINE_THREADS,
    ) -> None:
        self._sink = sink
        self._prefix = prefix
        self._settings = settings
        self._emitter = emitter
        # One page waits while others are processed: memory stays bounded on long batches.
        self._work: queue.Queue[tuple[int, Image.Image] | None] = queue.Queue(maxsize=1)
        self._turn = threading.Condition()
        self._next = 0
        self.done: list[ScannedPage] = []
        self.failures: list[BaseException] = []
        self._threads = [
            threading.Thread(target=self._run, name=f"page-pipeline-{n}", daemon=True)
            for n in range(max(1, threads))
        ]
        for thread in self._threads:
            thread.start()

    def put(self, index: int, image: Image.Image) -> None:
        self._work.put((index, image))

    def finish(self) -> None:
        for _ in self._threads:
            self._work.put(None)
        for thread in self._threads:
            thread.join()

    def _run(self) -> None:
        _lower_priority()
        while (item := self._work.get()) is not None:
            index, image = item
            del item
            page: ProcessedPage | BaseException | None = None
            if not self.failures:
                try:
                    page = process_page(image, self._settings)
                except Exception as error:
                    log.exception("page %d could not be processed", index + 1)
                    page = error
            del image
            with self._turn:
                self._turn.wait_for(functools.partial(self._is_turn_of, index))
                try:
                    if isinstance(page, BaseException):
                        self.failures.append(page)
                    elif page is not None and not self.failures:
                        self._store(index, page)
                finally:
                    self._next += 1
                    self._turn.notify_all()

    def _is_turn_of(self, index: int) -> bool:
        return self._next == index

    def _store(self, index: int, page: ProcessedPage) -> None:
        try:
            name = f"{self._prefix}-{index + 1:04d}.{page.extension}"
            path = self._sink.write(name, page.data)
        except Exception as error:
            log.exception("page %d could not be stored", index + 1)
            self.failures.append(error)
            return
        scanned = ScannedPage(
            path=str(path),
            index=index,
            encoding=page.encoding,
            kind=page.kind,
            width=page.width,
            height=page.height,
            dpi=page.dpi,
            bytes=len(page.data),
            blank=page.blank,
            skew_degrees=page.skew_degrees,
            cpu_ms=page.cpu_ms,
            run=self._prefix,
        )
        self.done.append(scanned)
        self._emitter.emit(PageDone(scanned))


def prepare(job: dict[str, Any]) -> tuple[str, ScannerBackend] | None:
    """Load the backend named in a `prepare` line before the job arrives.

    Best effort: whatever fails here fails again, and is reported, when the job runs.
    """
    name = str(job.get("backend", "sane"))
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
    sink = SinkSpec(job.get("sink_factory", SinkSpec.factory), job.get("sink_options", {})).make(
        Path(job["spool"])
    )
    name = str(job.get("backend", "sane"))
    backend = prepared[1] if prepared is not None and prepared[0] == name else load_backend(name)
    device, device_id = _open(backend, request.device)
    fault: ScanFault | None = None
    try:
        settings = device.configure(request)
        emitter.emit(DeviceReady(settings))
        writer = PageWriter(
            sink,
            str(job.get("prefix", "page")),
            PipelineSettings(
                mode=request.mode,
                dpi=settings.resolution,
                deskew=request.deskew,
                crop=request.crop,
                jpeg_quality=request.jpeg_quality,
            ),
            emitter,
        )
        batch = settings.source in (SourceKind.ADF, SourceKind.DUPLEX)
        listener = Heartbeat(emitter, float(job.get("heartbeat", 1.0)))
        try:
            pages = device.pages(batch, cancel, listener)
            for count, image in enumerate(pages, start=1):
                writer.put(count - 1, image)
                if request.max_pages is not None and count >= request.max_pages:
                    break
            if isinstance(pages, Generator):
                pages.close()
        except ScanFault as error:
            fault = error
            if fault.kind is FaultKind.IO_ERROR and not _still_there(backend, device_id):
                fault = ScanFault(FaultKind.UNPLUGGED, "device gone after an I/O error")
        finally:
            writer.finish()
        # Report before stopping the scanner: a driver that hangs while stopping costs nothing.
        if writer.failures:
            fault = ScanFault(FaultKind.INTERNAL, type(writer.failures[0]).__name__)
        if fault is not None:
            emitter.emit(Faulted(fault.kind, fault.detail))
        else:
            emitter.emit(Finished(len(writer.done), cancelled=cancel.is_set()))
    finally:
        _close(device)


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
    backend = load_backend(str(job.get("backend", "sane")))
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
    warm_up()
    # Modules and the warm-up live until the worker ends: keep the collector off them (this also
    # shortens the worker's exit, which the caller waits for).
    gc.freeze()
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
