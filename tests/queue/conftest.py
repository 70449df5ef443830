"""Queue fixtures: a migrated database (SQLite and PostgreSQL), a site, two stations, two staff."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from desk.services import queue
from desk.services.queue import CheckIn, TicketView
from desk.services.station import StationRef
from desk.storage.models import Staff, Station
from desk.storage.uow import SqlUnitOfWork
from tests.e2e.conftest import desk
from tests.storage.conftest import (
    Seed,
    db_url,
    engine,
    migrated,
    seed,
    session_factory,
    uow,
)

__all__ = ["db_url", "desk", "engine", "migrated", "seed", "session_factory", "uow"]

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
"""A Friday morning in London (GMT): the time most tests run at."""

UowFactory = Callable[[], SqlUnitOfWork]


class Centre:
    """A seeded centre: two stations (desk 1 and desk 2) and two champions."""

    def __init__(self, make_uow: UowFactory, seed: Seed) -> None:
        self.uow = make_uow
        self.site_id = seed.site_id
        self.station = StationRef(seed.site_id, seed.station_id)
        self.staff_id = seed.staff_id
        with make_uow() as unit:
            other_station = unit.stations.add(Station(site_id=seed.site_id, name="WC-STATION-02"))
            other = unit.staff.add(
                Staff(display_name="Ria K.", first_name="Ria", pin_hash="argon2$fake")
            )
            unit.commit()
            self.other_station = StationRef(seed.site_id, other_station.id)
            self.colleague_id = other.id

    def check_in(
        self, area: str = "housing", *, at: datetime = NOW, **details: object
    ) -> TicketView:
        """A resident checks in at desk 1."""
        request = CheckIn(service_area=area, **details)  # type: ignore[arg-type]
        return queue.check_in(
            self.uow, self.site_id, request, station_id=self.station.station_id, now=at
        )

    def call_next(self, *, at: datetime = NOW, second_desk: bool = False) -> queue.Called:
        """A champion calls the next resident (to desk 1, or desk 2 with `second_desk`)."""
        staff, station = (
            (self.colleague_id, self.other_station)
            if second_desk
            else (self.staff_id, self.station)
        )
        return queue.call_next(
            self.uow, self.site_id, staff_id=staff, station_id=station.station_id, now=at
        )


@pytest.fixture
def centre(uow: UowFactory, seed: Seed) -> Centre:
    """A centre with two stations and two champions, and nobody in the queue."""
    return Centre(uow, seed)
