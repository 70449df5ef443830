"""The retention jobs: each says what it did in counts and audit events, never who.

Borrowers are anonymised a set time after their device came back; delivered documents are
deleted from the upload folder a set time after they were put there.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desk.config import Settings
from desk.domain.loans import retention_over
from desk.domain.records import DEFAULT_RETENTION, AuditAction, RecordType, RetentionClass
from desk.errors import DeskError
from desk.private import PRIVATE_DIR_MODE, private_file, tighten
from desk.services.devices import audit
from desk.services.ports import UowFactory
from desk.uploads.destinations import StoredDocument, delete_stored, stored_documents

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionReport:
    """What one run did: counts only, never who."""

    ran_at: datetime
    anonymised: int
    by_class: Mapping[str, int] = field(default_factory=dict)
    still_out: int = 0
    kept: int = 0

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping (for `--json`)."""
        return {
            "ran_at": self.ran_at.isoformat(),
            "anonymised": self.anonymised,
            "by_class": dict(self.by_class),
            "still_out": self.still_out,
            "kept": self.kept,
        }


def run_retention(
    uow_factory: UowFactory,
    now: datetime | None = None,
    *,
    policy: Mapping[RetentionClass, timedelta] = DEFAULT_RETENTION,
    station_id: uuid.UUID | None = None,
) -> RetentionReport:
    """Anonymise every borrower whose devices are all back and whose retention time has passed.

    A borrower with a device still out is kept whatever its age. The run is recorded as an
    audit event with counts, and each borrower anonymised gets its own event (ids only).
    """
    at = now if now is not None else datetime.now(UTC)
    counts = {retention_class.value: 0 for retention_class in RetentionClass}
    still_out = kept = 0
    with uow_factory() as uow:
        for borrower, last_back, open_loans in uow.borrowers.retention_candidates():
            if open_loans or last_back is None:
                still_out += 1
                continue
            keep_for = policy.get(
                borrower.retention_class, DEFAULT_RETENTION[borrower.retention_class]
            )
            if not retention_over(last_back, keep_for, at):
                kept += 1
                continue
            borrower.name = None
            borrower.contact_number = None
            borrower.anonymised_at = at
            counts[borrower.retention_class.value] += 1
            audit(
                uow,
                AuditAction.BORROWER_ANONYMISED,
                RecordType.BORROWER,
                borrower.id,
                staff_id=None,
                station_id=station_id,
                at=at,
                details={"retention_class": borrower.retention_class.value},
            )
        total = sum(counts.values())
        audit(
            uow,
            AuditAction.RETENTION_RUN,
            RecordType.RETENTION,
            None,
            staff_id=None,
            station_id=station_id,
            at=at,
            details={"anonymised": total, "still_out": still_out, "kept": kept}
            | {f"anonymised_{name}": count for name, count in counts.items()},
        )
        uow.commit()
    log.info("retention ran anonymised=%d kept=%d still_out=%d", total, kept, still_out)
    return RetentionReport(at, total, counts, still_out, kept)


# ---------------------------------------------------------------------- the upload folder


@dataclass(frozen=True)
class FolderRetentionReport:
    """What one run on the upload folder did: counts only, never which resident."""

    ran_at: datetime
    folder: Path
    keep_days: int | None
    deleted: int = 0
    failed: int = 0
    kept: int = 0

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping (for `--json`)."""
        return {
            "ran_at": self.ran_at.isoformat(),
            "folder": str(self.folder),
            "keep_days": self.keep_days,
            "deleted": self.deleted,
            "failed": self.failed,
            "kept": self.kept,
        }


@dataclass(frozen=True)
class FolderBacklog:
    """Documents in the upload folder older than its retention period (for `desk doctor`)."""

    folder: Path
    keep_days: int | None
    overdue: int
    oldest: datetime | None


def _overdue(settings: Settings, at: datetime) -> tuple[list[StoredDocument], list[StoredDocument]]:
    """The folder's documents past their period and those kept (none past it when kept forever)."""
    folder = settings.upload_folder
    try:
        documents = stored_documents(folder)
    except OSError as error:
        raise DeskError(
            f"the upload folder {folder} cannot be read ({error.strerror or error}); its "
            "documents are kept until it can"
        ) from None
    keep_days = settings.upload_folder_keep_days
    if keep_days is None:
        return [], documents
    cutoff = at - timedelta(days=keep_days)
    return (
        [d for d in documents if d.stored_at <= cutoff],
        [d for d in documents if d.stored_at > cutoff],
    )


def upload_folder_backlog(settings: Settings, now: datetime | None = None) -> FolderBacklog:
    """How many documents in the upload folder are older than its retention period."""
    at = now if now is not None else datetime.now(UTC)
    overdue, _kept = _overdue(settings, at)
    return FolderBacklog(
        settings.upload_folder,
        settings.upload_folder_keep_days,
        len(overdue),
        overdue[0].stored_at if overdue else None,
    )


def purge_upload_folder(
    settings: Settings,
    uow_factory: UowFactory,
    now: datetime | None = None,
    *,
    station_id: uuid.UUID | None = None,
) -> FolderRetentionReport:
    """Delete the delivered documents older than `[upload] folder_retention_days`.

    The station's own local folder keeps them 7 days unless the setting says otherwise; a
    folder IT named is only purged when the setting is given. Each deletion is an audit event
    (`document_files_deleted`, the document's id and its age in days); documents that are kept
    in the local folder are made private to this account if an older version left them open.
    """
    at = now if now is not None else datetime.now(UTC)
    folder = settings.upload_folder
    keep_days = settings.upload_folder_keep_days
    overdue, kept = _overdue(settings, at)
    if settings.upload_folder_is_local:
        tighten(folder, PRIVATE_DIR_MODE)  # what an older version left open to others
        for document in kept:
            for path in document.files:
                private_file(path)
    deleted: list[StoredDocument] = []
    failed = 0
    for document in overdue:
        if delete_stored(document):
            deleted.append(document)
        else:
            failed += 1
    if deleted:
        where = "local_folder" if settings.upload_folder_is_local else "configured_folder"
        with uow_factory() as uow:
            for document in deleted:
                audit(
                    uow,
                    AuditAction.DOCUMENT_FILES_DELETED,
                    RecordType.DOCUMENT,
                    document.document_id,
                    staff_id=None,
                    station_id=station_id,
                    at=at,
                    details={
                        "where": where,
                        "keep_days": keep_days,
                        "age_days": (at - document.stored_at).days,
                    },
                )
            uow.commit()
    log.info(
        "upload folder retention ran deleted=%d failed=%d kept=%d keep_days=%s",
        len(deleted),
        failed,
        len(kept),
        keep_days,
    )
    if failed:
        log.warning("upload folder retention could not delete documents=%d", failed)
    return FolderRetentionReport(at, folder, keep_days, len(deleted), failed, len(kept))
