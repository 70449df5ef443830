"""The outbox: a durable local queue that lets a document go only when its destination confirms."""

from __future__ import annotations

import contextlib
import json
import logging
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desk.domain.documents import DocumentKind, UploadState
from desk.domain.records import AuditAction
from desk.errors import DeskError
from desk.private import private_dir, private_sqlite
from desk.uploads.crypto import EncryptedWriter, SpoolKey, fsync_dir, iter_decrypted
from desk.uploads.errors import SpoolCorrupt, UploadFailure
from desk.uploads.locks import FileLock, LockBusy

log = logging.getLogger(__name__)

DATABASE_NAME = "outbox.sqlite3"
PAYLOADS_FOLDER = "payloads"
PAYLOAD_SUFFIX = ".sde"
ORPHAN_AGE_SECONDS = 600.0
"""A payload with no row, or a temporary file, is left alone this long (another add may be
mid-way) and removed after."""

Clock = Callable[[], float]
"""Seconds since the epoch (time.time); tests pass a fake one to drive the backoff."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS item (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    visit_id TEXT,
    station_id TEXT,
    page_count INTEGER NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL,
    destination TEXT,
    reference TEXT,
    error_code TEXT,
    message TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    delivered_at REAL,
    version INTEGER NOT NULL DEFAULT 1,
    synced_version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS event (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    action TEXT NOT NULL,
    at REAL NOT NULL,
    details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_item_state_next ON item (state, next_attempt_at);
"""

_ADDED_COLUMNS = ("service", "case_reference")
"""Columns added to `item` after its first release, added to an older outbox when it opens."""


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: the n-th failure waits between half and all of
    min(cap, base * 2**(n-1)) seconds."""

    base_seconds: float = 15.0
    cap_seconds: float = 3600.0

    def delay(self, attempts: int, rng: random.Random) -> float:
        """Seconds to wait after `attempts` failed tries."""
        ceiling = min(self.cap_seconds, self.base_seconds * 2 ** max(0, attempts - 1))
        return rng.uniform(ceiling / 2, ceiling)


@dataclass(frozen=True)
class Delivery:
    """What a destination receives: the document's metadata and a way to stream its content."""

    document_id: uuid.UUID
    kind: str
    visit_id: uuid.UUID | None
    station_id: uuid.UUID | None
    page_count: int
    size_bytes: int
    sha256: str
    open_chunks: Callable[[], Iterator[bytes]] = field(repr=False, compare=False)
    service: str | None = None
    case_reference: str | None = None
    route: str | None = None
    """The name of the destination this document is routed to (recorded when it was claimed)."""

    def metadata(self) -> dict[str, Any]:
        """The metadata as plain JSON values (no personal data, no file name)."""
        return {
            "id": str(self.document_id),
            "kind": self.kind,
            "service": self.service,
            "case_reference": self.case_reference,
            "visit_id": str(self.visit_id) if self.visit_id else None,
            "station_id": str(self.station_id) if self.station_id else None,
            "page_count": self.page_count,
            "size_bytes": self.size_bytes,
            "sha256": self.sha256,
        }


class Destination(Protocol):
    """Where documents go. `deliver` returns the receipt reference or raises UploadFailure.

    It must be idempotent on `delivery.document_id`: delivering the same id again returns the
    same reference and makes no second copy.
    """

    name: str

    def deliver(self, delivery: Delivery) -> str:
        """Send one document; return the destination's reference for it."""
        ...


def route_name(destination: Destination, service: str | None) -> str:
    """The name of the destination a document for `service` goes to: a router's choice for
    the service (desk.uploads.routing), or the destination's own name."""
    route = getattr(destination, "route_for", None)
    return str(route(service)) if callable(route) else destination.name


@dataclass(frozen=True)
class OutboxItem:
    """One document in the outbox, as plain data."""

    id: uuid.UUID
    kind: str
    visit_id: uuid.UUID | None
    station_id: uuid.UUID | None
    page_count: int
    size_bytes: int
    sha256: str
    state: UploadState
    attempts: int
    next_attempt_at: datetime | None
    destination: str | None
    reference: str | None
    error_code: str | None
    message: str | None
    created_at: datetime
    updated_at: datetime
    delivered_at: datetime | None
    version: int
    synced_version: int
    service: str | None = None
    case_reference: str | None = None


@dataclass(frozen=True)
class PendingEvent:
    """An audit event waiting to be copied to the shared database (no personal data)."""

    id: uuid.UUID
    document_id: uuid.UUID
    action: AuditAction
    at: datetime
    details: dict[str, str | int | float | bool | None]


def _when(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _uuid(value: str | None) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(value)


def _item(row: sqlite3.Row) -> OutboxItem:
    created = _when(row["created_at"])
    updated = _when(row["updated_at"])
    assert created is not None  # NOT NULL column
    assert updated is not None  # NOT NULL column
    return OutboxItem(
        id=uuid.UUID(row["id"]),
        kind=row["kind"],
        visit_id=_uuid(row["visit_id"]),
        station_id=_uuid(row["station_id"]),
        page_count=row["page_count"],
        size_bytes=row["size_bytes"],
        sha256=row["sha256"],
        state=UploadState(row["state"]),
        attempts=row["attempts"],
        next_attempt_at=_when(row["next_attempt_at"]),
        destination=row["destination"],
        reference=row["reference"],
        error_code=row["error_code"],
        message=row["message"],
        created_at=created,
        updated_at=updated,
        delivered_at=_when(row["delivered_at"]),
        version=row["version"],
        synced_version=row["synced_version"],
        service=row["service"],
        case_reference=row["case_reference"],
    )


class OutboxFull(DeskError):
    """The station could not store a document's encrypted payload (its disk is full or failing)."""


_SENDABLE = (UploadState.QUEUED.value, UploadState.FAILED.value)


class Outbox:
    """The station's outbox in `folder`. Safe to use from several threads and processes.

    A SQLite file of its own (WAL journal, synchronous=FULL, so a committed change survives a
    power cut) and the documents' encrypted payloads beside it, each written to a temporary
    name, flushed and renamed. A document is keyed by its UUID, which is also the idempotency
    key sent to the destination, so a send interrupted by a crash is repeated on restart
    without a duplicate. States: queued -> sending -> confirmed (payload wiped), or failed
    (retried after a backoff with jitter), or rejected (waits for staff to act and Retry), or
    cancelled. Each change also queues an audit event for the shared database's mirror.
    """

    def __init__(
        self,
        folder: Path,
        key: SpoolKey,
        *,
        clock: Clock = time.time,
        rng: random.Random | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.payloads = self.folder / PAYLOADS_FOLDER
        # The queue names residents' documents and their visits: this account's alone.
        private_dir(self.folder)
        private_dir(self.payloads)
        private_sqlite(self.folder / DATABASE_NAME)
        self.key = key
        self.clock = clock
        self.rng = rng or random.SystemRandom()
        self.backoff = backoff or Backoff()
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            self.folder / DATABASE_NAME,
            isolation_level=None,
            check_same_thread=False,
            timeout=30.0,
        )
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._add_columns()

    def _add_columns(self) -> None:
        """Bring an outbox made by an older version up to date (columns are only ever added)."""

        def missing() -> list[str]:
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(item)")}
            return [name for name in _ADDED_COLUMNS if name not in columns]

        if not missing():
            return
        with self._write() as db:
            for name in missing():  # again under the write lock: another process may have
                db.execute(f"ALTER TABLE item ADD COLUMN {name} TEXT")

    def close(self) -> None:
        """Close the outbox's database connection."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ storage helpers

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed (durably) or none of it."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _event(
        self,
        db: sqlite3.Connection,
        document_id: uuid.UUID,
        action: AuditAction,
        **details: str | int | float | bool | None,
    ) -> None:
        db.execute(
            "INSERT INTO event (id, document_id, action, at, details) VALUES (?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), str(document_id), action.value, self.clock(), json.dumps(details)),
        )

    def payload_path(self, document_id: uuid.UUID) -> Path:
        """Where a document's encrypted payload is kept."""
        return self.payloads / f"{document_id}{PAYLOAD_SUFFIX}"

    # ------------------------------------------------------------------ reading

    def get(self, document_id: uuid.UUID) -> OutboxItem | None:
        """The item with this id, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM item WHERE id = ?", (str(document_id),)
            ).fetchone()
        return _item(row) if row else None

    def items(self, states: Collection[UploadState] | None = None) -> list[OutboxItem]:
        """Items (in the given states, or all), oldest first."""
        query = "SELECT * FROM item"
        params: tuple[str, ...] = ()
        if states is not None:
            params = tuple(s.value for s in states)
            query += f" WHERE state IN ({', '.join('?' for _ in params)})"
        with self._lock:
            rows = self._db.execute(query + " ORDER BY created_at, id", params).fetchall()
        return [_item(row) for row in rows]

    def due(self, now: float | None = None) -> list[OutboxItem]:
        """Queued and failed items whose next attempt time has come, oldest first."""
        at = self.clock() if now is None else now
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM item WHERE state IN (?, ?) "
                "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY created_at, id",
                (*_SENDABLE, at),
            ).fetchall()
        return [_item(row) for row in rows]

    def chunks(self, document_id: uuid.UUID) -> Iterator[bytes]:
        """A document's plaintext, chunk by chunk, decrypted in memory."""
        return iter_decrypted(self.payload_path(document_id), self.key)

    # ------------------------------------------------------------------ adding

    def add(
        self,
        chunks: Iterable[bytes],
        *,
        kind: DocumentKind | str,
        page_count: int,
        document_id: uuid.UUID | None = None,
        visit_id: uuid.UUID | None = None,
        station_id: uuid.UUID | None = None,
        service: str | None = None,
        case_reference: str | None = None,
    ) -> OutboxItem:
        """Take a document in: encrypt its content beside the queue, then record it as queued.

        Adding an id that is already in the outbox returns that item unchanged (the content
        given is not read), so a caller that crashed may simply add again.
        """
        doc_id = document_id or uuid.uuid4()
        kind_value = DocumentKind(kind).value
        if page_count < 0:
            raise ValueError("page_count must not be negative")
        existing = self.get(doc_id)
        if existing is not None:
            return existing
        try:
            writer = EncryptedWriter(self.payload_path(doc_id), self.key)
            with writer:
                for chunk in chunks:
                    writer.write(chunk)
        except OSError as error:
            raise OutboxFull(
                "This station could not keep the document safely "
                f"({error.strerror or type(error).__name__}), so it was not queued. "
                "Tell IT (the station's disk may be full), then try again."
            ) from None
        now = self.clock()
        with self._write() as db:
            inserted = db.execute(
                "INSERT OR IGNORE INTO item (id, kind, visit_id, station_id, page_count, "
                "size_bytes, sha256, state, created_at, updated_at, service, case_reference) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(doc_id),
                    kind_value,
                    str(visit_id) if visit_id else None,
                    str(station_id) if station_id else None,
                    page_count,
                    writer.size,
                    writer.sha256,
                    UploadState.QUEUED.value,
                    now,
                    now,
                    service or None,
                    case_reference or None,
                ),
            ).rowcount
            if inserted:
                self._event(
                    db, doc_id, AuditAction.DOCUMENT_QUEUED, pages=page_count, bytes=writer.size
                )
        item = self.get(doc_id)
        assert item is not None
        log.info("document queued document=%s kind=%s bytes=%d", doc_id, kind_value, writer.size)
        return item

    # ------------------------------------------------------------------ sending

    def send_lock(self, timeout: float) -> FileLock:
        """The lock every sender holds, so one process at a time sends (and recovers)."""
        return FileLock(
            self.folder / "send.lock", timeout=timeout, what="Another Station Desk window"
        )

    def send_due(
        self,
        destination: Destination,
        *,
        only: Collection[uuid.UUID] | None = None,
        lock_timeout: float = 0.0,
    ) -> list[OutboxItem]:
        """Try every item that is due (or only those given); return them as they ended up.

        Holds the send lock: if another process is sending right now and does not finish
        within `lock_timeout` seconds, raises LockBusy (that process sends these too).
        """
        with self.send_lock(lock_timeout):
            self.recover()
            due = self.due()
            if only is not None:
                wanted = set(only)
                due = [item for item in due if item.id in wanted]
            return [self._send_one(item, destination) for item in due]

    def recover(self) -> int:
        """Put back what a crash interrupted; call with the send lock held.

        Items left in `sending` go back to `queued` to be sent again with the same key; payloads
        of confirmed and cancelled items are wiped; old temporary and orphaned payload files are
        removed. Returns how many items were put back.
        """
        now = self.clock()
        with self._write() as db:
            restarted = db.execute(
                "UPDATE item SET state = ?, next_attempt_at = NULL, updated_at = ?, "
                "version = version + 1 WHERE state = ?",
                (UploadState.QUEUED.value, now, UploadState.SENDING.value),
            ).rowcount
        if restarted:
            log.info("interrupted sends put back count=%d", restarted)
        for item in self.items([UploadState.CONFIRMED, UploadState.CANCELLED]):
            self._wipe_payload(item.id)
        self._remove_orphans()
        return restarted

    def recover_if_idle(self) -> int:
        """Put back interrupted sends if no process is sending right now; return how many.

        The send lock is what tells an interrupted send from a live one: every sender holds it
        while an item is `sending`, and the OS lets it go when the sender dies (even by
        SIGKILL), so an item found `sending` while the lock is free was left by a dead one.
        """
        lock = self.send_lock(0.0)
        try:
            lock.acquire()
        except LockBusy:
            return 0
        try:
            return self.recover()
        finally:
            lock.release()

    def _remove_orphans(self) -> None:
        with self._lock:
            known = {row[0] for row in self._db.execute("SELECT id FROM item")}
        cutoff = time.time() - ORPHAN_AGE_SECONDS
        for path in self.payloads.iterdir():
            stem = path.name.removesuffix(PAYLOAD_SUFFIX)
            is_orphan = path.suffix == PAYLOAD_SUFFIX and stem not in known
            is_temp = path.name.startswith(".") and path.name.endswith(".tmp")
            if not (is_orphan or is_temp):
                continue
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    log.info("outbox leftover removed kind=%s", "orphan" if is_orphan else "temp")

    def _claim(self, item: OutboxItem, destination: Destination) -> OutboxItem | None:
        # A document tried once stays with the destination it was tried at, even if the
        # routing changed since: that attempt may have reached it (exactly once).
        with self._write() as db:
            claimed = db.execute(
                "UPDATE item SET state = ?, attempts = attempts + 1, "
                "destination = CASE WHEN attempts > 0 AND destination IS NOT NULL "
                "THEN destination ELSE ? END, error_code = NULL, message = NULL, "
                "updated_at = ?, version = version + 1 WHERE id = ? AND state IN (?, ?)",
                (
                    UploadState.SENDING.value,
                    route_name(destination, item.service),
                    self.clock(),
                    str(item.id),
                    *_SENDABLE,
                ),
            ).rowcount
        return self.get(item.id) if claimed else None

    def _send_one(self, item: OutboxItem, destination: Destination) -> OutboxItem:
        claimed = self._claim(item, destination)
        if claimed is None:
            return self.get(item.id) or item
        delivery = Delivery(
            document_id=claimed.id,
            kind=claimed.kind,
            visit_id=claimed.visit_id,
            station_id=claimed.station_id,
            page_count=claimed.page_count,
            size_bytes=claimed.size_bytes,
            sha256=claimed.sha256,
            open_chunks=lambda: self.chunks(claimed.id),
            service=claimed.service,
            case_reference=claimed.case_reference,
            route=claimed.destination,
        )
        try:
            reference = destination.deliver(delivery)
        except UploadFailure as failure:
            return self._failed(claimed, failure)
        except SpoolCorrupt as error:
            return self._failed(
                claimed,
                UploadFailure(
                    "payload_unreadable",
                    f"This document cannot be sent: {error}. Scan it again.",
                    permanent=True,
                ),
            )
        return self._confirmed(claimed, reference)

    def _confirmed(self, item: OutboxItem, reference: str) -> OutboxItem:
        now = self.clock()
        with self._write() as db:
            db.execute(
                "UPDATE item SET state = ?, reference = ?, delivered_at = ?, error_code = NULL, "
                "message = NULL, next_attempt_at = NULL, updated_at = ?, version = version + 1 "
                "WHERE id = ?",
                (UploadState.CONFIRMED.value, reference, now, now, str(item.id)),
            )
            self._event(
                db,
                item.id,
                AuditAction.DOCUMENT_UPLOADED,
                destination=item.destination,
                attempts=item.attempts,
            )
        self._wipe_payload(item.id)
        log.info(
            "document delivered document=%s destination=%s attempts=%d",
            item.id,
            item.destination,
            item.attempts,
        )
        done = self.get(item.id)
        assert done is not None
        return done

    def _failed(self, item: OutboxItem, failure: UploadFailure) -> OutboxItem:
        now = self.clock()
        if failure.permanent:
            state, next_at, action = UploadState.REJECTED, None, AuditAction.DOCUMENT_REJECTED
        else:
            wait = self.backoff.delay(item.attempts, self.rng)
            if failure.retry_after is not None:
                wait = max(wait, min(failure.retry_after, self.backoff.cap_seconds))
            state, next_at, action = (
                UploadState.FAILED,
                now + wait,
                AuditAction.DOCUMENT_UPLOAD_FAILED,
            )
        with self._write() as db:
            db.execute(
                "UPDATE item SET state = ?, error_code = ?, message = ?, next_attempt_at = ?, "
                "updated_at = ?, version = version + 1 WHERE id = ?",
                (state.value, failure.code, failure.message, next_at, now, str(item.id)),
            )
            self._event(
                db,
                item.id,
                action,
                code=failure.code,
                attempts=item.attempts,
                destination=item.destination,
            )
        log.info(
            "document not delivered document=%s code=%s permanent=%s attempts=%d",
            item.id,
            failure.code,
            failure.permanent,
            item.attempts,
        )
        done = self.get(item.id)
        assert done is not None
        return done

    def _wipe_payload(self, document_id: uuid.UUID) -> None:
        path = self.payload_path(document_id)
        if path.exists():
            path.unlink(missing_ok=True)
            fsync_dir(self.payloads)

    # ------------------------------------------------------------------ staff actions

    def retry(self, document_ids: Collection[uuid.UUID] | None = None) -> list[OutboxItem]:
        """Make failed and rejected items due now (all of them, or those given)."""
        now = self.clock()
        states = (UploadState.FAILED.value, UploadState.REJECTED.value)
        with self._write() as db:
            rows = db.execute("SELECT id FROM item WHERE state IN (?, ?)", states).fetchall()
            ids = [row[0] for row in rows]
            if document_ids is not None:
                wanted = {str(d) for d in document_ids}
                ids = [i for i in ids if i in wanted]
            for doc_id in ids:
                db.execute(
                    "UPDATE item SET state = ?, next_attempt_at = NULL, updated_at = ?, "
                    "version = version + 1 WHERE id = ?",
                    (UploadState.QUEUED.value, now, doc_id),
                )
        return [item for item in (self.get(uuid.UUID(i)) for i in ids) if item is not None]

    def cancel(self, document_id: uuid.UUID) -> OutboxItem | None:
        """Give up on a document that has not been delivered (e.g. to scan it again): its
        payload is wiped. Returns the item, or None if it is not in the outbox.

        A document being sent right now, or already delivered, is left as it is.
        """
        now = self.clock()
        with self._write() as db:
            cancelled = db.execute(
                "UPDATE item SET state = ?, next_attempt_at = NULL, updated_at = ?, "
                "version = version + 1 WHERE id = ? AND state IN (?, ?, ?)",
                (
                    UploadState.CANCELLED.value,
                    now,
                    str(document_id),
                    *_SENDABLE,
                    UploadState.REJECTED.value,
                ),
            ).rowcount
            if cancelled:
                self._event(db, document_id, AuditAction.DOCUMENT_CANCELLED)
        if cancelled:
            self._wipe_payload(document_id)
            log.info("document cancelled document=%s", document_id)
        return self.get(document_id)

    # ------------------------------------------------------------------ mirroring

    def sync_lock(self) -> FileLock:
        """The lock a mirror run holds, so one thread or process at a time copies changes."""
        return FileLock(self.folder / "sync.lock", timeout=0.0, what="The outbox mirror")

    def unsynced(self) -> list[tuple[OutboxItem, list[PendingEvent]]]:
        """Items whose latest state the shared database has not seen, with their new events."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM item WHERE version > synced_version ORDER BY created_at, id"
            ).fetchall()
            events = self._db.execute("SELECT * FROM event ORDER BY at, rowid").fetchall()
        by_doc: dict[str, list[PendingEvent]] = {}
        for event in events:
            at = _when(event["at"])
            assert at is not None
            by_doc.setdefault(event["document_id"], []).append(
                PendingEvent(
                    id=uuid.UUID(event["id"]),
                    document_id=uuid.UUID(event["document_id"]),
                    action=AuditAction(event["action"]),
                    at=at,
                    details=json.loads(event["details"]),
                )
            )
        return [(_item(row), by_doc.get(row["id"], [])) for row in rows]

    def mark_synced(self, item: OutboxItem, events: Iterable[PendingEvent]) -> None:
        """Record that the shared database has `item` at its version and these events.

        A delivered (or cancelled) item the shared database knows about leaves the outbox.
        """
        finished = (UploadState.CONFIRMED.value, UploadState.CANCELLED.value)
        if item.state.value in finished:
            self._wipe_payload(item.id)
        with self._write() as db:
            db.execute(
                "UPDATE item SET synced_version = MAX(synced_version, ?) WHERE id = ?",
                (item.version, str(item.id)),
            )
            for event in events:
                db.execute("DELETE FROM event WHERE id = ?", (str(event.id),))
            db.execute(
                "DELETE FROM item WHERE id = ? AND state IN (?, ?) AND synced_version >= version",
                (str(item.id), *finished),
            )
