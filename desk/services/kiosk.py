"""A resident scanning alone at the kiosk: an anonymous visit, recorded as done alone."""

from __future__ import annotations

import uuid

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
from desk.services.staff import StaffMember
from desk.services.station import StationRef


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


def kiosk_account_owner(uow_factory: UowFactory, account: str) -> StaffMember | None:
    """Who is responsible for a station that starts straight into the kiosk: the active member
    of staff linked to the PC's `account` (the kiosk's own account); None when there is none.
    Nobody is signed in by this."""
    with uow_factory() as uow:
        staff = uow.staff.by_os_account(account.strip().lower())
        return StaffMember.of(staff) if staff is not None and staff.active else None
