"""Following a centre's queue live: a thread of its own waits on `QueueWatch` and says, through
a Qt signal delivered on the GUI thread, when the queue changed (or may have)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from desk.ui.views.queue.actions import Watch

log = logging.getLogger(__name__)

TICK_SECONDS = 0.5
"""How long one wait lasts before the thread looks whether it should stop."""

RETRY_MAX_SECONDS = 10.0
"""The longest pause between tries to open the watch while the database cannot be reached."""


class QueueFollower(QObject):
    """Runs a watch on its own thread while started; `changed` (on the GUI thread) says the
    queue should be read again, `reachable_changed` whether the database answers.

    The GUI thread never waits on the database: opening the watch and every wait happen on the
    follower's thread, and `stop` only asks it to end (`stop(wait=True)` at shut-down bounds
    the wait)."""

    changed = Signal()
    reachable_changed = Signal(bool)
    _woke = Signal()  # emitted on the follower's thread, delivered to the GUI thread's slots
    _reach = Signal(bool)

    def __init__(
        self,
        open_watch: Callable[[], Watch],
        parent: QObject | None = None,
        *,
        tick: float = TICK_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._open_watch = open_watch
        self._tick = tick
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.reachable = True
        self._woke.connect(self._on_woke)
        self._reach.connect(self._on_reach)

    @property
    def running(self) -> bool:
        """True while the follower's thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Follow the queue (once: starting again while it runs does nothing)."""
        if self._thread is not None and not self._stop.is_set() and self._thread.is_alive():
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(self._stop,), name="queue-follower", daemon=True
        )
        self._thread.start()

    def stop(self, *, wait: bool = False, timeout: float = 5.0) -> bool:
        """Stop following; with `wait`, until the thread has ended (bounded). True if it has."""
        self._stop.set()
        thread = self._thread
        if thread is None:
            return True
        if wait:
            thread.join(timeout)
        return not thread.is_alive()

    def _run(self, stop: threading.Event) -> None:
        watch: Watch | None = None
        reachable = True
        failures = 0
        try:
            while not stop.is_set():
                if watch is None:
                    try:
                        watch = self._open_watch()
                    except Exception:  # noqa: BLE001  (a bad database must not end the thread)
                        failures += 1
                        if reachable:
                            log.info("queue follower cannot open its watch; trying again")
                            reachable = False
                            self._reach.emit(False)
                        stop.wait(min(RETRY_MAX_SECONDS, max(self._tick, 2.0 ** (failures - 1))))
                        continue
                    failures = 0
                    self._woke.emit()  # read the queue as it is now
                try:
                    changed = watch.wait(self._tick)
                except Exception as error:  # noqa: BLE001  (a lost database must not end it)
                    log.info("queue watch failed error=%s; opening it again", type(error).__name__)
                    watch.close()
                    watch = None
                    if reachable:
                        reachable = False
                        self._reach.emit(False)
                    continue
                if watch.reachable != reachable:
                    reachable = watch.reachable
                    self._reach.emit(reachable)
                    changed = True  # back again (or gone): read the queue afresh
                if changed and not stop.is_set():
                    self._woke.emit()
        finally:
            if watch is not None:
                watch.close()

    @Slot()
    def _on_woke(self) -> None:
        if not self._stop.is_set():
            self.changed.emit()

    @Slot(bool)
    def _on_reach(self, reachable: bool) -> None:
        self.reachable = reachable
        if not self._stop.is_set():
            self.reachable_changed.emit(reachable)
