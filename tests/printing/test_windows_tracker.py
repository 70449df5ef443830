"""The Windows spooler tracker's logic over a stand-in for win32print (no Windows needed).

On a Windows agent the same tracker runs against the real spooler (docs/printing.md).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from printing import errors
from printing.cups import _reason
from printing.model import JobResult, SubmittedJob
from printing.windows import (
    JOB_STATUS_DELETING,
    JOB_STATUS_ERROR,
    JOB_STATUS_OFFLINE,
    JOB_STATUS_PAPEROUT,
    JOB_STATUS_PAUSED,
    JOB_STATUS_PRINTED,
    JOB_STATUS_PRINTING,
    JOB_STATUS_SPOOLING,
    PRINTER_ATTRIBUTE_WORK_OFFLINE,
    PRINTER_STATUS_DOOR_OPEN,
    PRINTER_STATUS_OFFLINE,
    PRINTER_STATUS_PAPER_JAM,
    PRINTER_STATUS_PAPER_OUT,
    PRINTER_STATUS_PAUSED,
    PRINTER_STATUS_PENDING_DELETION,
    SpoolerError,
    SpoolJob,
    SpoolPrinter,
    WindowsJobTracker,
)

NAME = "Front desk"


class FakeSpooler:
    """A queue whose jobs go through scripted states, one per look, then leave it (None)."""

    def __init__(self, printer: SpoolPrinter | None = None) -> None:
        self.printers = {NAME: printer or SpoolPrinter(NAME)}
        self.scripts: dict[int, list[SpoolJob | None]] = {}
        self.cancelled: list[int] = []
        self.fail = False

    def add(self, job_id: int, states: Sequence[tuple[int, int] | None], name: str = "doc") -> None:
        self.scripts[job_id] = [
            None if s is None else SpoolJob(job_id, name, s[0], pages_printed=s[1]) for s in states
        ]

    def jobs(self, printer: str) -> list[SpoolJob]:
        self._check()
        return [s[0] for s in self.scripts.values() if s and s[0] is not None]

    def job(self, printer: str, job_id: int) -> SpoolJob | None:
        self._check()
        states = self.scripts.get(job_id, [None])
        current = states[0]
        if len(states) > 1:
            states.pop(0)
        return current

    def printer(self, printer: str) -> SpoolPrinter | None:
        self._check()
        return self.printers.get(printer)

    def cancel(self, printer: str, job_id: int) -> None:
        self._check()
        self.cancelled.append(job_id)
        states = self.scripts.get(job_id)
        if states:
            last = states[0]
            if last is not None:
                states[:] = [replace(last, status=last.status | JOB_STATUS_DELETING), None]

    def _check(self) -> None:
        if self.fail:
            raise SpoolerError(1722, "OpenPrinter")


def tracker(spooler: FakeSpooler, **options: float) -> WindowsJobTracker:
    settings = {"poll_interval": 0.001, "stuck_seconds": 0.0, **options}
    return WindowsJobTracker(spooler, **settings)  # type: ignore[arg-type]


def submitted(job_id: int | None = 7, copies: int = 2) -> SubmittedJob:
    return SubmittedJob(NAME, job_id, copies, document_pages=3, started_utc=datetime.now(UTC))


def test_a_job_is_found_by_its_unique_name_newest_first() -> None:
    spooler = FakeSpooler()
    spooler.add(3, [(JOB_STATUS_SPOOLING, 0)], "Station Desk aaa")
    spooler.add(9, [(JOB_STATUS_SPOOLING, 0)], "Station Desk bbb")
    spooler.add(12, [(JOB_STATUS_PRINTING, 0)], "Station Desk bbb")
    spooler.add(14, [(JOB_STATUS_PRINTING, 0)], "letter.docx")
    assert tracker(spooler).find_job(NAME, "Station Desk bbb") == 12
    assert tracker(spooler, find_attempts=2).find_job(NAME, "Station Desk zzz") is None


@pytest.mark.parametrize(
    "states",
    [
        [(JOB_STATUS_SPOOLING, 0), (JOB_STATUS_PRINTING, 2), (JOB_STATUS_PRINTED, 6)],
        # The spooler removes a printed job before it is seen printed: printed all the same.
        [(JOB_STATUS_SPOOLING, 0), (JOB_STATUS_PRINTING, 6), None],
    ],
)
def test_a_job_followed_to_printed(states: list[tuple[int, int] | None]) -> None:
    spooler = FakeSpooler()
    spooler.add(7, states)
    outcome = tracker(spooler).follow(submitted())
    assert outcome.result is JobResult.COMPLETED
    assert outcome.succeeded
    assert (outcome.pages, outcome.sheets, outcome.copies, outcome.document_pages) == (
        6,
        None,
        2,
        3,
    )
    assert outcome.reason == ""
    assert spooler.cancelled == []


def test_a_driver_that_counts_no_pages_leaves_the_count_to_the_record() -> None:
    spooler = FakeSpooler()
    spooler.add(7, [(JOB_STATUS_PRINTING, 0), None])
    outcome = tracker(spooler).follow(submitted())
    assert (outcome.result, outcome.pages) == (JobResult.COMPLETED, None)


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (JOB_STATUS_ERROR, errors.job_stopped()),
        (JOB_STATUS_PAPEROUT, str(errors.paper_out(NAME))),
        (JOB_STATUS_OFFLINE, str(errors.unreachable(NAME))),
        (JOB_STATUS_PAUSED, str(errors.stopped(NAME))),
    ],
)
def test_a_stopped_job_is_cancelled_and_aborted_with_the_reason(status: int, reason: str) -> None:
    spooler = FakeSpooler()
    spooler.add(7, [(JOB_STATUS_PRINTING, 1), (JOB_STATUS_PRINTING | status, 1)])
    outcome = tracker(spooler).follow(submitted())
    assert outcome.result is JobResult.ABORTED
    assert outcome.reason == reason
    assert spooler.cancelled == [7]


def test_the_aborted_reason_is_the_cups_one() -> None:
    assert errors.job_stopped() == _reason(JobResult.ABORTED)
    assert errors.job_cancelled() == _reason(JobResult.CANCELLED)


@pytest.mark.parametrize(
    ("printer", "reason"),
    [
        (SpoolPrinter(NAME, status=PRINTER_STATUS_PAUSED), str(errors.stopped(NAME))),
        (SpoolPrinter(NAME, attributes=PRINTER_ATTRIBUTE_WORK_OFFLINE), str(errors.stopped(NAME))),
        (SpoolPrinter(NAME, status=PRINTER_STATUS_OFFLINE), str(errors.unreachable(NAME))),
        (SpoolPrinter(NAME, status=PRINTER_STATUS_PAPER_OUT), str(errors.paper_out(NAME))),
    ],
)
def test_a_job_queued_on_a_printer_that_cannot_print_is_aborted(
    printer: SpoolPrinter, reason: str
) -> None:
    spooler = FakeSpooler(printer)
    spooler.add(7, [(0, 0)])
    outcome = tracker(spooler).follow(submitted())
    assert (outcome.result, outcome.reason) == (JobResult.ABORTED, reason)
    assert spooler.cancelled == [7]


def test_a_fault_that_clears_within_the_grace_is_not_a_stop() -> None:
    spooler = FakeSpooler()
    spooler.add(7, [(JOB_STATUS_PRINTING | JOB_STATUS_ERROR, 0), (JOB_STATUS_PRINTING, 2), None])
    outcome = tracker(spooler, stuck_seconds=60.0).follow(submitted())
    assert outcome.result is JobResult.COMPLETED
    assert spooler.cancelled == []


def test_cancel_deletes_the_job_and_reports_it_cancelled() -> None:
    spooler = FakeSpooler()
    spooler.add(7, [(JOB_STATUS_PRINTING, 0)])
    stop = threading.Event()
    stop.set()
    outcome = tracker(spooler).follow(submitted(), cancel=stop)
    assert (outcome.result, outcome.reason) == (JobResult.CANCELLED, errors.job_cancelled())
    assert spooler.cancelled == [7]
    # Deleted at the printer or by someone else: cancelled as well.
    spooler = FakeSpooler()
    spooler.add(7, [(JOB_STATUS_PRINTING, 0), (JOB_STATUS_PRINTING | JOB_STATUS_DELETING, 0)])
    assert tracker(spooler).follow(submitted()).result is JobResult.CANCELLED


def test_a_job_that_does_not_finish_in_time_is_cancelled() -> None:
    spooler = FakeSpooler()
    spooler.add(7, [(JOB_STATUS_PRINTING, 0)])
    outcome = tracker(spooler).follow(submitted(), timeout=0.02)
    assert outcome.result is JobResult.TIMED_OUT
    assert outcome.reason == errors.job_timed_out(NAME)
    assert spooler.cancelled == [7]


def test_a_job_without_an_id_was_only_sent() -> None:
    outcome = tracker(FakeSpooler()).follow(submitted(None))
    assert (outcome.result, outcome.job_id, outcome.succeeded) == (JobResult.SENT, None, True)


@pytest.mark.parametrize(
    ("printer", "error"),
    [
        (SpoolPrinter(NAME, status=PRINTER_STATUS_PAUSED), errors.PrinterStoppedError),
        (SpoolPrinter(NAME, status=PRINTER_STATUS_OFFLINE), errors.PrinterUnreachableError),
        (
            SpoolPrinter(NAME, status=PRINTER_STATUS_PENDING_DELETION),
            errors.PrinterNotAcceptingError,
        ),
        (SpoolPrinter(NAME, status=PRINTER_STATUS_PAPER_JAM), errors.PrinterStoppedError),
        (SpoolPrinter(NAME, status=PRINTER_STATUS_DOOR_OPEN), errors.PrinterStoppedError),
    ],
)
def test_preflight_from_printer_status(printer: SpoolPrinter, error: type[Exception]) -> None:
    with pytest.raises(error, match=f"'{NAME}'"):
        tracker(FakeSpooler(printer)).check(NAME)


def test_preflight_of_a_ready_or_missing_printer() -> None:
    assert tracker(FakeSpooler()).check(NAME).name == NAME
    with pytest.raises(errors.PrinterNotFoundError):
        tracker(FakeSpooler()).check("Nowhere")


def test_a_spooler_that_does_not_answer_is_one_plain_error() -> None:
    spooler = FakeSpooler()
    spooler.fail = True
    with pytest.raises(errors.PrinterUnreachableError, match="Windows print spooler"):
        tracker(spooler).check(NAME)
    with pytest.raises(errors.PrinterUnreachableError):
        tracker(spooler).follow(submitted())
