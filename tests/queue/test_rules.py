"""The queue's rules on SQLite and PostgreSQL: numbering, order, calling, leaving, requeueing."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from desk.domain.queue import TicketState
from desk.domain.visits import (
    AccessibilitySupport,
    EntryRoute,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.services import appointments, queue
from desk.services import visits as visit_service
from desk.services.queue import CheckIn
from desk.services.station import register_station
from desk.storage.models import Visit
from tests.queue.conftest import NOW, Centre, UowFactory

APPOINTMENTS = """reference,start,end,service_area,resident_name
BK-1001,2026-12-04 10:30,2026-12-04 10:50,housing,Ignored Name
BK-1002,2026-12-04 11:00,2026-12-04 11:20,council_tax,
BK-0999,2026-12-03 15:00,2026-12-03 15:20,housing,
"""


def _import(centre: Centre, text: str = APPOINTMENTS) -> appointments.ImportResult:
    return appointments.import_appointments(
        centre.uow, io.StringIO(text), site_id=centre.site_id, zone=queue.LONDON.zone
    )


def _visit(centre: Centre, visit_id: uuid.UUID) -> SimpleNamespace:
    """The visit's fields as they are in the database now."""
    with centre.uow() as unit:
        visit = unit.visits.get(visit_id)
        assert visit is not None
        fields = {c.key: getattr(visit, c.key) for c in Visit.__table__.columns}
        return SimpleNamespace(
            **fields,
            accessibility_support=set(visit.accessibility_support),
            tasks=[
                SimpleNamespace(service_area=t.service_area, task_type=t.task_type)
                for t in visit.tasks
            ],
        )


def test_tickets_are_numbered_per_service_letter_per_centre_per_day(
    centre: Centre, uow: UowFactory
) -> None:
    labels = [centre.check_in(area).label for area in ("housing", "housing", "council_tax")]
    assert labels == ["H1", "H2", "C1"]
    assert centre.check_in("Library card").label == "L1"  # a council's own area: its initial
    other = register_station(uow, "Eltham Centre", "EC-STATION-01")
    ticket = queue.check_in(uow, other.site_id, CheckIn("housing"), now=NOW)
    assert ticket.label == "H1"  # another centre has its own numbers
    tomorrow = centre.check_in("housing", at=NOW + timedelta(days=1))
    assert (tomorrow.label, tomorrow.service_day.isoformat()) == ("H1", "2026-12-05")


def test_the_day_is_the_centres_local_day(centre: Centre) -> None:
    # 23:30 UTC on 1 July is 00:30 on 2 July in London (BST): a new day, numbers from 1.
    late = datetime(2026, 7, 1, 22, 50, tzinfo=UTC)
    assert centre.check_in(at=late).label == "H1"
    assert centre.check_in(at=late + timedelta(minutes=5)).label == "H2"
    after_midnight = centre.check_in(at=datetime(2026, 7, 1, 23, 30, tzinfo=UTC))
    assert (after_midnight.label, after_midnight.service_day.isoformat()) == ("H1", "2026-07-02")
    # In winter (GMT) 23:30 UTC is still the same day.
    winter = centre.check_in(at=datetime(2026, 12, 4, 23, 30, tzinfo=UTC))
    assert (winter.label, winter.service_day.isoformat()) == ("H1", "2026-12-04")


def test_waiting_list_puts_appointments_first_at_their_time(centre: Centre) -> None:
    _import(centre)
    first = centre.check_in(at=NOW)
    booked = centre.check_in(at=NOW + timedelta(minutes=5), appointment_ref="BK-1001")
    second = centre.check_in("council_tax", at=NOW + timedelta(minutes=10))
    before = queue.list_queue(centre.uow, centre.site_id, now=NOW + timedelta(minutes=20))
    assert [t.label for t in before.waiting] == [first.label, booked.label, second.label]
    assert [t.waited_minutes for t in before.waiting] == [20, 15, 10]
    assert before.longest_wait_minutes == 20
    due = queue.list_queue(centre.uow, centre.site_id, now=NOW + timedelta(minutes=31))
    assert [t.label for t in due.waiting] == [booked.label, first.label, second.label]
    called = centre.call_next(at=NOW + timedelta(minutes=31))
    assert called.ticket.label == booked.label


def test_call_next_opens_the_visit_with_what_check_in_recorded(centre: Centre) -> None:
    _import(centre)
    ticket = centre.check_in(
        task_type=TaskType.SCAN_AND_UPLOAD,
        language="pl",
        interpreter=True,
        access_needs=frozenset({AccessibilitySupport.LARGE_TEXT, AccessibilitySupport.BSL}),
        appointment_ref="BK-1001",
    )
    assert ticket.access_needs == (AccessibilitySupport.BSL, AccessibilitySupport.LARGE_TEXT)
    called = centre.call_next(at=NOW + timedelta(minutes=12))
    assert called.ticket.state is TicketState.CALLED
    assert called.ticket.called_at_station == "WC-STATION-01"
    assert called.ticket.waited_minutes == 12
    visit = _visit(centre, called.visit_id)
    assert visit.arrived_at == NOW and visit.first_seen_at == NOW + timedelta(minutes=12)
    assert visit.arrival_measured is True
    assert visit.entry_route is EntryRoute.APPOINTMENT
    assert (visit.language, visit.interpreter_used, visit.staff_id) == ("pl", True, centre.staff_id)
    assert visit.accessibility_support == {
        AccessibilitySupport.LARGE_TEXT,
        AccessibilitySupport.BSL,
    }
    assert [(t.service_area, t.task_type) for t in visit.tasks] == [
        ("housing", TaskType.SCAN_AND_UPLOAD)
    ]
    assert visit_service.get_visit(centre.uow, called.visit_id).wait_minutes == 12


def test_a_visit_started_without_the_queue_is_recorded_as_estimated(centre: Centre) -> None:
    started = visit_service.start_visit(
        centre.uow,
        centre.station,
        centre.staff_id,
        EntryRoute.WALK_IN,
        arrived_at=NOW - timedelta(minutes=5),
        now=NOW,
    )
    assert _visit(centre, started.id).arrival_measured is False


def test_a_called_ticket_cannot_be_called_at_another_desk(centre: Centre) -> None:
    ticket = centre.check_in()
    centre.call_next()
    with pytest.raises(queue.TicketTaken) as taken:
        queue.call_ticket(
            centre.uow,
            ticket.id,
            staff_id=centre.colleague_id,
            station_id=centre.other_station.station_id,
            now=NOW,
        )
    assert str(taken.value) == f"Ticket {ticket.label} has already been called to WC-STATION-01."
    with pytest.raises(queue.QueueEmpty, match=r"^Nobody is waiting.$"):
        centre.call_next(second_desk=True)


def test_a_resident_who_left_cannot_be_called(centre: Centre) -> None:
    gone = centre.check_in()
    waiting = centre.check_in(at=NOW + timedelta(minutes=1))
    left = queue.mark_left(centre.uow, gone.id, now=NOW + timedelta(minutes=8))
    assert (left.state, left.waited_minutes) == (TicketState.LEFT, 8)
    with pytest.raises(queue.TicketLeft) as refused:
        queue.call_ticket(
            centre.uow,
            gone.id,
            staff_id=centre.staff_id,
            station_id=centre.station.station_id,
            now=NOW,
        )
    assert str(refused.value) == f"Ticket {gone.label} left before being seen; it cannot be called."
    assert centre.call_next().ticket.id == waiting.id
    with pytest.raises(queue.QueueEmpty):
        centre.call_next()


def test_called_but_never_came_ends_the_visit_as_left_before_seen(centre: Centre) -> None:
    centre.check_in()
    called = centre.call_next(at=NOW + timedelta(minutes=1))
    later = NOW + timedelta(minutes=3)
    recalled = queue.recall(centre.uow, called.ticket.id, now=later)
    assert recalled.recalled_at == later and recalled.state is TicketState.CALLED
    queue.mark_left(centre.uow, called.ticket.id, now=later + timedelta(minutes=2))
    visit = _visit(centre, called.visit_id)
    assert visit.outcome is VisitOutcome.LEFT_BEFORE_SEEN
    assert visit.ended_at == later + timedelta(minutes=2)
    events = [kind for kind, _at in queue.ticket_events(centre.uow, called.ticket.id)]
    assert events == ["checked_in", "called", "recalled", "left"]


def test_requeued_resident_keeps_their_place_and_their_visit(centre: Centre) -> None:
    first = centre.check_in()
    centre.check_in(at=NOW + timedelta(minutes=1))
    called = centre.call_next(at=NOW + timedelta(minutes=5))
    queue.mark_seen(centre.uow, first.id, now=NOW + timedelta(minutes=6))
    back = queue.requeue(centre.uow, first.id, now=NOW + timedelta(minutes=10))
    assert back.state is TicketState.REQUEUED
    with pytest.raises(queue.TicketNotOpen, match="already waiting in the queue"):
        queue.requeue(centre.uow, first.id, now=NOW + timedelta(minutes=11))
    with pytest.raises(queue.TicketNotOpen, match="not called at the moment"):
        queue.recall(centre.uow, first.id)
    again = centre.call_next(at=NOW + timedelta(minutes=12), second_desk=True)
    assert again.ticket.id == first.id and again.visit_id == called.visit_id
    visit = _visit(centre, again.visit_id)
    assert visit.station_id == centre.other_station.station_id
    assert visit.first_seen_at == NOW + timedelta(minutes=5)  # first seen at the first call
    events = [kind for kind, _at in queue.ticket_events(centre.uow, first.id)]
    assert events == ["checked_in", "called", "seen", "requeued", "called"]


def test_a_seen_resident_cannot_be_marked_as_left(centre: Centre) -> None:
    ticket = centre.check_in()
    centre.call_next()
    queue.mark_seen(centre.uow, ticket.id)
    with pytest.raises(queue.TicketNotOpen, match="has been seen; end the visit instead"):
        queue.mark_left(centre.uow, ticket.id)


def test_closing_past_days_records_open_tickets_as_left_at_closing_time(centre: Centre) -> None:
    _import(centre)
    yesterday = NOW - timedelta(days=1)
    waiting = centre.check_in(at=yesterday)
    called_ticket = centre.check_in(at=yesterday + timedelta(minutes=1))
    queue.call_ticket(
        centre.uow,
        called_ticket.id,
        staff_id=centre.staff_id,
        station_id=centre.station.station_id,
        now=yesterday + timedelta(minutes=2),
    )
    today = centre.check_in(at=NOW)
    closed = queue.close_past_days(centre.uow, centre.site_id, now=NOW + timedelta(minutes=1))
    assert (closed.tickets_left, closed.no_shows) == (2, 1)  # BK-0999 was missed yesterday
    closing = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)  # 17:00 in London in winter
    for ticket_id in (waiting.id, called_ticket.id):
        with centre.uow() as unit:
            ticket = unit.queue.get(ticket_id)
            assert ticket is not None
            assert (ticket.state, ticket.left_at) == (TicketState.LEFT, closing)
    assert queue.find_ticket(centre.uow, centre.site_id, today.label, now=NOW).state is (
        TicketState.WAITING
    )
    assert queue.close_past_days(centre.uow, centre.site_id, now=NOW).tickets_left == 0
    listed = appointments.list_appointments(
        centre.uow, centre.site_id, NOW - timedelta(days=2), NOW + timedelta(days=1)
    )
    assert [(a.ref, a.no_show_at is not None) for a in listed] == [
        ("BK-0999", True),
        ("BK-1001", False),
        ("BK-1002", False),
    ]


def test_appointment_references_are_checked_at_check_in(centre: Centre) -> None:
    _import(centre)
    with pytest.raises(queue.AppointmentError, match=r"^No appointment with that reference"):
        centre.check_in(appointment_ref="BK-404")
    with pytest.raises(queue.AppointmentError, match="is for Thursday 03 December, not today"):
        centre.check_in(appointment_ref="BK-0999")
    centre.check_in(appointment_ref="BK-1002")
    with pytest.raises(queue.AppointmentError, match="already checked in"):
        centre.check_in(appointment_ref="BK-1002")


def test_ticket_numbers_are_read_as_typed(centre: Centre) -> None:
    ticket = centre.check_in()
    assert queue.find_ticket(centre.uow, centre.site_id, " h 01", now=NOW).id == ticket.id
    with pytest.raises(queue.TicketNotFound, match=r"^There is no ticket H7 today.$"):
        queue.find_ticket(centre.uow, centre.site_id, "H7", now=NOW)
    with pytest.raises(queue.TicketNotFound, match="is not a ticket number"):
        queue.find_ticket(centre.uow, centre.site_id, "hello", now=NOW)


def test_check_in_needs_a_service_area(centre: Centre) -> None:
    with pytest.raises(queue.QueueError, match=r"^Choose the service"):
        centre.check_in("  ")


def test_reimporting_moves_a_slot_and_bad_rows_import_nothing(centre: Centre) -> None:
    assert _import(centre) == appointments.ImportResult(3, 0, 0)
    moved = APPOINTMENTS.replace(
        "2026-12-04 10:30,2026-12-04 10:50", "2026-12-04 12:00,2026-12-04 12:20"
    )
    assert _import(centre, moved) == appointments.ImportResult(0, 1, 2)
    bad = (
        "reference,start,end,service_area\n"
        "BK-2,tomorrow,later,housing\n"
        "BK-3,2026-12-04 10:00,2026-12-04 09:00,housing\n"
    )
    with pytest.raises(appointments.AppointmentImportRefused) as refused:
        _import(centre, bad)
    assert str(refused.value) == (
        "the appointments file: nothing was imported, 2 problems to fix: line 2: start and end "
        "must be times like 2026-12-07 10:30; line 3: the slot must end after it starts"
    )


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
BEGIN:VEVENT\r
UID:booking-77@bookings.example\r
X-DESK-REF:BK-77\r
SUMMARY:Housing appointment for A. Resident\r
ATTENDEE;CN=A. Resident:mailto:resident@example.org\r
DTSTART;TZID=Europe/London:20261204T103000\r
DTEND;TZID=Europe/London:20261204T105000\r
CATEGORIES:housing\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:booking-78@bookings.\r
 example\r
DTSTART:20261204T110000Z\r
DTEND:20261204T112000Z\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_icalendar_export_is_imported_without_anything_personal(centre: Centre) -> None:
    result = appointments.import_appointments(
        centre.uow,
        io.StringIO(ICS),
        site_id=centre.site_id,
        zone=queue.LONDON.zone,
        icalendar=True,
    )
    assert result.added == 2
    listed = appointments.list_appointments(
        centre.uow, centre.site_id, NOW, NOW + timedelta(days=1)
    )
    assert [(a.ref, a.slot_start, a.service_area) for a in listed] == [
        ("BK-77", datetime(2026, 12, 4, 10, 30, tzinfo=UTC), "housing"),
        ("booking-78@bookings.example", datetime(2026, 12, 4, 11, 0, tzinfo=UTC), "other"),
    ]
    assert centre.check_in(appointment_ref="BK-77").appointment_at == listed[0].slot_start


def test_a_visit_that_records_how_a_task_went_is_not_ended_as_left(centre: Centre) -> None:
    centre.check_in(task_type=TaskType.PRINT)
    called = centre.call_next(at=NOW + timedelta(minutes=1))
    (task,) = visit_service.get_visit(centre.uow, called.visit_id).tasks
    visit_service.record_task(
        centre.uow, called.visit_id, task.id, outcome=TaskOutcome.DONE_WITH_HELP
    )
    queue.mark_left(centre.uow, called.ticket.id, now=NOW + timedelta(minutes=9))
    assert _visit(centre, called.visit_id).ended_at is None  # the champion ends it
