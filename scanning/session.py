"""The caller's side of a scan: start the worker process, follow its events, watch it, cancel it."""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from scanning.backends import BackendOptions
from scanning.events import (
    DeviceReady,
    Discovered,
    Event,
    Faulted,
    Finished,
    PageDone,
    PageProgress,
    ScanEvent,
    request_to_dict,
)
from scanning.faults import FaultKind, ScanFault
from scanning.launch import PreparedWorker, WorkerProcess
from scanning.model import AppliedSettings, ScannedPage, ScanRequest
from scanning.sink import SinkSpec

log = logging.getLogger(__name__)

DEFAULT_WATCHDOG_SECONDS = 60.0
DEFAULT_START_SECONDS = 30.0
DEFAULT_CANCEL_GRACE_SECONDS = 5.0


@dataclass(frozen=True)
class ScanResult:
    """How a run ended: its pages, and the fault or cancellation that ended it, if any."""

    pages: tuple[ScannedPage, ...]
    fault: Faulted | None
    cancelled: bool
    settings: AppliedSettings | None

    @property
    def ok(self) -> bool:
        """True when the run ended without a fault."""
        return self.fault is None


class ScanJob:
    """One scan run in its own worker process; pages land in `spool` as soon as each is done.

    Events arrive from a background thread: pass `on_event` to be called there, or iterate
    `events()` from any one thread. A fault, a watchdog kill and a crashed worker all end the run
    with a `Faulted` event; the pages already done stay in the spool.
    """

    def __init__(
        self,
        request: ScanRequest,
        spool: Path,
        *,
        prefix: str | None = None,
        sink: SinkSpec | None = None,
        backend: str = "auto",
        backend_options: BackendOptions | None = None,
        watchdog_seconds: float = DEFAULT_WATCHDOG_SECONDS,
        start_seconds: float = DEFAULT_START_SECONDS,
        cancel_grace_seconds: float = DEFAULT_CANCEL_GRACE_SECONDS,
        env: Mapping[str, str] | None = None,
        command: Sequence[str] | None = None,
        on_event: Callable[[ScanEvent], None] | None = None,
        worker: PreparedWorker | None = None,
    ) -> None:
        self.request = request
        self.spool = Path(spool)
        self.prefix = prefix or f"run-{uuid.uuid4().hex[:8]}"
        self.sink = sink or SinkSpec()
        self.backend = backend
        self.backend_options = dict(backend_options or {})
        self.watchdog_seconds = watchdog_seconds
        self.start_seconds = start_seconds
        self.cancel_grace_seconds = cancel_grace_seconds
        self._env = env
        self._command = command
        self._prepared = worker
        self._on_event = on_event
        self._events: queue.Queue[ScanEvent] = queue.Queue()
        self._lock = threading.Lock()
        self._pages: list[ScannedPage] = []
        self._settings: AppliedSettings | None = None
        self._final: ScanEvent | None = None
        self._done = threading.Event()
        self._started = False
        self._cancel_requested = False
        self._cancel_at: float | None = None
        self._hung = False
        self._last = time.monotonic()
        self._worker: WorkerProcess | None = None
        self._watchdog: threading.Thread | None = None

    # ------------------------------------------------------------------ control

    def start(self) -> ScanJob:
        """Start the worker (once) and return self."""
        with self._lock:
            if self._worker is not None:
                return self
            self.spool.mkdir(parents=True, exist_ok=True)
            heartbeat = max(0.01, min(1.0, self.watchdog_seconds / 4))
            job = {
                "command": "scan",
                "request": request_to_dict(self.request),
                "spool": str(self.spool),
                "prefix": self.prefix,
                "sink_factory": self.sink.factory,
                "sink_options": dict(self.sink.options),
                "backend": self.backend,
                "backend_options": {k: dict(v) for k, v in self.backend_options.items()},
                "heartbeat": heartbeat,
            }
            self._last = time.monotonic()
            prepared = None
            if self._prepared is not None:
                # Whatever backend it prepared, it loads this job's backend when given it.
                prepared = self._prepared.take()
            try:
                self._worker = prepared or WorkerProcess(self._env, self._command)
            except OSError as error:
                log.exception("the scan worker could not start")
                raise ScanFault(FaultKind.INTERNAL, "worker did not start") from error
            self._worker.attach(job, self._receive, self._exited)
            self._watchdog = threading.Thread(target=self._watch, name="scan-watchdog", daemon=True)
            self._watchdog.start()
        return self

    def cancel(self) -> None:
        """Stop now (a page half read is dropped); kill the worker if it will not stop."""
        with self._lock:
            if self._done.is_set() or self._worker is None or self._cancel_requested:
                return
            self._cancel_requested = True
            self._cancel_at = time.monotonic()
            worker = self._worker
        worker.send("cancel")

    def close(self, timeout: float = 10.0) -> None:
        """Cancel if still running and wait for the worker to be gone."""
        if self._worker is None:
            return
        self.cancel()
        if not self._done.wait(timeout) and self._worker is not None:
            self._worker.kill()
            self._done.wait(timeout)
        if self._worker is not None:
            self._worker.join(timeout)

    def __enter__(self) -> ScanJob:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ state

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id (for diagnostics)."""
        return self._worker.process.pid if self._worker is not None else None

    @property
    def done(self) -> bool:
        """True once the run has ended (its final event was delivered)."""
        return self._done.is_set()

    @property
    def pages(self) -> tuple[ScannedPage, ...]:
        """The pages finished so far."""
        with self._lock:
            return tuple(self._pages)

    def events(self, timeout: float | None = None) -> Iterator[ScanEvent]:
        """Each event in order, ending with the final `Finished` or `Faulted`.

        `timeout` bounds the wait for each event; TimeoutError when it passes.
        """
        while True:
            try:
                event = self._events.get(timeout=timeout)
            except queue.Empty:
                raise TimeoutError("no event from the scan job in time") from None
            yield event
            if isinstance(event, Finished | Faulted):
                return

    def wait(self, timeout: float | None = None) -> ScanResult:
        """Block until the run ends and return how it ended."""
        if not self._done.wait(timeout):
            raise TimeoutError("the scan job did not end in time")
        return self.result()

    def result(self) -> ScanResult:
        """How the run ended (only meaningful once `done`)."""
        with self._lock:
            final = self._final
            return ScanResult(
                pages=tuple(self._pages),
                fault=final if isinstance(final, Faulted) else None,
                cancelled=isinstance(final, Finished) and final.cancelled,
                settings=self._settings,
            )

    # ------------------------------------------------------------------ internals

    def _receive(self, event: Event) -> None:
        if isinstance(event, Discovered):
            return
        with self._lock:
            self._last = time.monotonic()
            if self._final is not None:
                return
            if isinstance(event, DeviceReady):
                # Until the scanner is open and set up, the (longer) start limit applies.
                self._started = True
                self._settings = event.settings
            elif isinstance(event, PageDone):
                self._pages.append(event.page)
            elif isinstance(event, Finished | Faulted):
                self._final = event
        self._deliver(event)

    def _deliver(self, event: ScanEvent) -> None:
        if not isinstance(event, PageProgress) or self._on_event is None:
            self._events.put(event)
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:
                log.exception("scan event handler failed")
        if isinstance(event, Faulted):
            # By kind only: the driver's own message can name a document or a device's owner.
            log.info("scan fault kind=%s pages=%d", event.kind.value, len(self._pages))
        if isinstance(event, Finished | Faulted):
            self._done.set()

    def _exited(self, code: int) -> None:
        with self._lock:
            final = self._final
            if final is None:
                if self._hung:
                    final = Faulted(FaultKind.HUNG, "watchdog stopped the worker")
                elif self._cancel_requested:
                    final = Finished(len(self._pages), cancelled=True)
                else:
                    final = Faulted(FaultKind.CRASHED, f"worker exit status {code}")
                self._final = final
                synthesised = True
            else:
                synthesised = False
        try:
            self.sink.make(self.spool).discard_partial(self.prefix)
        except OSError:
            log.exception("could not tidy the spool")
        if synthesised:
            self._deliver(final)
        if self._worker is not None:
            self._worker.close_input()

    def _watch(self) -> None:
        tick = max(0.01, min(0.25, self.watchdog_seconds / 5))
        while True:
            time.sleep(tick)
            with self._lock:
                worker = self._worker
                now = time.monotonic()
                limit = self.watchdog_seconds if self._started else self.start_seconds
                if self._final is not None:
                    # Reported its end but will not exit (a driver stuck closing): stop it.
                    silent = False
                    stuck = now - self._last > self.cancel_grace_seconds
                else:
                    silent = now - self._last > limit
                    stuck = (
                        self._cancel_at is not None
                        and now - self._cancel_at > self.cancel_grace_seconds
                    )
            if worker is None or worker.process.poll() is not None:
                if self._done.is_set():
                    return
                continue
            if silent or stuck:
                with self._lock:
                    self._hung = silent and not self._cancel_requested
                log.info(
                    "stopping the scan worker: %s", "no report in time" if silent else "cancel"
                )
                worker.kill()
                return


def discover(
    *,
    timeout: float = 30.0,
    backend: str = "auto",
    backend_options: BackendOptions | None = None,
    env: Mapping[str, str] | None = None,
    command: Sequence[str] | None = None,
) -> Discovered:
    """Every scanner with its capabilities, found by a worker; ScanFault(HUNG) on timeout."""
    answer: queue.Queue[Event | int] = queue.Queue()
    try:
        worker = WorkerProcess(env, command)
        job = {
            "command": "discover",
            "backend": backend,
            "backend_options": {k: dict(v) for k, v in (backend_options or {}).items()},
        }
        worker.attach(job, answer.put, answer.put)
    except OSError as error:
        log.exception("the scan worker could not start")
        raise ScanFault(FaultKind.INTERNAL, "worker did not start") from error
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            try:
                item = answer.get(timeout=max(0.0, remaining))
            except queue.Empty:
                raise ScanFault(FaultKind.HUNG, "discovery timed out") from None
            if isinstance(item, Discovered):
                return item
            if isinstance(item, Faulted):
                raise item.to_exception()
            if isinstance(item, int):
                raise ScanFault(FaultKind.CRASHED, f"discovery worker exit status {item}")
    finally:
        worker.close_input()
        worker.kill()
        worker.join(5)
