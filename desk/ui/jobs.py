"""Background jobs: run slow work off the GUI thread and report back to it through signals.

One line per user action: ``jobs.run(fn, on_done=..., on_error=...)``. The callbacks run on the
GUI thread. A job's exceptions never escape: a `DeskError` reaches `on_error` with its plain
message; any other exception is logged as a bug and reaches `on_error` too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desk.errors import DeskError

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a job's result back there."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, name: str) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._name = name

    def run(self) -> None:
        try:
            result = self._fn()
        except DeskError as error:
            log.info("job failed name=%s error=%s", self._name, type(error).__name__)
            self._relay.failed.emit(error)
        except Exception as error:
            log.exception("job crashed name=%s", self._name)
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class JobRunner(QObject):
    """Runs jobs on its own thread pool and keeps count of those still running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Each running job is kept here until it reports back: a QRunnable written in Python
        # must outlive its run, and Python, not the pool, owns it (autoDelete is off).
        self._relays: dict[_Relay, _Job] = {}

    @property
    def running(self) -> int:
        """How many jobs have not reported back yet."""
        return len(self._relays)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        name: str = "job",
    ) -> None:
        """Run `fn` in the background; call `on_done(result)` or `on_error(exc)` on this thread."""
        relay = _Relay(self)
        job = _Job(fn, relay, name)
        job.setAutoDelete(False)
        self._relays[relay] = job
        if len(self._relays) == 1:
            self.busy_changed.emit(True)

        @Slot(object)
        def finished(result: object) -> None:
            self._release(relay)
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(error: object) -> None:
            self._release(relay)
            if on_error is not None and isinstance(error, Exception):
                on_error(error)

        relay.finished.connect(finished)
        relay.failed.connect(failed)
        self._pool.start(job)

    def _release(self, relay: _Relay) -> None:
        self._relays.pop(relay, None)
        relay.deleteLater()
        if not self._relays:
            self.busy_changed.emit(False)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Wait for running jobs (at shut-down); True when all finished in time."""
        return self._pool.waitForDone(timeout_ms)
