"""Plain frozen data the printers port speaks: printers, their state, jobs and their outcome."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class PrinterState(enum.StrEnum):
    """What a printer can do right now, as a person would put it."""

    READY = "ready"
    PRINTING = "printing"
    STOPPED = "stopped"
    NOT_ACCEPTING = "not accepting jobs"
    UNREACHABLE = "unreachable"


class Duplex(enum.StrEnum):
    """How pages are laid on paper: one side, or both sides flipped on the long or short edge."""

    ONE_SIDED = "one-sided"
    LONG_EDGE = "two-sided-long-edge"
    SHORT_EDGE = "two-sided-short-edge"


class JobResult(enum.StrEnum):
    """How a print job ended."""

    COMPLETED = "completed"
    ABORTED = "aborted"
    CANCELLED = "cancelled"
    TIMED_OUT = "timed out"
    SENT = "sent"
    """Handed to the system spooler, which cannot be followed further (Windows)."""

    @property
    def succeeded(self) -> bool:
        """True when the resident should expect paper."""
        return self in (JobResult.COMPLETED, JobResult.SENT)


@dataclass(frozen=True)
class Capabilities:
    """What a printer supports: two-sided printing, colour, and the paper sizes it takes."""

    duplex: bool = False
    colour: bool = False
    paper_sizes: tuple[str, ...] = ()
    default_paper: str | None = None


@dataclass(frozen=True)
class Printer:
    """One printer the station can use."""

    name: str
    state: PrinterState
    description: str = ""
    location: str = ""
    is_default: bool = False
    capabilities: Capabilities = field(default_factory=Capabilities)
    message: str = ""
    """What the printer says about itself (e.g. "Paused"), if anything."""

    @property
    def label(self) -> str:
        """The name a person knows the printer by."""
        return self.description or self.name


@dataclass(frozen=True)
class PrintRequest:
    """How to print a file: copies, two-sided printing and paper size (None: the printer's own)."""

    copies: int = 1
    duplex: Duplex = Duplex.ONE_SIDED
    paper_size: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= 99:
            raise ValueError("copies must be between 1 and 99")


@dataclass(frozen=True)
class SubmittedJob:
    """A job the printer has taken; `job_id` is None when the spooler gives no handle to follow."""

    printer: str
    job_id: int | None
    copies: int
    document_pages: int
    started_utc: datetime
    duplex: Duplex = Duplex.ONE_SIDED


@dataclass(frozen=True)
class PrintOutcome:
    """How a job ended, with everything a print-job record needs (never the document's name).

    `pages` is the number of pages printed (impressions, copies included) as the printer reports
    them; `sheets` the sheets of paper, when the printer reports that too.
    """

    printer: str
    job_id: int | None
    result: JobResult
    copies: int
    document_pages: int
    pages: int | None
    sheets: int | None
    started_utc: datetime
    ended_utc: datetime
    duplex: Duplex = Duplex.ONE_SIDED
    reason: str = ""
    """A plain-English reason when the job did not complete."""

    @property
    def succeeded(self) -> bool:
        """True when the resident should expect paper."""
        return self.result.succeeded

    def as_dict(self) -> dict[str, object]:
        """JSON-ready fields, times as ISO 8601 UTC."""
        return {
            "printer": self.printer,
            "job_id": self.job_id,
            "result": self.result.value,
            "copies": self.copies,
            "duplex": self.duplex.value,
            "document_pages": self.document_pages,
            "pages": self.pages,
            "sheets": self.sheets,
            "started_utc": self.started_utc.isoformat(),
            "ended_utc": self.ended_utc.isoformat(),
            "reason": self.reason,
        }
