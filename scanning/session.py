"""The caller's side of a scan: start the worker process, follow its events, watch it, cancel it."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from scanning.events import (
    DeviceReady,
    Discovered,
    Event,
    Faulted,
    Finished,
    PageDone,
    PageProgress,
    ScanEvent,
    decode,
    request_to_dict,
)
from scanning.faults import FaultKind, ScanFault
from scanning.model import AppliedSettings, ScannedPage, ScanRequest
from scanning.sink import SinkSpec

log = logging.getLogger(__name__)

DEFAULT_WATCHDOG_SECONDS = 60.0
DEFAULT_START_SECONDS = 30.0
DEFAULT_CANCEL_GRACE_SECONDS = 5.0


FROZEN_WORKER_FLAG = "--scan-worker"
"""In a frozen build the app's own executable is the worker when given this flag."""


def worker_command() -> list[str]:
    """How to start a worker: this Python running `scanning.worker`, or, in a frozen build
    (which has no `-m`), the app's executable with FROZEN_WORKER_FLAG."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG]
    # -P: the caller's current folder is not put first on the worker's path (a `scanning`
    # folder there would be imported instead of ours).
    return [sys.executable, "-P", "-m", "scanning.worker"]


def worker_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The worker's environment: ours, plus the folder that holds `scanning`, plus `extra`."""
    env = dict(os.environ)
    if extra:
        env.update(extra)
    root = str(Path(__file__).resolve().parent.parent)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        env["PYTHONPATH"] = os.pathsep.join([root, *paths])
    env["PYINSANE_SINGLE_THREAD"] = "1"
    return env


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


class _Worker:
    """A worker process and the threads that read its reports and its log.

    The process starts at once; its reports are read from `attach()` on, so a worker can be
    started before the caller knows what it will ask of it (see `PreparedWorker`).
    """

    def __init__(self, env: Mapping[str, str] | None, command: Sequence[str] | None) -> None:
        self.process = subprocess.Popen(
            list(command or worker_command()),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=worker_env(env),
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._on_event: Callable[[Event], None] = lambda event: None
        self._on_exit: Callable[[int], None] = lambda code: None
        self._stdin_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="scan-worker-reader", daemon=True)
        self._logger = threading.Thread(target=self._log, name="scan-worker-log", daemon=True)
        self._logger.start()

    def attach(
        self, job: dict[str, Any], on_event: Callable[[Event], None], on_exit: Callable[[int], None]
    ) -> None:
        """Send `job` and start following the worker's reports."""
        self._on_event = on_event
        self._on_exit = on_exit
        self.send(json.dumps(job))
        self._reader.start()

    def send(self, line: str) -> None:
        with self._stdin_lock:
            stdin = self.process.stdin
            if stdin is None or stdin.closed:
                return
            try:
                stdin.write(line + "\n")
                stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                log.debug("scan worker no longer reads its input")

    def close_input(self) -> None:
        with self._stdin_lock:
            stdin = self.process.stdin
            if stdin is not None and not stdin.closed:
                with contextlib.suppress(BrokenPipeError, OSError):
                    stdin.close()

    def _read(self) -> None:
        stdout: IO[str] | None = self.process.stdout
        assert stdout is not None
        for line in stdout:
            try:
                event = decode(line)
            except ValueError:
                log.debug("ignored a line from the scan worker that is not an event")
                continue
            self._on_event(event)
        stdout.close()
        code = self.process.wait()
        self._logger.join(timeout=5)
        self.close_input()
        self._on_exit(code)

    def _log(self) -> None:
        stderr: IO[str] | None = self.process.stderr
        assert stderr is not None
        for line in stderr:
            log.debug("scan worker: %s", line.rstrip())
        stderr.close()

    def kill(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()

    def join(self, timeout: float | None) -> None:
        if self._reader.is_alive():
            self._reader.join(timeout)

    def dispose(self) -> None:
        """Stop a worker that was never attached, and close its pipes."""
        self.close_input()
        self.kill()
        self.process.wait()
        self._logger.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


class PreparedWorker:
    """A worker process started ahead of its job: it loads the scanner backend while the caller
    gets ready (reads settings, picks a profile), and nothing reaches the scanner until a
    `ScanJob` given it with `worker=` starts. Close it (or use `with`) if no job takes it.
    """

    def __init__(
        self,
        *,
        backend: str = "sane",
        env: Mapping[str, str] | None = None,
        command: Sequence[str] | None = None,
    ) -> None:
        self.backend = backend
        self._lock = threading.Lock()
        try:
            worker: _Worker | None = _Worker(env, command)
        except OSError:
            log.exception("the scan worker could not start ahead of its job")
            worker = None
        self._worker = worker
        if worker is not None:
            worker.send(json.dumps({"command": "prepare", "backend": backend}))

    def take(self) -> _Worker | None:
        """The process, if it is still running and not yet taken (then it is the caller's)."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None and worker.process.poll() is not None:
            worker.dispose()
            return None
        return worker

    def close(self) -> None:
        """Stop the process if no job took it."""
        worker = self.take()
        if worker is not None:
            worker.dispose()

    def __enter__(self) -> PreparedWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
        backend: str = "sane",
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
        self._worker: _Worker | None = None
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
                "heartbeat": heartbeat,
            }
            self._last = time.monotonic()
            prepared = None
            if self._prepared is not None and self._prepared.backend == self.backend:
                prepared = self._prepared.take()
            try:
                self._worker = prepared or _Worker(self._env, self._command)
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
            self.sink.make(self.spool).discard_partial()
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
    backend: str = "sane",
    env: Mapping[str, str] | None = None,
    command: Sequence[str] | None = None,
) -> Discovered:
    """Every scanner with its capabilities, found by a worker; ScanFault(HUNG) on timeout."""
    answer: queue.Queue[Event | int] = queue.Queue()
    try:
        worker = _Worker(env, command)
        worker.attach({"command": "discover", "backend": backend}, answer.put, answer.put)
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
