"""The journal and replay on a real PostgreSQL: write-through, waiting, order, refusals."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.storage.journal import RecordState, read_status
from desk.storage.models import Device, Staff
from desk.uploads.crypto import SpoolKey
from tests.sync.conftest import Station, applied, count, make_station

pytestmark = pytest.mark.postgres


def test_online_every_commit_reaches_the_shared_database_through_the_journal(
    shared_url: str, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    station = make_station(shared_url, tmp_path / "journal.sqlite3", key)
    stations.append(station)
    station.setup()
    station.visit()

    status = station.journal.status()
    assert status.waiting == 0
    assert status.refused == ()
    assert status.online is True
    assert status.sent == status.last_seq >= 5
    order = applied(shared_url)
    assert [seq for _journal, seq in order] == list(range(1, status.last_seq + 1))
    assert {journal for journal, _seq in order} == {station.journal.journal_id}
    assert count(shared_url, "visit") == 1
    assert station.journal.records() == []  # nothing personal stays on the station


def test_the_journal_file_is_the_owners_alone_and_seals_what_it_keeps(
    scratch_url: str, shared_url: str, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    path = tmp_path / "data" / "journal.sqlite3"
    station = make_station(scratch_url, path, key, replay_url=shared_url, recording=True)
    stations.append(station)
    station.setup()
    with station.uow() as unit:
        unit.staff.add(
            Staff(display_name="Zanele Okonkwo-Marsh", first_name="Zanele", pin_hash="scrypt$zz")
        )
        unit.commit()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))
    assert b"Okonkwo" not in raw
    assert b"INSERT" not in raw
    records = station.journal.records()
    assert [r.kind for r in records] == ["site", "staff", "staff"]
    assert any("Okonkwo" in str(s.params) for s in station.journal.statements(records[-1]))


def test_records_kept_while_away_replay_in_order_exactly_once(
    scratch_url: str, shared_url: str, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    station = make_station(
        scratch_url, tmp_path / "journal.sqlite3", key, replay_url=shared_url, recording=True
    )
    stations.append(station)
    station.setup()
    for index in range(3):
        station.visit(index)
    waiting = station.journal.status()
    assert waiting.waiting == waiting.last_seq
    assert waiting.waiting_by_kind == {"site": 1, "staff": 1, "visit": 6, "visit_task": 6}
    assert count(shared_url, "visit") == 0

    outcome = station.replicator.replay()
    assert outcome.online and outcome.refused == 0
    assert outcome.sent == waiting.last_seq
    again = station.replicator.replay(force=True)
    assert again.sent == 0

    assert [seq for _j, seq in applied(shared_url)] == list(range(1, waiting.last_seq + 1))
    assert count(shared_url, "visit") == 3
    assert count(shared_url, "visit_task") == 3
    assert count(shared_url, "audit_event") == count(scratch_url, "audit_event")
    assert station.journal.status().waiting == 0


def test_a_record_applied_but_not_noted_is_not_applied_twice(
    scratch_url: str,
    shared_url: str,
    key: SpoolKey,
    tmp_path: Path,
    stations: list[Station],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    station = make_station(
        scratch_url, tmp_path / "journal.sqlite3", key, replay_url=shared_url, recording=True
    )
    stations.append(station)
    station.setup()
    station.visit()
    total = station.journal.status().last_seq
    # The station dies after the shared database committed, before the journal noted it.
    monkeypatch.setattr(station.journal, "sent", lambda record: None)
    assert station.replicator.replay().sent == total
    assert station.journal.status().waiting == total
    monkeypatch.undo()
    assert station.replicator.replay().sent == total  # recognised, skipped, noted
    assert station.journal.status().waiting == 0
    assert len(applied(shared_url)) == total
    assert count(shared_url, "visit") == 1


def test_a_device_changed_elsewhere_meanwhile_is_refused_kept_and_explained(
    scratch_url: str, shared_url: str, key: SpoolKey, tmp_path: Path, stations: list[Station]
) -> None:
    from desk.domain.loans import DeviceKind  # noqa: PLC0415

    online = make_station(shared_url, tmp_path / "online.sqlite3", key)
    stations.append(online)
    online.setup()
    assert online.ref is not None
    with online.uow() as unit:
        device = unit.devices.add(
            Device(
                asset_tag="LT-001", kind=DeviceKind.LAPTOP, model="X", site_id=online.ref.site_id
            )
        )
        unit.commit()
    # The same history on the offline station's copy (both saw the device at version 1).
    copy = make_station(scratch_url, tmp_path / "copy.sqlite3", key)
    stations.append(copy)
    for record in online_history(shared_url):
        with copy.engine.begin() as connection:
            connection.exec_driver_sql(record[0], record[1])
    offline = make_station(
        scratch_url, tmp_path / "offline.sqlite3", key, replay_url=shared_url, recording=True
    )
    stations.append(offline)
    offline.ref, offline.staff_id = online.ref, online.staff_id
    with offline.uow() as unit:
        found = unit.devices.get(device.id)
        assert found is not None
        found.model = "Changed offline"
        unit.commit()
    offline.visit()  # and something that cannot conflict
    with online.uow() as unit:
        found = unit.devices.get(device.id)
        assert found is not None
        found.model = "Changed online first"
        unit.commit()

    outcome = offline.replicator.replay()
    assert outcome.online
    assert outcome.refused == 1
    assert outcome.waiting == 0
    status = offline.journal.status()
    (refused,) = status.refused
    assert refused.kind == "device"
    assert refused.state is RecordState.REFUSED
    assert "changed at another station first" in (refused.reason or "")
    assert count(shared_url, "visit") == 1
    with online.engine.connect() as connection:
        model = connection.execute(
            text("SELECT model FROM device WHERE id = :id"), {"id": device.id}
        ).scalar_one()
    assert model == "Changed online first"
    # Kept, never dropped: still there on the next replay, with its reason.
    offline.replicator.replay(force=True)
    assert [r.seq for r in offline.journal.status().refused] == [refused.seq]
    shown = read_status(offline.journal.path)
    assert shown is not None and shown.refused[0].reason == refused.reason


def online_history(url: str) -> list[tuple[str, dict[str, object]]]:
    """Copy the shared database's rows into the station's copy, as plain inserts."""
    from sqlalchemy import MetaData  # noqa: PLC0415

    from desk.storage.database import make_engine  # noqa: PLC0415

    engine = make_engine(url)
    out: list[tuple[str, dict[str, object]]] = []
    try:
        meta = MetaData()
        meta.reflect(engine, only=["site", "station", "staff", "device"])
        with engine.connect() as connection:
            for name in ("site", "station", "staff", "device"):
                table = meta.tables[name]
                for row in connection.execute(table.select()).mappings():
                    columns = ", ".join(row.keys())
                    values = ", ".join(f"%({k})s" for k in row)
                    out.append((f"INSERT INTO {name} ({columns}) VALUES ({values})", dict(row)))
    finally:
        engine.dispose()
    return out
