"""The queue's rules: ticket states and what may follow each, ticket numbers, the waiting order.

A ticket is anonymous: a short number to say aloud (a letter for the service area and a number,
"H12"), what the resident came for and the help they asked for; never a name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from desk.domain.visits import ServiceArea


class TicketState(StrEnum):
    """Where a ticket is between check-in and being seen."""

    WAITING = "waiting"
    CALLED = "called"
    SEEN = "seen"
    LEFT = "left"
    REQUEUED = "requeued"
    """Back in the queue after a call (keeping the place check-in gave it)."""


class QueueEventKind(StrEnum):
    """One thing that happened to a ticket, recorded with its time."""

    CHECKED_IN = "checked_in"
    CALLED = "called"
    RECALLED = "recalled"
    SEEN = "seen"
    LEFT = "left"
    REQUEUED = "requeued"
    CLOSED = "closed"
    """Still open when its day's queue was closed: recorded as left at the closing time."""


CALLABLE = frozenset({TicketState.WAITING, TicketState.REQUEUED})
"""States from which a ticket may be called."""

OPEN = frozenset({TicketState.WAITING, TicketState.REQUEUED, TicketState.CALLED})
"""States of a ticket still in the queue (left as "left" when its day is closed)."""

ALLOWED_FROM: Mapping[QueueEventKind, frozenset[TicketState]] = {
    QueueEventKind.CALLED: CALLABLE,
    QueueEventKind.RECALLED: frozenset({TicketState.CALLED}),
    QueueEventKind.SEEN: frozenset({TicketState.CALLED}),
    QueueEventKind.LEFT: OPEN,
    QueueEventKind.REQUEUED: frozenset({TicketState.CALLED, TicketState.SEEN}),
    QueueEventKind.CLOSED: OPEN,
}
"""For each change, the states a ticket may be in for it to happen."""

SERVICE_LETTERS: Mapping[str, str] = {
    ServiceArea.HOUSING: "H",
    ServiceArea.SCHOOL_ADMISSIONS: "S",
    ServiceArea.BENEFITS_EVIDENCE: "B",
    ServiceArea.COUNCIL_TAX: "C",
    ServiceArea.PARKING_BLUE_BADGE: "P",
    ServiceArea.OTHER: "X",
}
"""The ticket letter of each default service area; another area takes its first letter."""

_TICKET = re.compile(r"^\s*([A-Za-z])\s*-?\s*0*([0-9]{1,4})\s*$")


def ticket_letter(service_area: str) -> str:
    """The letter a service area's tickets start with."""
    if service_area in SERVICE_LETTERS:
        return SERVICE_LETTERS[service_area]
    letters = [c for c in service_area.upper() if "A" <= c <= "Z"]
    return letters[0] if letters else "X"


def ticket_label(letter: str, number: int) -> str:
    """How a ticket is shown and said: "H12"."""
    return f"{letter}{number}"


def parse_ticket(text: str) -> tuple[str, int]:
    """The letter and number of a ticket as typed ("h12", "H 012"); ValueError if it is not one."""
    match = _TICKET.match(text)
    if not match:
        raise ValueError("not a ticket number")
    return match.group(1).upper(), int(match.group(2))


def service_day(at: datetime, zone: tzinfo) -> date:
    """The centre's local day an instant falls on (tickets are numbered per centre per day)."""
    return at.astimezone(zone).date()


def closing_instant(day: date, closing: time, zone: tzinfo) -> datetime:
    """The instant a centre closed on `day` (its local closing time)."""
    return datetime.combine(day, closing, tzinfo=zone)


def parse_closing_time(text: str) -> time:
    """A closing time written as HH:MM (24-hour); ValueError otherwise."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError("not a time like 17:00")
    return time(int(hours), int(minutes))


def queue_position_key(
    checked_in_at: datetime, appointment_at: datetime | None, now: datetime
) -> tuple[int, datetime, datetime]:
    """How the queue is ordered: residents whose appointment time has come first, by that time;
    then everybody else (an early appointment included) by the time they checked in."""
    if appointment_at is not None and appointment_at <= now:
        return (0, appointment_at, checked_in_at)
    return (1, checked_in_at, checked_in_at)


def minutes_waited(since: datetime, now: datetime) -> int:
    """Whole minutes from `since` to `now`, never negative."""
    return max(0, int((now - since) / timedelta(minutes=1)))
