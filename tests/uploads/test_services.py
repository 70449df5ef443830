"""The upload services and the shared-database mirror, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk.config import Settings
from desk.domain.documents import DocumentKind, UploadState
from desk.domain.records import AuditAction, RecordType
from desk.domain.visits import EntryRoute
from desk.errors import DeskError
from desk.services import uploads as svc
from desk.storage.database import make_engine, make_session_factory
from desk.storage.models import Visit
from desk.storage.uow import SqlUnitOfWork
from desk.uploads.crypto import SpoolKey
from desk.uploads.destinations import FolderDestination
from desk.uploads.errors import permanent
from desk.uploads.outbox import Outbox
from desk.uploads.scanruns import SCANS_FOLDER, ScanRun
from desk.uploads.spool import EncryptedPageSink
from tests.ports import closed_port
from tests.storage.conftest import Seed
from tests.uploads.conftest import FakeClock, pdf_bytes

Uow = Callable[[], SqlUnitOfWork]


@pytest.fixture
def uploads(tmp_path: Path, key: SpoolKey, clock: FakeClock, seed: Seed) -> Iterator[svc.Uploads]:
    settings = Settings(spool_dir=tmp_path / "spool")
    opened = svc.open_uploads(
        settings,
        station_id=seed.station_id,
        key=key,
        destination=FolderDestination(tmp_path / "evidence"),
        folder=tmp_path / "outbox",
        clock=clock,
    )
    yield opened
    opened.close()


@pytest.fixture
def unreachable() -> Iterator[Uow]:
    with closed_port() as port:
        engine = make_engine(f"postgresql://desk@127.0.0.1:{port}/desk")
        factory = make_session_factory(engine)
        yield lambda: SqlUnitOfWork(factory)
        engine.dispose()


def audit_actions(uow: Uow, document_id: uuid.UUID) -> list[AuditAction]:
    with uow() as unit:
        # The fake clock gives every event one time: compare them in a fixed order.
        events = unit.audit.list(record_type=RecordType.DOCUMENT, record_id=document_id)
        return sorted(e.action for e in events)


def test_queue_and_send_are_mirrored_to_the_shared_database(
    uploads: svc.Uploads, uow: Uow, seed: Seed
) -> None:
    with uow() as unit:
        visit = unit.visits.add(
            Visit(site_id=seed.site_id, station_id=seed.station_id, entry_route=EntryRoute.WALK_IN)
        )
        unit.commit()
        visit_id = visit.id
    content = pdf_bytes(b"RESIDENT-EVIDENCE", pages=2)
    entry = svc.queue_document(
        uploads, uow, content, kind=DocumentKind.BANK_STATEMENT, page_count=2, visit_id=visit_id
    )
    with uow() as unit:
        row = unit.documents.get(entry.id)
        assert row is not None
        assert row.state is UploadState.QUEUED
        assert (row.page_count, row.size_bytes, row.visit_id) == (2, len(content), visit_id)
        assert row.station_id == seed.station_id
    (sent,) = svc.send_pending(uploads, uow)
    assert sent.state is UploadState.CONFIRMED
    assert sent.reference
    with uow() as unit:
        row = unit.documents.get(entry.id)
        assert row is not None
        assert row.state is UploadState.CONFIRMED
        assert row.destination_ref == sent.reference
        assert row.destination == "folder"
        assert row.attempts == 1
        assert row.uploaded_at is not None
        events = unit.audit.list(record_type=RecordType.DOCUMENT, record_id=entry.id)
        assert sorted(e.action for e in events) == [
            AuditAction.DOCUMENT_QUEUED,
            AuditAction.DOCUMENT_UPLOADED,
        ]
        for event in events:
            assert event.station_id == seed.station_id
            assert "RESIDENT" not in str(event.details)
    assert svc.list_outbox(uploads) == [], "delivered and mirrored: gone from the outbox"


def test_a_permanent_failure_is_mirrored_with_its_code(uploads: svc.Uploads, uow: Uow) -> None:
    uploads.destination = _Refusing()
    entry = svc.queue_document(uploads, uow, b"%PDF-1.7", kind="identity", page_count=1)
    (rejected,) = svc.send_pending(uploads, uow)
    assert rejected.needs_staff
    with uow() as unit:
        row = unit.documents.get(entry.id)
        assert row is not None
        assert (row.state, row.last_error_code) == (UploadState.REJECTED, "unauthorised")
    (listed,) = svc.list_outbox(uploads)
    assert listed.message == "Ask IT to set a new token, then press Retry."


class _Refusing:
    name = "https"

    def deliver(self, delivery: object) -> str:
        raise permanent("unauthorised", "Ask IT to set a new token, then press Retry.")


def test_the_outbox_works_without_the_database_and_catches_up(
    uploads: svc.Uploads, uow: Uow, unreachable: Uow
) -> None:
    entry = svc.queue_document(uploads, unreachable, b"%PDF-1.7", kind="payslip", page_count=1)
    (sent,) = svc.send_pending(uploads, unreachable)
    assert sent.state is UploadState.CONFIRMED, "delivered while the database was away"
    (kept,) = svc.list_outbox(uploads)
    assert kept.id == entry.id, "kept (metadata only) until the database has heard"
    assert not uploads.outbox.payload_path(entry.id).exists()
    assert svc.sync_outbox(uploads, uow) == 1
    with uow() as unit:
        row = unit.documents.get(entry.id)
        assert row is not None
        assert row.state is UploadState.CONFIRMED
    assert audit_actions(uow, entry.id) == [
        AuditAction.DOCUMENT_QUEUED,
        AuditAction.DOCUMENT_UPLOADED,
    ]
    assert svc.list_outbox(uploads) == []


def test_a_crash_after_the_database_commit_adds_no_duplicate_events(
    uploads: svc.Uploads, uow: Uow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Outbox, "mark_synced", lambda *args: None)
    entry = svc.queue_document(uploads, uow, b"%PDF-1.7", kind="payslip", page_count=1)
    monkeypatch.undo()
    svc.sync_outbox(uploads, uow)
    svc.send_pending(uploads, uow)
    assert audit_actions(uow, entry.id) == [
        AuditAction.DOCUMENT_QUEUED,
        AuditAction.DOCUMENT_UPLOADED,
    ]


def test_an_unknown_visit_is_not_linked(uploads: svc.Uploads, uow: Uow) -> None:
    entry = svc.queue_document(
        uploads, uow, b"%PDF", kind="other", page_count=1, visit_id=uuid.uuid4()
    )
    with uow() as unit:
        row = unit.documents.get(entry.id)
        assert row is not None
        assert row.visit_id is None


def test_retry_sends_again_and_reports(uploads: svc.Uploads, uow: Uow, tmp_path: Path) -> None:
    uploads.destination = _Refusing()
    entry = svc.queue_document(uploads, uow, b"%PDF", kind="identity", page_count=1)
    svc.send_pending(uploads, uow)
    uploads.destination = FolderDestination(tmp_path / "evidence")
    (again,) = svc.retry(uploads, uow)
    assert (again.id, again.state) == (entry.id, UploadState.CONFIRMED)
    assert svc.retry(uploads, uow) == []


def test_queueing_a_spooled_document_decrypts_only_in_memory(
    uploads: svc.Uploads, uow: Uow, tmp_path: Path
) -> None:
    visit = uuid.uuid4()
    content = pdf_bytes(b"SPOOLED-PLAINTEXT")
    spooled = uploads.spool.write(visit, "document.pdf", content)
    entry = svc.queue_document(uploads, uow, spooled, kind="tenancy", page_count=1, visit_id=visit)
    wiped = svc.wipe_visit(uploads, visit, uow)
    assert wiped.ok
    assert wiped.files_removed == 1
    assert uploads.outbox.payload_path(entry.id).exists(), "the outbox keeps its own copy"
    svc.send_pending(uploads, uow)
    assert (tmp_path / "evidence" / f"{entry.id}.pdf").read_bytes() == content
    with uow() as unit:
        (event,) = unit.audit.list(record_type=RecordType.VISIT, record_id=visit)
        assert event.action is AuditAction.VISIT_FILES_WIPED
        assert event.details == {"files": 1, "left": 0}


def test_stale_visits_are_wiped_at_start_up(uploads: svc.Uploads, uow: Uow) -> None:
    current, stale = uuid.uuid4(), uuid.uuid4()
    uploads.spool.write(current, "page-1.jpg", b"x")
    uploads.spool.write(stale, "page-1.jpg", b"x")
    uploads.spool.write(stale, "page-2.jpg", b"x")
    other = uuid.uuid4()
    uploads.spool.write(other, "page-1.jpg", b"x")
    result = svc.wipe_stale_visits(uploads, uow, keep=[current])
    assert result.ok
    assert sorted(result.visits) == sorted([str(stale), str(other)])
    assert result.files_removed == 3
    assert uploads.spool.visit_ids() == [str(current)]
    with uow() as unit:
        (stale_event,) = unit.audit.list(record_type=RecordType.VISIT, record_id=stale)
        (other_event,) = unit.audit.list(record_type=RecordType.VISIT, record_id=other)
        assert stale_event.details == {"files": 2, "left": 0}
        assert other_event.details == {"files": 1, "left": 0}


def test_start_up_wipes_killed_desk_scan_runs_but_not_a_live_one(
    uploads: svc.Uploads, uow: Uow
) -> None:
    # A `desk scan` killed outright leaves its folder (pages encrypted) and an unheld lock.
    with ScanRun(uploads.spool.root) as killed:
        EncryptedPageSink(killed.folder, key=uploads.spool.key).write("page-1.jpg", b"front")
        orphan = killed.folder.with_name(killed.folder.name + "-copy")
        killed.folder.rename(orphan)
        orphan.with_name(orphan.name + ".lock").touch()
    with ScanRun(uploads.spool.root) as live:
        (live.folder / "page-1.jpg").write_bytes(b"x")
        result = svc.wipe_stale_visits(uploads, uow)
        assert result.ok
        assert result.files_removed == 1
        assert not orphan.exists()
        assert not orphan.with_name(orphan.name + ".lock").exists()
        assert (live.folder / "page-1.jpg").exists()  # its run still holds it
    assert not live.folder.exists()
    assert sorted(p.name for p in (uploads.spool.root / SCANS_FOLDER).iterdir()) == []


def test_outbox_status_counts_what_waits(uploads: svc.Uploads, uow: Uow) -> None:
    assert svc.outbox_status(uploads) == svc.OutboxStatus(0, 0, 0, None)
    uploads.destination = _Refusing()
    svc.queue_document(uploads, uow, b"%PDF", kind="identity", page_count=1)
    svc.send_pending(uploads, uow)
    svc.queue_document(uploads, uow, b"%PDF-2", kind="identity", page_count=1)
    status = svc.outbox_status(uploads)
    assert (status.waiting, status.failing, status.needs_staff) == (1, 0, 1)
    assert status.oldest_waiting_since is not None


def test_an_outbox_that_cannot_be_opened_is_a_plain_error(tmp_path: Path, key: SpoolKey) -> None:
    blocker = tmp_path / "outbox"
    blocker.write_text("a file where the outbox folder should be")
    with pytest.raises(DeskError, match=r"outbox .* cannot be opened"):
        svc.open_uploads(Settings(), key=key, folder=blocker)


@pytest.mark.allow_log_warnings
def test_a_wipe_that_leaves_files_says_so(
    uploads: svc.Uploads, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit = uuid.uuid4()
    stuck = uploads.spool.write(visit, "page-1.jpg", b"x")
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self == stuck:
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    result = svc.wipe_visit(uploads, visit)
    assert not result.ok
    assert result.left == (stuck,)


def test_one_mirror_run_at_a_time(uploads: svc.Uploads, uow: Uow) -> None:
    svc.queue_document(uploads, None, b"%PDF", kind="identity", page_count=1)
    with uploads.outbox.sync_lock():
        assert svc.sync_outbox(uploads, uow) == 0, "another run holds it: skip, do not wait"
    assert svc.sync_outbox(uploads, uow) == 1
