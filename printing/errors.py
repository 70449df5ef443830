"""Printing errors a person can act on: each message is one plain-English line."""

from __future__ import annotations


class PrintingError(Exception):
    """A printing failure that is the environment's fault; `str(error)` says what to do next."""


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
    return NotAPdfError(f"{name} is not a PDF file. Choose a PDF and try again.")


def not_found(name: str | None) -> PrinterNotFoundError:
    """The error for a missing printer, or no default one."""
    if name is None:
        return PrinterNotFoundError(
            "No printer is set up on this station. Ask staff to add one, then press Print again."
        )
    return PrinterNotFoundError(
        f"There is no printer called '{name}' on this station. "
        "Ask staff to check the printer's name, then press Print again."
    )


def stopped(label: str) -> PrinterStoppedError:
    """The error for a stopped or paused printer."""
    return PrinterStoppedError(
        f"The printer '{label}' is switched off or paused. "
        "Ask staff to turn it on, then press Print again."
    )


def not_accepting(label: str) -> PrinterNotAcceptingError:
    """The error for a printer that refuses jobs."""
    return PrinterNotAcceptingError(
        f"The printer '{label}' is not taking new print jobs. "
        "Ask staff to let it accept jobs again, then press Print again."
    )


def unreachable(label: str) -> PrinterUnreachableError:
    """The error for a printer that cannot be reached."""
    return PrinterUnreachableError(
        f"The printer '{label}' cannot be reached. "
        "Ask staff to check it is plugged in and connected, then press Print again."
    )


def service_unreachable(where: str) -> PrinterUnreachableError:
    """The error for a print service (scheduler) that does not answer."""
    return PrinterUnreachableError(
        f"The print service ({where}) is not answering. "
        "Ask staff to restart the station's printing, then press Print again."
    )


def paper_out(label: str) -> PrinterStoppedError:
    """The error for a printer that has run out of paper."""
    return PrinterStoppedError(
        f"The printer '{label}' has run out of paper. "
        "Ask staff to add paper, then press Print again."
    )


def needs_attention(label: str, what: str) -> PrinterStoppedError:
    """The error for a printer that reports a fault someone must clear (`what`: "a paper jam")."""
    return PrinterStoppedError(
        f"The printer '{label}' needs attention ({what}). "
        "Ask staff to check the printer, then press Print again."
    )


def job_stopped() -> str:
    """The reason given when the printer stopped a job before it finished."""
    return (
        "The printer stopped the job before it finished. "
        "Ask staff to check the printer, then press Print again."
    )


def job_cancelled() -> str:
    """The reason given for a cancelled job."""
    return "The print job was cancelled."


def job_timed_out(label: str) -> str:
    """The reason given for a job that did not finish in time (and was cancelled)."""
    return (
        f"The printer '{label}' did not finish the job in time, so it was cancelled. "
        "Ask staff to check the printer, then press Print again."
    )
