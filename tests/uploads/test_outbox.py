"""The outbox: queue, send, back off, stop on permanent failures, retry, and recover a crash."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest

from desk.domain.documents import DocumentKind, UploadState
from desk.domain.records import AuditAction
from desk.uploads.crypto import SpoolKey
from desk.uploads.destinations import FolderDestination, HttpsDestination
from desk.uploads.errors import UploadFailure, permanent, transient
from desk.uploads.locks import LockBusy
from desk.uploads.outbox import Backoff, Delivery
from tests.uploads.conftest import FakeClock, MakeOutbox, mounted, pdf_bytes
from tests.uploads.server import UploadService


class Scripted:
    """A destination that fails as told, then delivers (keeping one copy per id)."""

    name = "scripted"

    def __init__(self, *failures: UploadFailure) -> None:
        self.failures = list(failures)
        self.calls = 0
        self.copies: dict[uuid.UUID, bytes] = {}

    def deliver(self, delivery: Delivery) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        content = b"".join(delivery.open_chunks())
        assert hashlib.sha256(content).hexdigest() == delivery.sha256
        self.copies.setdefault(delivery.document_id, content)
        return f"REF-{delivery.document_id.hex[:6]}"


def test_a_document_leaves_only_when_confirmed(make_outbox: MakeOutbox) -> None:
    outbox = make_outbox()
    content = pdf_bytes(b"CONFIRM-ME")
    item = outbox.add([content], kind=DocumentKind.PAYSLIP, page_count=1)
    assert item.state is UploadState.QUEUED
    assert item.size_bytes == len(content)
    assert item.sha256 == hashlib.sha256(content).hexdigest()
    payload = outbox.payload_path(item.id)
    assert b"CONFIRM-ME" not in payload.read_bytes()
    destination = Scripted()
    (sent,) = outbox.send_due(destination)
    assert sent.state is UploadState.CONFIRMED
    assert sent.reference == f"REF-{item.id.hex[:6]}"
    assert sent.attempts == 1
    assert destination.copies[item.id] == content
    assert not payload.exists(), "the delivered document's payload is wiped"
    assert outbox.send_due(destination) == [], "nothing is sent twice"


def test_adding_the_same_id_again_changes_nothing(make_outbox: MakeOutbox) -> None:
    outbox = make_outbox()
    doc_id = uuid.uuid4()
    first = outbox.add([b"%PDF-first"], kind="identity", page_count=1, document_id=doc_id)
    again = outbox.add([b"%PDF-other"], kind="identity", page_count=1, document_id=doc_id)
    assert again == first
    assert len(outbox.items()) == 1


def test_transient_failures_back_off_with_jitter_then_deliver(
    make_outbox: MakeOutbox, clock: FakeClock
) -> None:
    outbox = make_outbox(backoff=Backoff(base_seconds=10, cap_seconds=600))
    outbox.add([b"%PDF"], kind="identity", page_count=1)
    destination = Scripted(*(transient("server_error", "busy") for _ in range(3)))
    waits = []
    for attempt in range(1, 4):
        (failed,) = outbox.send_due(destination)
        assert failed.state is UploadState.FAILED
        assert failed.attempts == attempt
        assert failed.error_code == "server_error"
        assert failed.next_attempt_at is not None
        wait = failed.next_attempt_at.timestamp() - clock()
        ceiling = 10 * 2 ** (attempt - 1)
        assert ceiling / 2 <= wait <= ceiling
        waits.append(wait)
        assert outbox.send_due(destination) == [], "not due before its time"
        clock.advance(wait + 0.001)
    assert waits == sorted(waits)
    (done,) = outbox.send_due(destination)
    assert done.state is UploadState.CONFIRMED
    assert done.attempts == 4
    assert destination.calls == 4


def test_the_backoff_is_capped() -> None:
    import random  # noqa: PLC0415

    backoff = Backoff(base_seconds=10, cap_seconds=60)
    rng = random.Random(1)
    assert all(30 <= backoff.delay(n, rng) <= 60 for n in range(4, 40))


def test_retry_after_is_respected(make_outbox: MakeOutbox, clock: FakeClock) -> None:
    outbox = make_outbox(backoff=Backoff(base_seconds=1, cap_seconds=600))
    outbox.add([b"%PDF"], kind="identity", page_count=1)
    (failed,) = outbox.send_due(Scripted(transient("server_busy", "busy", retry_after=300)))
    assert failed.next_attempt_at is not None
    assert failed.next_attempt_at.timestamp() - clock() == pytest.approx(300, abs=0.01)


def test_a_permanent_failure_stops_until_staff_retry(
    make_outbox: MakeOutbox, clock: FakeClock
) -> None:
    outbox = make_outbox()
    item = outbox.add([b"%PDF"], kind="identity", page_count=1)
    destination = Scripted(permanent("unauthorised", "Ask IT to set a new token."))
    (rejected,) = outbox.send_due(destination)
    assert rejected.state is UploadState.REJECTED
    assert rejected.message == "Ask IT to set a new token."
    assert rejected.next_attempt_at is None
    clock.advance(10 * 24 * 3600)
    assert outbox.send_due(destination) == [], "never retried on its own"
    assert outbox.payload_path(item.id).exists(), "never lost either"
    (again,) = outbox.retry()
    assert again.state is UploadState.QUEUED
    (done,) = outbox.send_due(destination)
    assert done.state is UploadState.CONFIRMED
    assert done.error_code is None
    assert done.message is None


def test_retry_can_pick_one_document(make_outbox: MakeOutbox) -> None:
    outbox = make_outbox()
    one = outbox.add([b"%PDF-1"], kind="identity", page_count=1)
    two = outbox.add([b"%PDF-2"], kind="identity", page_count=1)
    outbox.send_due(Scripted(permanent("x", "x"), permanent("x", "x")))
    assert [i.id for i in outbox.retry([two.id])] == [two.id]
    assert outbox.get(one.id).state is UploadState.REJECTED  # type: ignore[union-attr]


def test_a_send_interrupted_by_a_crash_is_resent_with_the_same_key(
    make_outbox: MakeOutbox, https: HttpsDestination, service: UploadService
) -> None:
    outbox = make_outbox()
    item = outbox.add([pdf_bytes()], kind="identity", page_count=1)
    # The station claims it and the service stores it, but the station dies before it hears.
    claimed = outbox._claim(item, https)
    assert claimed is not None
    assert claimed.state is UploadState.SENDING
    https.deliver(
        Delivery(
            claimed.id,
            claimed.kind,
            None,
            None,
            1,
            claimed.size_bytes,
            claimed.sha256,
            lambda: outbox.chunks(claimed.id),
        )
    )
    outbox.close()
    reopened = make_outbox()
    (done,) = reopened.send_due(https)
    assert done.state is UploadState.CONFIRMED
    assert done.reference == "GRN-00001"
    assert done.attempts == 2
    assert [r.key for r in service.received] == [str(item.id)] * 2
    assert service.store_counts == {str(item.id): 1}


def test_an_unreadable_payload_is_a_permanent_failure(make_outbox: MakeOutbox) -> None:
    outbox = make_outbox()
    item = outbox.add([b"%PDF" * 100], kind="identity", page_count=1)
    path = outbox.payload_path(item.id)
    damaged = bytearray(path.read_bytes())
    damaged[-1] ^= 1
    path.write_bytes(bytes(damaged))
    (rejected,) = outbox.send_due(Scripted())
    assert rejected.state is UploadState.REJECTED
    assert rejected.error_code == "payload_unreadable"


def test_every_change_queues_an_audit_event_without_personal_data(
    make_outbox: MakeOutbox, tmp_path: Path
) -> None:
    outbox = make_outbox()
    outbox.add([b"%PDF"], kind="identity", page_count=3)
    outbox.send_due(Scripted(transient("timeout", "The upload service at x did not answer.")))
    outbox.retry()
    outbox.send_due(FolderDestination(tmp_path / "evidence"))
    ((item, events),) = outbox.unsynced()
    assert [e.action for e in events] == [
        AuditAction.DOCUMENT_QUEUED,
        AuditAction.DOCUMENT_UPLOAD_FAILED,
        AuditAction.DOCUMENT_UPLOADED,
    ]
    assert events[1].details == {"code": "timeout", "attempts": 1, "destination": "scripted"}
    for event in events:
        assert set(event.details) <= {"pages", "bytes", "code", "attempts", "destination"}
    outbox.mark_synced(item, events)
    assert outbox.unsynced() == []
    assert outbox.items() == [], "a delivered document the database knows of leaves the outbox"


def test_the_queue_file_is_durable(make_outbox: MakeOutbox, tmp_path: Path) -> None:
    outbox = make_outbox()
    outbox.add([b"%PDF"], kind="identity", page_count=1)
    with sqlite3.connect(tmp_path / "outbox" / "outbox.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_one_sender_at_a_time(make_outbox: MakeOutbox) -> None:
    outbox = make_outbox()
    other = make_outbox()
    with outbox.send_lock(0), pytest.raises(LockBusy, match="busy"):
        other.send_due(Scripted(), lock_timeout=0)


def test_orphans_and_temporary_files_are_cleared_when_old(
    make_outbox: MakeOutbox, tmp_path: Path
) -> None:
    import os  # noqa: PLC0415

    outbox = make_outbox()
    kept = outbox.add([b"%PDF"], kind="identity", page_count=1)
    orphan = outbox.payloads / f"{uuid.uuid4()}.sde"
    temp = outbox.payloads / ".x.sde.abcd.tmp"
    fresh = outbox.payloads / f"{uuid.uuid4()}.sde"
    for path in (orphan, temp, fresh):
        path.write_bytes(b"SDE1...")
    for path in (orphan, temp):
        os.utime(path, (1, 1))
    with outbox.send_lock(0):
        outbox.recover()
    assert not orphan.exists()
    assert not temp.exists()
    assert fresh.exists(), "a recent one may belong to an add in progress"
    assert outbox.payload_path(kept.id).exists()


def test_a_50_mb_document_goes_through_without_being_held_in_memory(
    make_outbox: MakeOutbox, tmp_path: Path
) -> None:
    import secrets  # noqa: PLC0415
    import tracemalloc  # noqa: PLC0415

    outbox = make_outbox()
    block = secrets.token_bytes(1024 * 1024)
    tracemalloc.start()
    try:
        item = outbox.add((block for _ in range(50)), kind="bank_statement", page_count=40)
        (done,) = outbox.send_due(FolderDestination(tmp_path / "evidence"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert done.state is UploadState.CONFIRMED
    assert (tmp_path / "evidence" / f"{item.id}.pdf").stat().st_size == 50 * len(block)
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes"


def test_a_station_disk_that_cannot_take_the_document_is_a_plain_error(
    tmp_path: Path, key: SpoolKey
) -> None:
    from desk.uploads.outbox import Outbox, OutboxFull  # noqa: PLC0415

    folder = tmp_path / "small-disk"
    with mounted(folder, "-t", "tmpfs", "-o", "size=512k", "tmpfs"):
        outbox = Outbox(folder, key)
        try:
            with pytest.raises(OutboxFull, match="not queued"):
                outbox.add([b"%PDF" * 300_000], kind="identity", page_count=1)
            assert outbox.items() == []
            assert list(outbox.payloads.iterdir()) == [], "no partial payload is left"
        finally:
            outbox.close()


def test_cancel_gives_up_on_an_undelivered_document(make_outbox: MakeOutbox) -> None:
    outbox = make_outbox()
    item = outbox.add([b"%PDF"], kind="identity", page_count=1)
    outbox.send_due(Scripted(permanent("too_large", "Scan it again.")))
    cancelled = outbox.cancel(item.id)
    assert cancelled is not None
    assert cancelled.state is UploadState.CANCELLED
    assert not outbox.payload_path(item.id).exists()
    assert outbox.send_due(Scripted()) == []
    assert outbox.retry() == []
    ((synced, events),) = outbox.unsynced()
    assert events[-1].action is AuditAction.DOCUMENT_CANCELLED
    outbox.mark_synced(synced, events)
    assert outbox.items() == []


def test_a_delivered_document_cannot_be_cancelled(make_outbox: MakeOutbox) -> None:
    outbox = make_outbox()
    item = outbox.add([b"%PDF"], kind="identity", page_count=1)
    outbox.send_due(Scripted())
    done = outbox.cancel(item.id)
    assert done is not None
    assert done.state is UploadState.CONFIRMED
    assert outbox.cancel(uuid.uuid4()) is None


def test_over_https_it_survives_n_failures_and_arrives_once(
    make_outbox: MakeOutbox, clock: FakeClock, https: HttpsDestination, service: UploadService
) -> None:
    outbox = make_outbox()
    content = pdf_bytes(b"N-FAILURES", pages=2)
    item = outbox.add([content], kind="payslip", page_count=2)
    service.answer("500", "drop", "hang", "503")
    codes = []
    for _ in range(4):
        (failed,) = outbox.send_due(https)
        assert failed.state is UploadState.FAILED
        codes.append(failed.error_code)
        assert failed.next_attempt_at is not None
        clock.now = failed.next_attempt_at.timestamp() + 0.001
    assert codes == ["server_error", "connection_dropped", "timeout", "server_error"]
    (done,) = outbox.send_due(https)
    assert done.state is UploadState.CONFIRMED
    assert done.attempts == 5
    assert service.store_counts == {str(item.id): 1}
    assert service.stored[str(item.id)] == content
    assert {r.key for r in service.received} == {str(item.id)}
