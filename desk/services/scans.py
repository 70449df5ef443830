"""A scanned document leaves the visit: assembled in memory, queued in the outbox, sent."""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.documents import DocumentKind, UploadState
from desk.domain.triage import ReferralKind
from desk.domain.visits import TaskType
from desk.errors import DeskError
from desk.services import triage, visits
from desk.services.ports import UowFactory
from desk.services.uploads import (
    OutboxEntry,
    Uploads,
    get_entry,
    list_outbox,
    queue_document,
    send_pending,
)
from desk.uploads.routing import Services
from printing.documents import (
    SentDocument,
    Submission,
    Translate,
    UploadReceipt,
    compose_upload_receipt,
    identity,
    load_texts,
)
from scanning.document import Document
from scanning.pdf import PdfWriter

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


def pdf_bytes(document: Document, read_page: Callable[[Path], bytes]) -> bytes:
    """The document as a PDF, built in memory: the pages never exist on disk unencrypted."""
    if not document.pages:
        raise DeskError("There are no pages to send. Scan the document first.")
    buffer = io.BytesIO()
    writer = PdfWriter(buffer)
    for page in document.pages:
        writer.add_page(read_page(Path(page.path)), rotation=page.rotation, dpi=page.dpi)
    writer.close()
    return buffer.getvalue()


def send_scan(
    uploads: Uploads,
    uow_factory: UowFactory,
    document: Document,
    kind: DocumentKind,
    *,
    visit_id: uuid.UUID | None,
    read_page: Callable[[Path], bytes],
    service: str | None = None,
    case_reference: str | None = None,
) -> OutboxEntry:
    """Queue the document in the outbox and try to send it now; return where it stands.

    `service` routes it to that service's destination; `case_reference` must fit the
    service's format (check it first with uploads.check_reference; DeskError otherwise).

    Whatever happens to the network, the document is safe in the outbox once this returns:
    a failed send is retried later, and the entry says so.
    """
    entry = queue_document(
        uploads,
        uow_factory,
        pdf_bytes(document, read_page),
        kind=kind,
        page_count=len(document),
        visit_id=visit_id,
        service=service,
        case_reference=case_reference,
    )
    if visit_id is not None:
        visits.count_on_task(
            uow_factory, visit_id, TaskType.SCAN_AND_UPLOAD, pages_scanned=len(document)
        )
    sent = {e.id: e for e in send_pending(uploads, uow_factory, only=[entry.id])}
    latest = sent.get(entry.id) or get_entry(uploads, entry.id) or entry
    if latest.state is UploadState.CONFIRMED and visit_id is not None:
        visits.count_on_task(uow_factory, visit_id, TaskType.SCAN_AND_UPLOAD, documents_uploaded=1)
    log.info("scan queued document=%s state=%s", latest.id, latest.state.value)
    return latest


@dataclass(frozen=True)
class VisitRecord:
    """What a visit picked up again shows at once: its documents (with their references) and
    the signposts its triage chose."""

    documents: list[OutboxEntry]
    referrals: tuple[ReferralKind, ...]


def visit_record(uploads: Uploads, uow_factory: UowFactory, visit_id: uuid.UUID) -> VisitRecord:
    """Everything recorded for a visit that its screen shows (after a restart or a sign-out)."""
    recorded = triage.load_triage(uow_factory, visit_id)
    return VisitRecord(
        documents_for_visit(uploads, uow_factory, visit_id),
        tuple(recorded.referrals) if recorded is not None else (),
    )


def documents_for_visit(
    uploads: Uploads, uow_factory: UowFactory, visit_id: uuid.UUID
) -> list[OutboxEntry]:
    """Where each document of a visit stands: still in the outbox, or delivered (its record)."""
    waiting = {e.id: e for e in list_outbox(uploads) if e.visit_id == visit_id}
    with uow_factory() as uow:
        delivered = [
            OutboxEntry(
                id=r.id,
                kind=r.kind.value,
                visit_id=r.visit_id,
                service=r.service,
                case_reference=r.case_reference,
                destination=r.destination,
                state=r.state,
                attempts=r.attempts,
                page_count=r.page_count,
                size_bytes=r.size_bytes,
                reference=r.destination_ref,
                error_code=r.last_error_code,
                message=None,
                next_attempt_at=r.next_attempt_at,
                created_at=r.created_at,
                delivered_at=r.uploaded_at,
                back_office_status=r.back_office_status,
                back_office_reason=r.back_office_reason,
            )
            for r in uow.documents.list_for_visit(visit_id)
            if r.id not in waiting
        ]
    return sorted([*waiting.values(), *delivered], key=lambda e: e.created_at)


def receipt_pdf(
    entries: Sequence[OutboxEntry],
    output: Path,
    *,
    when: datetime,
    site: str,
    champion_first_name: str,
    kind_label: Callable[[str], str],
    texts_folder: Path | None = None,
    translate: Translate = identity,
    services: Services | None = None,
) -> Path:
    """The resident's receipt for the documents sent (references, kinds and page counts only):
    for a document for a configured service, the service's name, the case reference and what
    that service does next (from the services file)."""
    sent = [e for e in entries if e.reference]
    if not sent:
        raise DeskError("Nothing has been sent yet, so there is no receipt to print.")
    texts = load_texts(texts_folder) if texts_folder is not None else load_texts()
    known = services or Services()

    def submission(entry: OutboxEntry) -> Submission:
        service = known.get(entry.service)
        council = texts.council.title
        return Submission(
            destination=f"{council}: {service.name}" if service else council,
            reference=str(entry.reference),
            documents=(SentDocument(kind_label(entry.kind), entry.page_count),),
            case_reference=entry.case_reference or "",
            next_steps=service.next_steps if service else "",
            usual_days=service.usual_days if service else None,
        )

    submissions = tuple(submission(entry) for entry in sent)
    receipt = UploadReceipt(
        submissions=submissions, when=when, site=site, champion_first_name=champion_first_name
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    compose_upload_receipt(receipt, output, texts=texts, translate=translate)
    return output


def visit_receipt_pdf(
    uploads: Uploads,
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    *,
    site: str,
    champion_first_name: str,
    kind_label: Callable[[str], str],
    texts_folder: Path | None = None,
    translate: Translate = identity,
) -> Path:
    """The resident's receipt for what the visit has sent so far, dated now in station time and
    composed into the visit's working folder (wiped with it).

    The champion's visit screen and the kiosk both print this; only who helped differs.
    """
    return receipt_pdf(
        documents_for_visit(uploads, uow_factory, visit_id),
        uploads.spool.visit_dir(visit_id) / "receipt.pdf",
        when=datetime.now(UTC).astimezone(),
        site=site,
        champion_first_name=champion_first_name,
        kind_label=kind_label,
        texts_folder=texts_folder,
        translate=translate,
        services=uploads.services,
    )
