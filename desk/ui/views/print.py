"""Print a PDF for the resident: a preview, the printer's state before sending, copies, the end."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.printing import PrintLimits, PrintSize
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import printing as printing_service
from desk.services.staff import StaffMember
from desk.services.visits import VisitSummary
from desk.ui.jobs import Failure, JobRunner
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
from printing import (
    Printer,
    Printers,
    PrinterState,
    PrintingError,
    PrintOutcome,
    PrintRequest,
)


@dataclass(frozen=True)
class PrintOrder:
    """One press of Print: the document, the printer, the copies, and what the job is recorded
    against (the visit on screen and who is signed in), all read on the GUI thread then."""

    pdf: Path
    printer: str
    copies: int
    visit_id: uuid.UUID | None
    staff_id: uuid.UUID | None


@dataclass(frozen=True)
class PrintActions:
    """What the print screen calls: `order` on the GUI thread when Print is pressed (it reads
    what is on screen); the others in the background, never touching widgets or view state."""

    list_printers: Callable[[], Sequence[Printer]]
    check: Callable[[str], Printer]
    order: Callable[[Path, str, int], PrintOrder]
    print_pdf: Callable[[PrintOrder, threading.Event], PrintOutcome]
    limits: PrintLimits = field(default_factory=PrintLimits)
    """How many pages (pages × copies) one job may print, and above how many to ask first."""


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
            self._confirm(pages, copies)
            return
        self._start_printing(pdf, name, copies)

    def _confirm(self, pages: int, copies: int) -> None:
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
                self._start_printing(pdf, name, copies)

        box.finished.connect(answered)
        box.open()
        self.confirm_asked.emit(box)

    def _start_printing(self, pdf: Path, name: str, copies: int) -> None:
        order = self._actions.order(pdf, name, copies)
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
            on_error=self._on_failed,
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

    def _on_failed(self, failure: Failure) -> None:
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.print_button.setEnabled(self.printer.count() > 0)
        self.result.clear()
        show_error(self.error, failure.message)
        self.print_failed.emit(failure.message)


def bind_print_actions(
    runtime: Runtime,
    printers: Printers,
    *,
    visit: Callable[[], VisitSummary | None],
    member: Callable[[], StaffMember | None],
) -> PrintActions:
    """The print screen's use cases on this station's printers; `visit` (on screen) and `member`
    (signed in) are read on the GUI thread when Print is pressed, never by the job."""

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

    def order(pdf: Path, printer: str, copies: int) -> PrintOrder:
        """On the GUI thread, when Print is pressed: the visit on screen and who is signed in."""
        on_screen, signed_in = visit(), member()
        return PrintOrder(
            pdf=pdf,
            printer=printer,
            copies=copies,
            visit_id=on_screen.id if on_screen is not None else None,
            staff_id=signed_in.id if signed_in is not None else None,
        )

    def print_pdf(job: PrintOrder, cancel: threading.Event) -> PrintOutcome:
        """Runs in the background: print what was ordered, record it, count the pages."""
        return printing_service.print_pdf(
            runtime.uow_factory,
            printers,
            job.pdf,
            station_id=runtime.station.station_id,
            visit_id=job.visit_id,
            staff_id=job.staff_id,
            printer=job.printer,
            request=PrintRequest(copies=job.copies),
            cancel=cancel,
            limits=limits,
            count_on_visit=True,
        )

    limits = PrintLimits(runtime.settings.printer.max_pages, runtime.settings.printer.confirm_pages)
    return PrintActions(
        list_printers=list_printers,
        check=check,
        order=order,
        print_pdf=print_pdf,
        limits=limits,
    )


@dataclass(frozen=True, eq=False)
class _Pending:
    """A document on its way to the print screen or open on it (one of these at a time)."""

    title: str
    back: Callable[[], None]
    folder: uuid.UUID | None


class PrintFlow(QObject):
    """The one owner of what is pending on the print screen: the document being composed for it
    or open on it, the screen that closing it goes back to, and the working folder it was made
    in. A document that names a resident or ends a visit (a loan agreement, a visit's summary)
    is made in a working folder of its own, wiped when the print screen closes on it, when it
    cannot be made, or when it is replaced; the end of the champion's session (signing out,
    handing the station to the kiosk) discards whatever is pending. A folder is wiped only once
    no document still being made writes in it: one that is discarded or replaced while it is
    made is wiped when it is done, never shown."""

    def __init__(
        self,
        parent: QObject,
        jobs: JobRunner,
        *,
        view: PrintView,
        show: Callable[[], None],
        home: Callable[[], None],
        wipe: Callable[[uuid.UUID], None],
    ) -> None:
        """`show` brings the print screen forward; `home` is where closing goes back to when
        nothing is pending; `wipe` removes a working folder (in the background)."""
        super().__init__(parent)
        self._jobs = jobs
        self._view = view
        self._show = show
        self._home = home
        self._wipe = wipe
        self._pending: _Pending | None = None
        self._making: set[_Pending] = set()  # composing in the background
        view.closed.connect(self.close)

    @property
    def pending_folder(self) -> uuid.UUID | None:
        """The working folder of the document pending on the print screen, if it has one."""
        return self._pending.folder if self._pending is not None else None

    def open(self, pdf: Path, title: str, *, back: Callable[[], None]) -> None:
        """Open a PDF that is not ours to wipe (one the champion chose) on the print screen."""
        self._replace(_Pending(title, back, folder=None))
        self._view.open(pdf, title)
        self._show()

    def compose(
        self,
        make: Callable[[], Path],
        *,
        title: str,
        back: Callable[[], None],
        folder: uuid.UUID | None,
        failed: Callable[[Failure], None],
        name: str,
    ) -> None:
        """Make a document in the background (`make` runs there and must not touch widgets),
        then open it on the print screen; `folder` is its own working folder, to wipe when it
        is done with (None when it is written where something else still needs it). Made after
        the session ended, or after another document replaced it, it is wiped, never shown."""
        pending = _Pending(title, back, folder)
        self._replace(pending)
        self._making.add(pending)

        def done(pdf: Path) -> None:
            if self._pending is pending:
                self._view.open(pdf, title)
                self._show()

        def error(failure: Failure) -> None:
            if self._pending is pending:
                self._pending = None
                failed(failure)

        def settled() -> None:
            self._making.discard(pending)
            if self._pending is not pending:  # failed, discarded or replaced meanwhile
                self._wipe_folder(pending)

        self._jobs.run(
            make,
            done,
            scope=self._jobs.scopes.session,
            on_error=error,
            on_settled=settled,
            name=name,
        )

    def close(self) -> None:
        """The print screen has closed: wipe what its document leaves, go back where it came
        from (home when nothing was pending)."""
        pending, self._pending = self._pending, None
        self._view.clear()
        if pending is None:
            self._home()
            return
        self._wipe_folder(pending)
        pending.back()

    def discard(self) -> None:
        """The champion's session has ended (sign-out, kiosk): wipe whatever is pending; nothing
        of it shows again, even a document that is still being made."""
        pending, self._pending = self._pending, None
        self._view.clear()
        if pending is not None:
            self._wipe_folder(pending)

    def _replace(self, pending: _Pending) -> None:
        old, self._pending = self._pending, pending
        if old is not None:
            self._wipe_folder(old)

    def _wipe_folder(self, pending: _Pending) -> None:
        """Wipe `pending`'s folder, unless the document now pending or one still being made uses
        it: that one wipes it when it is done with."""
        folder = pending.folder
        if folder is None:
            return
        users = [*self._making, self._pending]
        if any(user is not None and user.folder == folder for user in users):
            return
        self._wipe(folder)


def pdf_folder() -> Path:
    """Where a PDF to print most likely is: what a resident just downloaded, else the user's
    documents, else their home folder."""
    for where in (
        QStandardPaths.StandardLocation.DownloadLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    ):
        folder = Path(QStandardPaths.writableLocation(where))
        if folder != Path.home() and folder.is_dir():
            return folder
    return Path.home()


def ask_to_print(parent: QWidget, show_print: Callable[[Path, str], None]) -> None:
    """Let the champion choose a PDF, then open the print screen on it."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PrintView", "Choose the PDF to print"),
        str(pdf_folder()),
        QCoreApplication.translate("PrintView", "PDF files (*.pdf)"),
    )
    if chosen:
        show_print(Path(chosen), QCoreApplication.translate("PrintView", "Print a document"))
