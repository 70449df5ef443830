"""Print a PDF for a visit: pre-flight, submit, follow to the end, and record the job and audit.

The record of a job the printer has taken is never lost to a database that went away: it is
kept in a small journal on the station (one JSON file per job, counts and ids only) and saved
at the next print or start-up.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.config import user_data_dir
from desk.domain.documents import PrintOutcome as RecordedOutcome
from desk.domain.printing import PrintLimits, PrintSize
from desk.domain.records import AuditAction, RecordType
from desk.domain.visits import TaskType
from desk.errors import DatabaseError, DeskError
from desk.services.ports import UnitOfWork, UowFactory
from desk.storage.models import AuditEvent, PrintJob
from printing import (
    JobResult,
    Printers,
    PrintingError,
    PrintOutcome,
    PrintRequest,
    Wording,
    pdf_page_count,
)

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


_RECORDED = {
    JobResult.COMPLETED: RecordedOutcome.COMPLETED,
    JobResult.SENT: RecordedOutcome.PRINTING,  # handed to a spooler that cannot be followed
    JobResult.ABORTED: RecordedOutcome.FAILED,
    JobResult.TIMED_OUT: RecordedOutcome.FAILED,
    JobResult.CANCELLED: RecordedOutcome.CANCELLED,
}


class PrintFailed(DeskError):
    """The job could not be sent or did not print; the message says why and what to do."""

    @classmethod
    def saying(cls, wording: str) -> PrintFailed:
        """The failure in the printing layer's words, keeping their template when they have one."""
        if isinstance(wording, Wording):
            return cls(wording.template, **wording.values)
        return cls(wording)


@dataclass(frozen=True)
class PrintedJob(PrintOutcome):
    """How a job ended, and whether its record is in the shared database yet.

    `record_saved` is False when the database could not be reached after the printer took the
    job: the record waits in this station's print journal and is saved at the next print or
    start-up. Say so, and that the job must not be printed again.
    """

    record_id: uuid.UUID | None = None
    record_saved: bool = True

    def as_dict(self) -> dict[str, object]:
        """JSON-ready fields, with the record's id and whether it is saved."""
        return {
            **super().as_dict(),
            "record_id": str(self.record_id) if self.record_id else None,
            "record_saved": self.record_saved,
        }


def journal_folder() -> Path:
    """Where print records wait while the database cannot be reached (no personal data)."""
    return user_data_dir() / "print-records"


def _error_code(error: Exception) -> str:
    """'PrinterStoppedError' -> 'printer_stopped': a code for the record, never a message."""
    name = type(error).__name__.removesuffix("Error")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()[:64]


@dataclass
class _Record:
    """A print job's record as plain data, kept until the database has all of it."""

    id: uuid.UUID
    station_id: uuid.UUID
    visit_id: uuid.UUID | None
    printer: str
    copies: int
    submitted_at: datetime
    pages: int = 0
    outcome: RecordedOutcome = RecordedOutcome.QUEUED
    error_code: str | None = None
    system_job_id: str | None = None
    finished_at: datetime | None = None
    visit_pages: int = 0
    """Pages to add to the visit's print task, with the job's end (once)."""
    events: list[dict[str, Any]] = field(default_factory=list)
    """Audit events not yet in the database."""

    def event(self, action: AuditAction, staff_id: uuid.UUID | None) -> None:
        details: dict[str, str | int] = {"pages": self.pages, "copies": self.copies}
        if self.error_code:
            details["code"] = self.error_code
        self.events.append(
            {
                "id": str(uuid.uuid4()),
                "action": action.value,
                "at": datetime.now(UTC).isoformat(),
                "staff_id": str(staff_id) if staff_id else None,
                "details": details,
                "visit_pages": self.visit_pages if action is AuditAction.PRINT_COMPLETED else 0,
            }
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "station_id": str(self.station_id),
            "visit_id": str(self.visit_id) if self.visit_id else None,
            "printer": self.printer,
            "copies": self.copies,
            "submitted_at": self.submitted_at.isoformat(),
            "pages": self.pages,
            "outcome": self.outcome.value,
            "error_code": self.error_code,
            "system_job_id": self.system_job_id,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "events": self.events,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _Record:
        finished = data.get("finished_at")
        return cls(
            id=uuid.UUID(data["id"]),
            station_id=uuid.UUID(data["station_id"]),
            visit_id=uuid.UUID(data["visit_id"]) if data.get("visit_id") else None,
            printer=str(data["printer"]),
            copies=int(data["copies"]),
            submitted_at=datetime.fromisoformat(data["submitted_at"]),
            pages=int(data["pages"]),
            outcome=RecordedOutcome(data["outcome"]),
            error_code=data.get("error_code"),
            system_job_id=data.get("system_job_id"),
            finished_at=datetime.fromisoformat(finished) if finished else None,
            events=list(data.get("events", [])),
        )


def _apply(uow: UnitOfWork, record: _Record) -> bool:
    """Bring the database's row and audit trail up to `record` (safe to repeat).

    False, with nothing written, when the database does not know the record's station (a
    journal kept for another database): the record keeps waiting.
    """
    if uow.stations.get(record.station_id) is None:
        return False
    if record.visit_id is not None and uow.visits.get(record.visit_id) is None:
        record.visit_id = None
    job = uow.print_jobs.get(record.id)
    if job is None:
        job = uow.print_jobs.add(
            PrintJob(
                id=record.id,
                station_id=record.station_id,
                visit_id=record.visit_id,
                printer=record.printer,
                pages=0,
                copies=record.copies,
                submitted_at=record.submitted_at,
            )
        )
    job.printer = record.printer
    job.pages, job.outcome, job.error_code = record.pages, record.outcome, record.error_code
    job.system_job_id, job.finished_at = record.system_job_id, record.finished_at
    uow.flush()
    known = {e.id for e in uow.audit.list(record_type=RecordType.PRINT_JOB, record_id=record.id)}
    for event in record.events:
        event_id = uuid.UUID(event["id"])
        if event_id in known:
            continue  # saved before (a replay after a crash): its counts too
        staff = event.get("staff_id")
        if staff and uow.staff.get(uuid.UUID(staff)) is None:
            staff = None
        uow.audit.add(
            AuditEvent(
                id=event_id,
                at=datetime.fromisoformat(event["at"]),
                action=AuditAction(event["action"]),
                record_type=RecordType.PRINT_JOB,
                record_id=record.id,
                station_id=record.station_id,
                staff_id=uuid.UUID(staff) if staff else None,
                details=event["details"],
            )
        )
        if event.get("visit_pages") and record.visit_id is not None:
            _count_on_visit(uow, record.visit_id, int(event["visit_pages"]))
    return True


def _count_on_visit(uow: UnitOfWork, visit_id: uuid.UUID, pages: int) -> None:
    visit = uow.visits.get(visit_id)
    if visit is None:
        return
    task = next((t for t in reversed(visit.tasks) if t.task_type is TaskType.PRINT), None)
    if task is not None:
        task.pages_printed += pages


def _journal_path(folder: Path, record_id: uuid.UUID) -> Path:
    return folder / f"{record_id}.json"


def _write_journal(folder: Path, record: _Record) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    final = _journal_path(folder, record.id)
    temp = folder / f".{record.id}.json.tmp"
    with temp.open("w", encoding="utf-8") as handle:
        json.dump(record.to_json(), handle)
        handle.flush()
        os.fsync(handle.fileno())
    temp.replace(final)


def _store(uow_factory: UowFactory, record: _Record, journal: Path) -> bool:
    """Save the record (and its new events) now, or keep it in the journal; True if saved."""
    try:
        with uow_factory() as uow:
            _apply(uow, record)
            uow.commit()
    except DatabaseError as error:
        _write_journal(journal, record)
        log.info("print record kept for later job=%s reason=%s", record.id, type(error).__name__)
        return False
    record.events.clear()
    _journal_path(journal, record.id).unlink(missing_ok=True)
    return True


def save_pending_records(uow_factory: UowFactory, journal: Path | None = None) -> int:
    """Save the print records kept while the database could not be reached; return how many.

    Stops quietly at the first that cannot be saved yet (the rest wait for the next call).
    """
    folder = journal or journal_folder()
    if not folder.is_dir():
        return 0
    saved = 0
    for path in sorted(folder.glob("*.json")):
        try:
            record = _Record.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.info("print record unreadable file=%s reason=%s", path.name, type(error).__name__)
            continue
        try:
            with uow_factory() as uow:
                applied = _apply(uow, record)
                uow.commit()
        except DatabaseError as error:
            log.info("print records still waiting reason=%s", type(error).__name__)
            break
        if not applied:
            log.info("print record for another station's database kept job=%s", record.id)
            continue
        path.unlink(missing_ok=True)
        saved += 1
    if saved:
        log.info("print records saved from the journal count=%d", saved)
    return saved


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
    limits: PrintLimits | None = None,
    count_on_visit: bool = False,
    journal: Path | None = None,
) -> PrintedJob:
    """Print `pdf` and wait for the job's end; every attempt leaves a print-job record.

    Raises PrintFailed (after recording it) when the file is not a PDF, is longer than the
    station's `limits` allow (pages × copies), the printer is missing, stopped, not accepting
    or unreachable, or the job aborts, times out or is cancelled. With `count_on_visit`, the
    pages printed are added to the visit's print task with the record. Once the printer has
    taken the job, a database that cannot be reached does not fail it: the record waits in the
    station's print journal (`record_saved` is False) and is saved at the next print, or by
    `save_pending_records` at start-up.
    """
    folder = journal or journal_folder()
    save_pending_records(uow_factory, folder)
    copies = request.copies if request is not None else 1
    record = _Record(
        id=uuid.uuid4(),
        station_id=station_id,
        visit_id=visit_id,
        printer=(printer or "")[:200],
        copies=copies,
        submitted_at=datetime.now(UTC),
    )
    rule = limits or PrintLimits()
    try:
        document_pages: int | None = pdf_page_count(pdf)
    except PrintingError:
        document_pages = None  # submit refuses it below, with its reason
    if document_pages is not None and rule.judge(document_pages, copies) is PrintSize.TOO_MANY:
        _refused(uow_factory, record, "too_many_pages", staff_id)
        raise PrintFailed(rule.refusal(document_pages, copies))
    try:
        submitted = printers.submit(pdf, printer, request)
    except PrintingError as error:
        _refused(uow_factory, record, _error_code(error), staff_id)
        raise PrintFailed.saying(error.wording) from error

    record.printer = submitted.printer[:200]
    record.system_job_id = str(submitted.job_id) if submitted.job_id is not None else None
    record.event(AuditAction.PRINT_SUBMITTED, staff_id)
    _store(uow_factory, record, folder)
    try:
        outcome = printers.follow(submitted, timeout=timeout, cancel=cancel)
    except PrintingError as error:
        _finish(
            uow_factory,
            record,
            outcome=RecordedOutcome.FAILED,
            pages=0,
            error_code=_error_code(error),
            staff_id=staff_id,
            journal=folder,
        )
        raise PrintFailed.saying(error.wording) from error
    pages = outcome.pages if outcome.pages is not None else outcome.document_pages * outcome.copies
    code = None if outcome.succeeded else outcome.result.value.replace(" ", "_")
    if outcome.succeeded and count_on_visit and visit_id is not None:
        record.visit_pages = pages
    saved = _finish(
        uow_factory,
        record,
        outcome=_RECORDED[outcome.result],
        pages=pages if outcome.succeeded else 0,
        error_code=code,
        staff_id=staff_id,
        journal=folder,
    )
    log.info(
        "print finished job=%s result=%s pages=%s saved=%s",
        record.id,
        outcome.result.value,
        pages,
        saved,
    )
    if not outcome.succeeded:
        raise PrintFailed.saying(outcome.reason or f"The print job {outcome.result.value}.")
    values = {f.name: getattr(outcome, f.name) for f in fields(PrintOutcome)}
    return PrintedJob(**values, record_id=record.id, record_saved=saved)


def _refused(
    uow_factory: UowFactory, record: _Record, code: str, staff_id: uuid.UUID | None
) -> None:
    """Record a job that never reached the printer (nothing printed: no journal needed)."""
    record.outcome, record.error_code = RecordedOutcome.FAILED, code
    record.finished_at = datetime.now(UTC)
    record.event(AuditAction.PRINT_FAILED, staff_id)
    with uow_factory() as uow:
        _apply(uow, record)
        uow.commit()
    log.info("print refused job=%s code=%s", record.id, code)


def _finish(
    uow_factory: UowFactory,
    record: _Record,
    *,
    outcome: RecordedOutcome,
    pages: int,
    error_code: str | None,
    staff_id: uuid.UUID | None,
    journal: Path,
) -> bool:
    record.outcome, record.pages, record.error_code = outcome, pages, error_code
    record.finished_at = datetime.now(UTC)
    action = (
        AuditAction.PRINT_COMPLETED
        if outcome in {RecordedOutcome.COMPLETED, RecordedOutcome.PRINTING}
        else AuditAction.PRINT_FAILED
    )
    record.event(action, staff_id)
    return _store(uow_factory, record, journal)
