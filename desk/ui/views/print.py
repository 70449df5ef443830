"""Print a PDF for the resident: a preview, the printer's state before sending, copies, the end."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.visits import TaskType
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import printing as printing_service
from desk.services import visits
from desk.services.staff import StaffMember
from desk.services.visits import VisitSummary
from desk.ui.jobs import JobRunner
from desk.ui.widgets import button, error_label, heading, hint, show_error
from printing import (
    Printer,
    Printers,
    PrinterState,
    PrintingError,
    PrintOutcome,
    PrintRequest,
)


@dataclass(frozen=True)
class PrintActions:
    """What the print screen calls, each in the background."""

    list_printers: Callable[[], Sequence[Printer]]
    check: Callable[[str], Printer]
    print_pdf: Callable[[Path, str, int, threading.Event], PrintOutcome]


class PrintView(QWidget):
    """Shows the document, says whether the printer is ready, and follows the job to its end."""

    printers_listed = Signal(int)
    printer_checked = Signal(object)  # Printer, or the error message
    printing_started = Signal()
    printed = Signal(object)  # PrintOutcome
    print_failed = Signal(str)
    closed = Signal()

    def __init__(self, jobs: JobRunner, actions: PrintActions) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self.pdf: Path | None = None
        self.setAccessibleName(self.tr("Print"))

        self.title = heading(self.tr("Print"))
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        self.pages = hint()

        self.printer = QComboBox()
        self.printer.setAccessibleName(self.tr("Printer"))
        self.printer.activated.connect(self._check_printer)
        self.state = hint()
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.copies.setAccessibleName(self.tr("Copies"))
        self.print_button = button(self.tr("Print"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.cancel_button = button(self.tr("Stop printing"), secondary=True)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.cancel_button.hide()
        self._cancel = threading.Event()
        self.back_button = button(self.tr("Back"), secondary=True)
        self.back_button.clicked.connect(self.closed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit)
        self.result = hint()
        self.result.setAccessibleName(self.tr("Print result"))
        self.error = error_label(self.tr("Printing problem"))

        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Printer"), self.printer)
        form.addRow("", self.state)
        form.addRow(self.tr("&Copies"), self.copies)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)

        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.pages)
        side.addLayout(form)
        side.addWidget(self.result)
        side.addWidget(self.error)
        side.addLayout(buttons)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.preview, stretch=3)
        layout.addLayout(side, stretch=2)

    def open(self, pdf: Path, title: str) -> None:
        """Show `pdf` and find the printers (in the background)."""
        self.pdf = pdf
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.document.load(str(pdf))
        count = self.document.pageCount()
        self.pages.setText(
            self.tr("1 page") if count == 1 else self.tr("{n} pages").format(n=count)
        )
        self.result.clear()
        self.error.hide()
        self.copies.setValue(1)
        self.print_button.setEnabled(False)
        self._jobs.run(
            self._actions.list_printers,
            on_done=self._on_printers_listed,
            on_error=self._on_failed,
            name="list-printers",
        )

    def _on_printers_listed(self, found: object) -> None:
        printers = [p for p in found if isinstance(p, Printer)] if isinstance(found, list) else []
        self.printer.clear()
        default = 0
        for index, printer in enumerate(printers):
            self.printer.addItem(printer.description or printer.name, printer.name)
            if printer.is_default:
                default = index
        if printers:
            self.printer.setCurrentIndex(default)
            self._check_printer()
        else:
            show_error(self.error, self.tr("No printer is set up on this station."))
        self.printers_listed.emit(len(printers))

    def _check_printer(self) -> None:
        name = self.printer.currentData()
        if not isinstance(name, str):
            return
        self.state.setText(self.tr("Checking the printer…"))
        self.print_button.setEnabled(False)
        self._jobs.run(
            lambda: self._actions.check(name),
            on_done=self._on_printer_checked,
            on_error=self._on_printer_not_ready,
            name="check-printer",
        )

    def _on_printer_checked(self, printer: object) -> None:
        if isinstance(printer, Printer):
            ready = printer.state in {PrinterState.READY, PrinterState.PRINTING}
            self.state.setText(
                self.tr("Ready") if ready else self.tr("Busy: the job will wait its turn")
            )
            self.print_button.setEnabled(self.pdf is not None)
            self.error.hide()
        self.printer_checked.emit(printer)

    def _on_printer_not_ready(self, error: Exception) -> None:
        self.state.setText(self.tr("Not ready"))
        show_error(self.error, str(error))
        self.printer_checked.emit(str(error))

    def _on_print_clicked(self) -> None:
        pdf, name, copies = self.pdf, self.printer.currentData(), self.copies.value()
        if pdf is None or not isinstance(name, str):
            return
        self.print_button.setEnabled(False)
        self.result.setText(self.tr("Printing… this stays here until the printer has finished."))
        self.error.hide()
        self._cancel = cancel = threading.Event()
        self.cancel_button.show()
        self.printing_started.emit()
        self._jobs.run(
            lambda: self._actions.print_pdf(pdf, name, copies, cancel),
            on_done=self._on_printed,
            on_error=self._on_failed,
            name="print",
        )

    def _on_cancel_clicked(self) -> None:
        """Stop the job (the printer is told to drop it); the outcome is recorded as cancelled."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def _on_printed(self, outcome: object) -> None:
        self.print_button.setEnabled(True)
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        if isinstance(outcome, PrintOutcome):
            pages = outcome.pages if outcome.pages is not None else outcome.document_pages
            self.result.setText(
                self.tr("Printed {n} page(s). Hand them to the resident.").format(n=pages)
            )
            self.printed.emit(outcome)

    def _on_failed(self, error: Exception) -> None:
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.print_button.setEnabled(self.printer.count() > 0)
        self.result.clear()
        show_error(self.error, str(error))
        self.print_failed.emit(str(error))


def bind_print_actions(
    runtime: Runtime,
    printers: Printers,
    *,
    visit: Callable[[], VisitSummary | None],
    member: Callable[[], StaffMember | None],
) -> PrintActions:
    """The print screen's use cases on this station's printers, for the visit on screen."""

    def list_printers() -> list[Printer]:
        """Runs in the background: the printers, with a plain message if printing is down."""
        try:
            return printers.list_printers()
        except PrintingError as error:
            raise DeskError(str(error)) from error

    def check(name: str) -> Printer:
        """Runs in the background: the pre-flight check, its refusal as a plain message."""
        try:
            return printers.check(name)
        except PrintingError as error:
            raise DeskError(str(error)) from error

    def print_pdf(pdf: Path, printer: str, copies: int, cancel: threading.Event) -> PrintOutcome:
        """Runs in the background: print for the visit on screen, record it, count the pages."""
        uow, on_screen, signed_in = runtime.uow_factory, visit(), member()
        outcome = printing_service.print_pdf(
            uow,
            printers,
            pdf,
            station_id=runtime.station.station_id,
            visit_id=on_screen.id if on_screen is not None else None,
            staff_id=signed_in.id if signed_in is not None else None,
            printer=printer,
            request=PrintRequest(copies=copies),
            cancel=cancel,
        )
        if on_screen is not None and outcome.pages:
            visits.count_on_task(uow, on_screen.id, TaskType.PRINT, pages_printed=outcome.pages)
        return outcome

    return PrintActions(list_printers=list_printers, check=check, print_pdf=print_pdf)


def ask_to_print(parent: QWidget, show_print: Callable[[Path, str], None]) -> None:
    """Let the champion choose a PDF, then open the print screen on it."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PrintView", "Choose the PDF to print"),
        str(Path.home()),
        QCoreApplication.translate("PrintView", "PDF files (*.pdf)"),
    )
    if chosen:
        show_print(Path(chosen), QCoreApplication.translate("PrintView", "Print a document"))
