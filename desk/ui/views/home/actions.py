"""What the home screen asks of the services, and those use cases bound to this station."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from desk.domain.visits import EntryRoute
from desk.runtime import Runtime
from desk.services import visits
from desk.services.staff import StaffMember
from desk.services.visits import VisitSummary


class HomeActions(Protocol):
    """What the home screen calls: `signed_in` on the GUI thread when a visit is asked for; the
    others in the background."""

    def signed_in(self) -> StaffMember | None: ...

    def open_visits(self) -> list[VisitSummary]: ...

    def start_visit(
        self, route: EntryRoute, *, staff_id: uuid.UUID, minutes_ago: int
    ) -> VisitSummary: ...


class StationHome:
    """The home screen's use cases at this station, for whoever is signed in."""

    def __init__(self, runtime: Runtime, *, member: Callable[[], StaffMember | None]) -> None:
        self._uow = runtime.uow_factory
        self._station = runtime.station
        self._member = member

    def signed_in(self) -> StaffMember | None:
        """On the GUI thread: who is signed in now (nobody: no visit starts)."""
        return self._member()

    def open_visits(self) -> list[VisitSummary]:
        """The visits not yet ended at this station."""
        return visits.open_visits(self._uow, self._station)

    def start_visit(
        self, route: EntryRoute, *, staff_id: uuid.UUID, minutes_ago: int
    ) -> VisitSummary:
        """A visit for the resident who arrived `minutes_ago`."""
        now = datetime.now(UTC)
        return visits.start_visit(
            self._uow,
            self._station,
            staff_id,
            route,
            arrived_at=now - timedelta(minutes=minutes_ago),
            now=now,
        )
