"""Storage fixtures: the same tests run on a SQLite file and on a fresh PostgreSQL database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desk.storage.database import make_engine, make_session_factory
from desk.storage.migrate import upgrade
from desk.storage.models import Site, Staff, Station
from desk.storage.uow import SqlUnitOfWork


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file in tmp_path, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'desk.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on the empty database."""
    made = make_engine(db_url)
    try:
        yield made
    finally:
        made.dispose()


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    """The engine, with the database at the latest migration."""
    upgrade(engine)
    return engine


@pytest.fixture
def session_factory(migrated: Engine) -> sessionmaker[Session]:
    """Sessions on the migrated database."""
    return make_session_factory(migrated)


@pytest.fixture
def uow(session_factory: sessionmaker[Session]) -> Callable[[], SqlUnitOfWork]:
    """Make a new unit of work on the migrated database."""
    return lambda: SqlUnitOfWork(session_factory)


class Seed:
    """Ids of a site, a station and a staff member already in the database."""

    def __init__(self, make_uow: Callable[[], SqlUnitOfWork]) -> None:
        with make_uow() as unit:
            site = unit.sites.add(Site(code="woolwich", name="Woolwich Centre"))
            unit.flush()
            station = unit.stations.add(Station(site_id=site.id, name="WC-STATION-01"))
            staff = unit.staff.add(
                Staff(display_name="Sam P.", first_name="Sam", pin_hash="argon2$fake")
            )
            unit.commit()
            self.site_id = site.id
            self.station_id = station.id
            self.staff_id = staff.id


@pytest.fixture
def seed(uow: Callable[[], SqlUnitOfWork]) -> Seed:
    """A site, a station and a staff member."""
    return Seed(uow)
