"""The Windows spooler tracker against the real spooler, with Windows' own "Microsoft Print to
PDF" printer: a job followed to printed, and a paused queue for the fault path.

Windows only (the Windows workflow runs it on its agent); elsewhere it is not collected
(tests/printing/conftest.py), so a Linux run neither runs nor skips it. Pausing a queue needs
an elevated account, as the workflow's runner is.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from printing import errors
from printing.model import JobResult, SubmittedJob
from printing.windows import WindowsJobTracker

PRINTER = "Microsoft Print to PDF"
PRINTER_CONTROL_PAUSE = 1
PRINTER_CONTROL_RESUME = 2


def win32print() -> Any:
    import win32print as module  # noqa: PLC0415  (pywin32: Windows only)

    return module


def spool(name: str, output: Path) -> int:
    """Hand the spooler a small RAW job for PRINTER, written to `output` (no save dialog)."""
    w = win32print()
    handle = w.OpenPrinter(PRINTER)
    try:
        job_id = int(w.StartDocPrinter(handle, 1, (name, str(output), "RAW")))
        w.StartPagePrinter(handle)
        w.WritePrinter(handle, b"%!PS\n% Station Desk spooler check\nshowpage\n")
        w.EndPagePrinter(handle)
        w.EndDocPrinter(handle)
    finally:
        w.ClosePrinter(handle)
    return job_id


def submitted(job_id: int | None) -> SubmittedJob:
    return SubmittedJob(PRINTER, job_id, 1, document_pages=1, started_utc=datetime.now(UTC))


@pytest.fixture
def paused() -> Iterator[None]:
    """PRINTER's queue paused for the test, resumed after it whatever happens."""
    w = win32print()
    handle = w.OpenPrinter(PRINTER, {"DesiredAccess": w.PRINTER_ALL_ACCESS})
    try:
        w.SetPrinter(handle, 0, None, PRINTER_CONTROL_PAUSE)
        yield
    finally:
        w.SetPrinter(handle, 0, None, PRINTER_CONTROL_RESUME)
        w.ClosePrinter(handle)


def test_a_job_on_microsoft_print_to_pdf_is_found_and_followed_to_printed(tmp_path: Path) -> None:
    tracker = WindowsJobTracker()
    printer = tracker.check(PRINTER)
    assert printer.name == PRINTER
    name = f"station-desk-{uuid.uuid4().hex}"
    spooled = spool(name, tmp_path / "out.pdf")
    assert tracker.find_job(PRINTER, name) in (spooled, None)  # None: already printed and gone
    outcome = tracker.follow(submitted(spooled), timeout=60)
    assert outcome.result is JobResult.COMPLETED, outcome.reason
    assert outcome.reason == ""


def test_a_paused_queue_is_refused_before_and_aborts_a_job_queued_on_it(
    paused: None, tmp_path: Path
) -> None:
    tracker = WindowsJobTracker(stuck_seconds=1.0)
    with pytest.raises(errors.PrinterStoppedError):
        tracker.check(PRINTER)
    name = f"station-desk-{uuid.uuid4().hex}"
    spooled = spool(name, tmp_path / "held.pdf")
    assert tracker.find_job(PRINTER, name) == spooled
    outcome = tracker.follow(submitted(spooled), timeout=60)
    assert outcome.result is JobResult.ABORTED
    assert "switched off or paused" in outcome.reason
    # The stopped job was cancelled: it is not left in the queue to print when it resumes.
    assert tracker.find_job(PRINTER, name) is None
