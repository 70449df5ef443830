"""The waiting-area display: the tickets being called and where to go, in big high-contrast
text, following the queue live. Nothing personal: a ticket number and a desk. When the
database is away it asks residents to wait, never shows an error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desk.services.queue import QueueView, TicketView
from desk.ui.jobs import JobRunner
from desk.ui.views.display.actions import DisplayActions
from desk.ui.views.queue.follow import QueueFollower

ROWS = 5
"""How many calls the display shows: the newest, large, and the ones before it."""

SHOWN_FOR = timedelta(minutes=15)
"""How long a call stays on the display (a resident who never came is not called forever)."""

AGAIN_MS = 60_000
"""How often the display reads the queue with no change told (old calls go, a lost database is
asked again)."""


class DisplayView(QWidget):
    """Full-screen in the waiting area; `start` follows the queue, `stop` ends that."""

    shown = Signal(object)  # tuple[TicketView, ...]: the calls on screen now
    chimed = Signal(object)  # TicketView: a new call, the chime sounded for it
    waiting_shown = Signal()  # "Please wait to be called" (nobody called, or no database)

    def __init__(self, jobs: JobRunner, actions: DisplayActions, *, chime: bool = False) -> None:
        super().__init__()
        self.jobs = jobs
        self._actions = actions
        self._chime = chime
        self._latest: tuple[object, object] | None = None
        self._loaded = False
        self._reading = False
        self._again = False
        self.reachable = True
        self.follower = QueueFollower(actions.watch, self)
        self.follower.changed.connect(self.refresh)
        self.follower.reachable_changed.connect(self._on_reachable)
        self.setAccessibleName(self.tr("Waiting-area display"))
        self.again = QTimer(self)
        self.again.setInterval(AGAIN_MS)
        self.again.timeout.connect(self.refresh)

        self.title = QLabel(self.tr("Now calling"))
        self.title.setObjectName("displayTitle")
        self.rows: list[QLabel] = []
        for index in range(ROWS):
            row = QLabel()
            row.setObjectName("displayLatest" if index == 0 else "displayCall")
            row.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.hide()
            self.rows.append(row)
        self.message = QLabel(self.tr("Please wait to be called"))
        self.message.setObjectName("displayMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.message.text())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.title, alignment=Qt.AlignmentFlag.AlignHCenter)
        for row in self.rows:
            layout.addWidget(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._size_text()

    # ------------------------------------------------------------------ following

    def start(self) -> None:
        """Follow the queue."""
        self.follower.start()
        self.again.start()

    def stop(self, *, wait: bool = False) -> bool:
        """Stop following (with `wait`, until the follower's thread has ended, bounded)."""
        self.again.stop()
        return self.follower.stop(wait=wait)

    def refresh(self) -> None:
        """Read the queue again in the background (one more read if changes come meanwhile)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._again = False

        def settled() -> None:
            self._reading = False
            if self._again:
                self.refresh()

        self.jobs.run(
            self._actions.called,
            self.show_queue,
            scope=self.jobs.scopes.app,
            on_error=lambda _failure: self.show_waiting(),
            on_settled=settled,
            name="display-queue",
        )

    def _on_reachable(self, reachable: bool) -> None:
        self.reachable = reachable
        if not reachable:
            self.show_waiting()

    # ------------------------------------------------------------------ showing

    def show_queue(self, queue: QueueView, *, now: datetime | None = None) -> None:
        """Show the calls of the last minutes, the newest first and largest."""
        at = now or datetime.now(UTC)
        self.reachable = True
        calls = tuple(t for t in queue.called if _called_at(t) >= at - SHOWN_FOR)[:ROWS]
        for row, ticket in zip(self.rows, calls, strict=False):
            text = self.tr("{ticket} — {station}").format(
                ticket=ticket.label, station=ticket.called_at_station or ""
            )
            row.setText(text)
            row.setAccessibleName(
                self.tr("Ticket {ticket}, please go to {station}").format(
                    ticket=ticket.label, station=ticket.called_at_station or ""
                )
            )
            row.show()
        for row in self.rows[len(calls) :]:
            row.clear()
            row.hide()
        self.title.setVisible(bool(calls))
        self.message.setVisible(not calls)
        self._maybe_chime(calls)
        self._loaded = True
        self.shown.emit(calls)
        if not calls:
            self.waiting_shown.emit()

    def show_waiting(self) -> None:
        """Nothing to call out (or no database to ask): residents wait, nothing alarms them."""
        self.reachable = False
        for row in self.rows:
            row.clear()
            row.hide()
        self.title.hide()
        self.message.show()
        self.waiting_shown.emit()

    def _maybe_chime(self, calls: tuple[TicketView, ...]) -> None:
        latest = (calls[0].id, _called_at(calls[0])) if calls else None
        if latest is not None and latest != self._latest and self._loaded and self._chime:
            QApplication.beep()
            self.chimed.emit(calls[0])
        self._latest = latest

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The text follows the screen's size: readable across a waiting room."""
        super().resizeEvent(event)
        self._size_text()

    def _size_text(self) -> None:
        height = max(self.height(), 480)
        for widget, share in (
            (self.title, 14),
            (self.message, 12),
            (self.rows[0], 6),
            *((row, 12) for row in self.rows[1:]),
        ):
            font = QFont(widget.font())
            font.setPixelSize(max(24, height // share))
            font.setBold(widget is not self.message)
            widget.setFont(font)


def _called_at(ticket: TicketView) -> datetime:
    return ticket.recalled_at or ticket.called_at or ticket.checked_in_at
