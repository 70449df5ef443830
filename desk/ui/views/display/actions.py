"""What the waiting-area display asks of the services: the centre's queue, and a watch on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from desk.runtime import Runtime
from desk.services import queue
from desk.services.queue import QueueClock, QueueView
from desk.storage.notify import QueueWatch
from desk.ui.views.queue.actions import Watch


class DisplayActions(Protocol):
    """What the display calls, every method in the background (`watch` on the follower's
    thread)."""

    def called(self) -> QueueView: ...

    def watch(self) -> Watch: ...


class StationDisplay:
    """The queue of this station's centre, for the display. The database is opened on first
    use, in the background, and again after a failure: a display started while the database is
    away waits for it instead of failing."""

    def __init__(self, open_runtime: Callable[[], Runtime]) -> None:
        self._open = open_runtime
        self._runtime: Runtime | None = None
        self._lock = threading.Lock()

    def _ready(self) -> Runtime:
        with self._lock:
            if self._runtime is None:
                self._runtime = self._open()
            return self._runtime

    def called(self) -> QueueView:
        """Today's queue at the centre (the display shows who is called)."""
        runtime = self._ready()
        clock = QueueClock.from_settings(runtime.settings.queue)
        return queue.list_queue(runtime.uow_factory, runtime.station.site_id, clock=clock)

    def watch(self) -> Watch:
        """Wait for changes to the centre's queue."""
        runtime = self._ready()
        return QueueWatch(
            runtime.engine,
            runtime.station.site_id,
            poll_seconds=runtime.settings.queue.poll_seconds,
        )

    def close(self) -> None:
        """Release the database, if it was opened."""
        with self._lock:
            if self._runtime is not None:
                self._runtime.close()
                self._runtime = None
