"""The print screen: a preview, the printer's state before sending, copies and sides, the end."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QSpinBox, QVBoxLayout, QWidget

from desk.domain.printing import PrintSize
from desk.services import printing as printing_service
from desk.ui.jobs import Failure, JobRunner
from desk.ui.views.print.actions import PrintActions
from desk.ui.widgets import (
    button,
    drop_down,
    error_label,
    fields,
    flow,
    heading,
    hint,
    scrolling,
    show_error,
)
from printing import Duplex, Printer, PrinterState, PrintOutcome


class PrintView(QWidget):
    """Shows the document, says whether the printer is ready, and follows the job to its end."""

    printers_listed = Signal(int)
    printer_checked = Signal(object)  # Printer, or the error message
    printing_started = Signal()
    printed = Signal(object)  # PrintOutcome
    print_failed = Signal(str)
    confirm_asked = Signal(object)  # the QMessageBox asking before a big job
    closed = Signal()

    def __init__(self, jobs: JobRunner, actions: PrintActions) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self.pdf: Path | None = None
        self.confirm_box: QMessageBox | None = None
        self.setAccessibleName(self.tr("Print"))

        self.title = heading(self.tr("Print"))
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        self.pages = hint()

        self.printer = drop_down()
        self.printer.setAccessibleName(self.tr("Printer"))
        self.printer.activated.connect(self._check_printer)
        self.state = hint()
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.copies.setAccessibleName(self.tr("Copies"))
        self.sides = drop_down()
        self.sides.setAccessibleName(self.tr("Sides of the paper"))
        self.sides.addItem(self.tr("One side"), Duplex.ONE_SIDED)
        self.sides.addItem(self.tr("Both sides"), Duplex.LONG_EDGE)
        self.sides.setEnabled(False)  # until the printer says it can
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
        form = fields()
        form.addRow(self.tr("&Printer"), self.printer)
        form.addRow("", self.state)
        form.addRow(self.tr("&Copies"), self.copies)
        form.addRow(self.tr("S&ides"), self.sides)

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.pages)
        column.addLayout(form)
        column.addWidget(self.result)
        column.addWidget(self.error)
        column.addLayout(flow(self.print_button, self.cancel_button, self.back_button))
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.preview, stretch=3)
        layout.addWidget(scrolling(side), stretch=2)

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
        self.sides.setCurrentIndex(0)
        self.print_button.setEnabled(False)
        self._jobs.run(
            self._actions.list_printers,
            self._on_printers_listed,
            scope=self._jobs.scopes.session,
            on_error=self._on_failed,
            name="list-printers",
        )

    def _on_printers_listed(self, printers: Sequence[Printer]) -> None:
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
            self._on_printer_checked,
            scope=self._jobs.scopes.session,
            on_error=self._on_printer_not_ready,
            name="check-printer",
        )

    def _on_printer_checked(self, printer: Printer) -> None:
        ready = printer.state in {PrinterState.READY, PrinterState.PRINTING}
        self.state.setText(
            self.tr("Ready") if ready else self.tr("Busy: the job will wait its turn")
        )
        self.print_button.setEnabled(self.pdf is not None)
        self.sides.setEnabled(printer.capabilities.duplex)
        if not printer.capabilities.duplex:
            self.sides.setCurrentIndex(0)
        self.error.hide()
        self.printer_checked.emit(printer)

    def _on_printer_not_ready(self, failure: Failure) -> None:
        self.state.setText(self.tr("Not ready"))
        show_error(self.error, failure.message)
        self.printer_checked.emit(failure.message)

    def clear(self) -> None:
        """Let go of the document: no longer shown, and its file closed so it can be wiped."""
        self.document.close()
        self.pdf = None
        self.print_button.setEnabled(False)

    def _on_print_clicked(self) -> None:
        pdf, name, copies = self.pdf, self.printer.currentData(), self.copies.value()
        duplex = Duplex(self.sides.currentData())
        if pdf is None or not isinstance(name, str):
            return
        pages = self.document.pageCount()
        limits = self._actions.limits
        size = limits.judge(pages, copies)
        if size is PrintSize.TOO_MANY:
            self.result.clear()
            show_error(
                self.error,
                self.tr(
                    "This is {total} pages ({pages} pages × {copies} copies); this station "
                    "prints at most {most} pages at a time. Print fewer copies or only the "
                    "pages needed."
                ).format(total=pages * copies, pages=pages, copies=copies, most=limits.max_pages),
            )
            self.print_failed.emit(self.error.text())
            return
        if size is PrintSize.CONFIRM:
            self._confirm(pages, copies, duplex)
            return
        self._start_printing(pdf, name, copies, duplex)

    def _confirm(self, pages: int, copies: int, duplex: Duplex) -> None:
        """Ask before a big job (a window-modal box, answered through its signal)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Print {total} pages?").format(total=pages * copies),
            self.tr(
                "This prints {total} pages ({pages} pages × {copies} copies). Print them all?"
            ).format(total=pages * copies, pages=pages, copies=copies),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        pdf, name = self.pdf, self.printer.currentData()

        def answered(button: int) -> None:
            self.confirm_box = None
            yes = button == QMessageBox.StandardButton.Yes
            if yes and pdf is not None and pdf == self.pdf and isinstance(name, str):
                self._start_printing(pdf, name, copies, duplex)

        box.finished.connect(answered)
        box.open()
        self.confirm_asked.emit(box)

    def _start_printing(self, pdf: Path, name: str, copies: int, duplex: Duplex) -> None:
        order = self._actions.order(pdf, name, copies, duplex)
        self.print_button.setEnabled(False)
        self.result.setText(self.tr("Printing… this stays here until the printer has finished."))
        self.error.hide()
        self._cancel = cancel = threading.Event()
        self.cancel_button.show()
        self.printing_started.emit()
        self._jobs.run(
            lambda: self._actions.print_pdf(order, cancel),
            self._on_printed,
            scope=self._jobs.scopes.session,
            on_error=self._on_job_failed,
            name="print",
        )

    def _on_cancel_clicked(self) -> None:
        """Stop the job (the printer is told to drop it); the outcome is recorded as cancelled."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self.print_button.setEnabled(True)
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        pages = outcome.pages if outcome.pages is not None else outcome.document_pages
        text = self.tr("Printed %n page(s). Hand them to the resident.", "", pages)
        if isinstance(outcome, printing_service.PrintedJob) and not outcome.record_saved:
            text += " " + self.tr(
                "The record could not be saved yet (the database cannot be reached); it "
                "will be saved when the database is back. Do not print again."
            )
        self.result.setText(text)
        self.printed.emit(outcome)
        self._check_printer()

    def _on_job_failed(self, failure: Failure) -> None:
        # The printer may look idle again after it dropped the job: the line says what happened
        # until the next job prints or another printer is checked.
        self._on_failed(failure)
        if self._cancel.is_set():  # stopped on purpose: the printer itself is as it was
            self._check_printer()
        else:
            self.state.setText(self.tr("Not ready: the last job stopped"))

    def _on_failed(self, failure: Failure) -> None:
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.print_button.setEnabled(self.printer.count() > 0)
        self.result.clear()
        show_error(self.error, failure.message)
        self.print_failed.emit(failure.message)
