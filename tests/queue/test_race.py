"""Ten champions at ten stations press "Call next" at the same moment, again and again: every
resident goes to exactly one champion, none twice, none lost (SQLite and PostgreSQL)."""

from __future__ import annotations

import multiprocessing
import time
import uuid
from collections import Counter
from datetime import timedelta
from multiprocessing.synchronize import Barrier
from typing import Any

import pytest

from desk.services import queue
from desk.services.queue import CheckIn
from desk.storage.database import make_engine, make_session_factory
from desk.storage.models import QueueEvent, Staff, Station, Visit
from desk.storage.uow import SqlUnitOfWork
from tests.queue.conftest import NOW, Centre

CHAMPIONS = 10
TICKETS = 200
CALLS_EACH = TICKETS // CHAMPIONS
START_TIMEOUT_S = 60


def _champion(
    url: str,
    site_id: uuid.UUID,
    staff_id: uuid.UUID,
    station_id: uuid.UUID,
    barrier: Barrier,
    results: multiprocessing.Queue[tuple[uuid.UUID, list[str]]],
) -> None:
    """One station's process: once every station is ready, call the next resident 20 times."""
    engine = make_engine(url)
    factory = make_session_factory(engine)
    called: list[str] = []
    barrier.wait(START_TIMEOUT_S)
    try:
        for _ in range(CALLS_EACH):
            result = queue.call_next(
                lambda: SqlUnitOfWork(factory),
                site_id,
                staff_id=staff_id,
                station_id=station_id,
                now=NOW + timedelta(hours=1),
            )
            called.append(str(result.ticket.id))
    except Exception as error:  # noqa: BLE001  (reported to the test, which fails on it)
        called.append(f"error: {type(error).__name__}: {error}")
    finally:
        engine.dispose()
        results.put((staff_id, called))


def test_200_calls_from_10_processes_give_each_ticket_to_exactly_one_champion(
    centre: Centre, db_url: str
) -> None:
    checked_in = {
        str(centre.check_in("housing", at=NOW + timedelta(seconds=i)).id) for i in range(TICKETS)
    }
    desks: list[tuple[uuid.UUID, uuid.UUID]] = []
    with centre.uow() as unit:
        for n in range(CHAMPIONS):
            station = unit.stations.add(Station(site_id=centre.site_id, name=f"RACE-{n:02d}"))
            staff = unit.staff.add(Staff(display_name=f"C{n}", first_name="C", pin_hash="x"))
            desks.append((staff.id, station.id))
        unit.commit()

    # Forked, the stations start at once with everything imported (spawned, each would import
    # the application again first); each opens its own connections, never the parent's.
    methods = multiprocessing.get_all_start_methods()
    context: Any = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    barrier = context.Barrier(CHAMPIONS + 1)
    results: multiprocessing.Queue[tuple[uuid.UUID, list[str]]] = context.Queue()
    processes = [
        context.Process(
            target=_champion, args=(db_url, centre.site_id, staff, station, barrier, results)
        )
        for staff, station in desks
    ]
    for process in processes:
        process.start()
    barrier.wait(START_TIMEOUT_S)  # every process is connected and ready: go
    started = time.monotonic()
    by_champion = dict(results.get(timeout=120) for _ in processes)
    elapsed = time.monotonic() - started
    for process in processes:
        process.join(30)

    errors = [r for calls in by_champion.values() for r in calls if r.startswith("error")]
    assert errors == []
    given = [ticket for calls in by_champion.values() for ticket in calls]
    duplicates = [t for t, n in Counter(given).items() if n > 1]
    assert duplicates == []  # none twice
    assert set(given) == checked_in  # none lost
    assert all(len(calls) == CALLS_EACH for calls in by_champion.values())
    assert elapsed < 30, f"200 calls took {elapsed:.1f} s"

    with centre.uow() as unit:
        for staff_id, calls in by_champion.items():
            for ticket_id in calls:
                ticket = unit.queue.get(uuid.UUID(ticket_id))
                assert ticket is not None and ticket.called_by == staff_id
        session = unit.queue._session
        assert session.query(Visit).filter(Visit.arrival_measured.is_(True)).count() == TICKETS
        called_events = session.query(QueueEvent).filter(QueueEvent.kind == "called").count()
        assert called_events == TICKETS
    with pytest.raises(queue.QueueEmpty):
        centre.call_next(at=NOW + timedelta(hours=1))


def _check_in_many(
    url: str, site_id: uuid.UUID, barrier: Barrier, results: multiprocessing.Queue[list[str]]
) -> None:
    """One station's process: once every station is ready, check 10 residents in."""
    engine = make_engine(url)
    factory = make_session_factory(engine)
    labels: list[str] = []
    barrier.wait(START_TIMEOUT_S)
    try:
        for _ in range(10):
            request = CheckIn("housing")
            labels.append(queue.check_in(lambda: SqlUnitOfWork(factory), site_id, request).label)
    except Exception as error:  # noqa: BLE001  (reported to the test, which fails on it)
        labels.append(f"error: {type(error).__name__}: {error}")
    finally:
        engine.dispose()
        results.put(labels)


def test_check_ins_at_10_stations_at_once_get_different_numbers(
    centre: Centre, db_url: str
) -> None:
    methods = multiprocessing.get_all_start_methods()
    context: Any = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    barrier = context.Barrier(CHAMPIONS + 1)
    results: multiprocessing.Queue[list[str]] = context.Queue()
    processes = [
        context.Process(target=_check_in_many, args=(db_url, centre.site_id, barrier, results))
        for _ in range(CHAMPIONS)
    ]
    for process in processes:
        process.start()
    barrier.wait(START_TIMEOUT_S)
    labels = [label for _ in processes for label in results.get(timeout=120)]
    for process in processes:
        process.join(30)
    assert [label for label in labels if label.startswith("error")] == []
    assert sorted(labels, key=lambda label: int(label[1:])) == [f"H{n}" for n in range(1, 101)]
