"""The queue on the champion's home screen: who is waiting, for what, with which needs and for
how long (appointments first), who is called now, and calling, recalling, "left" and "put back",
following changes at every station of the centre live."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk.domain.queue import minutes_waited
from desk.services.queue import QueueView, TicketView
from desk.services.staff import StaffMember
from desk.ui.jobs import Failure, JobRunner
from desk.ui.labels import label
from desk.ui.views.queue.actions import CalledVisit, QueueActions
from desk.ui.views.queue.checkin import CheckInDialog
from desk.ui.views.queue.follow import QueueFollower
from desk.ui.views.queue.listing import TicketList
from desk.ui.widgets import button, error_label, flow, heading, hint, show_error

CLOCK_MS = 30_000
"""How often the minutes waited are counted again (from the times already read)."""


class QueuePanel(QWidget):
    """The centre's queue, live while `follow` runs (from sign-in until the session ends)."""

    queue_shown = Signal(object)  # QueueView, each time the queue is shown afresh
    visit_called = Signal(object)  # CalledVisit: the resident called to this desk, their visit
    ticket_changed = Signal(object)  # TicketView: seen, recalled, left or put back
    checked_in = Signal(object)  # TicketView

    def __init__(self, jobs: JobRunner, actions: QueueActions) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self.queue: QueueView | None = None
        self._read_at = datetime.now(UTC)
        self._reading = False
        self._again = False
        self.follower = QueueFollower(actions.watch, self)
        self.follower.changed.connect(self.refresh)
        self.setAccessibleName(self.tr("The queue"))

        self.title = heading(self.tr("The queue"))
        self.summary = hint(quiet=False)
        self.waiting = TicketList()
        self.waiting.setAccessibleName(self.tr("Residents waiting, the next first"))
        self.waiting.currentItemChanged.connect(self._enable)
        self.call_next_button = button(self.tr("Call next"))
        self.call_next_button.clicked.connect(self._on_call_next)
        self.call_button = button(self.tr("Call the chosen resident"), secondary=True)
        self.call_button.clicked.connect(self._on_call_chosen)
        self.left_waiting_button = button(
            self.tr("Left before being seen"),
            secondary=True,
            name=self.tr("The chosen waiting resident left before being seen"),
        )
        self.left_waiting_button.clicked.connect(lambda: self._change(self.waiting, "left"))
        self.check_in_button = button(self.tr("Check someone in…"), secondary=True)
        self.check_in_button.clicked.connect(self.open_check_in)

        self._build_called()
        self.error = error_label(self.tr("Problem with the queue"))
        self.dialog: CheckInDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.waiting)
        layout.addLayout(
            flow(
                self.call_next_button,
                self.call_button,
                self.left_waiting_button,
                self.check_in_button,
            )
        )
        layout.addWidget(self.called_label)
        layout.addWidget(self.called)
        layout.addLayout(
            flow(
                self.seen_button,
                self.recall_button,
                self.requeue_button,
                self.left_called_button,
            )
        )
        layout.addWidget(self.error)

        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self._show_current)
        self.show_queue(QueueView(waiting=(), called=()))

    def _build_called(self) -> None:
        """Who is called now, and what may follow a call."""
        self.called_label = hint(self.tr("Called now:"), quiet=False)
        self.called = TicketList()
        self.called.setAccessibleName(self.tr("Residents called to a desk"))
        self.called.currentItemChanged.connect(self._enable)
        self.seen_button = button(self.tr("Came to the desk"), secondary=True)
        self.seen_button.clicked.connect(lambda: self._change(self.called, "seen"))
        self.recall_button = button(self.tr("Recall"), secondary=True)
        self.recall_button.clicked.connect(lambda: self._change(self.called, "recall"))
        self.requeue_button = button(self.tr("Put back in the queue"), secondary=True)
        self.requeue_button.clicked.connect(lambda: self._change(self.called, "requeue"))
        self.left_called_button = button(
            self.tr("Left before being seen"),
            secondary=True,
            name=self.tr("The chosen called resident left before being seen"),
        )
        self.left_called_button.clicked.connect(lambda: self._change(self.called, "left"))

    # ------------------------------------------------------------------ following

    def follow(self) -> None:
        """Follow the centre's queue live (a champion signed in)."""
        self.follower.start()
        self.clock.start()

    def stop(self, *, wait: bool = False) -> None:
        """Stop following (the session ended; with `wait`, the app is closing)."""
        self.clock.stop()
        self.follower.stop(wait=wait)
        if self.dialog is not None:
            self.dialog.reject()

    def refresh(self) -> None:
        """Read the queue again (in the background); changes coming fast make one more read."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._again = False

        def settled() -> None:
            self._reading = False
            if self._again:
                self.refresh()

        self._jobs.run(
            self._actions.list_queue,
            self.show_queue,
            scope=self._jobs.scopes.session,
            on_error=lambda failure: self.show_problem(
                self.tr("The queue cannot be read at the moment: {problem}").format(
                    problem=failure.message
                )
            ),
            on_settled=settled,
            name="list-queue",
        )

    # ------------------------------------------------------------------ showing

    def show_queue(self, queue: QueueView) -> None:
        """Show the queue as just read."""
        self.queue = queue
        self._read_at = datetime.now(UTC)
        self.error.hide()
        self._show_current()
        self.queue_shown.emit(queue)

    def _show_current(self) -> None:
        queue = self.queue
        if queue is None:
            return
        now = datetime.now(UTC)
        self._fill(self.waiting, queue.waiting, lambda t: self.describe(t, now))
        self._fill(self.called, queue.called, self._describe_called)
        longest = max((minutes_waited(t.checked_in_at, now) for t in queue.waiting), default=0)
        if queue.waiting:
            count = len(queue.waiting)
            text = self.tr("%n waiting, the longest for {minutes} min.", "", count)
            self.summary.setText(text.format(minutes=longest))
        else:
            self.summary.setText(self.tr("Nobody is waiting."))
        self.waiting.setVisible(bool(queue.waiting))
        self.called_label.setVisible(bool(queue.called))
        self.called.setVisible(bool(queue.called))
        self._enable()

    def _fill(
        self,
        listing: TicketList,
        tickets: tuple[TicketView, ...],
        describe: Callable[[TicketView], str],
    ) -> None:
        """Show `tickets`, keeping the one chosen if it is still there."""
        current = listing.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        listing.blockSignals(True)
        listing.clear()
        for ticket in tickets:
            item = QListWidgetItem(describe(ticket))
            item.setData(Qt.ItemDataRole.UserRole, ticket.id)
            listing.addItem(item)
            if ticket.id == chosen:
                listing.setCurrentItem(item)
        listing.blockSignals(False)
        listing.fit()

    def describe(self, ticket: TicketView, now: datetime) -> str:
        """One waiting ticket: number, service and task, needs, minutes waited, appointment."""
        parts = [ticket.label, label(ticket.service_area)]
        if ticket.task_type is not None:
            parts.append(label(ticket.task_type))
        if ticket.language:
            parts.append(
                self.tr("in {language} with an interpreter").format(language=ticket.language)
                if ticket.interpreter
                else self.tr("in {language}").format(language=ticket.language)
            )
        elif ticket.interpreter:
            parts.append(self.tr("needs an interpreter"))
        parts.extend(label(need) for need in ticket.access_needs)
        if ticket.appointment_at is not None:
            at = ticket.appointment_at.astimezone().strftime("%H:%M")
            parts.append(self.tr("appointment at {time}").format(time=at))
        waited = minutes_waited(ticket.checked_in_at, now)
        parts.append(self.tr("waited %n min", "", waited))
        return " · ".join(parts)

    def check_in_note(self, ticket: TicketView) -> str:
        """For the visit screen: the called resident's ticket and the help check-in recorded."""
        parts = [self.tr("Ticket {ticket}, from the queue").format(ticket=ticket.label)]
        if ticket.language:
            parts.append(self.tr("help in {language}").format(language=ticket.language))
        if ticket.interpreter:
            parts.append(self.tr("needs an interpreter"))
        parts.extend(label(need) for need in ticket.access_needs)
        return " · ".join(parts)

    def _describe_called(self, ticket: TicketView) -> str:
        when = (ticket.recalled_at or ticket.called_at or ticket.checked_in_at).astimezone()
        return self.tr("{ticket} · {service} · called to {station} at {time}").format(
            ticket=ticket.label,
            service=label(ticket.service_area),
            station=ticket.called_at_station or "?",
            time=when.strftime("%H:%M"),
        )

    def show_problem(self, message: str) -> None:
        """Say what went wrong with the queue."""
        show_error(self.error, message)

    def _enable(self) -> None:
        waiting = self.waiting.currentItem() is not None and self.waiting.isVisible()
        called = self.called.currentItem() is not None and self.called.isVisible()
        self.call_next_button.setEnabled(bool(self.queue and self.queue.waiting))
        self.call_button.setEnabled(waiting)
        self.left_waiting_button.setEnabled(waiting)
        for control in (
            self.seen_button,
            self.recall_button,
            self.requeue_button,
            self.left_called_button,
        ):
            control.setEnabled(called)
            control.setVisible(bool(self.queue and self.queue.called))

    # ------------------------------------------------------------------ actions

    def _member(self) -> StaffMember | None:
        member = self._actions.signed_in()
        if member is None:
            self.show_problem(self.tr("Sign in again to do that."))
        return member

    @staticmethod
    def _chosen(listing: QListWidget) -> uuid.UUID | None:
        item = listing.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, uuid.UUID) else None

    def _on_failed(self, failure: Failure) -> None:
        self.show_problem(failure.message)
        self.refresh()  # another desk may have been first: show the queue as it now is

    def _on_call_next(self) -> None:
        member = self._member()
        if member is not None:
            self._call(lambda: self._actions.call_next(staff_id=member.id), "call-next")

    def _on_call_chosen(self) -> None:
        member, ticket = self._member(), self._chosen(self.waiting)
        if member is not None and ticket is not None:
            self._call(lambda: self._actions.call_ticket(ticket, staff_id=member.id), "call-ticket")

    def _call(self, work: Callable[[], CalledVisit], name: str) -> None:
        self.error.hide()
        self.call_next_button.setEnabled(False)
        self._jobs.run(
            work,
            self._on_called,
            scope=self._jobs.scopes.session,
            on_error=self._on_failed,
            on_settled=self._enable,
            name=name,
        )

    def _on_called(self, called: CalledVisit) -> None:
        self.refresh()
        self.visit_called.emit(called)

    def _change(self, listing: QListWidget, change: str) -> None:
        member, ticket = self._member(), self._chosen(listing)
        if member is None or ticket is None:
            return
        act = {
            "left": self._actions.mark_left,
            "seen": self._actions.mark_seen,
            "recall": self._actions.recall,
            "requeue": self._actions.requeue,
        }[change]
        self.error.hide()

        def done(view: TicketView) -> None:
            self.refresh()
            self.ticket_changed.emit(view)

        self._jobs.run(
            lambda: act(ticket, staff_id=member.id),
            done,
            scope=self._jobs.scopes.session,
            on_error=self._on_failed,
            name=f"queue-{change}",
        )

    def open_check_in(self) -> CheckInDialog:
        """The check-in form (not modal to the rest of the app's work: the queue goes on)."""
        if self.dialog is None:
            self.dialog = CheckInDialog(self._jobs, self._actions, self)
            self.dialog.checked_in.connect(self._on_checked_in)
        self.dialog.reset()
        self.dialog.open()
        return self.dialog

    def _on_checked_in(self, ticket: TicketView) -> None:
        self.refresh()
        self.checked_in.emit(ticket)
