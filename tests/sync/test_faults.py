"""Faults on a real PostgreSQL: stopped before and during writes, a silent port, a proxy cut,
slowed and left half-open, a replaying process killed at random points. Afterwards every record
is in the shared database exactly once, in order, and nothing waits unless refused."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desk.domain.visits import EntryRoute
from desk.services import visits
from desk.storage.errors import DatabaseUnreachable
from desk.uploads.crypto import SpoolKey
from tests.fixtures.postgres import StoppablePostgres
from tests.sync.conftest import ROOT, Station, applied, count, make_station
from tests.sync.proxy import Proxy, silent_listener

pytestmark = pytest.mark.postgres


def _all_sent_in_order(station: Station, url: str) -> None:
    status = station.journal.status()
    assert status.waiting == 0
    assert status.refused == ()
    assert [seq for _j, seq in applied(url)] == list(range(1, status.last_seq + 1))


def test_stopped_before_and_during_writes(
    stoppable_postgres: StoppablePostgres, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    from desk.storage.migrate import upgrade  # noqa: PLC0415

    url = stoppable_postgres.url
    upgrade(url)
    station = make_station(url, tmp_path / "journal.sqlite3", key, connect_timeout=2)
    stations.append(station)
    station.setup()
    assert station.ref is not None and station.staff_id is not None

    # Stopped in the middle of a visit's write, after its statements ran: the commit keeps
    # the record and the visit is saved on the station.
    started = None
    with station.uow() as unit:
        from desk.storage.models import Visit  # noqa: PLC0415

        visit = unit.visits.add(
            Visit(
                site_id=station.ref.site_id,
                station_id=station.ref.station_id,
                staff_id=station.staff_id,
                entry_route=EntryRoute.WALK_IN,
            )
        )
        unit.flush()
        stoppable_postgres.stop()
        unit.commit()
        started = visit.id
    status = station.journal.status()
    assert status.waiting == 1
    assert status.waiting_by_kind == {"visit": 1}
    assert status.online is False

    # Stopped before a write: nothing reaches the journal, the station is told (as today).
    with pytest.raises(DatabaseUnreachable):
        visits.start_visit(station.uow, station.ref, station.staff_id, EntryRoute.WALK_IN)
    assert station.journal.status().waiting == 1
    outcome = station.replicator.replay(force=True)
    assert not outcome.online
    assert outcome.problem == "connection refused"

    # Back: the next write follows the record that waited.
    stoppable_postgres.start()
    station.visit()
    _all_sent_in_order(station, url)
    assert count(url, "visit") == 2
    assert started is not None


def test_a_port_that_never_answers_is_bounded_by_the_connect_timeout(
    shared_url: str, scratch_url: str, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    with silent_listener() as silent:
        port = silent.getsockname()[1]
        hanging = make_url(shared_url).set(host="127.0.0.1", port=port)
        station = make_station(
            scratch_url,
            tmp_path / "journal.sqlite3",
            key,
            replay_url=hanging.render_as_string(hide_password=False),
            recording=True,
            connect_timeout=1,
        )
        stations.append(station)
        station.setup()
        outcome = station.replicator.replay()
    assert not outcome.online
    assert outcome.problem == "timed out"
    assert outcome.waiting == station.journal.status().last_seq
    status = station.journal.status()
    assert status.online is False and status.problem == "timed out"


def _through(proxy: Proxy, url: str) -> str:
    return make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(False)


def _recorded_station(
    scratch_url: str, shared_url: str, proxy: Proxy, key: SpoolKey, tmp_path: Path, visits_: int
) -> Station:
    station = make_station(
        scratch_url,
        tmp_path / "journal.sqlite3",
        key,
        replay_url=_through(proxy, shared_url),
        recording=True,
        transaction_timeout=1.0,
        connect_timeout=1,
    )
    station.setup()
    for index in range(visits_):
        station.visit(index)
    return station


def _when_applied(url: str, at_least: int) -> threading.Event:
    """An event set once the shared database holds `at_least` journal records."""
    reached = threading.Event()

    def watch() -> None:
        while not reached.is_set():
            if len(applied(url)) >= at_least:
                reached.set()

    threading.Thread(target=watch, daemon=True).start()
    return reached


def _server(url: str) -> tuple[str, int]:
    parsed = make_url(url)
    return parsed.host or "127.0.0.1", parsed.port or 5432


@pytest.mark.parametrize("fault", ["cut", "half_open"])
def test_a_link_lost_mid_replay_stops_it_and_the_next_run_finishes(
    fault: str,
    scratch_url: str,
    shared_url: str,
    key: SpoolKey,
    tmp_path: Path,
    stations: list[Station],
) -> None:
    with Proxy(*_server(shared_url)) as proxy:
        station = _recorded_station(scratch_url, shared_url, proxy, key, tmp_path, 15)
        stations.append(station)
        total = station.journal.status().last_seq
        proxy.slow(0.002)
        some = _when_applied(shared_url, 5)
        result: list[object] = []
        runner = threading.Thread(target=lambda: result.append(station.replicator.replay()))
        runner.start()
        assert some.wait(60)
        getattr(proxy, fault)()
        runner.join(60)
        assert not runner.is_alive()
        (outcome,) = result
        assert not outcome.online  # type: ignore[attr-defined]
        expected = "timed out" if fault == "half_open" else "the connection was closed"
        assert outcome.problem in {expected, "connection refused"}  # type: ignore[attr-defined]
        assert 5 <= len(applied(shared_url)) < total
        assert station.journal.status().online is False

        proxy.heal()
        # A half-open link's transaction holds the journal's lock until the server ends it
        # (idle_in_transaction_session_timeout, the replay's bound): a later try goes on.
        for _try in range(20):
            done = station.replicator.replay(force=True)
            if done.online:
                break
    assert done.online
    _all_sent_in_order(station, shared_url)
    assert count(shared_url, "visit") == 15
    assert count(shared_url, "audit_event") == count(scratch_url, "audit_event")


def test_a_slow_link_still_delivers_everything_in_order(
    scratch_url: str, shared_url: str, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    with Proxy(*_server(shared_url)) as proxy:
        station = _recorded_station(scratch_url, shared_url, proxy, key, tmp_path, 3)
        stations.append(station)
        proxy.slow(0.01)
        outcome = station.replicator.replay()
    assert outcome.online
    _all_sent_in_order(station, shared_url)


def test_a_replaying_process_killed_at_random_points_loses_and_repeats_nothing(
    scratch_url: str, shared_url: str, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    station = make_station(
        scratch_url, tmp_path / "journal.sqlite3", key, replay_url=shared_url, recording=True
    )
    stations.append(station)
    station.setup()
    for index in range(40):
        station.visit(index)
    total = station.journal.status().last_seq
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    kills = 0
    for _attempt in range(8):
        if station.journal.status().waiting == 0:
            break
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.replay_worker",
                str(station.journal.path),
                shared_url,
                key.secret.hex(),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        threading.Event().wait(rng.uniform(0.0, 0.4))
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        worker.stdout.close()
        kills += worker.returncode == -signal.SIGKILL
    assert kills >= 1, f"seed {seed}"
    outcome = station.replicator.replay(force=True)
    assert outcome.online, f"seed {seed}"
    _all_sent_in_order(station, shared_url)
    assert len(applied(shared_url)) == total, f"seed {seed}"
    assert count(shared_url, "visit") == 40
    assert count(shared_url, "audit_event") == count(scratch_url, "audit_event")
