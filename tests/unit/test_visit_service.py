"""Visit use cases on a real SQLite database: start, tasks, outcomes, end, audit, wait time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk.config import load_settings
from desk.domain.records import AuditAction
from desk.domain.visits import EntryRoute, ModeOfHelp, NextTime, TaskOutcome, TaskType, VisitOutcome
from desk.runtime import Runtime, open_runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.services.visits import VisitError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    rt = open_runtime(load_settings(overrides=[f"database_url=sqlite:///{tmp_path / 'd.sqlite3'}"]))
    yield rt
    rt.close()


def test_a_visit_from_start_to_end(runtime: Runtime) -> None:
    uow = runtime.uow_factory
    champion = staff_service.add_staff(uow, "Asha Patel", "2468")
    visit = visits.start_visit(
        uow,
        runtime.station,
        champion.id,
        EntryRoute.WALK_IN,
        arrived_at=NOW - timedelta(minutes=17, seconds=30),
        now=NOW,
    )
    assert visit.wait_minutes == 17
    assert visit.is_open
    visit = visits.add_task(uow, visit.id, "housing", TaskType.SCAN_AND_UPLOAD)
    (task,) = visit.tasks
    visit = visits.set_mode_of_help(uow, visit.id, ModeOfHelp.PAIRED)
    with pytest.raises(VisitError, match="Record how the task went"):
        visits.end_visit(uow, visit.id, VisitOutcome.COMPLETED, now=NOW)
    visit = visits.record_task(
        uow,
        visit.id,
        task.id,
        outcome=TaskOutcome.DONE_WITH_HELP,
        next_time=NextTime.SOME_HELP,
        add_pages_scanned=4,
        add_documents_uploaded=1,
    )
    visit = visits.record_task(uow, visit.id, task.id, add_pages_scanned=2)
    assert visit.tasks[0].pages_scanned == 6
    assert visits.open_visits(uow, runtime.station) == [visit]

    ended = visits.end_visit(
        uow, visit.id, VisitOutcome.COMPLETED, staff_id=champion.id, now=NOW + timedelta(minutes=9)
    )
    assert not ended.is_open
    assert ended.mode_of_help is ModeOfHelp.PAIRED
    assert visits.open_visits(uow, runtime.station) == []
    with pytest.raises(VisitError, match="already ended"):
        visits.add_task(uow, visit.id, "housing", TaskType.PRINT)
    with runtime.uow() as u:
        events = [(e.action, e.details) for e in u.audit.list()]
    assert (AuditAction.VISIT_STARTED, {"route": "walk_in"}) in events
    assert (AuditAction.VISIT_ENDED, {"outcome": "completed", "tasks": 1}) in events


def test_arrival_cannot_be_in_the_future(runtime: Runtime) -> None:
    champion = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    with pytest.raises(VisitError, match="arrival time"):
        visits.start_visit(
            runtime.uow_factory,
            runtime.station,
            champion.id,
            EntryRoute.APPOINTMENT,
            arrived_at=NOW + timedelta(minutes=1),
            now=NOW,
        )
