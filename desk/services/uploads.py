"""Uploads: queue a document, send the outbox, retry, list it, and wipe visits' working files."""

from __future__ import annotations

import hashlib
import hmac
import logging
import random
import sqlite3
import time
import uuid
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk.config import Settings, user_data_dir
from desk.domain.documents import BackOfficeStatus, DocumentKind, UploadState
from desk.domain.records import AuditAction, RecordType
from desk.domain.references import ReferenceCheck
from desk.domain.references import check_reference as _check_reference
from desk.errors import DeskError
from desk.services.ports import UowFactory
from desk.storage.models import AuditEvent, Document
from desk.uploads.crypto import SpoolKey, is_encrypted, load_spool_key
from desk.uploads.destinations import make_destination
from desk.uploads.locks import LockBusy
from desk.uploads.outbox import Backoff, Clock, Destination, Outbox, OutboxItem
from desk.uploads.routing import Service, Services, load_services, make_router
from desk.uploads.scanruns import wipe_stale_scan_runs
from desk.uploads.spool import Spool, WipeReport

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

_READ_CHUNK = 256 * 1024


def outbox_folder() -> Path:
    """Where the outbox lives: its own folder in the user data folder."""
    return user_data_dir() / "outbox"


@dataclass(frozen=True)
class OutboxEntry:
    """A document in the outbox, for screens and the command line."""

    id: uuid.UUID
    kind: str
    visit_id: uuid.UUID | None
    service: str | None
    case_reference: str | None
    destination: str | None
    state: UploadState
    attempts: int
    page_count: int
    size_bytes: int
    reference: str | None
    error_code: str | None
    message: str | None
    next_attempt_at: datetime | None
    created_at: datetime
    delivered_at: datetime | None
    back_office_status: BackOfficeStatus | None = None
    back_office_reason: str | None = None

    @property
    def needs_staff(self) -> bool:
        """True when someone must act before a retry can help (a permanent failure)."""
        return self.state is UploadState.REJECTED

    @classmethod
    def of(cls, item: OutboxItem) -> OutboxEntry:
        """The plain view of an outbox item."""
        return cls(
            id=item.id,
            kind=item.kind,
            visit_id=item.visit_id,
            service=item.service,
            case_reference=item.case_reference,
            destination=item.destination,
            state=item.state,
            attempts=item.attempts,
            page_count=item.page_count,
            size_bytes=item.size_bytes,
            reference=item.reference,
            error_code=item.error_code,
            message=item.message,
            next_attempt_at=item.next_attempt_at,
            created_at=item.created_at,
            delivered_at=item.delivered_at,
        )

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "id": str(self.id),
            "kind": self.kind,
            "visit_id": str(self.visit_id) if self.visit_id else None,
            "service": self.service,
            "case_reference": self.case_reference,
            "destination": self.destination,
            "state": self.state.value,
            "attempts": self.attempts,
            "pages": self.page_count,
            "bytes": self.size_bytes,
            "reference": self.reference,
            "error_code": self.error_code,
            "message": self.message,
            "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
            "created_at": self.created_at.isoformat(),
            "delivered_at": self.delivered_at.isoformat() if self.delivered_at else None,
            "back_office_status": self.back_office_status.value
            if self.back_office_status
            else None,
            "back_office_reason": self.back_office_reason,
        }


@dataclass(frozen=True)
class WipeResult:
    """What a wipe did: visit folders wiped, files removed, and anything it could not remove."""

    visits: tuple[str, ...]
    files_removed: int
    left: tuple[Path, ...]

    @property
    def ok(self) -> bool:
        """True when every working file is gone."""
        return not self.left

    @classmethod
    def of(cls, report: WipeReport) -> WipeResult:
        """The plain view of a spool wipe report."""
        return cls(report.visits, len(report.removed), report.left)


@dataclass
class Uploads:
    """The station's spool, outbox and destination: open once, close at exit.

    The app calls the functions of this module with it from background jobs. The shared
    database mirrors each document's upload state and audit events when it is reachable; when
    it is not, the outbox carries on and the mirror catches up later.
    """

    spool: Spool
    outbox: Outbox
    destination: Destination
    station_id: uuid.UUID | None = None
    services: Services = field(default_factory=Services)

    def close(self) -> None:
        """Close the outbox and the destination's connections."""
        self.outbox.close()
        close = getattr(self.destination, "close", None)
        if callable(close):
            close()


def open_uploads(
    settings: Settings,
    *,
    station_id: uuid.UUID | None = None,
    key: SpoolKey | None = None,
    destination: Destination | None = None,
    folder: Path | None = None,
    clock: Clock = time.time,
    rng: random.Random | None = None,
    backoff: Backoff | None = None,
) -> Uploads:
    """Open the spool and outbox with the station's key (made on first use) and destination.

    Raises NoKeyring (a DeskError) when there is no usable OS keyring, ConfigError for a bad
    [upload] setting.
    """
    spool_key = key or load_spool_key()
    services = load_services(settings.upload.services_file)
    where = folder or outbox_folder()
    chosen = destination or make_router(
        settings,
        make_destination(settings),
        services=services,
        pdf_key=pdf_key_of(spool_key),
        journal=where / "mailed",
    )
    try:
        outbox = Outbox(where, spool_key, clock=clock, rng=rng, backoff=backoff)
    except (OSError, sqlite3.Error) as error:
        raise DeskError(
            f"the outbox in {where} cannot be opened ({error}); check that this account can "
            "write to it and that the disk is not full"
        ) from None
    return Uploads(Spool(settings.spool_path, spool_key), outbox, chosen, station_id, services)


def pdf_key_of(key: SpoolKey) -> bytes:
    """The key protected PDFs' passwords are made from (derived from the spool key)."""
    return hmac.new(key.secret, b"station-desk protected pdf", hashlib.sha256).digest()


def service_choices(uploads: Uploads, visit_areas: Iterable[str] = ()) -> list[Service]:
    """The configured services to offer when scanning: the visit's service areas first (in
    the order given), then the others by name."""
    configured = dict(uploads.services.services)
    first = [configured.pop(area) for area in dict.fromkeys(visit_areas) if area in configured]
    return first + sorted(configured.values(), key=lambda service: service.name.lower())


def check_reference(uploads: Uploads, service: str | None, reference: str) -> ReferenceCheck:
    """Check a case reference against its service's format (a service with no rule, or no
    service, accepts any; an empty reference is always allowed)."""
    found = uploads.services.get(service)
    if found is None:
        return _check_reference(None, reference)
    return found.check(reference)


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            yield chunk


def queue_document(
    uploads: Uploads,
    uow_factory: UowFactory | None,
    content: bytes | Path | Iterable[bytes],
    *,
    kind: DocumentKind | str,
    page_count: int,
    visit_id: uuid.UUID | None = None,
    document_id: uuid.UUID | None = None,
    service: str | None = None,
    case_reference: str | None = None,
) -> OutboxEntry:
    """Put a document in the outbox (encrypted) and mirror it to the shared database.

    `content` is the PDF's bytes, a file (a spooled, encrypted one is decrypted in memory on the
    way) or an iterable of chunks. Sending is a separate step: `send_pending`. `service` says
    which destination it goes to; `case_reference` (checked with `check_reference` first, by
    the caller, who may go on without one) goes with it. Raises DeskError for a reference that
    does not fit its service's format.
    """
    reference = None
    if case_reference:
        checked = check_reference(uploads, service, case_reference)
        if not checked.ok:
            raise DeskError(checked.problem)
        reference = checked.reference
    chunks: Iterable[bytes]
    if isinstance(content, bytes):
        chunks = (content,)
    elif isinstance(content, Path):
        chunks = uploads.spool.chunks(content) if is_encrypted(content) else _file_chunks(content)
    else:
        chunks = content
    item = uploads.outbox.add(
        chunks,
        kind=kind,
        page_count=page_count,
        document_id=document_id,
        visit_id=visit_id,
        station_id=uploads.station_id,
        service=service or None,
        case_reference=reference,
    )
    sync_outbox(uploads, uow_factory)
    return OutboxEntry.of(item)


def check_visit(uow_factory: UowFactory | None, visit_id: uuid.UUID) -> None:
    """Raise DeskError unless the visit a document is to be linked to is in the database."""
    if uow_factory is None:
        raise DeskError(
            f"cannot check visit {visit_id}: the database cannot be reached. Try again when "
            "it is back, or upload without --visit."
        )
    with uow_factory() as uow:
        found = uow.visits.get(visit_id) is not None
    if not found:
        raise DeskError(
            f"there is no visit {visit_id}; check the id (`desk upload` without --visit "
            "uploads a document that belongs to no visit)."
        )


def send_pending(
    uploads: Uploads,
    uow_factory: UowFactory | None,
    *,
    only: Collection[uuid.UUID] | None = None,
    lock_timeout: float = 0.0,
) -> list[OutboxEntry]:
    """Send every document that is due (or only those given); return how each one ended up.

    If another process is sending right now, waits up to `lock_timeout` seconds and then
    raises LockBusy (a DeskError): that process sends these documents too.
    """
    sent = uploads.outbox.send_due(uploads.destination, only=only, lock_timeout=lock_timeout)
    sync_outbox(uploads, uow_factory)
    return [OutboxEntry.of(item) for item in sent]


def _named(destination: Destination, name: str | None) -> Destination:
    pick = getattr(destination, "destination", None)
    return pick(name) if callable(pick) else destination  # a Router picks by name


def poll_back_office(
    uploads: Uploads, uow_factory: UowFactory | None, *, now: datetime | None = None
) -> int:
    """Ask each delivered document's destination what its back office says (HTTPS status
    endpoints only) and record a change on the document; return how many changed.

    Documents already accepted or rejected are not asked again. A service that does not answer
    (no endpoint, not known, unreachable) leaves the document as sent, without an error.
    """
    if uow_factory is None or uploads.station_id is None:
        return 0
    final = {BackOfficeStatus.ACCEPTED, BackOfficeStatus.REJECTED}
    try:
        with uow_factory() as uow:
            asking = [
                (d.id, d.destination, d.destination_ref)
                for d in uow.documents.list_in_states([UploadState.CONFIRMED], uploads.station_id)
                if d.back_office_status not in final
            ]
    except DeskError as error:
        log.info("back office status postponed: %s", type(error).__name__)
        return 0
    changed = 0
    for document_id, name, reference in asking:
        ask = getattr(_named(uploads.destination, name), "status", None)
        if not callable(ask):
            continue
        answer = ask(document_id, reference)
        if answer is None:
            continue
        try:
            with uow_factory() as uow:
                document = uow.documents.get(document_id)
                if document is None or (
                    document.back_office_status == answer.status
                    and document.back_office_reason == answer.reason
                ):
                    continue
                document.back_office_status = answer.status
                document.back_office_reason = answer.reason
                document.back_office_status_at = now or datetime.now(UTC)
                uow.commit()
        except DeskError as error:
            log.info("back office status postponed: %s", type(error).__name__)
            return changed
        log.info("back office status document=%s status=%s", document_id, answer.status.value)
        changed += 1
    return changed


def list_outbox(uploads: Uploads) -> list[OutboxEntry]:
    """Every document still in the outbox, oldest first."""
    return [OutboxEntry.of(item) for item in uploads.outbox.items()]


@dataclass(frozen=True)
class OutboxStatus:
    """Counts for a badge or `desk doctor`: what is waiting, and for how long."""

    waiting: int
    failing: int
    needs_staff: int
    oldest_waiting_since: datetime | None


def outbox_status(uploads: Uploads) -> OutboxStatus:
    """How many documents wait to be sent, are being retried, or need someone to act."""
    entries = list_outbox(uploads)
    waiting = [e for e in entries if not e.state.is_final]
    return OutboxStatus(
        waiting=len(waiting),
        failing=sum(1 for e in entries if e.state is UploadState.FAILED),
        needs_staff=sum(1 for e in entries if e.needs_staff),
        oldest_waiting_since=min((e.created_at for e in waiting), default=None),
    )


def get_entry(uploads: Uploads, document_id: uuid.UUID) -> OutboxEntry | None:
    """One document in the outbox, or None once it has left."""
    item = uploads.outbox.get(document_id)
    return OutboxEntry.of(item) if item else None


def retry(
    uploads: Uploads,
    uow_factory: UowFactory | None,
    document_ids: Collection[uuid.UUID] | None = None,
    *,
    send: bool = True,
    lock_timeout: float = 0.0,
) -> list[OutboxEntry]:
    """Make failed and rejected documents due now (all, or those given), and send them.

    Sending also takes whatever else waits (all of it, or those given): documents still
    queued, and sends a crash or a kill interrupted (put back under the send lock, then sent
    again with the same idempotency key, so the destination keeps one copy). Returns every
    document retried or sent, as it ended up.
    """
    again = uploads.outbox.retry(document_ids)
    if not send:
        sync_outbox(uploads, uow_factory)
        return [OutboxEntry.of(item) for item in again]
    sent = {
        entry.id: entry
        for entry in send_pending(
            uploads, uow_factory, only=document_ids, lock_timeout=lock_timeout
        )
    }
    entries = [sent.pop(item.id) if item.id in sent else OutboxEntry.of(item) for item in again]
    return entries + list(sent.values())


def recover_interrupted(uploads: Uploads) -> int:
    """Put back the sends a crash or a kill interrupted, unless a sender is busy right now.

    They show as queued again (and go with the next send) rather than `sending` for ever.
    Returns how many were put back.
    """
    return uploads.outbox.recover_if_idle()


def cancel(
    uploads: Uploads, uow_factory: UowFactory | None, document_id: uuid.UUID
) -> OutboxEntry | None:
    """Give up on a document not yet delivered (staff will scan it again); wipe its payload.

    Returns the document as it ended up, or None if it is not in the outbox.
    """
    item = uploads.outbox.cancel(document_id)
    sync_outbox(uploads, uow_factory)
    return OutboxEntry.of(item) if item else None


def sync_outbox(uploads: Uploads, uow_factory: UowFactory | None) -> int:
    """Copy the outbox's latest states and audit events to the shared database.

    Returns how many documents were brought up to date. A database that cannot be reached is
    not an error here: the outbox keeps the changes and the next call sends them.
    """
    if uow_factory is None:
        return 0
    lock = uploads.outbox.sync_lock()
    try:
        lock.acquire()
    except LockBusy:
        return 0  # another thread or process is copying the same changes right now
    try:
        return _sync(uploads, uow_factory)
    finally:
        lock.release()


def _sync(uploads: Uploads, uow_factory: UowFactory) -> int:
    done = 0
    for item, events in uploads.outbox.unsynced():
        station_id = item.station_id or uploads.station_id
        if station_id is None:
            continue
        try:
            with uow_factory() as uow:
                if uow.stations.get(station_id) is None:
                    log.info("document not mirrored: unknown station document=%s", item.id)
                    continue
                document = uow.documents.get(item.id)
                if document is None:
                    visit_id = item.visit_id
                    if visit_id is not None and uow.visits.get(visit_id) is None:
                        visit_id = None
                    document = uow.documents.add(
                        Document(
                            id=item.id,
                            visit_id=visit_id,
                            station_id=station_id,
                            kind=DocumentKind(item.kind),
                            page_count=item.page_count,
                            size_bytes=item.size_bytes,
                            sha256=item.sha256,
                            created_at=item.created_at,
                            service=item.service,
                            case_reference=item.case_reference,
                        )
                    )
                document.state = item.state
                document.attempts = item.attempts
                document.destination = item.destination
                document.destination_ref = item.reference
                document.last_error_code = item.error_code
                document.next_attempt_at = item.next_attempt_at
                document.uploaded_at = item.delivered_at
                known = {
                    event.id
                    for event in uow.audit.list(
                        record_type=RecordType.DOCUMENT, record_id=item.id, limit=100_000
                    )
                }
                for event in events:
                    if event.id in known:
                        continue
                    uow.audit.add(
                        AuditEvent(
                            id=event.id,
                            at=event.at,
                            action=event.action,
                            record_type=RecordType.DOCUMENT,
                            record_id=item.id,
                            station_id=station_id,
                            details=dict(event.details),
                        )
                    )
                uow.commit()
        except DeskError as error:
            log.info("outbox mirror postponed: %s", type(error).__name__)
            return done
        uploads.outbox.mark_synced(item, events)
        done += 1
    return done


def _audit_wipe(uploads: Uploads, uow_factory: UowFactory | None, report: WipeReport) -> None:
    if uow_factory is None:
        return
    root = uploads.spool.visits_root

    def count(paths: tuple[Path, ...], name: str) -> int:
        return sum(1 for path in paths if path == root / name or (root / name) in path.parents)

    try:
        with uow_factory() as uow:
            for name in report.visits:
                try:
                    visit_id = uuid.UUID(name)
                except ValueError:
                    continue
                uow.audit.add(
                    AuditEvent(
                        action=AuditAction.VISIT_FILES_WIPED,
                        record_type=RecordType.VISIT,
                        record_id=visit_id,
                        station_id=uploads.station_id,
                        details={
                            "files": count(report.removed, name),
                            "left": count(report.left, name),
                        },
                    )
                )
            uow.commit()
    except DeskError as error:
        log.info("wipe audit postponed: %s", type(error).__name__)


def wipe_visit(
    uploads: Uploads, visit_id: uuid.UUID, uow_factory: UowFactory | None = None
) -> WipeResult:
    """Wipe a visit's working files (when it ends or on idle timeout) and check they are gone.

    Documents already in the outbox are kept there: they live apart from the visit's folder.
    """
    report = uploads.spool.wipe_visit(visit_id)
    if report.left:
        log.warning("visit files not all wiped visit=%s left=%d", visit_id, len(report.left))
    _audit_wipe(uploads, uow_factory, report)
    return WipeResult.of(report)


def wipe_stale_visits(
    uploads: Uploads,
    uow_factory: UowFactory | None = None,
    *,
    keep: Collection[uuid.UUID] = (),
) -> WipeResult:
    """Wipe every visit folder but those in `keep` (at start-up after a crash), and the working
    folders of `desk scan` runs that were killed; check it."""
    report = uploads.spool.wipe_stale(keep)
    if report.left:
        log.warning("stale visit files not all wiped left=%d", len(report.left))
    if report.visits:
        _audit_wipe(uploads, uow_factory, report)
    scans = wipe_stale_scan_runs(uploads.spool.root)
    if scans is not None:  # not visits: no audit event, but counted as removed files
        report = WipeReport(report.visits, report.removed + scans.removed, report.left + scans.left)
    return WipeResult.of(report)
