"""Optimistic locking: the second of two stations editing the same record gets a typed error."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desk.domain.loans import DeviceKind, DeviceState
from desk.domain.visits import EntryRoute, VisitOutcome
from desk.errors import DeskError
from desk.storage.errors import ConcurrentUpdate
from desk.storage.models import Device, Visit
from desk.storage.types import utcnow
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed


def test_second_writer_of_a_visit_gets_concurrent_update(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    with uow() as unit:
        visit = unit.visits.add(
            Visit(site_id=seed.site_id, station_id=seed.station_id, entry_route=EntryRoute.WALK_IN)
        )
        unit.commit()
        visit_id = visit.id

    with uow() as first, uow() as second:
        mine = first.visits.get(visit_id)
        theirs = second.visits.get(visit_id)
        assert mine is not None and theirs is not None
        theirs.outcome = VisitOutcome.COMPLETED
        theirs.ended_at = utcnow()
        second.commit()
        mine.outcome = VisitOutcome.LEFT_BEFORE_SEEN
        with pytest.raises(ConcurrentUpdate) as caught:
            first.commit()

    assert isinstance(caught.value, DeskError)
    message = str(caught.value)
    assert "visit was changed at another station" in message
    assert "\n" not in message
    with uow() as unit:
        stored = unit.visits.get(visit_id)
        assert stored is not None
        assert stored.outcome is VisitOutcome.COMPLETED
        assert stored.version == 2


def test_second_writer_of_a_device_gets_concurrent_update(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    with uow() as unit:
        unit.devices.add(
            Device(asset_tag="RBG-0001", kind=DeviceKind.LAPTOP, model="X1", site_id=seed.site_id)
        )
        unit.commit()

    with uow() as first, uow() as second:
        mine = first.devices.get_by_asset_tag("RBG-0001")
        theirs = second.devices.get_by_asset_tag("RBG-0001")
        assert mine is not None and theirs is not None
        theirs.state = DeviceState.ON_LOAN
        second.commit()
        mine.state = DeviceState.IN_REPAIR
        with pytest.raises(ConcurrentUpdate, match="this device was changed"):
            first.flush()


def test_sequential_edits_bump_the_version(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    with uow() as unit:
        visit = unit.visits.add(
            Visit(site_id=seed.site_id, station_id=seed.station_id, entry_route=EntryRoute.WALK_IN)
        )
        unit.commit()
        created = visit.updated_at
        visit.language = "so"
        unit.commit()
        assert visit.version == 2
        assert visit.updated_at >= created
