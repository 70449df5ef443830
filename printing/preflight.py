"""Pre-flight checks: the printer is ready, and the request is something it can do."""

from __future__ import annotations

from printing import errors
from printing.model import Duplex, Printer, PrinterState, PrintRequest
from printing.paper import to_friendly, to_keyword


def ensure_ready(printer: Printer) -> Printer:
    """The printer, if it can take a job now; otherwise the plain-English reason it cannot."""
    if printer.state is PrinterState.STOPPED:
        raise errors.stopped(printer.label)
    if printer.state is PrinterState.NOT_ACCEPTING:
        raise errors.not_accepting(printer.label)
    if printer.state is PrinterState.UNREACHABLE:
        raise errors.unreachable(printer.label)
    return printer


def check_request(printer: Printer, request: PrintRequest) -> None:
    """Refuse two-sided printing or a paper size the printer cannot do, in plain English."""
    caps = printer.capabilities
    if request.duplex is not Duplex.ONE_SIDED and not caps.duplex:
        raise errors.PrintingError(errors.ONE_SIDED_ONLY, printer=printer.label)
    if request.paper_size and caps.paper_sizes:
        wanted = to_friendly(to_keyword(request.paper_size))
        if wanted not in caps.paper_sizes:
            raise errors.PrintingError(
                f"The printer '{printer.label}' does not take {wanted} paper. "
                f"It takes: {', '.join(caps.paper_sizes)}."
            )
