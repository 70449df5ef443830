"""An in-memory printers port for tests, demos and the kiosk preview: nothing is printed."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from printing import errors
from printing.model import (
    Capabilities,
    JobResult,
    Printer,
    PrinterState,
    PrintOutcome,
    PrintRequest,
    SubmittedJob,
)
from printing.pdf import pdf_page_count
from printing.preflight import check_request


@dataclass
class FakePrinters:
    """Printers held in memory; set a printer's state or the next job's result to test faults.

    `submitted` records every job that was sent, `cancelled` the ids of cancelled jobs.
    """

    printers: dict[str, Printer] = field(
        default_factory=lambda: {
            "front": Printer(
                name="front",
                state=PrinterState.READY,
                description="Front desk",
                is_default=True,
                capabilities=Capabilities(
                    duplex=True, colour=True, paper_sizes=("A4", "Letter"), default_paper="A4"
                ),
            )
        }
    )
    next_result: JobResult = JobResult.COMPLETED
    submitted: list[SubmittedJob] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def set_state(self, name: str, state: PrinterState) -> None:
        """Put a printer in `state` (e.g. STOPPED) for the next check."""
        self.printers[name] = replace(self.printers[name], state=state)

    def list_printers(self) -> list[Printer]:
        """Every printer, default first then by name."""
        return sorted(self.printers.values(), key=lambda p: (not p.is_default, p.name.lower()))

    def default_printer(self) -> str | None:
        """The printer marked default, if any."""
        return next((p.name for p in self.printers.values() if p.is_default), None)

    def check(self, name: str | None = None) -> Printer:
        """The same pre-flight rules and messages as the real ports."""
        target = name or self.default_printer()
        if target is None:
            raise errors.not_found(None)
        printer = self.printers.get(target)
        if printer is None:
            raise errors.not_found(target)
        if printer.state is PrinterState.STOPPED:
            raise errors.stopped(printer.label)
        if printer.state is PrinterState.NOT_ACCEPTING:
            raise errors.not_accepting(printer.label)
        if printer.state is PrinterState.UNREACHABLE:
            raise errors.unreachable(printer.label)
        return printer

    def submit(
        self, pdf: Path, printer: str | None = None, request: PrintRequest | None = None
    ) -> SubmittedJob:
        """Check the PDF and the printer, and record the job."""
        request = request or PrintRequest()
        pages = pdf_page_count(pdf)
        target = self.check(printer)
        check_request(target, request)
        with self._lock:
            job = SubmittedJob(
                printer=target.name,
                job_id=len(self.submitted) + 1,
                copies=request.copies,
                document_pages=pages,
                started_utc=datetime.now(UTC),
                duplex=request.duplex,
            )
            self.submitted.append(job)
        return job

    def follow(
        self, job: SubmittedJob, timeout: float = 120.0, cancel: threading.Event | None = None
    ) -> PrintOutcome:
        """End the job at once with `next_result` (or cancelled, if `cancel` is set)."""
        del timeout  # nothing to wait for
        result = self.next_result
        if (cancel is not None and cancel.is_set()) or job.job_id in self.cancelled:
            result = JobResult.CANCELLED
        printed = result is JobResult.COMPLETED
        pages = job.document_pages * job.copies if printed else 0
        reasons = {
            JobResult.ABORTED: "The printer stopped the job before it finished. "
            "Ask staff to check the printer, then press Print again.",
            JobResult.CANCELLED: "The print job was cancelled.",
            JobResult.TIMED_OUT: "The printer did not finish the job in time, so it was "
            "cancelled. Ask staff to check the printer, then press Print again.",
        }
        return PrintOutcome(
            printer=job.printer,
            job_id=job.job_id,
            result=result,
            copies=job.copies,
            document_pages=job.document_pages,
            pages=pages,
            sheets=pages,
            started_utc=job.started_utc,
            ended_utc=datetime.now(UTC),
            duplex=job.duplex,
            reason=reasons.get(result, ""),
        )

    def cancel(self, job: SubmittedJob) -> None:
        """Record the cancellation."""
        if job.job_id is not None:
            self.cancelled.append(job.job_id)
