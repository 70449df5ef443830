"""An error nobody expected (a bug): logged with its traceback, told in plain words.

`install_crash_handler` takes over `sys.excepthook` (an exception escaping a Qt slot or event
handler reaches it, and PySide6 then carries on) and `threading.excepthook` (a Python thread).
Each such error gets an incident reference, written in the log line that holds where it
happened (the traceback's frames and exception types, never the exception's message).
Staff see a plain message with that reference, to read out to IT; a resident at the kiosk sees
only "Something went wrong. Please ask a member of staff." Nobody is ever shown the exception's
own text, which may hold anything, a resident's name included. Qt's own messages already go to
the log (desk.ui.qtlog).

`show_startup_failure` puts the one line of a failure before the window opens (a database
migrated by a newer Station Desk, an invalid setting) on screen as well: StationDesk.exe has no
console to print it on.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk.logs import new_incident, redacted_traceback

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def staff_message(incident: str) -> str:
    """What a member of staff reads: what may have happened, what to do, what to tell IT."""
    return QCoreApplication.translate(
        "CrashMessage",
        "Station Desk met a problem it did not expect, so what you were doing may not have "
        "finished. Check it and try again. If it happens again, tell IT the incident "
        "number: %1",
    ).replace("%1", incident)


def resident_message() -> str:
    """What a resident at the kiosk reads: nothing technical."""
    return QCoreApplication.translate(
        "CrashMessage", "Something went wrong. Please ask a member of staff."
    )


def _title() -> str:
    return QCoreApplication.translate("CrashMessage", "Something went wrong")


class CrashHandler(QObject):
    """Logs each unexpected error and shows one message for it on the GUI thread."""

    # Carries an incident to the GUI thread, whichever thread the error happened on.
    _reported = Signal(str)

    def __init__(self, parent: QWidget, resident_facing: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._window = parent
        self._resident_facing = resident_facing
        self.box: QMessageBox | None = None
        self.incidents: list[str] = []
        self._previous: tuple[ExceptHook, Callable[[threading.ExceptHookArgs], object]] | None
        self._previous = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHandler:
        """Take over the interpreter's and the threads' hooks (undone by `uninstall`)."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        """Give the hooks back to what they were."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        thread: str = "",
    ) -> str:
        """Log the error with its traceback under a new incident, and have it shown."""
        incident = new_incident()
        try:
            log.error(
                "unexpected error incident=%s kind=%s thread=%s where=%s",
                incident,
                kind.__name__,
                thread or threading.current_thread().name,
                redacted_traceback(error.with_traceback(trace)),
            )
        finally:
            self.incidents.append(incident)
            self._reported.emit(incident)
        return incident

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous[0](kind, error, trace)
            return
        self.report(kind, error, trace)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return  # a thread that ends itself is not an error (as Python's own hook has it)
        name = args.thread.name if args.thread is not None else "unknown"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    @Slot(str)
    def _show(self, incident: str) -> None:
        text = resident_message() if self._resident_facing() else staff_message(incident)
        if self.box is not None and self.box.isVisible():
            self.box.setText(text)  # one message on screen, naming the latest incident
            return
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_title())
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAccessibleName(_title())
        box.setAccessibleDescription(text)
        self.box = box
        box.open()  # not exec(): no event loop inside an exception hook


def install_crash_handler(
    window: MainWindow, resident_facing: Callable[[], bool] | None = None
) -> CrashHandler:
    """From now on, an unexpected error is logged and shown plainly over `window`;
    `resident_facing()` says whether a resident is at the screen (by default: the kiosk is)."""

    def kiosk_showing() -> bool:
        return window.screens.currentWidget() is window.kiosk_view

    return CrashHandler(window, resident_facing or kiosk_showing).install()


def can_show_windows(environ: dict[str, str] | None = None) -> bool:
    """Whether a message box would reach a person: not on Qt's offscreen or minimal platform
    (a test, `desk self-test`), and on Linux and other X11 or Wayland systems only with a
    display."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in {"offscreen", "minimal", "vnc"}:
        return False
    if sys.platform == "win32" or sys.platform == "darwin":
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def startup_failure_box(message: str) -> QMessageBox:
    """The message box for a failure before the window opens (`message` is our own one line)."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashMessage", "Station Desk cannot start"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleDescription(message)
    return box


def show_startup_failure(message: str) -> bool:
    """Show `message` in a box until it is dismissed, when there is a screen to show it on.
    True if it was shown. Never raises: the message is on stderr in any case."""
    if not can_show_windows():
        return False
    try:
        if QApplication.instance() is None:
            QApplication(sys.argv[:1])
        box = startup_failure_box(message)
        box.exec()
    except Exception:  # (the line is already on stderr and in the log)
        log.info("the start-up failure could not be shown on screen", exc_info=True)
        return False
    finally:
        QApplication.processEvents()
    return True
