"""Scanned documents and print jobs: kinds, upload states and print outcomes (never content)."""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    """What a scanned document is evidence of."""

    IDENTITY = "identity"
    PROOF_OF_ADDRESS = "proof_of_address"
    BANK_STATEMENT = "bank_statement"
    PAYSLIP = "payslip"
    TENANCY = "tenancy"
    BENEFIT_LETTER = "benefit_letter"
    LETTER = "letter"
    PHOTO = "photo"
    OTHER = "other"


class UploadState(StrEnum):
    """Where a document is on its way out of the station through the outbox."""

    QUEUED = "queued"
    SENDING = "sending"
    FAILED = "failed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        """True when the outbox will not try this document again."""
        return self in _FINAL_UPLOAD_STATES


_FINAL_UPLOAD_STATES = frozenset(
    {UploadState.CONFIRMED, UploadState.REJECTED, UploadState.CANCELLED}
)


class BackOfficeStatus(StrEnum):
    """What the service's back office last said about a delivered document (its status
    endpoint); None until it says anything."""

    RECEIVED = "received"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class PrintOutcome(StrEnum):
    """How a print job is going or ended."""

    QUEUED = "queued"
    PRINTING = "printing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        """True once the printer has nothing more to say about the job."""
        return self in {PrintOutcome.COMPLETED, PrintOutcome.FAILED, PrintOutcome.CANCELLED}


SHA256_HEX_LENGTH = 64
"""A document's checksum is stored as lowercase hex."""
