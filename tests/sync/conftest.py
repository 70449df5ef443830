"""Stations writing to a real PostgreSQL through their journal, and journals to replay."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from desk.domain.visits import EntryRoute, TaskType
from desk.services import visits
from desk.services.station import StationRef, register_station
from desk.storage.database import make_engine, make_session_factory
from desk.storage.journal import Journal
from desk.storage.migrate import upgrade
from desk.storage.models import Staff
from desk.storage.sync import Backoff, JournalledUnitOfWork, Replicator, capture_writes
from desk.uploads.crypto import SpoolKey
from tests.e2e.conftest import desk  # noqa: F401  (the `desk` command, for test_cli)

ROOT = Path(__file__).resolve().parents[2]

NO_WAIT = Backoff(base_seconds=0.0, cap_seconds=0.0)


class RecordingUnitOfWork(JournalledUnitOfWork):
    """A station's unit of work while the shared database is away: its own copy takes the
    transaction (so the next one builds on it) and the journal keeps the record, unsent."""

    def commit(self) -> None:
        session = self._require_session()
        self._run(session.flush)
        statements = self._take()
        if statements:
            self._journal.append(statements, station_id=self._station_id)
        self._run(session.commit)


@dataclass
class Station:
    """A station: an engine on a database, its journal and its replicator."""

    engine: Engine
    journal: Journal
    replicator: Replicator
    recording: bool = False
    ref: StationRef | None = None
    staff_id: uuid.UUID | None = None
    closers: list[Callable[[], None]] = field(default_factory=list)

    def uow(self) -> JournalledUnitOfWork:
        kind = RecordingUnitOfWork if self.recording else JournalledUnitOfWork
        return kind(
            make_session_factory(self.engine),
            self.journal,
            self.replicator,
            self.ref.station_id if self.ref else None,
        )

    def setup(self) -> None:
        """Register the station and a member of staff (journalled too)."""
        self.ref = register_station(self.uow, "Woolwich Centre", f"WC-{uuid.uuid4().hex[:6]}")
        with self.uow() as unit:
            staff = unit.staff.add(Staff(display_name="Sam P.", first_name="Sam", pin_hash="x"))
            unit.commit()
            self.staff_id = staff.id

    def visit(self, index: int = 0) -> uuid.UUID:
        """A whole visit: started, a task, its outcome, ended (four records or more)."""
        assert self.ref is not None and self.staff_id is not None
        from desk.domain.visits import NextTime, TaskOutcome, VisitOutcome  # noqa: PLC0415

        started = visits.start_visit(self.uow, self.ref, self.staff_id, EntryRoute.WALK_IN)
        summary = visits.add_task(
            self.uow, started.id, f"Housing {index}", TaskType.ONLINE_FORM, staff_id=self.staff_id
        )
        task = summary.tasks[0].id
        visits.record_task(
            self.uow, started.id, task, outcome=TaskOutcome.DONE_WITH_HELP, next_time=NextTime.ALONE
        )
        visits.end_visit(self.uow, started.id, VisitOutcome.COMPLETED, staff_id=self.staff_id)
        return started.id


def make_station(
    url: str,
    journal_path: Path,
    key: SpoolKey,
    *,
    replay_url: str | None = None,
    recording: bool = False,
    transaction_timeout: float = 30.0,
    connect_timeout: float = 10.0,
) -> Station:
    """A station writing to `url` whose journal replays into `replay_url` (default: `url`)."""
    engine = make_engine(url)
    capture_writes(engine)
    journal = Journal(journal_path, key)
    replay_engine = make_engine(replay_url or url, pooled=False, connect_timeout=connect_timeout)
    replicator = Replicator(
        replay_engine, journal, backoff=NO_WAIT, transaction_timeout=transaction_timeout
    )
    station = Station(engine, journal, replicator, recording=recording)
    station.closers += [journal.close, replay_engine.dispose, engine.dispose]
    return station


@pytest.fixture
def key() -> SpoolKey:
    return SpoolKey.generate()


@pytest.fixture
def shared_url(postgres_url: str) -> str:
    """A fresh shared database at the latest migration."""
    upgrade(postgres_url)
    return postgres_url


@pytest.fixture
def scratch_url(postgres_server: object, _postgres_admin: Engine) -> Iterator[str]:
    """Another fresh migrated database: the station's own copy while the shared one is away."""
    name = f"desk_scratch_{uuid.uuid4().hex[:12]}"
    with _postgres_admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = _postgres_admin.url.set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    try:
        yield url
    finally:
        with _postgres_admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def stations() -> Iterator[list[Station]]:
    """Stations a test makes, closed afterwards."""
    made: list[Station] = []
    yield made
    for station in made:
        for close in station.closers:
            close()


def applied(url: str) -> list[tuple[uuid.UUID, int]]:
    """The shared database's journal records, in the order it applied them."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT journal_id, seq FROM sync_applied ORDER BY applied_at, seq")
            ).all()
    finally:
        engine.dispose()
    return [(row[0], int(row[1])) for row in rows]


def count(url: str, table: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()
