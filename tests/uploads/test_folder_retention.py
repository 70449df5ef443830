"""The upload folder's retention period: old delivered documents are deleted, each one audited."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk.config import LOCAL_UPLOAD_RETENTION_DAYS, load_settings, user_data_dir
from desk.domain.records import AuditAction, RecordType
from desk.runtime import Runtime, open_runtime
from desk.services.checks import Status, check_upload_folder
from desk.services.retention import purge_upload_folder
from desk.uploads.destinations import FolderDestination, make_destination
from desk.uploads.outbox import Delivery
from tests.e2e.conftest import Desk
from tests.e2e.conftest import desk as desk  # noqa: PLC0414  (the fixture, reused)
from tests.uploads.conftest import pdf_bytes

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def deliver(folder: Path, *, days_ago: float, private: bool = False) -> uuid.UUID:
    """A document delivered to `folder` by the real destination, `days_ago` before NOW."""
    content = pdf_bytes(b"Jane Smith's payslip")
    sent = Delivery(
        document_id=uuid.uuid4(),
        kind="payslip",
        visit_id=None,
        station_id=None,
        page_count=1,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        open_chunks=lambda: iter([content]),
    )
    FolderDestination(folder, private=private).deliver(sent)
    when = (NOW - timedelta(days=days_ago)).timestamp()
    for suffix in ("pdf", "json"):
        os.utime(folder / f"{sent.document_id}.{suffix}", (when, when))
    return sent.document_id


def names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.fixture
def open_station(tmp_path: Path) -> Iterator[list[Runtime]]:
    opened: list[Runtime] = []
    yield opened
    for runtime in opened:
        runtime.close()


def station(opened: list[Runtime], tmp_path: Path, *overrides: str) -> Runtime:
    loaded = load_settings(
        overrides=[f"database_url=sqlite:///{tmp_path / 'desk.sqlite3'}", *overrides]
    )
    runtime = open_runtime(loaded)
    opened.append(runtime)
    return runtime


def deleted_events(runtime: Runtime) -> list[tuple[uuid.UUID | None, dict[str, object]]]:
    with runtime.uow() as unit:
        return [
            (event.record_id, dict(event.details or {}))
            for event in unit.audit.list(record_type=RecordType.DOCUMENT)
            if event.action is AuditAction.DOCUMENT_FILES_DELETED
        ]


def test_the_local_folder_deletes_documents_after_seven_days_each_one_audited(
    tmp_path: Path, open_station: list[Runtime]
) -> None:
    runtime = station(open_station, tmp_path)
    folder = runtime.settings.upload_folder
    assert folder == user_data_dir() / "uploaded"
    old = deliver(folder, days_ago=LOCAL_UPLOAD_RETENTION_DAYS + 1, private=True)
    recent = deliver(folder, days_ago=LOCAL_UPLOAD_RETENTION_DAYS - 1, private=True)
    (folder / "notes.txt").write_text("not a document this station wrote")

    report = purge_upload_folder(
        runtime.settings, runtime.uow_factory, NOW, station_id=runtime.station.station_id
    )

    assert (report.deleted, report.kept, report.failed) == (1, 1, 0)
    assert report.keep_days == LOCAL_UPLOAD_RETENTION_DAYS
    assert names(folder) == {f"{recent}.pdf", f"{recent}.json", "notes.txt"}
    ((record_id, details),) = deleted_events(runtime)
    assert record_id == old
    assert details == {
        "where": "local_folder",
        "keep_days": LOCAL_UPLOAD_RETENTION_DAYS,
        "age_days": LOCAL_UPLOAD_RETENTION_DAYS + 1,
    }
    assert "Jane" not in json.dumps(details)

    again = purge_upload_folder(runtime.settings, runtime.uow_factory, NOW)
    assert (again.deleted, again.kept) == (0, 1)
    assert len(deleted_events(runtime)) == 1


def test_an_interrupted_attempt_s_leftover_goes_too(
    tmp_path: Path, open_station: list[Runtime]
) -> None:
    runtime = station(open_station, tmp_path)
    folder = runtime.settings.upload_folder
    folder.mkdir(parents=True)
    leftover = folder / f".{uuid.uuid4()}.pdf.part"
    leftover.write_bytes(b"%PDF-1.7 half a document")
    when = (NOW - timedelta(days=30)).timestamp()
    os.utime(leftover, (when, when))
    assert purge_upload_folder(runtime.settings, runtime.uow_factory, NOW).deleted == 1
    assert not leftover.exists()


def test_the_period_is_a_setting(tmp_path: Path, open_station: list[Runtime]) -> None:
    runtime = station(open_station, tmp_path, "upload_folder_retention_days=30")
    folder = runtime.settings.upload_folder
    kept = deliver(folder, days_ago=20, private=True)
    gone = deliver(folder, days_ago=31, private=True)
    report = purge_upload_folder(runtime.settings, runtime.uow_factory, NOW)
    assert (report.deleted, report.kept, report.keep_days) == (1, 1, 30)
    assert names(folder) == {f"{kept}.pdf", f"{kept}.json"}
    assert [record_id for record_id, _ in deleted_events(runtime)] == [gone]


def test_a_folder_it_named_is_kept_unless_the_setting_is_given(
    tmp_path: Path, open_station: list[Runtime]
) -> None:
    share = tmp_path / "share"
    runtime = station(open_station, tmp_path, f"upload_folder={share}")
    old = deliver(share, days_ago=400)
    report = purge_upload_folder(runtime.settings, runtime.uow_factory, NOW)
    assert (report.deleted, report.keep_days) == (0, None)
    assert names(share) == {f"{old}.pdf", f"{old}.json"}

    purging = station(
        open_station, tmp_path, f"upload_folder={share}", "upload_folder_retention_days=90"
    )
    report = purge_upload_folder(purging.settings, purging.uow_factory, NOW)
    assert report.deleted == 1
    assert names(share) == set()
    ((_, details),) = deleted_events(purging)
    assert details["where"] == "configured_folder"


def test_links_in_the_folder_are_neither_followed_nor_counted(
    tmp_path: Path, open_station: list[Runtime]
) -> None:
    runtime = station(open_station, tmp_path)
    folder = runtime.settings.upload_folder
    folder.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(b"not ours")
    when = (NOW - timedelta(days=30)).timestamp()
    os.utime(elsewhere, (when, when))
    (folder / f"{uuid.uuid4()}.pdf").symlink_to(elsewhere)
    report = purge_upload_folder(runtime.settings, runtime.uow_factory, NOW)
    assert (report.deleted, report.kept) == (0, 0)
    assert elsewhere.read_bytes() == b"not ours"


def test_kept_documents_an_older_version_left_open_are_made_private(
    tmp_path: Path, open_station: list[Runtime]
) -> None:
    runtime = station(open_station, tmp_path)
    folder = runtime.settings.upload_folder
    kept = deliver(folder, days_ago=1, private=True)
    folder.chmod(0o755)
    for suffix in ("pdf", "json"):
        (folder / f"{kept}.{suffix}").chmod(0o644)
    purge_upload_folder(runtime.settings, runtime.uow_factory, NOW)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert {path.stat().st_mode & 0o777 for path in folder.iterdir()} == {0o600}


def test_doctor_says_when_documents_are_older_than_the_period(
    tmp_path: Path, open_station: list[Runtime]
) -> None:
    settings = station(open_station, tmp_path).settings
    assert check_upload_folder(settings).status is Status.OK
    deliver(settings.upload_folder, days_ago=1, private=True)
    assert check_upload_folder(settings).status is Status.OK
    deliver(settings.upload_folder, days_ago=3650, private=True)
    deliver(settings.upload_folder, days_ago=3000, private=True)
    result = check_upload_folder(settings)
    assert result.status is Status.WARN
    assert "older than 7 days" in result.detail and ": 2" in result.detail
    assert "desk retention" in result.hint


def test_the_default_destination_is_the_private_local_folder() -> None:
    settings = load_settings().settings
    destination = make_destination(settings)
    assert isinstance(destination, FolderDestination)
    assert destination.private
    shared = make_destination(load_settings(overrides=["upload_folder=/srv/share"]).settings)
    assert isinstance(shared, FolderDestination)
    assert not shared.private


def test_desk_retention_and_desk_doctor(desk: Desk, tmp_path: Path) -> None:
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(pdf_bytes(b"RESIDENT"))
    sent = desk("upload", str(pdf), "--kind", "bank_statement", "--json")
    assert sent.returncode == 0, sent.stderr
    document = json.loads(sent.stdout)["id"]
    folder = user_data_dir() / "uploaded"
    when = (datetime.now(UTC) - timedelta(days=LOCAL_UPLOAD_RETENTION_DAYS, hours=1)).timestamp()
    for path in folder.iterdir():
        os.utime(path, (when, when))

    doctor = desk("doctor", "--no-devices", "--json")
    check = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}["upload folder"]
    assert check["status"] == "warn", check
    assert doctor.returncode == 0, doctor.stdout

    done = desk("retention", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["upload_folder"]["deleted"] == 1
    assert report["borrowers"]["anonymised"] == 0
    assert not any(folder.iterdir())
    assert document not in desk("retention").stdout

    doctor = desk("doctor", "--no-devices", "--json")
    check = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}["upload folder"]
    assert check["status"] == "ok", check
