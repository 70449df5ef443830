"""Printers: discovery, pre-flight checks, jobs followed to their end, and our documents."""

from printing.errors import (
    NotAPdfError,
    PrinterNotAcceptingError,
    PrinterNotFoundError,
    PrinterStoppedError,
    PrinterUnreachableError,
    PrintingError,
    Wording,
)
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
from printing.pdf import pdf_page_count
from printing.port import Printers

__all__ = [
    "Capabilities",
    "Duplex",
    "JobResult",
    "NotAPdfError",
    "PrintOutcome",
    "PrintRequest",
    "Printer",
    "PrinterNotAcceptingError",
    "PrinterNotFoundError",
    "PrinterState",
    "PrinterStoppedError",
    "PrinterUnreachableError",
    "Printers",
    "PrintingError",
    "SubmittedJob",
    "Wording",
    "pdf_page_count",
]
