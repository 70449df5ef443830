"""The bridge from a scan worker to the GUI thread: each scan event becomes a Qt signal."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from scanning.backends import BackendOptions
from scanning.events import Faulted, Finished, PageDone, PageProgress, PageStarted, ScanEvent
from scanning.faults import ScanFault
from scanning.model import ScanRequest
from scanning.session import ScanJob
from scanning.sink import SinkSpec

log = logging.getLogger(__name__)


class ScanController(QObject):
    """Runs one scan at a time in its worker process and re-emits its events on the GUI thread.

    The worker calls back on a background thread; Qt queues the signals to the receivers'
    thread, so slots never run on the worker's thread and the GUI never waits on the scanner.
    """

    page_started = Signal(int)
    page_progress = Signal(int, int)  # page index, percent (or -1 when unknown)
    page_scanned = Signal(object)  # ScannedPage
    scan_finished = Signal(int, bool)  # pages in this run, cancelled
    scan_faulted = Signal(str, object)  # plain-English message, FaultKind

    def __init__(
        self,
        parent: QObject | None = None,
        backend: str = "auto",
        backend_options: BackendOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._backend_options = backend_options
        self._job: ScanJob | None = None

    @property
    def busy(self) -> bool:
        """True while a scan runs."""
        return self._job is not None

    def start(self, request: ScanRequest, spool: Path, sink: SinkSpec | None = None) -> None:
        """Start scanning into `spool`; a fault to start with arrives as `scan_faulted`."""
        if self._job is not None:
            return
        job = ScanJob(
            request,
            spool,
            sink=sink,
            backend=self._backend,
            backend_options=self._backend_options,
            on_event=self._on_event,
        )
        self._job = job
        try:
            job.start()
        except ScanFault as fault:
            self._job = None
            self.scan_faulted.emit(fault.message, fault.kind)

    def cancel(self) -> None:
        """Stop the scan (the worker is killed if the driver will not stop)."""
        if self._job is not None:
            self._job.cancel()

    def close(self) -> None:
        """Stop and release the worker (at shut-down)."""
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
            job.close()

    def _on_event(self, event: ScanEvent) -> None:
        """Runs on the worker's reader thread: only emit signals here."""
        if isinstance(event, PageStarted):
            self.page_started.emit(event.index)
        elif isinstance(event, PageProgress):
            expected = event.bytes_expected
            percent = min(100, event.bytes_read * 100 // expected) if expected else -1
            self.page_progress.emit(event.index, percent)
        elif isinstance(event, PageDone):
            self.page_scanned.emit(event.page)
        elif isinstance(event, Finished):
            self._release()
            self.scan_finished.emit(event.pages, event.cancelled)
        elif isinstance(event, Faulted):
            self._release()
            self.scan_faulted.emit(event.message, event.kind)

    def _release(self) -> None:
        """Forget the finished job and reap its worker on a thread of its own.

        This runs on the job's reader thread, which `ScanJob.close` joins: closing here would wait
        on itself, and closing on the GUI thread would make the window wait on the worker.
        """
        job, self._job = self._job, None
        if job is not None:
            threading.Thread(target=job.close, name="scan-reaper", daemon=True).start()
