"""Print a PDF for a visit: pre-flight, submit, follow to the end, and record the job and audit."""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.documents import PrintOutcome as RecordedOutcome
from desk.domain.records import AuditAction, RecordType
from desk.errors import DeskError
from desk.storage.models import AuditEvent, PrintJob
from printing import JobResult, Printers, PrintingError, PrintOutcome, PrintRequest

if TYPE_CHECKING:
    from desk.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

UowFactory = Callable[[], "SqlUnitOfWork"]

_RECORDED = {
    JobResult.COMPLETED: RecordedOutcome.COMPLETED,
    JobResult.SENT: RecordedOutcome.PRINTING,  # handed to a spooler that cannot be followed
    JobResult.ABORTED: RecordedOutcome.FAILED,
    JobResult.TIMED_OUT: RecordedOutcome.FAILED,
    JobResult.CANCELLED: RecordedOutcome.CANCELLED,
}


class PrintFailed(DeskError):
    """The job could not be sent or did not print; the message says why and what to do."""


def _error_code(error: Exception) -> str:
    """'PrinterStoppedError' -> 'printer_stopped': a code for the record, never a message."""
    name = type(error).__name__.removesuffix("Error")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()[:64]


def print_pdf(
    uow_factory: UowFactory,
    printers: Printers,
    pdf: Path,
    *,
    station_id: uuid.UUID,
    visit_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    printer: str | None = None,
    request: PrintRequest | None = None,
    timeout: float = 120.0,
    cancel: threading.Event | None = None,
) -> PrintOutcome:
    """Print `pdf` and wait for the job's end; every attempt leaves a print-job record.

    Raises PrintFailed (after recording it) when the file is not a PDF, the printer is missing,
    stopped, not accepting or unreachable, or the job aborts, times out or is cancelled.
    """
    job = PrintJob(
        station_id=station_id,
        visit_id=visit_id,
        printer=(printer or "")[:200],
        pages=0,
        copies=request.copies if request is not None else 1,
        submitted_at=datetime.now(UTC),
    )
    try:
        submitted = printers.submit(pdf, printer, request)
    except PrintingError as error:
        job.outcome, job.error_code, job.finished_at = (
            RecordedOutcome.FAILED,
            _error_code(error),
            datetime.now(UTC),
        )
        _save(uow_factory, job, AuditAction.PRINT_FAILED, staff_id)
        log.info("print refused job=%s code=%s", job.id, job.error_code)
        raise PrintFailed(str(error)) from error

    job.printer = submitted.printer[:200]
    job.system_job_id = str(submitted.job_id) if submitted.job_id is not None else None
    _save(uow_factory, job, AuditAction.PRINT_SUBMITTED, staff_id)
    try:
        outcome = printers.follow(submitted, timeout=timeout, cancel=cancel)
    except PrintingError as error:
        _finish(
            uow_factory,
            job.id,
            outcome=RecordedOutcome.FAILED,
            pages=0,
            error_code=_error_code(error),
            staff_id=staff_id,
        )
        raise PrintFailed(str(error)) from error
    recorded = _RECORDED[outcome.result]
    pages = outcome.pages if outcome.pages is not None else outcome.document_pages * outcome.copies
    code = None if outcome.succeeded else outcome.result.value.replace(" ", "_")
    _finish(
        uow_factory,
        job.id,
        outcome=recorded,
        pages=pages if outcome.succeeded else 0,
        error_code=code,
        staff_id=staff_id,
    )
    log.info("print finished job=%s result=%s pages=%s", job.id, outcome.result.value, pages)
    if not outcome.succeeded:
        raise PrintFailed(outcome.reason or f"The print job {outcome.result.value}.")
    return outcome


def _save(
    uow_factory: UowFactory, job: PrintJob, action: AuditAction, staff_id: uuid.UUID | None
) -> None:
    with uow_factory() as uow:
        uow.print_jobs.add(job)
        uow.flush()
        uow.audit.add(_event(job, action, staff_id))
        uow.commit()


def _finish(
    uow_factory: UowFactory,
    job_id: uuid.UUID,
    *,
    outcome: RecordedOutcome,
    pages: int,
    error_code: str | None,
    staff_id: uuid.UUID | None,
) -> None:
    with uow_factory() as uow:
        job = uow.print_jobs.get(job_id)
        if job is None:  # pragma: no cover - the row was written moments ago
            return
        job.outcome, job.pages, job.error_code = outcome, pages, error_code
        job.finished_at = datetime.now(UTC)
        action = (
            AuditAction.PRINT_COMPLETED
            if outcome in {RecordedOutcome.COMPLETED, RecordedOutcome.PRINTING}
            else AuditAction.PRINT_FAILED
        )
        uow.audit.add(_event(job, action, staff_id))
        uow.commit()


def _event(job: PrintJob, action: AuditAction, staff_id: uuid.UUID | None) -> AuditEvent:
    details: dict[str, str | int] = {"pages": job.pages, "copies": job.copies}
    if job.error_code:
        details["code"] = job.error_code
    return AuditEvent(
        action=action,
        record_type=RecordType.PRINT_JOB,
        record_id=job.id,
        station_id=job.station_id,
        staff_id=staff_id,
        details=details,
    )
