"""What each document is made from: plain frozen data, never database objects."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SentDocument:
    """One document that was uploaded: its kind (e.g. "Proof of address") and page count."""

    kind: str
    pages: int


@dataclass(frozen=True)
class Submission:
    """What went to one destination, and the reference the destination gave back."""

    destination: str
    reference: str
    documents: tuple[SentDocument, ...]
    case_reference: str = ""
    """The resident's own case reference with that service (an application number), if any."""
    next_steps: str = ""
    """What that service does next, in the council's words."""
    usual_days: int | None = None
    """How many working days that service usually takes."""


@dataclass(frozen=True)
class UploadReceipt:
    """The upload receipt: `when` is the local date and time the documents were sent."""

    submissions: tuple[Submission, ...]
    when: datetime
    site: str
    champion_first_name: str


@dataclass(frozen=True)
class LoanAgreement:
    """A device loan, for the agreement the resident signs (printed for them and the council)."""

    borrower_name: str
    device: str
    asset_tag: str
    serial_number: str
    kit: tuple[str, ...]
    lent_on: date
    due_on: date
    site: str
    champion_first_name: str
    loan_reference: str = ""


class Signpost(enum.StrEnum):
    """The kinds of further help a visit summary can point to (keys of signposting.toml)."""

    TRAINING = "training"
    DEVICE_BANK = "device_bank"
    DATA_BANK = "data_bank"
    SOCIAL_TARIFFS = "social_tariffs"


@dataclass(frozen=True)
class VisitDocument:
    """A document sent for the resident at a visit: its kind and the reference the council
    gave back ("" while it waits in the outbox to be sent)."""

    kind: str
    reference: str = ""


@dataclass(frozen=True)
class LentDevice:
    """A device the resident took home from the visit, and when it is due back."""

    device: str
    asset_tag: str
    due_on: date | None = None


@dataclass(frozen=True)
class VisitSummary:
    """What was done at a visit, what was sent and lent, and where to get more help."""

    when: datetime
    site: str
    champion_first_name: str
    done: tuple[str, ...]
    signposts: tuple[Signpost, ...] = ()
    documents: tuple[VisitDocument, ...] = ()
    devices: tuple[LentDevice, ...] = ()


@dataclass(frozen=True)
class OverdueReminder:
    """A letter to a borrower whose device is past its due date."""

    borrower_name: str
    device: str
    asset_tag: str
    lent_on: date
    due_on: date
    site: str
