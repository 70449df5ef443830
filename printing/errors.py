"""Printing errors a person can act on: each message is one plain-English line.

Each line is made from one of `MESSAGES` (a template with `{named}` values) and keeps both as a
`Wording`, so a screen can show it in the station's language; `str()` of it is the English.
"""

from __future__ import annotations

NOT_A_PDF = "{file} is not a PDF file. Choose a PDF and try again."
MISSING_FILE = "{file} cannot be found. Check the file is still there."
NO_PRINTER = "No printer is set up on this station. Ask staff to add one, then press Print again."
NOT_FOUND = (
    "There is no printer called '{printer}' on this station. "
    "Ask staff to check the printer's name, then press Print again."
)
STOPPED = (
    "The printer '{printer}' is switched off or paused. "
    "Ask staff to turn it on, then press Print again."
)
NOT_ACCEPTING = (
    "The printer '{printer}' is not taking new print jobs. "
    "Ask staff to let it accept jobs again, then press Print again."
)
UNREACHABLE = (
    "The printer '{printer}' cannot be reached. "
    "Ask staff to check it is plugged in and connected, then press Print again."
)
SERVICE_UNREACHABLE = (
    "The print service ({where}) is not answering. "
    "Ask staff to restart the station's printing, then press Print again."
)
SERVICE_REFUSED = (
    "The print service refused this station's request. "
    "Ask IT to allow this station to print without a password."
)
NOT_TAKEN = "The printer '{printer}' did not take the job. Press Print again."
PAPER_OUT = (
    "The printer '{printer}' has run out of paper. Ask staff to add paper, then press Print again."
)
NEEDS_ATTENTION = (
    "The printer '{printer}' needs attention ({what}). "
    "Ask staff to check the printer, then press Print again."
)
ONE_SIDED_ONLY = (
    "The printer '{printer}' cannot print on both sides of the paper. "
    "Choose one-sided printing, then press Print again."
)
JOB_STOPPED = (
    "The printer stopped the job before it finished. "
    "Ask staff to check the printer, then press Print again."
)
JOB_CANCELLED = "The print job was cancelled."
JOB_TIMED_OUT = (
    "The printer '{printer}' did not finish the job in time, so it was cancelled. "
    "Ask staff to check the printer, then press Print again."
)

MESSAGES: tuple[str, ...] = (
    NOT_A_PDF,
    MISSING_FILE,
    NO_PRINTER,
    NOT_FOUND,
    STOPPED,
    NOT_ACCEPTING,
    UNREACHABLE,
    SERVICE_UNREACHABLE,
    SERVICE_REFUSED,
    NOT_TAKEN,
    PAPER_OUT,
    NEEDS_ATTENTION,
    ONE_SIDED_ONLY,
    JOB_STOPPED,
    JOB_CANCELLED,
    JOB_TIMED_OUT,
)
"""Every template a printing message is made from (what translators translate)."""


class Wording(str):
    """A plain-English line that keeps the template and the values it was made from."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, /, **values: object) -> Wording:
        named = {name: str(value) for name, value in values.items()}
        made = super().__new__(cls, template.format(**named) if named else template)
        made.template = template
        made.values = named
        return made


class PrintingError(Exception):
    """A printing failure that is the environment's fault; `str(error)` says what to do next,
    and `wording` keeps the template it was made from."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.wording = Wording(template, **values)
        super().__init__(str(self.wording))


class NotAPdfError(PrintingError):
    """The file to print is missing or is not a PDF."""


class PrinterNotFoundError(PrintingError):
    """No printer by that name (or no printer at all)."""


class PrinterStoppedError(PrintingError):
    """The printer is switched off or paused."""


class PrinterNotAcceptingError(PrintingError):
    """The printer is refusing new jobs."""


class PrinterUnreachableError(PrintingError):
    """The printer, or the print service, cannot be reached."""


def not_a_pdf(name: str) -> NotAPdfError:
    """The error for a file that is not a PDF."""
    return NotAPdfError(NOT_A_PDF, file=name)


def not_found(name: str | None) -> PrinterNotFoundError:
    """The error for a missing printer, or no default one."""
    if name is None:
        return PrinterNotFoundError(NO_PRINTER)
    return PrinterNotFoundError(NOT_FOUND, printer=name)


def stopped(label: str) -> PrinterStoppedError:
    """The error for a stopped or paused printer."""
    return PrinterStoppedError(STOPPED, printer=label)


def not_accepting(label: str) -> PrinterNotAcceptingError:
    """The error for a printer that refuses jobs."""
    return PrinterNotAcceptingError(NOT_ACCEPTING, printer=label)


def unreachable(label: str) -> PrinterUnreachableError:
    """The error for a printer that cannot be reached."""
    return PrinterUnreachableError(UNREACHABLE, printer=label)


def service_unreachable(where: str) -> PrinterUnreachableError:
    """The error for a print service (scheduler) that does not answer."""
    return PrinterUnreachableError(SERVICE_UNREACHABLE, where=where)


def paper_out(label: str) -> PrinterStoppedError:
    """The error for a printer that has run out of paper."""
    return PrinterStoppedError(PAPER_OUT, printer=label)


def needs_attention(label: str, what: str) -> PrinterStoppedError:
    """The error for a printer that reports a fault someone must clear (`what`: "a paper jam")."""
    return PrinterStoppedError(NEEDS_ATTENTION, printer=label, what=what)


def job_stopped() -> Wording:
    """The reason given when the printer stopped a job before it finished."""
    return Wording(JOB_STOPPED)


def job_cancelled() -> Wording:
    """The reason given for a cancelled job."""
    return Wording(JOB_CANCELLED)


def job_timed_out(label: str) -> Wording:
    """The reason given for a job that did not finish in time (and was cancelled)."""
    return Wording(JOB_TIMED_OUT, printer=label)
