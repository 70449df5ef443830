""" "Are you still there?": asked when nobody touches the kiosk for a while; unanswered, the
resident's session ends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk.ui.views.kiosk.common import big_button, text_label, title_label

WARNING_SECONDS = 30
"""How long the "Are you still there?" question waits before the kiosk starts again."""


class StillThere(QWidget):
    """The question over the step, with the timers: `idle` (nobody touched the screen) and
    `warning` (nobody answered: `timed_out`)."""

    timed_out = Signal()

    def __init__(self, idle_seconds: int, *, active: Callable[[], bool]) -> None:
        """`active`: a resident's session is under way (only then is anything asked)."""
        super().__init__()
        self._active = active
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(30, idle_seconds) * 1000)
        self.idle.timeout.connect(self._on_idle)
        self.warning = QTimer(self)
        self.warning.setSingleShot(True)
        self.warning.setInterval(WARNING_SECONDS * 1000)
        self.warning.timeout.connect(self.timed_out)
        # The seconds left, counted down on screen once a second.
        self.left = WARNING_SECONDS
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.text = title_label()
        self.countdown = text_label()
        self.button = big_button()
        self.button.clicked.connect(self._on_answered)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addWidget(self.countdown)
        column.addWidget(self.button)
        self.hide()

    def touched(self) -> None:
        """The resident did something: the idle time starts again (not while asking)."""
        if self._active() and not self.warning.isActive():
            self.idle.start()

    def stop(self) -> None:
        self.idle.stop()
        self.warning.stop()
        self.tick.stop()
        self.hide()

    def _on_idle(self) -> None:
        if not self._active():
            return
        self.left = WARNING_SECONDS
        self._say_left()
        self.show()
        self.button.setFocus()
        self.warning.start()
        self.tick.start()

    def _on_tick(self) -> None:
        self.left = max(0, self.left - 1)
        self._say_left()

    def _say_left(self) -> None:
        self.countdown.setText(
            self.tr("Your pages will be deleted in %n second(s).", "", self.left)
        )

    def _on_answered(self) -> None:
        self.warning.stop()
        self.tick.stop()
        self.hide()
        self.idle.start()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Are you still there?"))
        self._say_left()
        self.button.setText(self.tr("Yes, I am still here"))
