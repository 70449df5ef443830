""" "Are you still there?": asked when nobody touches the kiosk for a while; unanswered, the
resident's session ends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk.ui.views.kiosk.common import big_button, title_label

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
        self.text = title_label()
        self.button = big_button()
        self.button.clicked.connect(self._on_answered)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addWidget(self.button)
        self.hide()

    def touched(self) -> None:
        """The resident did something: the idle time starts again (not while asking)."""
        if self._active() and not self.warning.isActive():
            self.idle.start()

    def stop(self) -> None:
        self.idle.stop()
        self.warning.stop()
        self.hide()

    def _on_idle(self) -> None:
        if not self._active():
            return
        self.show()
        self.button.setFocus()
        self.warning.start()

    def _on_answered(self) -> None:
        self.warning.stop()
        self.hide()
        self.idle.start()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Are you still there? Your pages will be deleted soon."))
        self.button.setText(self.tr("Yes, I am still here"))
