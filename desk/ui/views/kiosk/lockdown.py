"""Kiosk mode: while residents have the station, its window fills the screen with no frame, and
closing it (its close button, Alt+F4) or minimising it is refused. A member of staff leaving the
kiosk with their PIN gives the window back as it was.

Windows itself (Ctrl+Alt+Del, the Windows key, other programs) is IT's to lock down: see
installer/README.md, "Running a station as a kiosk".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class KioskLock(QObject):
    """Holds a window in kiosk mode (when `enabled`) between `lock` and `unlock`."""

    refused = Signal(str)  # "close" or "minimise": what was asked of the window and refused

    def __init__(self, parent: QObject, *, enabled: bool) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._window: QWidget | None = None
        self._was: tuple[Qt.WindowType, Qt.WindowState] | None = None

    @property
    def locked(self) -> bool:
        return self._window is not None

    def lock(self, window: QWidget) -> None:
        """Full screen, no frame, no closing or minimising, until `unlock`."""
        if not self.enabled or self._window is not None:
            return
        self._window = window
        self._was = (window.windowFlags(), window.windowState())
        window.installEventFilter(self)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
        log.info("kiosk mode on")

    def unlock(self) -> None:
        """A member of staff has left the kiosk with their PIN: the window is theirs again."""
        window, was = self._window, self._was
        if window is None or was is None:
            return
        self._window = self._was = None
        window.removeEventFilter(self)
        window.setWindowFlags(was[0])
        window.setWindowState(was[1] & ~Qt.WindowState.WindowFullScreen)
        window.show()
        log.info("kiosk mode off")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window or self._window is None:
            return False
        if event.type() == QEvent.Type.Close:
            event.ignore()  # Alt+F4, the close button, the app asked to quit
            self.refused.emit("close")
            return True
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self._window.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self._window.showFullScreen)
            self.refused.emit("minimise")
        return False
