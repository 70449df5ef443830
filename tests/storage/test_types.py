"""Times are stored in UTC and come back timezone-aware on every backend; naive ones are refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import StatementError

from desk.domain.visits import EntryRoute
from desk.storage.database import make_engine, make_session_factory
from desk.storage.migrate import upgrade
from desk.storage.models import Visit
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed

LONDON_SUMMER = timezone(timedelta(hours=1), "BST")


def _visit(seed: Seed, arrived: datetime) -> Visit:
    return Visit(
        site_id=seed.site_id,
        station_id=seed.station_id,
        entry_route=EntryRoute.WALK_IN,
        arrived_at=arrived,
    )


def test_aware_in_aware_utc_out(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    arrived = datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=LONDON_SUMMER)
    with uow() as unit:
        visit_id = unit.visits.add(_visit(seed, arrived)).id
        unit.commit()
    with uow() as unit:
        loaded = unit.visits.get(visit_id)
        assert loaded is not None
        assert loaded.arrived_at == arrived
        assert loaded.arrived_at.tzinfo is UTC
        assert loaded.arrived_at.hour == 8
        assert loaded.created_at.tzinfo is UTC
        assert loaded.first_seen_at is None


def test_range_queries_compare_in_utc(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    arrived = datetime(2026, 7, 1, 0, 30, tzinfo=LONDON_SUMMER)  # 23:30 UTC the day before
    with uow() as unit:
        unit.visits.add(_visit(seed, arrived))
        unit.commit()
    with uow() as unit:
        june_30 = datetime(2026, 6, 30, tzinfo=UTC)
        july_1 = datetime(2026, 7, 1, tzinfo=UTC)
        assert len(unit.visits.list_arrived_between(seed.site_id, june_30, july_1)) == 1
        assert unit.visits.list_arrived_between(seed.site_id, july_1, july_1 + timedelta(1)) == []


def test_naive_datetimes_are_refused(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    with uow() as unit:
        unit.visits.add(_visit(seed, datetime(2026, 7, 1, 9, 30)))
        with pytest.raises(StatementError, match="naive datetime refused"):
            unit.commit()


@pytest.mark.postgres
def test_utc_whatever_the_postgres_session_time_zone(postgres_url: str) -> None:
    url = make_url(postgres_url).update_query_dict({"options": "-c timezone=America/New_York"})
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SHOW timezone")).scalar() == "America/New_York"
        factory = make_session_factory(engine)
        arrived = datetime(2026, 1, 15, 23, 30, tzinfo=UTC)
        Seed(lambda: SqlUnitOfWork(factory))
        with SqlUnitOfWork(factory) as unit:
            site = unit.sites.get_by_code("woolwich")
            assert site is not None
            [station] = unit.stations.list(site.id)
            visit = Visit(
                site_id=site.id,
                station_id=station.id,
                entry_route=EntryRoute.WALK_IN,
                arrived_at=arrived,
            )
            unit.visits.add(visit)
            unit.commit()
        with SqlUnitOfWork(factory) as unit:
            loaded = unit.visits.get(visit.id)
            assert loaded is not None
            assert loaded.arrived_at == arrived
            assert loaded.arrived_at.tzinfo is UTC
            assert loaded.arrived_at.hour == 23
    finally:
        engine.dispose()
