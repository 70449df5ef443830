"""The retention job: anonymise borrowers a set time after their device came back, and say so."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desk.domain.loans import retention_over
from desk.domain.records import DEFAULT_RETENTION, AuditAction, RecordType, RetentionClass
from desk.services.devices import audit

if TYPE_CHECKING:
    from desk.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

UowFactory = Callable[[], "SqlUnitOfWork"]


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
