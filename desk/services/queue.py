"""A centre's queue: check-in, the waiting list, calling (the next or a particular resident),
recalling, "left before being seen", putting back in the queue, and closing a past day.

One queue per centre, shared by every station through the database. Calling is atomic: a
ticket changes state only by a conditional update from the states the change allows (and on
PostgreSQL the next ticket is picked with `FOR UPDATE SKIP LOCKED`), so two champions calling at
the same moment get two different residents. A call opens the visit with what check-in recorded,
its arrival and first-seen times measured by the queue.
"""

from __future__ import annotations

import logging
import random
import time as clock_time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.config import QueueSettings
from desk.domain.queue import (
    ALLOWED_FROM,
    CALLABLE,
    OPEN,
    QueueEventKind,
    TicketState,
    closing_instant,
    minutes_waited,
    parse_closing_time,
    parse_ticket,
    queue_position_key,
    service_day,
    ticket_label,
    ticket_letter,
)
from desk.domain.records import AuditAction, RecordType
from desk.domain.visits import (
    MAX_SERVICE_AREA_LENGTH,
    AccessibilitySupport,
    EntryRoute,
    TaskType,
    VisitOutcome,
)
from desk.errors import ConfigError, DeskError
from desk.services.ports import UnitOfWork, UowFactory
from desk.services.station import site_code
from desk.storage.errors import RecordConflict
from desk.storage.models import AuditEvent, QueueEvent, QueueTicket, Visit, VisitTask

log = logging.getLogger(__name__)

NUMBERING_ATTEMPTS = 20
"""Check-ins at two stations may pick the same number at once: the loser tries the next one."""

_CANDIDATES = 5
"""Where rows cannot be skipped when locked (SQLite), how many next tickets a call tries."""

_ROUNDS = 10
"""How many times a call reads the next tickets again when others took them first (once is
enough: after the first miss this station holds SQLite's write lock, and PostgreSQL skips)."""


class QueueError(DeskError):
    """A queue change that cannot be made as asked; the message says why in one line."""


class TicketNotFound(QueueError):
    """No ticket with that number (today, at this centre)."""


class TicketTaken(QueueError):
    """The ticket was called at another station (or has just been)."""


class TicketLeft(QueueError):
    """The resident left before being seen: the ticket cannot be called."""


class TicketNotOpen(QueueError):
    """The change does not fit the ticket's state (recalling one not called, say)."""


class QueueEmpty(QueueError):
    """Nobody is waiting."""


class AppointmentError(QueueError):
    """An appointment reference that does not match a booking for today at this centre."""


@dataclass(frozen=True)
class QueueClock:
    """The centre's local time zone and closing time."""

    zone: tzinfo
    closing: time

    @classmethod
    def from_settings(cls, settings: QueueSettings) -> QueueClock:
        """The clock the settings describe; ConfigError for an unknown time zone."""
        try:
            zone = ZoneInfo(settings.time_zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ConfigError(
                f"[queue] time_zone = {settings.time_zone!r} is not a known time zone "
                "(expected a name like Europe/London)"
            ) from None
        return cls(zone, parse_closing_time(settings.closing_time))


LONDON = QueueClock(ZoneInfo("Europe/London"), time(17, 0))
"""The default clock: Europe/London, closing at 17:00."""


@dataclass(frozen=True)
class CheckIn:
    """What a resident told check-in; all of it optional but the service area, none of it
    personal."""

    service_area: str
    task_type: TaskType | None = None
    language: str | None = None
    interpreter: bool = False
    access_needs: frozenset[AccessibilitySupport] = field(default_factory=frozenset)
    appointment_ref: str | None = None


@dataclass(frozen=True)
class TicketView:
    """A ticket as the screens and the command line show it: plain data, nothing personal."""

    id: uuid.UUID
    label: str
    service_day: date
    service_area: str
    task_type: TaskType | None
    language: str | None
    interpreter: bool
    access_needs: tuple[AccessibilitySupport, ...]
    appointment_at: datetime | None
    state: TicketState
    checked_in_at: datetime
    called_at: datetime | None
    called_by: uuid.UUID | None
    called_at_station: str | None
    recalled_at: datetime | None
    seen_at: datetime | None
    left_at: datetime | None
    requeued_at: datetime | None
    visit_id: uuid.UUID | None
    waited_minutes: int
    """From check-in until now while waiting; until the call once called, until leaving once
    left."""

    def as_dict(self) -> dict[str, Any]:
        """The ticket as JSON-ready data."""
        return {
            "id": str(self.id),
            "ticket": self.label,
            "service_day": self.service_day.isoformat(),
            "service_area": self.service_area,
            "task_type": self.task_type.value if self.task_type else None,
            "language": self.language,
            "interpreter": self.interpreter,
            "access_needs": [need.value for need in self.access_needs],
            "appointment_at": _iso(self.appointment_at),
            "state": self.state.value,
            "checked_in_at": _iso(self.checked_in_at),
            "called_at": _iso(self.called_at),
            "called_at_station": self.called_at_station,
            "recalled_at": _iso(self.recalled_at),
            "seen_at": _iso(self.seen_at),
            "left_at": _iso(self.left_at),
            "requeued_at": _iso(self.requeued_at),
            "visit_id": str(self.visit_id) if self.visit_id else None,
            "waited_minutes": self.waited_minutes,
        }


@dataclass(frozen=True)
class QueueView:
    """A centre's queue now: who waits, in the order they will be called, and who is called."""

    waiting: tuple[TicketView, ...]
    called: tuple[TicketView, ...]

    @property
    def longest_wait_minutes(self) -> int:
        """How long the resident waiting longest has waited (0 when nobody waits)."""
        return max((t.waited_minutes for t in self.waiting), default=0)


@dataclass(frozen=True)
class ClosedDays:
    """What closing the past days' queues recorded."""

    tickets_left: int
    no_shows: int


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _view(ticket: QueueTicket, now: datetime) -> TicketView:
    if ticket.state in CALLABLE:
        until = now
    elif ticket.state is TicketState.LEFT:
        until = ticket.left_at or now
    else:
        until = ticket.called_at or now
    station = ticket.called_at_station
    return TicketView(
        id=ticket.id,
        label=ticket_label(ticket.letter, ticket.number),
        service_day=ticket.service_day,
        service_area=ticket.service_area,
        task_type=ticket.task_type,
        language=ticket.language,
        interpreter=ticket.interpreter,
        access_needs=tuple(sorted(ticket.access_needs)),
        appointment_at=ticket.appointment_at,
        state=ticket.state,
        checked_in_at=ticket.checked_in_at,
        called_at=ticket.called_at,
        called_by=ticket.called_by,
        called_at_station=station.name if station is not None else None,
        recalled_at=ticket.recalled_at,
        seen_at=ticket.seen_at,
        left_at=ticket.left_at,
        requeued_at=ticket.requeued_at,
        visit_id=ticket.visit_id,
        waited_minutes=minutes_waited(ticket.checked_in_at, until),
    )


def _event(
    uow: UnitOfWork,
    ticket: QueueTicket,
    kind: QueueEventKind,
    at: datetime,
    *,
    station_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
) -> None:
    uow.queue.add_event(
        QueueEvent(
            ticket_id=ticket.id,
            site_id=ticket.site_id,
            kind=kind,
            at=at,
            station_id=station_id,
            staff_id=staff_id,
        )
    )
    uow.queue.notify_changed(ticket.site_id)


# ---------------------------------------------------------------- check-in


def check_in(
    uow_factory: UowFactory,
    site_id: uuid.UUID,
    request: CheckIn,
    *,
    station_id: uuid.UUID | None = None,
    clock: QueueClock = LONDON,
    now: datetime | None = None,
) -> TicketView:
    """Give the resident a ticket in a centre's queue for today (checked in at `station_id`)."""
    at = _now(now)
    area = request.service_area.strip()
    if not area or len(area) > MAX_SERVICE_AREA_LENGTH:
        raise QueueError("Choose the service the resident has come for.")
    language = (request.language or "").strip() or None
    if language is not None and len(language) > 35:
        raise QueueError("Give the language as a short name or code, such as pl or Polish.")
    for attempt in range(NUMBERING_ATTEMPTS):
        try:
            return _check_in(
                uow_factory,
                (site_id, station_id),
                request,
                area=area,
                language=language,
                clock=clock,
                at=at,
            )
        except RecordConflict as conflict:
            if "appointment" in (conflict.constraint or ""):
                raise
            log.info("ticket number taken at another station, trying the next attempt=%d", attempt)
            # Back off a random, growing while, so stations that collided do not collide again.
            clock_time.sleep(random.uniform(0, 0.01 * (attempt + 1)))  # noqa: S311
    raise QueueError("Check-in is very busy at the moment: nothing was saved. Try again.")


def _check_in(
    uow_factory: UowFactory,
    where: tuple[uuid.UUID, uuid.UUID | None],
    request: CheckIn,
    *,
    area: str,
    language: str | None,
    clock: QueueClock,
    at: datetime,
) -> TicketView:
    site_id, station_id = where
    day = service_day(at, clock.zone)
    letter = ticket_letter(area)
    with uow_factory() as uow:
        appointment = None
        if request.appointment_ref:
            ref = request.appointment_ref.strip()
            appointment = uow.appointments.get_by_ref(site_id, ref)
            if appointment is None:
                raise AppointmentError(
                    "No appointment with that reference at this centre. "
                    "Check it, or check in without it."
                )
            if service_day(appointment.slot_start, clock.zone) != day:
                raise AppointmentError(
                    "That appointment is for "
                    f"{appointment.slot_start.astimezone(clock.zone):%A %d %B}, not today."
                )
            if not uow.appointments.claim(appointment.id, at):
                raise AppointmentError("Someone has already checked in for that appointment.")
        ticket = uow.queue.add(
            QueueTicket(
                site_id=site_id,
                service_day=day,
                letter=letter,
                number=uow.queue.last_number(site_id, day, letter) + 1,
                service_area=area,
                task_type=request.task_type,
                appointment_id=appointment.id if appointment else None,
                appointment_at=appointment.slot_start if appointment else None,
                language=language,
                interpreter=request.interpreter,
                state=TicketState.WAITING,
                checked_in_at=at,
                checked_in_station_id=station_id,
                updated_at=at,
            )
        )
        ticket.access_needs.update(request.access_needs)
        uow.flush()
        _event(uow, ticket, QueueEventKind.CHECKED_IN, at, station_id=station_id)
        uow.commit()
        log.info("checked in ticket=%s site=%s", ticket.id, site_id)
        return _view(ticket, at)


# ---------------------------------------------------------------- the list


def find_site(uow_factory: UowFactory, name: str) -> uuid.UUID:
    """The id of the centre with this name or code ("Woolwich Centre", "woolwich-centre")."""
    with uow_factory() as uow:
        site = uow.sites.get_by_code(name.strip()) or uow.sites.get_by_code(site_code(name))
        if site is None:
            known = ", ".join(s.name for s in uow.sites.list()) or "none yet"
            raise QueueError(f"There is no centre called {name.strip()!r} (known: {known}).")
        return site.id


def find_station(uow_factory: UowFactory, site_id: uuid.UUID, name: str) -> uuid.UUID:
    """The id of the station with this name at a centre."""
    with uow_factory() as uow:
        station = uow.stations.get_by_name(site_id, name.strip())
        if station is None:
            raise QueueError(f"There is no station called {name.strip()!r} at this centre.")
        return station.id


def list_queue(
    uow_factory: UowFactory,
    site_id: uuid.UUID,
    *,
    clock: QueueClock = LONDON,
    now: datetime | None = None,
) -> QueueView:
    """Today's queue at a centre: waiting (appointments whose time has come first, by their
    time; then by check-in) with how long each has waited, and the tickets called now."""
    at = _now(now)
    day = service_day(at, clock.zone)
    with uow_factory() as uow:
        waiting = sorted(
            uow.queue.list_in_states(site_id, CALLABLE, day),
            key=lambda t: queue_position_key(t.checked_in_at, t.appointment_at, at),
        )
        called = sorted(
            uow.queue.list_in_states(site_id, {TicketState.CALLED}, day),
            key=lambda t: t.recalled_at or t.called_at or t.checked_in_at,
            reverse=True,
        )
        return QueueView(
            waiting=tuple(_view(t, at) for t in waiting),
            called=tuple(_view(t, at) for t in called),
        )


def find_ticket(
    uow_factory: UowFactory,
    site_id: uuid.UUID,
    label: str,
    *,
    clock: QueueClock = LONDON,
    now: datetime | None = None,
) -> TicketView:
    """Today's ticket with this number at a centre (as typed: "H12", "h 12")."""
    at = _now(now)
    with uow_factory() as uow:
        return _view(_find(uow, site_id, label, service_day(at, clock.zone)), at)


def _find(uow: UnitOfWork, site_id: uuid.UUID, label: str, day: date) -> QueueTicket:
    try:
        letter, number = parse_ticket(label)
    except ValueError:
        raise TicketNotFound(
            "That is not a ticket number: a letter and a number, like H12."
        ) from None
    ticket = uow.queue.find(site_id, day, letter, number)
    if ticket is None:
        raise TicketNotFound(f"There is no ticket {ticket_label(letter, number)} today.")
    return ticket


# ---------------------------------------------------------------- calling


@dataclass(frozen=True)
class Called:
    """A resident called to a desk: their ticket and the visit the call opened (or resumed)."""

    ticket: TicketView
    visit_id: uuid.UUID


def call_next(
    uow_factory: UowFactory,
    site_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID,
    clock: QueueClock = LONDON,
    now: datetime | None = None,
) -> Called:
    """Call the next resident in the queue to this champion's desk and open their visit.

    Two champions calling at once get two different residents: on PostgreSQL the next ticket
    is locked with SKIP LOCKED (another station's pick is passed over); everywhere the ticket
    changes only if it is still waiting, so a ticket another station took first is skipped.
    """
    at = _now(now)
    day = service_day(at, clock.zone)
    with uow_factory() as uow:
        skip_locked = uow.queue.locks_rows
        ticket: QueueTicket | None = None
        for _round in range(_ROUNDS):
            candidates = uow.queue.next_ids(
                site_id,
                day,
                CALLABLE,
                at,
                limit=1 if skip_locked else _CANDIDATES,
                skip_locked=skip_locked,
            )
            if not candidates:
                raise QueueEmpty("Nobody is waiting.")
            for candidate in candidates:
                ticket = _take(uow, candidate, staff_id, station_id, at)
                if ticket is not None:
                    break
            if ticket is not None:
                break
        if ticket is None:
            raise QueueError("Other desks are calling at this very moment; try again.")
        called = _open_visit(uow, ticket, staff_id, station_id, at)
        uow.commit()
    log.info("ticket called ticket=%s station=%s", called.ticket.id, station_id)
    return called


def call_ticket(
    uow_factory: UowFactory,
    ticket_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID,
    now: datetime | None = None,
) -> Called:
    """Call a particular resident to this desk (not the next in line) and open their visit."""
    at = _now(now)
    with uow_factory() as uow:
        ticket = _take(uow, ticket_id, staff_id, station_id, at)
        if ticket is None:
            _refuse(uow, ticket_id, QueueEventKind.CALLED)
        called = _open_visit(uow, ticket, staff_id, station_id, at)
        uow.commit()
    log.info("ticket called ticket=%s station=%s", called.ticket.id, station_id)
    return called


def _take(
    uow: UnitOfWork,
    ticket_id: uuid.UUID,
    staff_id: uuid.UUID,
    station_id: uuid.UUID,
    at: datetime,
) -> QueueTicket | None:
    return uow.queue.transition(
        ticket_id,
        CALLABLE,
        state=TicketState.CALLED,
        called_at=at,
        called_by=staff_id,
        called_at_station_id=station_id,
        updated_at=at,
    )


def _open_visit(
    uow: UnitOfWork,
    ticket: QueueTicket,
    staff_id: uuid.UUID,
    station_id: uuid.UUID,
    at: datetime,
) -> Called:
    """The visit for a called ticket: the one it already has (called again after being put
    back in the queue: the visit goes on at this desk), else a new one with check-in's details,
    arrived when the resident checked in and first seen now."""
    _event(uow, ticket, QueueEventKind.CALLED, at, station_id=station_id, staff_id=staff_id)
    visit = uow.visits.get(ticket.visit_id) if ticket.visit_id else None
    if visit is not None and visit.ended_at is None:
        visit.station_id = station_id
        visit.staff_id = staff_id
    else:
        route = EntryRoute.APPOINTMENT if ticket.appointment_id else EntryRoute.WALK_IN
        visit = uow.visits.add(
            Visit(
                site_id=ticket.site_id,
                station_id=station_id,
                staff_id=staff_id,
                entry_route=route,
                arrived_at=ticket.checked_in_at,
                first_seen_at=at,
                started_at=at,
                arrival_measured=True,
                language=ticket.language,
                interpreter_used=ticket.interpreter,
            )
        )
        visit.accessibility_support.update(ticket.access_needs)
        if ticket.task_type is not None:
            visit.tasks.append(
                VisitTask(
                    visit_id=visit.id,
                    service_area=ticket.service_area,
                    task_type=ticket.task_type,
                    staff_id=staff_id,
                )
            )
        uow.flush()
        _audit_visit(
            uow, AuditAction.VISIT_STARTED, visit, staff_id, at, route=route.value, source="queue"
        )
        ticket.visit_id = visit.id
    return Called(ticket=_view(ticket, at), visit_id=visit.id)


def _audit_visit(
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


def _refuse(uow: UnitOfWork, ticket_id: uuid.UUID, change: QueueEventKind) -> NoReturn:
    """Raise the error that says why `change` cannot happen to the ticket as it is now."""
    ticket = uow.queue.get(ticket_id)
    if ticket is None:
        raise TicketNotFound("That ticket no longer exists.")
    label = ticket_label(ticket.letter, ticket.number)
    state = ticket.state
    if state is TicketState.LEFT:
        if change is QueueEventKind.CALLED:
            raise TicketLeft(f"Ticket {label} left before being seen; it cannot be called.")
        raise TicketLeft(f"Ticket {label} left before being seen; check the resident in again.")
    if change is QueueEventKind.CALLED and state in {TicketState.CALLED, TicketState.SEEN}:
        where = ticket.called_at_station.name if ticket.called_at_station else "another desk"
        raise TicketTaken(f"Ticket {label} has already been called to {where}.")
    if change is QueueEventKind.RECALLED or change is QueueEventKind.SEEN:
        raise TicketNotOpen(f"Ticket {label} is not called at the moment; call it first.")
    if change is QueueEventKind.REQUEUED:
        raise TicketNotOpen(f"Ticket {label} is already waiting in the queue.")
    if change is QueueEventKind.LEFT and state is TicketState.SEEN:
        raise TicketNotOpen(f"Ticket {label} has been seen; end the visit instead.")
    raise TicketNotOpen(f"Ticket {label} cannot be changed now (it is {state.value}).")


# ---------------------------------------------------------------- after the call


def recall(
    uow_factory: UowFactory,
    ticket_id: uuid.UUID,
    *,
    staff_id: uuid.UUID | None = None,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> TicketView:
    """Call a called resident again ("Ticket H12, please come to desk 3")."""
    at = _now(now)
    values = {"recalled_at": at}
    return _change(
        uow_factory, ticket_id, QueueEventKind.RECALLED, values, by=(staff_id, station_id), at=at
    )


def mark_seen(
    uow_factory: UowFactory,
    ticket_id: uuid.UUID,
    *,
    staff_id: uuid.UUID | None = None,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> TicketView:
    """The called resident has come to the desk."""
    at = _now(now)
    values = {"state": TicketState.SEEN, "seen_at": at}
    return _change(
        uow_factory, ticket_id, QueueEventKind.SEEN, values, by=(staff_id, station_id), at=at
    )


def mark_left(
    uow_factory: UowFactory,
    ticket_id: uuid.UUID,
    *,
    staff_id: uuid.UUID | None = None,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> TicketView:
    """The resident left before being seen: recorded, and a visit a call opened is ended so."""
    at = _now(now)
    values = {"state": TicketState.LEFT, "left_at": at}
    return _change(
        uow_factory, ticket_id, QueueEventKind.LEFT, values, by=(staff_id, station_id), at=at
    )


def requeue(
    uow_factory: UowFactory,
    ticket_id: uuid.UUID,
    *,
    staff_id: uuid.UUID | None = None,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> TicketView:
    """Put a called (or seen) resident back in the queue, in the place check-in gave them."""
    at = _now(now)
    values = {"state": TicketState.REQUEUED, "requeued_at": at}
    return _change(
        uow_factory, ticket_id, QueueEventKind.REQUEUED, values, by=(staff_id, station_id), at=at
    )


def _change(
    uow_factory: UowFactory,
    ticket_id: uuid.UUID,
    change: QueueEventKind,
    values: dict[str, Any],
    *,
    by: tuple[uuid.UUID | None, uuid.UUID | None],
    at: datetime,
) -> TicketView:
    """Make `change` (set `values`) if the ticket's state allows it; `by` is (staff, station)."""
    staff_id, station_id = by
    with uow_factory() as uow:
        ticket = uow.queue.transition(ticket_id, ALLOWED_FROM[change], updated_at=at, **values)
        if ticket is None:
            _refuse(uow, ticket_id, change)
        _event(uow, ticket, change, at, station_id=station_id, staff_id=staff_id)
        if change is QueueEventKind.LEFT:
            _end_unseen_visit(uow, ticket, staff_id, at)
        uow.commit()
        view = _view(ticket, at)
    log.info("ticket %s ticket=%s", change.value, ticket_id)
    return view


def _end_unseen_visit(
    uow: UnitOfWork, ticket: QueueTicket, staff_id: uuid.UUID | None, at: datetime
) -> None:
    """A resident called but never seen who leaves: their visit ends as "left before seen".
    One seen before (then put back in the queue), or whose visit already says how a task went,
    keeps their visit for the champion to end."""
    if ticket.visit_id is None or ticket.seen_at is not None:
        return
    visit = uow.visits.get(ticket.visit_id)
    if visit is None or visit.ended_at is not None:
        return
    if any(task.outcome is not None for task in visit.tasks):
        return
    visit.ended_at = max(at, visit.started_at or at)
    visit.outcome = VisitOutcome.LEFT_BEFORE_SEEN
    _audit_visit(
        uow,
        AuditAction.VISIT_ENDED,
        visit,
        staff_id,
        visit.ended_at,
        outcome=VisitOutcome.LEFT_BEFORE_SEEN.value,
        tasks=len(visit.tasks),
    )


# ---------------------------------------------------------------- closing a day


def close_past_days(
    uow_factory: UowFactory,
    site_id: uuid.UUID,
    *,
    clock: QueueClock = LONDON,
    now: datetime | None = None,
) -> ClosedDays:
    """Close the queues of the days before today: their open tickets are recorded as left at
    the centre's closing time, and their appointments nobody checked in for as missed."""
    at = _now(now)
    today = service_day(at, clock.zone)
    start_of_today = datetime.combine(today, time(0), tzinfo=clock.zone)
    with uow_factory() as uow:
        left = 0
        for ticket in uow.queue.list_open_before(site_id, today, OPEN):
            closed = closing_instant(ticket.service_day, clock.closing, clock.zone)
            closed = max(closed, ticket.called_at or ticket.checked_in_at, ticket.checked_in_at)
            changed = uow.queue.transition(
                ticket.id, OPEN, state=TicketState.LEFT, left_at=closed, updated_at=at
            )
            if changed is None:
                continue
            _event(uow, changed, QueueEventKind.CLOSED, closed)
            _end_unseen_visit(uow, changed, None, closed)
            left += 1
        missed = uow.appointments.missed_before(site_id, start_of_today)
        for appointment in missed:
            day = service_day(appointment.slot_start, clock.zone)
            appointment.no_show_at = max(
                closing_instant(day, clock.closing, clock.zone), appointment.slot_end
            )
        uow.commit()
    if left or missed:
        log.info("queue days closed site=%s left=%d no_shows=%d", site_id, left, len(missed))
    return ClosedDays(tickets_left=left, no_shows=len(missed))


def ticket_events(uow_factory: UowFactory, ticket_id: uuid.UUID) -> list[tuple[str, datetime]]:
    """What happened to a ticket and when, oldest first (for the record and for tests)."""
    with uow_factory() as uow:
        return [(e.kind.value, e.at) for e in uow.queue.list_events(ticket_id)]
