"""What the print screen asks of the services, and those use cases on this station's printers."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desk.domain.printing import PrintLimits
from desk.runtime import Runtime
from desk.services import printing as printing_service
from desk.services.staff import StaffMember
from desk.services.visits import VisitSummary
from printing import Duplex, Printer, Printers, PrintingError, PrintOutcome, PrintRequest


@dataclass(frozen=True)
class PrintOrder:
    """One press of Print: the document, the printer, the copies and the sides of the paper, and
    what the job is recorded against (the visit on screen and who is signed in), all read on the
    GUI thread then."""

    pdf: Path
    printer: str
    copies: int
    duplex: Duplex
    visit_id: uuid.UUID | None
    staff_id: uuid.UUID | None


class PrintActions(Protocol):
    """What the print screen calls: `order` on the GUI thread when Print is pressed (it reads
    what is on screen); the others in the background, never touching widgets or view state."""

    @property
    def limits(self) -> PrintLimits:
        """How many pages (pages × copies) one job may print, and above how many to ask first."""
        ...

    def list_printers(self) -> Sequence[Printer]: ...

    def check(self, printer: str) -> Printer: ...

    def order(self, pdf: Path, printer: str, copies: int, duplex: Duplex) -> PrintOrder: ...

    def print_pdf(self, order: PrintOrder, cancel: threading.Event) -> PrintOutcome: ...


class StationPrint:
    """The print screen's use cases on this station's printers; `visit` (on screen) and `member`
    (signed in) are read on the GUI thread when Print is pressed, never by the job."""

    def __init__(
        self,
        runtime: Runtime,
        printers: Printers,
        *,
        visit: Callable[[], VisitSummary | None],
        member: Callable[[], StaffMember | None],
    ) -> None:
        self._uow = runtime.uow_factory
        self._station = runtime.station.station_id
        self._printers = printers
        self._visit = visit
        self._member = member
        printer = runtime.settings.printer
        self._limits = PrintLimits(printer.max_pages, printer.confirm_pages)

    @property
    def limits(self) -> PrintLimits:
        return self._limits

    def list_printers(self) -> list[Printer]:
        """Runs in the background: the printers, with a plain message if printing is down."""
        try:
            return self._printers.list_printers()
        except PrintingError as error:
            raise printing_service.PrintFailed.saying(error.wording) from error

    def check(self, printer: str) -> Printer:
        """Runs in the background: the pre-flight check, its refusal as a plain message."""
        try:
            return self._printers.check(printer)
        except PrintingError as error:
            raise printing_service.PrintFailed.saying(error.wording) from error

    def order(self, pdf: Path, printer: str, copies: int, duplex: Duplex) -> PrintOrder:
        """On the GUI thread, when Print is pressed: the visit on screen and who is signed in."""
        on_screen, signed_in = self._visit(), self._member()
        return PrintOrder(
            pdf=pdf,
            printer=printer,
            copies=copies,
            duplex=duplex,
            visit_id=on_screen.id if on_screen is not None else None,
            staff_id=signed_in.id if signed_in is not None else None,
        )

    def print_pdf(self, order: PrintOrder, cancel: threading.Event) -> PrintOutcome:
        """Runs in the background: print what was ordered, record it, count the pages."""
        return printing_service.print_pdf(
            self._uow,
            self._printers,
            order.pdf,
            station_id=self._station,
            visit_id=order.visit_id,
            staff_id=order.staff_id,
            printer=order.printer,
            request=PrintRequest(copies=order.copies, duplex=order.duplex),
            cancel=cancel,
            limits=self._limits,
            count_on_visit=True,
        )
