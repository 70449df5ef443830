"""`desk printers` and `desk print`: list printers, and print a PDF followed to the job's end."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.cli import common
from desk.cli.settings import runtime
from desk.domain.printing import PrintLimits
from desk.errors import DeskError
from desk.services.printing import print_pdf
from printing import Duplex, Printer, PrintingError, PrintRequest
from printing.system import system_printers


def register(sub: common.SubParsers) -> None:
    """Add the `printers` and `print` subcommands."""
    listing = sub.add_parser("printers", help="list printers with their state and what they can do")
    _add_backend(listing)
    common.add_json_flag(listing)
    listing.set_defaults(handler=list_printers)

    printer = sub.add_parser(
        "print", help="print a PDF and wait until the printer has finished (or failed)"
    )
    printer.add_argument("file", type=Path, metavar="FILE.pdf", help="the PDF to print")
    printer.add_argument("--printer", metavar="NAME", help="the printer (default: the system's)")
    printer.add_argument("--copies", type=_copies, default=1, metavar="N", help="1 to 99")
    printer.add_argument("--duplex", action="store_true", help="print on both sides")
    printer.add_argument("--paper", metavar="SIZE", help="paper size, e.g. A4 or Letter")
    printer.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="give up (and cancel the job) after this long; default 120",
    )
    _add_backend(printer)
    common.add_json_flag(printer)
    printer.set_defaults(handler=print_file)


def _add_backend(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--via",
        choices=("auto", "cups", "qt"),
        default="auto",
        help="printing system: auto (Qt on Windows, CUPS elsewhere), cups or qt",
    )


def _copies(value: str) -> int:
    try:
        copies = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= copies <= 99:
        raise argparse.ArgumentTypeError("copies must be between 1 and 99")
    return copies


def _describe(printer: Printer) -> str:
    caps = printer.capabilities
    features = [
        "two-sided" if caps.duplex else "one-sided only",
        "colour" if caps.colour else "black and white",
    ]
    if caps.paper_sizes:
        features.append("paper: " + ", ".join(caps.paper_sizes))
    default = " (default)" if printer.is_default else ""
    label = f" - {printer.description}" if printer.description else ""
    return f"{printer.name}{default}{label}: {printer.state.value}; {'; '.join(features)}"


def list_printers(args: argparse.Namespace) -> int:
    """`desk printers`: every printer, its state and capabilities."""
    try:
        printers = system_printers(args.via).list_printers()
    except PrintingError as error:
        raise DeskError(str(error)) from error
    data = [
        {
            "name": p.name,
            "description": p.description,
            "location": p.location,
            "default": p.is_default,
            "state": p.state.value,
            "duplex": p.capabilities.duplex,
            "colour": p.capabilities.colour,
            "paper_sizes": list(p.capabilities.paper_sizes),
            "default_paper": p.capabilities.default_paper,
        }
        for p in printers
    ]
    text = "\n".join(_describe(p) for p in printers) or "No printers are set up."
    common.emit(args, data, text)
    return 0


def print_file(args: argparse.Namespace) -> int:
    """`desk print`: send the PDF, follow the job to its end, record it and report how it ended."""
    request = PrintRequest(
        copies=args.copies,
        duplex=Duplex.LONG_EDGE if args.duplex else Duplex.ONE_SIDED,
        paper_size=args.paper,
    )
    rt = runtime(args)
    printers = system_printers(args.via)
    try:
        outcome = print_pdf(
            rt.uow_factory,
            printers,
            args.file,
            station_id=rt.station.station_id,
            printer=args.printer,
            request=request,
            timeout=args.timeout,
            limits=PrintLimits(rt.settings.printer.max_pages, rt.settings.printer.confirm_pages),
        )
    finally:
        rt.close()
    count = outcome.pages if outcome.pages is not None else outcome.document_pages
    pages = f"{count} page" if count == 1 else f"{count} pages"
    done = "Printed" if outcome.job_id is not None else "Sent"
    text = f"{done} {pages} on {outcome.printer}."
    if not outcome.record_saved:
        text += (
            " The record could not be saved yet (database unreachable); it will be saved when "
            "the database is back. Do not print again."
        )
    common.emit(args, outcome.as_dict(), text)
    return 0
