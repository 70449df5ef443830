"""A resident's visit: start it, add tasks and how they went, end it. Anonymous by design."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desk.domain.records import AuditAction, RecordType
from desk.domain.visits import (
    MAX_SERVICE_AREA_LENGTH,
    EntryRoute,
    ModeOfHelp,
    NextTime,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.errors import DeskError
from desk.services.ports import UnitOfWork, UowFactory
from desk.services.station import StationRef
from desk.storage.models import AuditEvent, Visit, VisitTask

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


class VisitError(DeskError):
    """A visit that cannot be changed as asked (not found, already ended); says why."""


@dataclass(frozen=True)
class TaskSummary:
    """One task of a visit, as the screens show it."""

    id: uuid.UUID
    service_area: str
    task_type: TaskType
    outcome: TaskOutcome | None
    next_time: NextTime | None
    pages_scanned: int
    pages_printed: int
    documents_uploaded: int


@dataclass(frozen=True)
class VisitSummary:
    """A visit as the screens show it: plain data, never an ORM object."""

    id: uuid.UUID
    entry_route: EntryRoute
    arrived_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    mode_of_help: ModeOfHelp | None
    outcome: VisitOutcome | None
    tasks: tuple[TaskSummary, ...]
    champion_id: uuid.UUID | None
    """The member of staff helping (for a kiosk visit: the one who handed the station over)."""
    language: str | None = None
    """The resident's language for the visit (a shipped code such as "ne", or what the queue's
    check-in noted); None for English or not known. The printed documents follow it."""
    interpreter_used: bool = False

    @property
    def wait_minutes(self) -> int | None:
        """Minutes from arrival until a champion started helping."""
        if self.started_at is None:
            return None
        return max(0, int((self.started_at - self.arrived_at).total_seconds() // 60))

    @property
    def is_open(self) -> bool:
        """True until the visit has ended."""
        return self.ended_at is None


def _summary(visit: Visit) -> VisitSummary:
    return VisitSummary(
        id=visit.id,
        entry_route=visit.entry_route,
        arrived_at=visit.arrived_at,
        started_at=visit.started_at,
        ended_at=visit.ended_at,
        mode_of_help=visit.mode_of_help,
        outcome=visit.outcome,
        champion_id=visit.staff_id,
        language=visit.language,
        interpreter_used=visit.interpreter_used,
        tasks=tuple(
            TaskSummary(
                id=t.id,
                service_area=t.service_area,
                task_type=t.task_type,
                outcome=t.outcome,
                next_time=t.next_time,
                pages_scanned=t.pages_scanned,
                pages_printed=t.pages_printed,
                documents_uploaded=t.documents_uploaded,
            )
            for t in visit.tasks
        ),
    )


def _audit(
    uow: UnitOfWork,
    action: AuditAction,
    visit: Visit,
    staff_id: uuid.UUID | None,
    at: datetime,
    **details: str | int,
) -> None:
    uow.audit.add(
        AuditEvent(
            action=action,
            record_type=RecordType.VISIT,
            record_id=visit.id,
            station_id=visit.station_id,
            staff_id=staff_id,
            at=at,
            details=details or None,
        )
    )


def _open_visit(uow: UnitOfWork, visit_id: uuid.UUID) -> Visit:
    visit = uow.visits.get(visit_id)
    if visit is None:
        raise VisitError("That visit no longer exists. Start a new one.")
    if visit.ended_at is not None:
        raise VisitError("That visit has already ended. Start a new one to record more.")
    return visit


def start_visit(
    uow_factory: UowFactory,
    station: StationRef,
    staff_id: uuid.UUID,
    entry_route: EntryRoute,
    *,
    arrived_at: datetime | None = None,
    now: datetime | None = None,
) -> VisitSummary:
    """A champion starts helping a resident who arrived at `arrived_at` (default: now)."""
    started = now or datetime.now(UTC)
    arrived = arrived_at or started
    if arrived > started:
        raise VisitError("The arrival time cannot be later than now.")
    with uow_factory() as uow:
        visit = uow.visits.add(
            Visit(
                site_id=station.site_id,
                station_id=station.station_id,
                staff_id=staff_id,
                entry_route=entry_route,
                arrived_at=arrived,
                first_seen_at=started,
                started_at=started,
            )
        )
        uow.flush()
        _audit(uow, AuditAction.VISIT_STARTED, visit, staff_id, started, route=entry_route.value)
        uow.commit()
        log.info("visit started visit=%s route=%s", visit.id, entry_route.value)
        return _summary(visit)


def add_task(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    service_area: str,
    task_type: TaskType,
    *,
    staff_id: uuid.UUID | None = None,
) -> VisitSummary:
    """Record something the resident came to do."""
    area = service_area.strip()
    if not area or len(area) > MAX_SERVICE_AREA_LENGTH:
        raise VisitError("Choose the service the task is for.")
    with uow_factory() as uow:
        visit = _open_visit(uow, visit_id)
        visit.tasks.append(
            VisitTask(visit_id=visit.id, service_area=area, task_type=task_type, staff_id=staff_id)
        )
        uow.commit()
        return _summary(visit)


def record_task(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    task_id: uuid.UUID,
    *,
    outcome: TaskOutcome | None = None,
    next_time: NextTime | None = None,
    add_pages_scanned: int = 0,
    add_pages_printed: int = 0,
    add_documents_uploaded: int = 0,
) -> VisitSummary:
    """Record how a task went, how the resident could do it next time, and what it counted."""
    with uow_factory() as uow:
        visit = _open_visit(uow, visit_id)
        task = next((t for t in visit.tasks if t.id == task_id), None)
        if task is None:
            raise VisitError("That task is not part of this visit.")
        if outcome is not None:
            task.outcome = outcome
        if next_time is not None:
            task.next_time = next_time
        task.pages_scanned += add_pages_scanned
        task.pages_printed += add_pages_printed
        task.documents_uploaded += add_documents_uploaded
        uow.commit()
        return _summary(visit)


def set_mode_of_help(
    uow_factory: UowFactory, visit_id: uuid.UUID, mode: ModeOfHelp
) -> VisitSummary:
    """Record who typed: the resident alone, with a champion nearby, paired, or on their behalf."""
    with uow_factory() as uow:
        visit = _open_visit(uow, visit_id)
        visit.mode_of_help = mode
        uow.commit()
        return _summary(visit)


LANGUAGE_LENGTH = 35


def set_language(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    language: str | None,
    *,
    interpreter_used: bool,
) -> VisitSummary:
    """Record the resident's language for the visit (None or "": English or not known) and
    whether an interpreter helped; the visit's printed documents follow the language."""
    language = (language or "").strip() or None
    if language is not None and len(language) > LANGUAGE_LENGTH:
        raise VisitError("Give the language as a short name or code, such as ne or Nepali.")
    with uow_factory() as uow:
        visit = _open_visit(uow, visit_id)
        visit.language = language
        visit.interpreter_used = interpreter_used
        uow.commit()
        return _summary(visit)


def end_visit(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    outcome: VisitOutcome,
    *,
    staff_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> VisitSummary:
    """End the visit with its outcome; every task must have an outcome first."""
    ended = now or datetime.now(UTC)
    with uow_factory() as uow:
        visit = _open_visit(uow, visit_id)
        missing = sum(1 for t in visit.tasks if t.outcome is None)
        if missing:
            raise VisitError(
                f"Record how {'the task' if missing == 1 else f'{missing} tasks'} went "
                "before ending the visit."
            )
        visit.outcome = outcome
        visit.ended_at = ended
        _audit(
            uow,
            AuditAction.VISIT_ENDED,
            visit,
            staff_id,
            ended,
            outcome=outcome.value,
            tasks=len(visit.tasks),
        )
        uow.commit()
        log.info("visit ended visit=%s outcome=%s", visit.id, outcome.value)
        return _summary(visit)


def finish_visit(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    outcome: VisitOutcome,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> VisitSummary:
    """The champion ends the visit: record it, and take back the devices paired in it (they
    now await a wipe)."""
    from desk.services.loans import end_visit_pairings  # noqa: PLC0415  (loans builds on visits)

    ended = end_visit(uow_factory, visit_id, outcome, staff_id=staff_id, now=now)
    end_visit_pairings(uow_factory, visit_id, staff_id=staff_id, station_id=station_id, now=now)
    return ended


def get_visit(uow_factory: UowFactory, visit_id: uuid.UUID) -> VisitSummary:
    """One visit, open or ended."""
    with uow_factory() as uow:
        visit = uow.visits.get(visit_id)
        if visit is None:
            raise VisitError("That visit no longer exists.")
        return _summary(visit)


def count_on_task(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    task_type: TaskType,
    *,
    pages_scanned: int = 0,
    pages_printed: int = 0,
    documents_uploaded: int = 0,
) -> VisitSummary:
    """Add counts (never content) to the visit's latest task of `task_type`, if it has one."""
    with uow_factory() as uow:
        visit = _open_visit(uow, visit_id)
        task = next((t for t in reversed(visit.tasks) if t.task_type is task_type), None)
        if task is not None:
            task.pages_scanned += pages_scanned
            task.pages_printed += pages_printed
            task.documents_uploaded += documents_uploaded
            uow.commit()
        return _summary(visit)


def open_visits(uow_factory: UowFactory, station: StationRef) -> list[VisitSummary]:
    """Visits at this station that have not ended (e.g. after a crash), oldest first."""
    with uow_factory() as uow:
        return [_summary(v) for v in uow.visits.list_open(station.station_id)]
