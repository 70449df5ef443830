"""Loan fixtures: a migrated database (SQLite and PostgreSQL), a site, two staff and a visit."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from desk.domain.loans import DeviceKind, IdTypeSeen
from desk.domain.visits import EntryRoute
from desk.services import devices as device_service
from desk.services import loans as loan_service
from desk.storage.models import Staff, Visit
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

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
"""The injected time most tests run at."""

INVENTORY = """asset_tag,serial,kind,model,kit,site,state
LT-042,SN-1,laptop,Lenovo ThinkPad E14,charger; sleeve,Woolwich Centre,available
LT-043,SN-2,laptop,Lenovo ThinkPad E14,charger,Woolwich Centre,
TB-001,,tablet,iPad 9th gen,charger; case,woolwich,available
"""

UowFactory = Callable[[], SqlUnitOfWork]


class World:
    """A seeded database: ids for the site, station, two staff members and an open visit."""

    def __init__(self, make_uow: UowFactory, seed: Seed) -> None:
        self.uow = make_uow
        self.site_id = seed.site_id
        self.station_id = seed.station_id
        self.staff_id = seed.staff_id
        with make_uow() as unit:
            other = unit.staff.add(
                Staff(display_name="Ria K.", first_name="Ria", pin_hash="argon2$fake")
            )
            visit = unit.visits.add(
                Visit(
                    site_id=seed.site_id,
                    station_id=seed.station_id,
                    entry_route=EntryRoute.WALK_IN,
                    staff_id=seed.staff_id,
                )
            )
            unit.commit()
            self.colleague_id = other.id
            self.visit_id = visit.id
        device_service.import_devices(
            make_uow, io.StringIO(INVENTORY), staff_id=self.staff_id, now=NOW
        )

    def new_visit(self) -> Visit:
        """Another open visit at the site."""
        with self.uow() as unit:
            visit = unit.visits.add(
                Visit(
                    site_id=self.site_id,
                    station_id=self.station_id,
                    entry_route=EntryRoute.WALK_IN,
                )
            )
            unit.commit()
            return visit

    def lend(
        self,
        tag: str = "LT-042",
        *,
        name: str = "Ada Lovelace",
        contact: str = "07700 900123",
        at: datetime = NOW,
        days: int = 14,
    ) -> loan_service.LentOut:
        """Lend a device to take home with the current agreement."""
        return loan_service.lend_take_home(
            self.uow,
            tag,
            loan_service.BorrowerDetails(name, contact, IdTypeSeen.PASSPORT),
            due_at=at + timedelta(days=days),
            typed_name=name,
            agreement_version=loan_service.current_agreement().version,
            staff_id=self.staff_id,
            station_id=self.station_id,
            now=at,
        )

    def add(self, tag: str, kind: DeviceKind = DeviceKind.LAPTOP) -> device_service.DeviceView:
        """Add one more device."""
        return device_service.add_device(
            self.uow, asset_tag=tag, kind=kind, model="Model", site_id=self.site_id
        )


@pytest.fixture
def world(uow: UowFactory, seed: Seed) -> World:
    """A site with three devices (LT-042, LT-043, TB-001), two staff and an open visit."""
    return World(uow, seed)
