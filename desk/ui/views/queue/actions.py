"""What the queue panel asks of the services, and those use cases bound to this station."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desk.runtime import Runtime
from desk.services import queue, visits
from desk.services.queue import CheckIn, QueueClock, QueueView, TicketView
from desk.services.staff import StaffMember
from desk.services.visits import VisitSummary
from desk.storage.notify import QueueWatch


class Watch(Protocol):
    """Waits for a change to the centre's queue (`desk.storage.notify.QueueWatch`)."""

    @property
    def reachable(self) -> bool: ...

    def wait(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class CalledVisit:
    """A resident called to this desk: their ticket and the visit the call opened."""

    ticket: TicketView
    visit: VisitSummary


class QueueActions(Protocol):
    """What the queue panel calls: `signed_in` on the GUI thread; the others in the background
    (`watch` on the follower's own thread)."""

    def signed_in(self) -> StaffMember | None: ...

    def list_queue(self) -> QueueView: ...

    def check_in(self, request: CheckIn) -> TicketView: ...

    def call_next(self, *, staff_id: uuid.UUID) -> CalledVisit: ...

    def call_ticket(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> CalledVisit: ...

    def recall(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView: ...

    def mark_seen(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView: ...

    def mark_left(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView: ...

    def requeue(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView: ...

    def watch(self) -> Watch: ...


class StationQueue:
    """The queue's use cases at this station's centre, for whoever is signed in."""

    def __init__(self, runtime: Runtime, *, member: Callable[[], StaffMember | None]) -> None:
        self._runtime = runtime
        self._uow = runtime.uow_factory
        self._site = runtime.station.site_id
        self._station = runtime.station.station_id
        self._clock = QueueClock.from_settings(runtime.settings.queue)
        self._member = member

    def signed_in(self) -> StaffMember | None:
        """On the GUI thread: who is signed in now (nobody: nobody is called)."""
        return self._member()

    def list_queue(self) -> QueueView:
        """Today's queue at this centre."""
        return queue.list_queue(self._uow, self._site, clock=self._clock)

    def check_in(self, request: CheckIn) -> TicketView:
        """A ticket for a resident checked in at this station."""
        return queue.check_in(
            self._uow, self._site, request, station_id=self._station, clock=self._clock
        )

    def call_next(self, *, staff_id: uuid.UUID) -> CalledVisit:
        """Call the next resident to this desk; their visit opens."""
        called = queue.call_next(
            self._uow, self._site, staff_id=staff_id, station_id=self._station, clock=self._clock
        )
        return CalledVisit(called.ticket, visits.get_visit(self._uow, called.visit_id))

    def call_ticket(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> CalledVisit:
        """Call a particular resident to this desk; their visit opens."""
        called = queue.call_ticket(
            self._uow, ticket_id, staff_id=staff_id, station_id=self._station
        )
        return CalledVisit(called.ticket, visits.get_visit(self._uow, called.visit_id))

    def recall(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView:
        """Call a called resident again (the display shows the ticket again)."""
        return queue.recall(self._uow, ticket_id, staff_id=staff_id, station_id=self._station)

    def mark_seen(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView:
        """The called resident has come to the desk (their ticket leaves the display)."""
        return queue.mark_seen(self._uow, ticket_id, staff_id=staff_id, station_id=self._station)

    def mark_left(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView:
        """The resident left before being seen."""
        return queue.mark_left(self._uow, ticket_id, staff_id=staff_id, station_id=self._station)

    def requeue(self, ticket_id: uuid.UUID, *, staff_id: uuid.UUID) -> TicketView:
        """Put a called resident back in the queue, in their place."""
        return queue.requeue(self._uow, ticket_id, staff_id=staff_id, station_id=self._station)

    def watch(self) -> Watch:
        """On the follower's thread: wait for changes to this centre's queue."""
        return QueueWatch(
            self._runtime.engine, self._site, poll_seconds=self._runtime.settings.queue.poll_seconds
        )
