"""Print jobs followed through the Windows print spooler: the `JobTracker` of the Qt print path.

Qt hands a job to the spooler under a unique document name and gives no job id back; this
finds the job by that name, follows its JOB_STATUS_* bits to its end, checks the printer's
PRINTER_STATUS_* bits before a job is sent, and cancels. The outcomes, print-job records and
messages are those of the CUPS path (`printing.cups`): a job the printer stops, or one queued on
a printer that is paused, offline or out of paper, is cancelled and reported ABORTED with the
reason; a job that does not finish in time is cancelled and reported TIMED_OUT.

The spooler calls are behind `Spooler` (pywin32's win32print in `printing.winspool`, Windows
only), so the logic is tested on Linux over a stand-in.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TypeVar, cast

from printing import errors
from printing.model import JobResult, Printer, PrinterState, PrintOutcome, SubmittedJob

log = logging.getLogger(__name__)

# JOB_STATUS_* (winspool.h)
JOB_STATUS_PAUSED = 0x00000001
JOB_STATUS_ERROR = 0x00000002
JOB_STATUS_DELETING = 0x00000004
JOB_STATUS_SPOOLING = 0x00000008
JOB_STATUS_PRINTING = 0x00000010
JOB_STATUS_OFFLINE = 0x00000020
JOB_STATUS_PAPEROUT = 0x00000040
JOB_STATUS_PRINTED = 0x00000080
JOB_STATUS_DELETED = 0x00000100
JOB_STATUS_BLOCKED_DEVQ = 0x00000200
JOB_STATUS_USER_INTERVENTION = 0x00000400
JOB_STATUS_RESTART = 0x00000800
JOB_STATUS_COMPLETE = 0x00001000
JOB_STATUS_RETAINED = 0x00002000

# PRINTER_STATUS_* and PRINTER_ATTRIBUTE_WORK_OFFLINE (winspool.h)
PRINTER_STATUS_PAUSED = 0x00000001
PRINTER_STATUS_ERROR = 0x00000002
PRINTER_STATUS_PENDING_DELETION = 0x00000004
PRINTER_STATUS_PAPER_JAM = 0x00000008
PRINTER_STATUS_PAPER_OUT = 0x00000010
PRINTER_STATUS_MANUAL_FEED = 0x00000020
PRINTER_STATUS_PAPER_PROBLEM = 0x00000040
PRINTER_STATUS_OFFLINE = 0x00000080
PRINTER_STATUS_PRINTING = 0x00000400
PRINTER_STATUS_OUTPUT_BIN_FULL = 0x00000800
PRINTER_STATUS_NOT_AVAILABLE = 0x00001000
PRINTER_STATUS_NO_TONER = 0x00040000
PRINTER_STATUS_USER_INTERVENTION = 0x00100000
PRINTER_STATUS_DOOR_OPEN = 0x00400000
PRINTER_STATUS_SERVER_UNKNOWN = 0x00800000
PRINTER_STATUS_SERVER_OFFLINE = 0x01000000
PRINTER_ATTRIBUTE_WORK_OFFLINE = 0x00000400

_UNREACHABLE = (
    PRINTER_STATUS_OFFLINE
    | PRINTER_STATUS_NOT_AVAILABLE
    | PRINTER_STATUS_SERVER_UNKNOWN
    | PRINTER_STATUS_SERVER_OFFLINE
)
_ATTENTION = (
    (PRINTER_STATUS_PAPER_JAM, "a paper jam"),
    (PRINTER_STATUS_DOOR_OPEN, "a door or cover is open"),
    (PRINTER_STATUS_NO_TONER, "out of toner"),
    (PRINTER_STATUS_PAPER_PROBLEM, "a paper problem"),
    (PRINTER_STATUS_OUTPUT_BIN_FULL, "the output tray is full"),
    (PRINTER_STATUS_USER_INTERVENTION, "it is waiting for someone at the printer"),
    (PRINTER_STATUS_ERROR, "it reports an error"),
)
_JOB_STOPPED = JOB_STATUS_ERROR | JOB_STATUS_BLOCKED_DEVQ | JOB_STATUS_USER_INTERVENTION
SPOOLER = "the Windows print spooler"
_T = TypeVar("_T")


class SpoolerError(Exception):
    """A spooler call failed (`winerror` is the Win32 error code)."""

    def __init__(self, winerror: int, where: str) -> None:
        super().__init__(f"Win32 error {winerror} in {where}")
        self.winerror = winerror


@dataclass(frozen=True)
class SpoolJob:
    """One job in a queue, as JOB_INFO_1 describes it."""

    job_id: int
    document: str
    status: int
    status_text: str = ""
    pages_printed: int = 0
    total_pages: int = 0


@dataclass(frozen=True)
class SpoolPrinter:
    """One printer queue, as PRINTER_INFO_2 describes it."""

    name: str
    status: int = 0
    attributes: int = 0
    jobs: int = 0
    comment: str = ""


class Spooler(Protocol):
    """The few spooler calls the tracker needs (OpenPrinter, EnumJobs, GetJob, GetPrinter, SetJob).

    Each raises `SpoolerError` when the spooler itself fails.
    """

    def jobs(self, printer: str) -> list[SpoolJob]:
        """The jobs in the queue now."""
        ...

    def job(self, printer: str, job_id: int) -> SpoolJob | None:
        """One job, or None once it has left the queue."""
        ...

    def printer(self, printer: str) -> SpoolPrinter | None:
        """The queue's state, or None when there is no such printer."""
        ...

    def cancel(self, printer: str, job_id: int) -> None:
        """Delete the job (JOB_CONTROL_DELETE); a job that has gone is left alone."""
        ...


def _win32_spooler() -> Spooler:
    # Windows only: imported by name, so that nothing else (nor mypy off Windows) loads it.
    winspool = importlib.import_module("printing.winspool")
    return cast(Spooler, winspool.Win32Spooler())


def printer_problem(printer: SpoolPrinter) -> errors.PrintingError | None:
    """What stops `printer` taking a job now, as the error to show; None when it is ready."""
    label = printer.name
    if printer.status & PRINTER_STATUS_PENDING_DELETION:
        return errors.not_accepting(label)
    if (
        printer.status & PRINTER_STATUS_PAUSED
        or printer.attributes & PRINTER_ATTRIBUTE_WORK_OFFLINE
    ):
        return errors.stopped(label)
    if printer.status & _UNREACHABLE:
        return errors.unreachable(label)
    if printer.status & PRINTER_STATUS_PAPER_OUT:
        return errors.paper_out(label)
    for bit, what in _ATTENTION:
        if printer.status & bit:
            return errors.needs_attention(label, what)
    return None


def job_problem(job: SpoolJob, printer: SpoolPrinter | None) -> str:
    """Why a job cannot go on, in plain English; "" while it is on its way."""
    label = printer.name if printer is not None else ""
    if job.status & JOB_STATUS_PAPEROUT:
        return errors.paper_out(label).wording
    if job.status & JOB_STATUS_OFFLINE:
        return errors.unreachable(label).wording
    if job.status & JOB_STATUS_PAUSED:
        return errors.stopped(label).wording
    if job.status & _JOB_STOPPED:
        return errors.job_stopped()
    if printer is not None and not job.status & JOB_STATUS_PRINTING:
        # Queued on a printer that cannot print: it would print long after the resident left.
        problem = printer_problem(printer)
        if problem is not None and not isinstance(problem, errors.PrinterNotAcceptingError):
            return problem.wording
    return ""


def _state(printer: SpoolPrinter) -> PrinterState:
    problem = printer_problem(printer)
    if isinstance(problem, errors.PrinterNotAcceptingError):
        return PrinterState.NOT_ACCEPTING
    if isinstance(problem, errors.PrinterUnreachableError):
        return PrinterState.UNREACHABLE
    if problem is not None:
        return PrinterState.STOPPED
    return PrinterState.PRINTING if printer.status & PRINTER_STATUS_PRINTING else PrinterState.READY


class WindowsJobTracker:
    """A `printing.qt.JobTracker` over the Windows spooler."""

    def __init__(
        self,
        spooler: Spooler | None = None,
        *,
        poll_interval: float = 0.25,
        find_attempts: int = 8,
        stuck_seconds: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._spooler = spooler if spooler is not None else _win32_spooler()
        self._poll_interval = poll_interval
        self._find_attempts = find_attempts
        self._stuck_seconds = stuck_seconds
        self._clock = clock
        self._sleep = sleep

    def check(self, name: str | None = None) -> Printer:
        """Pre-flight from PRINTER_STATUS_*: raise the plain-English reason it cannot print."""
        if not name:
            raise errors.not_found(None)
        printer = self._call(lambda: self._spooler.printer(name))
        if printer is None:
            raise errors.not_found(name)
        problem = printer_problem(printer)
        if problem is not None:
            log.info("printer %s not ready: status 0x%08x", name, printer.status)
            raise problem
        return Printer(name=printer.name, state=_state(printer), description=printer.comment)

    def find_job(self, printer: str, job_name: str) -> int | None:
        """The newest job on `printer` with this document name (retried briefly: the spooler
        can list a job a moment after Qt has finished handing it over)."""
        for attempt in range(self._find_attempts):
            jobs = self._call(lambda: self._spooler.jobs(printer))
            ids = [j.job_id for j in jobs if j.document == job_name]
            if ids:
                return max(ids)
            if attempt + 1 < self._find_attempts:
                self._sleep(self._poll_interval / 2)
        return None

    def follow(
        self, job: SubmittedJob, timeout: float = 120.0, cancel: threading.Event | None = None
    ) -> PrintOutcome:
        """Poll the job until it has printed, failed or gone, is cancelled, or time runs out."""
        if job.job_id is None:
            return _outcome(job, JobResult.SENT, None, "")
        job_id = job.job_id
        deadline = self._clock() + timeout
        cancel_sent = False
        last: SpoolJob | None = None
        stuck_since: float | None = None
        while True:
            current = self._call(lambda: self._spooler.job(job.printer, job_id))
            ended = _ended(current, last, cancel_sent)
            if ended is not None:
                return self._ended(job, ended, current or last)
            assert current is not None
            last = current
            printer = self._call(lambda: self._spooler.printer(job.printer))
            problem = job_problem(current, printer)
            if problem:
                stuck_since = stuck_since if stuck_since is not None else self._clock()
                if self._clock() - stuck_since >= self._stuck_seconds:
                    self.cancel(job)
                    log.info(
                        "print job %s stopped (status 0x%08x); cancelled", job_id, current.status
                    )
                    return _outcome(job, JobResult.ABORTED, current, problem)
            else:
                stuck_since = None
            if cancel is not None and cancel.is_set() and not cancel_sent:
                self.cancel(job)
                cancel_sent = True
                continue
            if self._clock() >= deadline:
                self.cancel(job)
                log.info("print job %s timed out after %.0f s", job_id, timeout)
                reason = problem if problem else errors.job_timed_out(job.printer)
                return _outcome(job, JobResult.TIMED_OUT, current, reason)
            if cancel is not None and not cancel_sent:
                cancel.wait(self._poll_interval)
            else:
                self._sleep(self._poll_interval)

    def cancel(self, job: SubmittedJob) -> None:
        """Delete the job from the queue; one that has already gone is left as it is."""
        if job.job_id is None:
            return
        job_id = job.job_id
        self._call(lambda: self._spooler.cancel(job.printer, job_id))
        log.info("print job %s cancelled", job_id)

    def _ended(self, job: SubmittedJob, result: JobResult, last: SpoolJob | None) -> PrintOutcome:
        log.info("print job %s %s", job.job_id, result.value)
        reason = errors.job_cancelled() if result is JobResult.CANCELLED else ""
        return _outcome(job, result, last, reason)

    def _call(self, call: Callable[[], _T]) -> _T:
        try:
            return call()
        except SpoolerError as error:
            log.info("print spooler call failed: %s", error)
            raise errors.service_unreachable(SPOOLER) from error


def _ended(current: SpoolJob | None, last: SpoolJob | None, cancel_sent: bool) -> JobResult | None:
    """How the job ended, from what the queue shows now; None while it is still going."""
    gone = JOB_STATUS_DELETING | JOB_STATUS_DELETED
    if current is None:
        # Windows removes a job once it has printed (unless the queue keeps printed jobs).
        deleting = last is not None and last.status & gone
        return JobResult.CANCELLED if cancel_sent or deleting else JobResult.COMPLETED
    if current.status & gone:
        return JobResult.CANCELLED
    if current.status & (JOB_STATUS_PRINTED | JOB_STATUS_COMPLETE):
        return JobResult.COMPLETED
    return None


def _outcome(
    job: SubmittedJob, result: JobResult, last: SpoolJob | None, reason: str
) -> PrintOutcome:
    # PagesPrinted counts pages as the spooler sent them (copies included); many drivers leave
    # it at 0, and then the record counts the document's pages, as for CUPS without a count.
    printed = last.pages_printed if last is not None and last.pages_printed > 0 else None
    return PrintOutcome(
        printer=job.printer,
        job_id=job.job_id,
        result=result,
        copies=job.copies,
        document_pages=job.document_pages,
        pages=printed,
        sheets=None,
        started_utc=job.started_utc,
        ended_utc=datetime.now(UTC),
        duplex=job.duplex,
        reason=reason,
    )
