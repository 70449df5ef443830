"""`desk sync status`, `desk sync now` and `desk doctor`'s journal check, as IT runs them."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from desk.config import load_settings
from desk.runtime import open_runtime
from desk.storage.journal import journal_path
from desk.storage.sync import JournalledUnitOfWork
from desk.uploads.crypto import load_spool_key
from tests.e2e.conftest import Desk
from tests.sync.conftest import Station, applied, count, make_station


def _closed_port_url(url: str) -> str:
    from sqlalchemy.engine import make_url  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return make_url(url).set(host="127.0.0.1", port=port).render_as_string(False)


def test_on_the_embedded_database_there_is_nothing_to_sync(desk: Desk) -> None:
    status = desk("sync", "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout) == {"journal": None, "embedded": True}
    now = desk("sync", "now")
    assert now.returncode == 0
    assert "embedded database" in now.stdout
    doctor = desk("doctor", "--no-devices", "--json")
    check = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}["journal"]
    assert check["status"] == "ok"
    assert "not used" in check["detail"]
    assert not journal_path().exists()


@pytest.mark.postgres
def test_status_and_now_tell_the_truth_away_and_back(
    desk: Desk, scratch_url: str, shared_url: str, stations: list[Station]
) -> None:
    # Records this station made while the shared database was away.
    station = make_station(
        scratch_url, journal_path(), load_spool_key(), replay_url=shared_url, recording=True
    )
    stations.append(station)
    station.setup()
    station.visit()
    made = station.journal.status().last_seq
    station.journal.close()

    away = {"DESK_DATABASE_URL": _closed_port_url(shared_url)}
    status = desk("sync", "status", "--json", env=away)
    assert status.returncode == 0, status.stderr
    shown = json.loads(status.stdout)
    assert shown["online"] is False
    assert shown["problem"] == "connection refused"
    assert shown["waiting"] == made
    assert shown["waiting_by_kind"] == {"site": 1, "staff": 1, "visit": 2, "visit_task": 2}
    assert shown["refused"] == []
    text = desk("sync", "status", env=away)
    assert "offline since" in text.stdout and f"waiting to be sent: {made}" in text.stdout

    now = desk("sync", "now", env=away)
    assert now.returncode == 1
    lines = now.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("desk: the shared database is still away (connection refused)")
    assert f"{made} records wait on this station" in lines[0]

    doctor = desk("doctor", "--no-devices", "--json", env=away)
    check = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}["journal"]
    assert check["status"] == "warn"
    assert f"records waiting to be sent: {made}" in check["detail"]
    assert "offline since" in check["detail"]

    back = {"DESK_DATABASE_URL": shared_url}
    sent = desk("sync", "now", "--json", env=back)
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["sent"] == made
    assert [seq for _j, seq in applied(shared_url)] == list(range(1, made + 1))
    after = json.loads(desk("sync", "status", "--json", env=back).stdout)
    assert after["online"] is True
    assert after["waiting"] == 0
    assert after["sent"] == made
    doctor = desk("doctor", "--no-devices", "--json", env=back)
    check = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}["journal"]
    assert check["status"] == "ok", check


@pytest.mark.postgres
def test_the_station_writes_through_the_journal_on_a_shared_database(
    shared_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desk.domain.visits import EntryRoute  # noqa: PLC0415
    from desk.services import visits  # noqa: PLC0415
    from desk.storage.models import Staff  # noqa: PLC0415

    monkeypatch.setenv("DESK_DATABASE_URL", shared_url)
    runtime = open_runtime(load_settings())
    try:
        assert runtime.sync is not None
        with runtime.uow() as unit:
            assert isinstance(unit, JournalledUnitOfWork)
            staff = unit.staff.add(Staff(display_name="Sam P.", first_name="Sam", pin_hash="x"))
            unit.commit()
        visits.start_visit(runtime.uow_factory, runtime.station, staff.id, EntryRoute.WALK_IN)
        status = runtime.sync.journal.status()
    finally:
        runtime.close()
    assert status.waiting == 0 and status.online is True
    assert len(applied(shared_url)) == status.last_seq == 3  # the station, the staff, the visit
    assert count(shared_url, "visit") == 1
