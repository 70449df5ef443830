"""Background jobs: slow work off the GUI thread, its result delivered to whoever it is for.

    jobs.run(fn, on_done, scope=scopes.session, name="open-visits")

- Typed end to end: `fn` returns a `T`, `on_done` takes that `T` (mypy checks the pair).
- Scoped: every job belongs to a `Scope` (the champion's session, the kiosk's current resident,
  a visit). Signing out, handing the station to the kiosk, the idle reset and ending a visit end
  their scope, and a result or error that arrives for an ended scope is dropped here, centrally,
  never shown to the next person. No screen keeps a guard of its own.
- Errors: with no `on_error`, a failure is shown through the runner's one error sink as
  `user_message(error)`: a `DeskError`'s own plain text, or for anything else a generic line
  with an incident number (where it happened goes to the log only). Exception text never reaches a
  screen.
- A job can report progress and be cancelled through the `Job` it returns; `shutdown` ends
  every scope and waits, with a bound, for the jobs still running.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desk.errors import DeskError
from desk.logs import new_incident, redacted_traceback
from desk.ui.crash import staff_message
from desk.ui.messages import error_text

log = logging.getLogger(__name__)

T = TypeVar("T")


class Scope:
    """Whom results are for. Once ended it stays ended: begin a new scope for the next person.

    Scopes nest: a visit's scope lies inside the champion's session, and ending the session ends
    the visit too.
    """

    def __init__(self, name: str, parent: Scope | None = None) -> None:
        self.name = name
        self._parent = parent
        self._ended = False
        self._children: list[Scope] = []
        self._on_end: list[Callable[[], None]] = []
        if parent is not None:
            parent._children.append(self)

    @property
    def active(self) -> bool:
        """True until this scope or one around it has ended."""
        return not self._ended and (self._parent is None or self._parent.active)

    def child(self, name: str) -> Scope:
        """A new scope inside this one."""
        return Scope(name, self)

    def when_ended(self, callback: Callable[[], None]) -> None:
        """Call `callback` when this scope ends (at once if it already has)."""
        if self.active:
            self._on_end.append(callback)
        else:
            callback()

    def end(self) -> None:
        """End this scope and every scope inside it; their pending results will be dropped."""
        if self._ended:
            return
        self._ended = True
        for child in self._children:
            child.end()
        self._children.clear()
        callbacks, self._on_end = self._on_end, []
        for callback in callbacks:
            callback()
        if self._parent is not None and self in self._parent._children:
            self._parent._children.remove(self)

    def __repr__(self) -> str:
        return f"Scope({self.name!r}, active={self.active})"


@dataclass(frozen=True)
class Progress:
    """How far a job has got: `done` of `total` steps (total 0 when unknown), and what it does."""

    done: int
    total: int = 0
    text: str = ""


class Reporter:
    """Given to a job that reports progress: it says how far it got and asks if it should stop."""

    def __init__(self, job: Job[object], relay: _Relay) -> None:
        self._job = job
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        """True once the job was cancelled, or its scope ended: stop at the next safe point."""
        return self._job.cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Say how far the job has got (delivered on the GUI thread while the scope lives)."""
        self._relay.progressed.emit(Progress(done, total, text))


@dataclass(frozen=True)
class Failure:
    """A job that failed: `message` is what a person may read; `error` is for deciding what to
    do (its type), never for showing: its text is for the log."""

    message: str
    error: BaseException


def user_message(error: BaseException, *, incident: str | None = None) -> str:
    """What a person may read about `error`: a DeskError's own words (in the station's
    language), or a generic line.

    Anything else is a bug: its text can hold anything (paths, data, internals), so the person
    reads only that something went wrong and the incident number that finds it in the log.
    """
    if isinstance(error, DeskError):
        return error_text(error)
    return staff_message(incident or new_incident())


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a job's outcome back there, to its own slots,
    so that nothing is delivered once the relay (or the runner that owns it) is gone."""

    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(object)

    def __init__(
        self,
        runner: JobRunner,
        on_finished: Callable[[object], None],
        on_failed: Callable[[Exception, str], None],
        on_progress: Callable[[Progress], None],
    ) -> None:
        super().__init__(runner)
        self._on_finished = on_finished
        self._on_failed = on_failed
        self._on_progress = on_progress
        self.finished.connect(self._finish)
        self.failed.connect(self._fail)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _finish(self, result: object) -> None:
        self._on_finished(result)

    @Slot(object, str)
    def _fail(self, error: Exception, incident: str) -> None:
        self._on_failed(error, incident)

    @Slot(object)
    def _progress(self, progress: Progress) -> None:
        self._on_progress(progress)


class Job(QRunnable, Generic[T]):
    """One piece of background work; cancel it, or follow its progress, through this object."""

    def __init__(self, fn: Callable[[Reporter], T], relay: _Relay, name: str, scope: Scope) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self._relay = relay
        self.name = name
        self.scope = scope
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once cancelled or out of scope: its result will not be delivered."""
        return self._cancelled.is_set() or not self.scope.active

    def cancel(self) -> None:
        """Drop this job's result; a job that reports progress is asked to stop early."""
        self._cancelled.set()

    def run(self) -> None:
        """On a pool thread: run the work and relay its outcome."""
        try:
            result = self._fn(Reporter(self, self._relay))  # type: ignore[arg-type]
        except DeskError as error:
            log.info("job failed name=%s error=%s", self.name, type(error).__name__)
            self._relay.failed.emit(error, "")
        except Exception as error:  # noqa: BLE001  (a bug must not end its thread: logged, told)
            # A bug: where it happened goes to the log under an incident number, never its
            # message (which can hold anything, a resident's name included).
            incident = new_incident()
            log.error(
                "job crashed name=%s incident=%s where=%s",
                self.name,
                incident,
                redacted_traceback(error),
            )
            self._relay.failed.emit(error, incident)
        else:
            self._relay.finished.emit(result)


ErrorSink = Callable[[str], None]


class JobRunner(QObject):
    """Runs jobs on its own thread pool and delivers each outcome while its scope lives."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        show_error: ErrorSink | None = None,
        max_threads: int = 4,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._show_error = show_error
        self.scopes = StationScopes()
        # A QRunnable written in Python must outlive its run, and Python owns it here
        # (autoDelete is off): each job is kept until it reports back.
        self._jobs: dict[_Relay, Job[object]] = {}

    def set_error_sink(self, show_error: ErrorSink) -> None:
        """Where failures without an `on_error` of their own are shown."""
        self._show_error = show_error

    @property
    def running(self) -> int:
        """How many jobs have not reported back yet."""
        return len(self._jobs)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        *,
        scope: Scope,
        on_error: Callable[[Failure], None] | None = None,
        on_late: Callable[[T], None] | None = None,
        on_settled: Callable[[], None] | None = None,
        name: str = "job",
    ) -> Job[T]:
        """Run `fn` in the background; `on_done(result)` runs on the GUI thread while `scope`
        lives. A failure goes to `on_error`, or else to the error sink as `user_message`.

        A result that arrives after its scope ended is dropped; `on_late(result)`, if given, is
        how to tidy it up (e.g. end a visit that started after its resident left): it must show
        nothing. `on_settled()` runs last whatever happened (done, failed, late or dropped), for
        what must be let go in every case.
        """
        return self.run_reporting(
            lambda _reporter: fn(),
            on_done,
            scope=scope,
            on_error=on_error,
            on_late=on_late,
            on_settled=on_settled,
            name=name,
        )

    def run_reporting(
        self,
        fn: Callable[[Reporter], T],
        on_done: Callable[[T], None] | None = None,
        *,
        scope: Scope,
        on_error: Callable[[Failure], None] | None = None,
        on_late: Callable[[T], None] | None = None,
        on_settled: Callable[[], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        name: str = "job",
    ) -> Job[T]:
        """As `run`, for work that takes a `Reporter`: it reports progress and may stop early."""
        job: Job[T]

        def delivered() -> bool:
            self._release(relay)
            if job.cancelled:
                log.debug("job result dropped name=%s scope=%s", name, scope.name)
                return False
            return True

        def settle() -> None:
            if on_settled is not None:
                on_settled()

        def finished(result: object) -> None:
            try:
                if delivered():
                    if on_done is not None:
                        on_done(result)  # type: ignore[arg-type]  # the job's own T
                elif on_late is not None:
                    on_late(result)  # type: ignore[arg-type]
            finally:
                settle()

        def failed(error: Exception, incident: str) -> None:
            try:
                if not delivered():
                    return
                message = user_message(error, incident=incident or None)
                if on_error is not None:
                    on_error(Failure(message, error))
                elif self._show_error is not None:
                    self._show_error(message)
                else:
                    log.error("job failure not shown name=%s (no error sink)", name)
            finally:
                settle()

        def progressed(progress: Progress) -> None:
            if on_progress is not None and not job.cancelled:
                on_progress(progress)

        relay = _Relay(self, finished, failed, progressed)
        job = Job(fn, relay, name, scope)
        self._jobs[relay] = job  # type: ignore[assignment]
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._pool.start(job)
        return job

    def _release(self, relay: _Relay) -> None:
        self._jobs.pop(relay, None)
        relay.deleteLater()
        if not self._jobs:
            self.busy_changed.emit(False)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Wait for the running jobs; True when all finished in time."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 5_000) -> bool:
        """At shut-down: cancel every job and wait for them, bounded; nothing is delivered."""
        self.scopes.end_all()
        for job in self._jobs.values():
            job.cancel()
        done = self.wait(timeout_ms)
        if done:
            for relay in list(self._jobs):
                self._release(relay)
        return done


class StationScopes:
    """The scopes of the station, from the widest: the app; the champion's session (signed in
    until sign-out, the idle sign-out or the hand-over to the kiosk); the visit on the champion's
    screens (until it ends or another is opened); the kiosk's current resident (until the kiosk
    resets, by any way out)."""

    def __init__(self) -> None:
        self.app = Scope("app")
        self.session = self._ended("session")
        self.visit = self._ended("visit")
        self.resident = self._ended("resident")

    def _ended(self, name: str) -> Scope:
        scope = self.app.child(name)
        scope.end()
        return scope

    def begin_session(self) -> Scope:
        """A champion signed in: a new session (ending any before it)."""
        self.session.end()
        self.session = self.app.child("session")
        return self.session

    def end_session(self) -> None:
        """Signed out, idle or handed to the kiosk: nothing of the session is shown after."""
        self.session.end()

    def begin_visit(self) -> Scope:
        """A visit opened on the champion's screens, inside the session."""
        self.visit.end()
        self.visit = self.session.child("visit")
        return self.visit

    def end_visit(self) -> None:
        """The visit ended or was left: its late results are dropped."""
        self.visit.end()

    def begin_resident(self) -> Scope:
        """A resident started a kiosk session."""
        self.resident.end()
        self.resident = self.app.child("resident")
        return self.resident

    def end_resident(self) -> None:
        """The kiosk reset, by whatever way out."""
        self.resident.end()

    def end_all(self) -> None:
        """The app is closing."""
        self.app.end()
