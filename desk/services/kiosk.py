"""A resident scanning alone at the kiosk: an anonymous visit, recorded as done alone."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from desk.domain.visits import (
    EntryRoute,
    ModeOfHelp,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.services import visits
from desk.services.ports import UowFactory
from desk.services.station import StationRef

if TYPE_CHECKING:
    pass


def start_kiosk_visit(
    uow_factory: UowFactory, station: StationRef, champion_id: uuid.UUID
) -> visits.VisitSummary:
    """A walk-in resident working alone on a scan-and-send task; `champion_id` is the member
    of staff who handed the station over (responsible for it, not helping)."""
    visit = visits.start_visit(uow_factory, station, champion_id, EntryRoute.WALK_IN)
    visits.set_mode_of_help(uow_factory, visit.id, ModeOfHelp.RESIDENT_ALONE)
    return visits.add_task(uow_factory, visit.id, ServiceArea.OTHER, TaskType.SCAN_AND_UPLOAD)


def finish_kiosk_visit(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    *,
    sent: bool,
    station_id: uuid.UUID | None = None,
) -> visits.VisitSummary:
    """Record how it went (sent alone, or left before sending) and end the visit, in the name
    of the member of staff who handed the station over (who may have taken it back by now)."""
    visit = visits.get_visit(uow_factory, visit_id)
    if visit.champion_id is None:
        raise visits.VisitError("This visit has no member of staff responsible for it.")
    for task in visit.tasks:
        visits.record_task(
            uow_factory,
            visit_id,
            task.id,
            outcome=TaskOutcome.DONE_INDEPENDENTLY if sent else TaskOutcome.PARTLY_DONE,
            next_time=NextTime.ALONE if sent else NextTime.SOME_HELP,
        )
    return visits.finish_visit(
        uow_factory,
        visit_id,
        VisitOutcome.COMPLETED if sent else VisitOutcome.NOT_COMPLETED,
        staff_id=visit.champion_id,
        station_id=station_id,
    )
