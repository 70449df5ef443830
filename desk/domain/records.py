"""Record-keeping rules: retention classes, staff roles, audit actions and details, sign-in
limits."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta
from enum import StrEnum

AuditDetailValue = str | int | float | bool | None


class RetentionClass(StrEnum):
    """How long a record with personal data is kept before it is erased or anonymised."""

    LOAN_CONTACT = "loan_contact"
    LOAN_DISPUTE = "loan_dispute"


DEFAULT_RETENTION: Mapping[RetentionClass, timedelta] = {
    RetentionClass.LOAN_CONTACT: timedelta(days=30),
    RetentionClass.LOAN_DISPUTE: timedelta(days=365),
}
"""How long after the reference event (a device coming back) each class is kept, by default."""


class StaffRole(StrEnum):
    """What a member of staff may do: every champion helps residents; a manager also sees the
    Reports screen."""

    CHAMPION = "champion"
    MANAGER = "manager"


class RecordType(StrEnum):
    """The kind of record an audit event names."""

    SITE = "site"
    STATION = "station"
    STAFF = "staff"
    VISIT = "visit"
    DOCUMENT = "document"
    PRINT_JOB = "print_job"
    DEVICE = "device"
    LOAN = "loan"
    BORROWER = "borrower"
    RETENTION = "retention"


class AuditAction(StrEnum):
    """A change of state worth an append-only audit event."""

    VISIT_STARTED = "visit_started"
    VISIT_ENDED = "visit_ended"
    VISIT_FILES_WIPED = "visit_files_wiped"
    DOCUMENT_SCANNED = "document_scanned"
    DOCUMENT_QUEUED = "document_queued"
    DOCUMENT_UPLOADED = "document_uploaded"
    DOCUMENT_UPLOAD_FAILED = "document_upload_failed"
    DOCUMENT_REJECTED = "document_rejected"
    DOCUMENT_CANCELLED = "document_cancelled"
    # The retention job deleted a delivered document from the folder destination.
    DOCUMENT_FILES_DELETED = "document_files_deleted"
    PRINT_SUBMITTED = "print_submitted"
    PRINT_COMPLETED = "print_completed"
    PRINT_FAILED = "print_failed"
    LOAN_OUT = "loan_out"
    LOAN_IN = "loan_in"
    DEVICE_ADDED = "device_added"
    DEVICE_STATE_CHANGED = "device_state_changed"
    DEVICE_WIPE_VERIFIED = "device_wipe_verified"
    BORROWER_ANONYMISED = "borrower_anonymised"
    RETENTION_RUN = "retention_run"
    STAFF_ADDED = "staff_added"
    STAFF_CHANGED = "staff_changed"
    STAFF_SIGNED_IN = "staff_signed_in"
    STAFF_SIGN_IN_FAILED = "staff_sign_in_failed"
    STAFF_LOCKED_OUT = "staff_locked_out"
    STAFF_SIGNED_OUT = "staff_signed_out"


MAX_AUDIT_DETAILS_CHARS = 1000
"""Audit details are a few counts and codes, never a document or a person."""


def check_audit_details(details: Mapping[str, AuditDetailValue]) -> dict[str, AuditDetailValue]:
    """A copy of `details` if it is small and flat (scalars only); ValueError otherwise.

    Personal data cannot be detected by shape, so the rule for callers stays: codes and counts only.
    """
    copy: dict[str, AuditDetailValue] = {}
    for key, value in details.items():
        if not isinstance(key, str) or not key:
            raise ValueError("audit detail keys must be non-empty strings")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise ValueError(
                f"audit detail {key!r} must be a plain value, not {type(value).__name__}"
            )
        copy[key] = value
    if len(json.dumps(copy)) > MAX_AUDIT_DETAILS_CHARS:
        raise ValueError(f"audit details must stay under {MAX_AUDIT_DETAILS_CHARS} characters")
    return copy
