"""Checking a resident in at the champion's station: what they came for and the help they
asked for (all optional but the service, none of it personal), then their ticket, shown large."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from desk.domain.visits import AccessibilitySupport, ServiceArea, TaskType
from desk.services.queue import CheckIn, TicketView
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.queue.actions import QueueActions
from desk.ui.widgets import (
    WrapCheckBox,
    add_field,
    button,
    enum_combo,
    error_label,
    fields,
    flow,
    heading,
    hint,
    scrolling,
    selected,
    show_error,
)

TICKET_POINTS = 96


class CheckInDialog(QDialog):
    """Asks what the resident came for, checks them in (in the background), then shows their
    ticket number large enough to read across a desk."""

    checked_in = Signal(object)  # TicketView

    def __init__(
        self, jobs: JobRunner, actions: QueueActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._actions = actions
        self.setWindowTitle(self.tr("Check someone in"))
        self.setAccessibleName(self.tr("Check someone in"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_ticket())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(680, 780)

    def _build_form(self) -> QWidget:
        self.area = enum_combo(ServiceArea, self.tr("Service the resident has come for"))
        self.task = enum_combo(
            TaskType, self.tr("What they need to do"), placeholder=self.tr("Not known yet")
        )
        self.appointment = QLineEdit()
        self.appointment.setAccessibleName(self.tr("Appointment reference"))
        self.appointment.setPlaceholderText(self.tr("Only if they have one"))
        self.language = QLineEdit()
        self.language.setAccessibleName(self.tr("Language to help in"))
        self.language.setPlaceholderText(self.tr("For example Polish (empty: English)"))
        self.interpreter = WrapCheckBox(self.tr("They need an interpreter"))
        self.needs: dict[AccessibilitySupport, WrapCheckBox] = {}
        for need in AccessibilitySupport:
            self.needs[need] = WrapCheckBox(label(need))
        form = fields()
        add_field(form, self.tr("&Service"), self.area)
        add_field(form, self.tr("&Task"), self.task)
        add_field(form, self.tr("&Appointment reference"), self.appointment)
        add_field(form, self.tr("&Language"), self.language)
        self.check_in_button = button(self.tr("Check in"))
        self.check_in_button.setDefault(True)
        self.check_in_button.clicked.connect(self._on_check_in_clicked)
        self.cancel_button = button(self.tr("Cancel"), secondary=True)
        self.cancel_button.clicked.connect(self.reject)
        self.error = error_label(self.tr("Problem checking in"))

        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading(self.tr("Check someone in")))
        column.addWidget(
            hint(self.tr("Nothing here names the resident. Only the service is needed."))
        )
        column.addLayout(form)
        column.addWidget(self.interpreter)
        column.addWidget(hint(self.tr("Access needs:"), quiet=False))
        for box in self.needs.values():
            column.addWidget(box)
        column.addWidget(self.error)
        column.addLayout(flow(self.check_in_button, self.cancel_button))
        column.addStretch(1)
        return scrolling(page)

    def _build_ticket(self) -> QWidget:
        self.ticket_intro = hint(self.tr("Their ticket number is"), quiet=False)
        self.ticket = QLabel()
        self.ticket.setObjectName("ticketNumber")
        font = QFont(self.font())
        font.setPointSize(TICKET_POINTS)
        font.setBold(True)
        self.ticket.setFont(font)
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_hint = hint(
            self.tr("Ask them to take a seat: the number is called on the screen and aloud."),
            quiet=False,
        )
        self.done_button = button(self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        self.another_button = button(self.tr("Check in someone else"), secondary=True)
        self.another_button.clicked.connect(self.reset)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.ticket_intro)
        column.addWidget(self.ticket, stretch=1)
        column.addWidget(self.ticket_hint)
        column.addLayout(flow(self.done_button, self.another_button))
        return page

    def reset(self) -> None:
        """An empty form for the next resident."""
        self.area.setCurrentIndex(0)
        self.task.setCurrentIndex(0)
        self.appointment.clear()
        self.language.clear()
        self.interpreter.setChecked(False)
        for box in self.needs.values():
            box.setChecked(False)
        self.error.hide()
        self.check_in_button.setEnabled(True)
        self.pages.setCurrentIndex(0)
        self.area.setFocus()

    def request(self) -> CheckIn:
        """What the form says."""
        area = selected(self.area, ServiceArea) or ServiceArea.OTHER
        return CheckIn(
            service_area=area.value,
            task_type=selected(self.task, TaskType),
            language=self.language.text().strip() or None,
            interpreter=self.interpreter.isChecked(),
            access_needs=frozenset(n for n, box in self.needs.items() if box.isChecked()),
            appointment_ref=self.appointment.text().strip() or None,
        )

    def _on_check_in_clicked(self) -> None:
        request = self.request()
        self.error.hide()
        self.check_in_button.setEnabled(False)
        self._jobs.run(
            lambda: self._actions.check_in(request),
            self.show_ticket,
            scope=self._jobs.scopes.session,
            on_error=lambda failure: show_error(self.error, failure.message),
            on_settled=lambda: self.check_in_button.setEnabled(True),
            name="check-in",
        )

    def show_ticket(self, ticket: TicketView) -> None:
        """The resident's ticket, large."""
        self.ticket.setText(ticket.label)
        self.ticket.setAccessibleName(self.tr("Ticket {ticket}").format(ticket=ticket.label))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()
        self.checked_in.emit(ticket)
