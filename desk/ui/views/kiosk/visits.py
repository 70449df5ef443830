"""The kiosk's visits while they run and while they are ended.

A resident's visit is ended (with how it went) and its folder wiped once nothing in the
background still reads or writes the folder: a scan being stopped, both sides being joined, a
send, a receipt. The background writes here too (a visit started, a document sent), under a lock.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from desk.ui.jobs import Failure, JobRunner
from desk.ui.views.kiosk.actions import KioskActions

_T = TypeVar("_T")

log = logging.getLogger(__name__)


class KioskVisits(QObject):
    """The visits the kiosk started and has not ended yet, and the work on their folders."""

    ended = Signal(object)  # a visit's id, once it is ended and wiped
    announced = Signal()  # the session left is ended and wiped
    failed = Signal(object)  # Failure: a visit could not be ended (it stays open for staff)

    def __init__(self, parent: QObject, jobs: JobRunner, actions: KioskActions) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._actions = actions
        self._lock = threading.Lock()
        self._open: set[uuid.UUID] = set()
        self._sent: set[uuid.UUID] = set()
        # Work still using a visit's folder, and the visits left, waiting for it to end before
        # they are ended and wiped (with what to do then).
        self._work: dict[uuid.UUID, int] = {}
        self._ending: dict[uuid.UUID, Callable[[], None] | None] = {}

    @property
    def open(self) -> frozenset[uuid.UUID]:
        """The visits not yet ended (the one on screen, those being ended)."""
        with self._lock:
            return frozenset(self._open)

    def started(self, visit_id: uuid.UUID) -> None:
        """A visit has started (any thread)."""
        with self._lock:
            self._open.add(visit_id)

    def sent(self, visit_id: uuid.UUID) -> None:
        """A document of the visit is in the outbox (any thread): it ends as sent."""
        with self._lock:
            self._sent.add(visit_id)

    def begin_work(self, visit_id: uuid.UUID) -> None:
        """Background work starts that reads or writes `visit_id`'s folder."""
        self._work[visit_id] = self._work.get(visit_id, 0) + 1

    def end_work(self, visit_id: uuid.UUID) -> None:
        """That work is over: a visit left meanwhile is ended and wiped once none is left."""
        left = self._work.get(visit_id, 0) - 1
        if left > 0:
            self._work[visit_id] = left
            return
        self._work.pop(visit_id, None)
        if visit_id in self._ending:
            self.finish(visit_id, self._ending.pop(visit_id))

    def run_on_folder(
        self,
        visit_id: uuid.UUID,
        fn: Callable[[], _T],
        *,
        on_done: Callable[[_T], None],
        on_error: Callable[[Failure], None],
        name: str,
    ) -> None:
        """Run `fn` in the background as work on `visit_id`'s folder; its callbacks run only
        while the resident's session lasts, and the work ends whatever happens."""
        self.begin_work(visit_id)
        self._jobs.run(
            fn,
            on_done,
            scope=self._jobs.scopes.resident,
            on_error=on_error,
            on_settled=lambda: self.end_work(visit_id),
            name=name,
        )

    def leave(self, visit_id: uuid.UUID, then: Callable[[], None] | None) -> None:
        """The resident has left `visit_id`: end it now, or once the work on its folder is
        over (`then` is called at once in that case)."""
        if self._work.get(visit_id):
            self._ending[visit_id] = None
            if then is not None:
                then()
            return
        self.finish(visit_id, then)

    def finish(
        self, visit_id: uuid.UUID, then: Callable[[], None] | None, *, announce: bool = True
    ) -> None:
        """End `visit_id` with how it went and wipe its folder, in the background; `announce`
        says the session is ended (a visit that started after its reset is ended quietly)."""
        with self._lock:
            sent_any = visit_id in self._sent

        def end() -> None:
            self._actions.finish(visit_id, sent=sent_any)
            self._forget(visit_id)  # at once: the app closing now must not end it again

        def done(_result: None) -> None:
            if then is not None:
                then()
            self.ended.emit(visit_id)
            if announce:
                self.announced.emit()

        def failed(failure: Failure) -> None:
            self._forget(visit_id)  # it stays open: staff can see it and end it
            if then is not None:
                then()
            if announce:
                self.failed.emit(failure)

        # Ending a visit outlives its resident's session: it belongs to the kiosk itself.
        self._jobs.run(
            end,
            done,
            scope=self._jobs.scopes.app,
            on_error=failed,
            name="kiosk-finish",
        )

    def _forget(self, visit_id: uuid.UUID) -> None:
        with self._lock:
            self._open.discard(visit_id)
            self._sent.discard(visit_id)

    def shut_down(self, stop_scanning: Callable[[], None]) -> None:
        """The app is closing: end every visit not yet ended and wipe its folder, now and on
        this thread, once `stop_scanning` has stopped the scan and the work under way is over."""
        if not self.open:
            return
        stop_scanning()
        self._jobs.wait(10_000)  # a join, a send, a receipt or a visit's end under way finishes
        self._work.clear()
        self._ending.clear()
        for visit_id in sorted(self.open):
            with self._lock:
                sent_any = visit_id in self._sent
                self._open.discard(visit_id)
            try:
                self._actions.finish(visit_id, sent=sent_any)
            except Exception as error:  # noqa: BLE001  (the app is closing: say it, go on)
                log.warning(
                    "kiosk visit not ended at close visit=%s error=%s",
                    visit_id,
                    type(error).__name__,
                )
