"""A station sees another station's check-in within 2 s: PostgreSQL's notifications, SQLite's
polling, across two processes."""

from __future__ import annotations

import multiprocessing
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import Engine, text

from desk.services import queue
from desk.services.queue import CheckIn
from desk.services.station import register_station
from desk.storage.database import make_engine, make_session_factory
from desk.storage.migrate import upgrade
from desk.storage.notify import QueueWatch
from desk.storage.uow import SqlUnitOfWork
from tests.queue.conftest import Centre

SEEN_WITHIN_S = 2.0


def _other_station_checks_in(url: str, site_id: uuid.UUID, go: Any) -> None:
    """Another station's process: when told, check a resident in."""
    engine = make_engine(url)
    factory = make_session_factory(engine)
    go.wait(60)
    queue.check_in(lambda: SqlUnitOfWork(factory), site_id, CheckIn("housing"))
    engine.dispose()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def test_a_check_in_at_another_station_is_seen_within_2_seconds(
    centre: Centre, migrated: Engine, db_url: str
) -> None:
    context = _context()
    go = context.Event()
    other = context.Process(target=_other_station_checks_in, args=(db_url, centre.site_id, go))
    other.start()
    with QueueWatch(migrated, centre.site_id, poll_seconds=0.5) as watch:
        assert watch.listening is (migrated.dialect.name == "postgresql")
        assert watch.wait(0.3) is False  # nothing yet
        go.set()
        started = time.monotonic()
        assert watch.wait(10) is True
        seen_after = time.monotonic() - started
    other.join(30)
    assert other.exitcode == 0
    assert seen_after < SEEN_WITHIN_S
    assert [t.label for t in queue.list_queue(centre.uow, centre.site_id).waiting] == ["H1"]


def test_a_change_at_another_centre_does_not_wake_the_watch(
    centre: Centre, migrated: Engine
) -> None:
    elsewhere = register_station(centre.uow, "Eltham Centre", "EC-STATION-01")
    with QueueWatch(migrated, centre.site_id, poll_seconds=0.2) as watch:
        queue.check_in(centre.uow, elsewhere.site_id, CheckIn("housing"))
        assert watch.wait(1.0) is False
        centre.check_in()
        assert watch.wait(5) is True


def test_a_lost_database_is_waited_out_not_raised(tmp_path: pytest.TempPathFactory) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/missing/none.sqlite3")
    try:
        watch = QueueWatch(engine, uuid.uuid4(), poll_seconds=0.1)
        assert watch.reachable is False  # no queue tables: as good as no database
        assert watch.wait(0.3) is False
        watch.close()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_lost_notification_connection_polls_then_listens_again(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        upgrade(engine)
        factory = make_session_factory(engine)
        station = register_station(lambda: SqlUnitOfWork(factory), "Woolwich Centre", "WC-1")
        with QueueWatch(engine, station.site_id, poll_seconds=0.2) as watch:
            assert watch.listening
            with engine.begin() as connection:  # the server drops the listening connection
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND query LIKE 'LISTEN %'"
                    )
                )
            assert watch.wait(5) is True  # lost: anything may have changed meanwhile
            assert not watch.listening
            queue.check_in(lambda: SqlUnitOfWork(factory), station.site_id, CheckIn("housing"))
            assert watch.wait(5) is True  # listening again, it finds what it missed meanwhile
            assert watch.listening and watch.reachable
            assert watch.wait(0.3) is False
            queue.check_in(lambda: SqlUnitOfWork(factory), station.site_id, CheckIn("housing"))
            assert watch.wait(5) is True
    finally:
        engine.dispose()
