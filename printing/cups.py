"""Printers through a CUPS scheduler, spoken to in IPP (honours CUPS_SERVER and client.conf)."""

from __future__ import annotations

import getpass
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Final
from urllib.parse import quote

from printing import errors, ipp
from printing.ipp import Attribute, IppClient, Response, Server, Value
from printing.model import (
    Capabilities,
    Duplex,
    JobResult,
    Printer,
    PrinterState,
    PrintOutcome,
    PrintRequest,
    SubmittedJob,
)
from printing.paper import to_friendly, to_keyword
from printing.pdf import pdf_page_count
from printing.preflight import check_request, ensure_ready

log = logging.getLogger(__name__)

JOB_NAME: Final = "Station Desk"
"""Every job carries this name: the document's own name never leaves the station's records."""

_PRINTER_ATTRIBUTES: Final = (
    "printer-name",
    "printer-info",
    "printer-location",
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-is-accepting-jobs",
    "sides-supported",
    "color-supported",
    "media-supported",
    "media-default",
)
_JOB_ATTRIBUTES: Final = (
    "job-id",
    "job-name",
    "job-state",
    "job-state-reasons",
    "job-impressions-completed",
    "job-media-sheets-completed",
    "job-printer-state-message",
)
_UNREACHABLE_REASONS: Final = ("offline-report", "offline", "shutdown")

# job-state values (RFC 8011 5.3.7)
_PENDING: Final = 3
_PROCESSING_STOPPED: Final = 6
_CANCELED: Final = 7
_ABORTED: Final = 8
_COMPLETED: Final = 9
_ENDED: Final = {
    _CANCELED: JobResult.CANCELLED,
    _ABORTED: JobResult.ABORTED,
    _COMPLETED: JobResult.COMPLETED,
}


def _first(attributes: Mapping[str, tuple[Value, ...]], name: str, default: Value = "") -> Value:
    values = attributes.get(name, ())
    return values[0] if values else default


def _int_or_none(attributes: Mapping[str, tuple[Value, ...]], name: str) -> int | None:
    value = _first(attributes, name, -1)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _now() -> datetime:
    return datetime.now(UTC)


class CupsPrinters:
    """The printers port over a CUPS scheduler (Linux, macOS)."""

    def __init__(
        self,
        server: Server | None = None,
        *,
        poll_interval: float = 0.1,
        request_timeout: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = IppClient(server or Server.from_environment(), timeout=request_timeout)
        self._poll_interval = poll_interval
        self._clock = clock
        try:
            self._user = getpass.getuser()
        except (OSError, KeyError):
            self._user = "desk"

    @property
    def server(self) -> Server:
        """The scheduler this talks to."""
        return self._client.server

    # ------------------------------------------------------------------ discovery

    def list_printers(self) -> list[Printer]:
        """Every queue on the scheduler, default first then by name."""
        response = self._request(
            "/",
            ipp.CUPS_GET_PRINTERS,
            [Attribute.of(ipp.KEYWORD, "requested-attributes", *_PRINTER_ATTRIBUTES)],
        )
        if response.status == ipp.STATUS_NOT_FOUND:
            return []
        self._raise_unless_ok(response, "list the printers")
        default = self.default_printer()
        printers = [self._printer(group, default) for group in response.all_groups(ipp.TAG_PRINTER)]
        return sorted(printers, key=lambda p: (not p.is_default, p.name.lower()))

    def default_printer(self) -> str | None:
        """The scheduler's default queue, if it has one."""
        response = self._request(
            "/",
            ipp.CUPS_GET_DEFAULT,
            [Attribute.of(ipp.KEYWORD, "requested-attributes", "printer-name")],
        )
        if not response.ok:
            return None
        name = _first(response.group(ipp.TAG_PRINTER), "printer-name")
        return str(name) or None

    def get_printer(self, name: str) -> Printer | None:
        """One queue by name, or None when the scheduler has no such queue."""
        response = self._request(
            self._printer_path(name),
            ipp.GET_PRINTER_ATTRIBUTES,
            [
                Attribute.of(ipp.URI, "printer-uri", self._printer_uri(name)),
                Attribute.of(ipp.KEYWORD, "requested-attributes", *_PRINTER_ATTRIBUTES),
            ],
        )
        if response.status == ipp.STATUS_NOT_FOUND:
            return None
        self._raise_unless_ok(response, f"look up the printer '{name}'")
        return self._printer(response.group(ipp.TAG_PRINTER), self.default_printer())

    def check(self, name: str | None = None) -> Printer:
        """Pre-flight: the printer exists, is enabled, accepts jobs and can be reached."""
        target = name or self.default_printer()
        if not target:
            raise errors.not_found(None)
        printer = self.get_printer(target)
        if printer is None:
            raise errors.not_found(target)
        return ensure_ready(printer)

    # ------------------------------------------------------------------ jobs

    def submit(
        self, pdf: Path, printer: str | None = None, request: PrintRequest | None = None
    ) -> SubmittedJob:
        """Check the file and the printer, then send the PDF as one job."""
        request = request or PrintRequest()
        pages = pdf_page_count(pdf)
        target = self.check(printer)
        check_request(target, request)
        job_attributes = [Attribute.of(ipp.INTEGER, "copies", request.copies)]
        if target.capabilities.duplex or request.duplex is not Duplex.ONE_SIDED:
            job_attributes.append(Attribute.of(ipp.KEYWORD, "sides", request.duplex.value))
        if request.paper_size:
            job_attributes.append(
                Attribute.of(ipp.KEYWORD, "media", to_keyword(request.paper_size))
            )
        started = _now()
        response = self._request(
            self._printer_path(target.name),
            ipp.PRINT_JOB,
            [
                Attribute.of(ipp.URI, "printer-uri", self._printer_uri(target.name)),
                Attribute.of(ipp.NAME, "requesting-user-name", self._user),
                Attribute.of(ipp.NAME, "job-name", JOB_NAME),
                Attribute.of(ipp.MIME_TYPE, "document-format", "application/pdf"),
            ],
            job_attributes,
            _chunks(pdf),
        )
        if response.status == ipp.STATUS_NOT_ACCEPTING:
            raise errors.not_accepting(target.label)
        if response.status == ipp.STATUS_NOT_FOUND:
            raise errors.not_found(target.name)
        self._raise_unless_ok(response, f"send the job to '{target.label}'")
        job_id = _first(response.group(ipp.TAG_JOB), "job-id", 0)
        if not isinstance(job_id, int) or job_id <= 0:
            raise errors.PrintingError(errors.NOT_TAKEN, printer=target.label)
        log.info("print job %s sent to %s (%d page(s))", job_id, target.name, pages)
        return SubmittedJob(
            printer=target.name,
            job_id=job_id,
            copies=request.copies,
            document_pages=pages,
            started_utc=started,
            duplex=request.duplex,
        )

    def follow(
        self,
        job: SubmittedJob,
        timeout: float = 120.0,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        """Poll the job until it ends, `cancel` is set (the job is cancelled) or time runs out."""
        if job.job_id is None:
            return _outcome(job, JobResult.SENT, {}, "")
        deadline = self._clock() + timeout
        cancel_sent = False
        while True:
            attributes = self._job_attributes(job)
            state = _first(attributes, "job-state", 0)
            if isinstance(state, int) and state in _ENDED:
                result = _ENDED[state]
                outcome = _outcome(job, result, attributes, _reason(result))
                log.info("print job %s %s", job.job_id, result.value)
                return outcome
            stuck = self._stuck_reason(job, state)
            if stuck:
                # A stopped job (or one queued on a stopped printer) waits for staff; cancel it
                # so that it does not print long after the resident has gone.
                self.cancel(job)
                log.info("print job %s stopped by the printer; cancelled", job.job_id)
                return _outcome(job, JobResult.ABORTED, attributes, stuck)
            if cancel is not None and cancel.is_set() and not cancel_sent:
                self.cancel(job)
                cancel_sent = True
                continue
            if self._clock() >= deadline:
                self.cancel(job)
                log.info("print job %s timed out after %.0f s", job.job_id, timeout)
                return _outcome(job, JobResult.TIMED_OUT, attributes, self._timeout_reason(job))
            if cancel is not None and not cancel_sent:
                cancel.wait(self._poll_interval)
            else:
                time.sleep(self._poll_interval)

    def cancel(self, job: SubmittedJob) -> None:
        """Cancel the job; a job that has already ended is left as it is."""
        if job.job_id is None:
            return
        response = self._request(
            self._printer_path(job.printer),
            ipp.CANCEL_JOB,
            [
                Attribute.of(ipp.URI, "printer-uri", self._printer_uri(job.printer)),
                Attribute.of(ipp.INTEGER, "job-id", job.job_id),
                Attribute.of(ipp.NAME, "requesting-user-name", self._user),
            ],
        )
        if response.status in (ipp.STATUS_NOT_POSSIBLE, ipp.STATUS_NOT_FOUND):
            return
        self._raise_unless_ok(response, "cancel the print job")
        log.info("print job %s cancelled", job.job_id)

    def find_job(self, printer: str, job_name: str) -> int | None:
        """The newest job on `printer` named `job_name` (for spoolers that hide the job id)."""
        # Unfinished jobs first: the list of finished ones can be long and is cut at 500.
        for which in ("not-completed", "completed"):
            response = self._request(
                self._printer_path(printer),
                ipp.GET_JOBS,
                [
                    Attribute.of(ipp.URI, "printer-uri", self._printer_uri(printer)),
                    Attribute.of(ipp.NAME, "requesting-user-name", self._user),
                    Attribute.of(ipp.BOOLEAN, "my-jobs", True),
                    Attribute.of(ipp.KEYWORD, "which-jobs", which),
                    Attribute.of(ipp.KEYWORD, "requested-attributes", "job-id", "job-name"),
                ],
            )
            if response.status == ipp.STATUS_NOT_FOUND:
                return None
            self._raise_unless_ok(response, f"list the jobs on '{printer}'")
            ids = [
                job_id
                for group in response.all_groups(ipp.TAG_JOB)
                if _first(group, "job-name") == job_name
                and isinstance(job_id := _first(group, "job-id", 0), int)
            ]
            if ids:
                return max(ids)
        return None

    # ------------------------------------------------------------------ helpers

    def _job_attributes(self, job: SubmittedJob) -> Mapping[str, tuple[Value, ...]]:
        response = self._request(
            self._printer_path(job.printer),
            ipp.GET_JOB_ATTRIBUTES,
            [
                Attribute.of(ipp.URI, "printer-uri", self._printer_uri(job.printer)),
                Attribute.of(ipp.INTEGER, "job-id", job.job_id or 0),
                Attribute.of(ipp.KEYWORD, "requested-attributes", *_JOB_ATTRIBUTES),
            ],
        )
        self._raise_unless_ok(response, "follow the print job")
        return response.group(ipp.TAG_JOB)

    def _stuck_reason(self, job: SubmittedJob, state: Value) -> str:
        if state == _PROCESSING_STOPPED:
            return _reason(JobResult.ABORTED)
        if state == _PENDING:
            printer = self.get_printer(job.printer)
            if printer is not None and printer.state is PrinterState.STOPPED:
                return errors.stopped(printer.label).wording
        return ""

    def _timeout_reason(self, job: SubmittedJob) -> str:
        printer = self.get_printer(job.printer)
        label = printer.label if printer else job.printer
        if printer is not None and printer.state is PrinterState.STOPPED:
            return errors.stopped(label).wording
        return errors.job_timed_out(label)

    def _printer(self, group: Mapping[str, tuple[Value, ...]], default: str | None) -> Printer:
        name = str(_first(group, "printer-name"))
        reasons = {str(r) for r in group.get("printer-state-reasons", ())}
        state_value = _first(group, "printer-state", 3)
        accepting = bool(_first(group, "printer-is-accepting-jobs", True))
        if state_value == 5:
            state = PrinterState.STOPPED
        elif not accepting:
            state = PrinterState.NOT_ACCEPTING
        elif any(
            r.removesuffix("-error").removesuffix("-report") in _UNREACHABLE_REASONS
            or r in _UNREACHABLE_REASONS
            for r in reasons
        ):
            state = PrinterState.UNREACHABLE
        elif state_value == 4:
            state = PrinterState.PRINTING
        else:
            state = PrinterState.READY
        sides = {str(s) for s in group.get("sides-supported", ())}
        media = tuple(
            dict.fromkeys(
                to_friendly(str(m))
                for m in group.get("media-supported", ())
                if not str(m).startswith(("custom_min_", "custom_max_"))
            )
        )
        default_media = _first(group, "media-default")
        return Printer(
            name=name,
            state=state,
            description=str(_first(group, "printer-info")),
            location=str(_first(group, "printer-location")),
            is_default=name == default,
            capabilities=Capabilities(
                duplex=any(s.startswith("two-sided") for s in sides),
                colour=bool(_first(group, "color-supported", False)),
                paper_sizes=media,
                default_paper=to_friendly(str(default_media)) if default_media else None,
            ),
            message=str(_first(group, "printer-state-message")),
        )

    def _request(
        self,
        path: str,
        operation: int,
        attributes: list[Attribute],
        job_attributes: list[Attribute] | None = None,
        document: Iterator[bytes] | None = None,
    ) -> Response:
        try:
            return self._client.request(
                path, operation, attributes, job_attributes or (), document or ()
            )
        except ipp.IppAuthorisationError as error:
            log.info("print scheduler refused the request: %s", error)
            raise errors.PrintingError(errors.SERVICE_REFUSED) from error
        except ipp.IppTransportError as error:
            log.info("print scheduler unreachable: %s", error)
            raise errors.service_unreachable(self.server.display) from error

    def _raise_unless_ok(self, response: Response, doing: str) -> None:
        if not response.ok:
            log.info("IPP status 0x%04x while trying to %s", response.status, doing)
            raise errors.PrintingError(
                f"The print service could not {doing} ({response.message() or 'no reason given'}). "
                "Ask staff to check the printer, then try again."
            )

    def _printer_path(self, name: str) -> str:
        return f"/printers/{quote(name, safe='')}"

    def _printer_uri(self, name: str) -> str:
        return self.server.uri(self._printer_path(name))


def _reason(result: JobResult) -> str:
    if result is JobResult.ABORTED:
        return errors.job_stopped()
    if result is JobResult.CANCELLED:
        return errors.job_cancelled()
    return ""


def _outcome(
    job: SubmittedJob,
    result: JobResult,
    attributes: Mapping[str, tuple[Value, ...]],
    reason: str,
) -> PrintOutcome:
    return PrintOutcome(
        printer=job.printer,
        job_id=job.job_id,
        result=result,
        copies=job.copies,
        document_pages=job.document_pages,
        pages=_int_or_none(attributes, "job-impressions-completed"),
        sheets=_int_or_none(attributes, "job-media-sheets-completed"),
        started_utc=job.started_utc,
        ended_utc=_now(),
        duplex=job.duplex,
        reason=reason,
    )


def _chunks(path: Path, size: int = 1 << 16) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(size):
            yield chunk
