"""Builds the application: Qt, theme, logging, the main window; runs it or self-tests it."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from desk import APP_NAME, __version__
from desk.config import Settings
from desk.runtime import Runtime
from desk.ui.crash import install_crash_handler
from desk.ui.i18n import install_translation
from desk.ui.jobs import JobRunner
from desk.ui.main_window import MainWindow
from desk.ui.qtlog import install_qt_log_handler
from desk.ui.theme import apply_theme
from desk.ui.views.display import DisplayView, StationDisplay

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, made on first use."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Station Desk")
    app.setApplicationVersion(__version__)
    return app


def build_window(runtime: Runtime, app: QApplication) -> MainWindow:
    """The themed main window, listening for activity to sign out when idle."""
    settings = runtime.settings
    install_translation(app, settings.language)
    apply_theme(app, settings.theme, settings.text_scale)
    window = MainWindow(runtime)
    app.installEventFilter(window)
    return window


def run_gui(runtime: Runtime) -> int:
    """Show the station app until it is closed."""
    install_qt_log_handler()
    app = application()
    window = build_window(runtime, app)
    install_crash_handler(window)
    window.show()
    log.info("app started version=%s", __version__)
    code = app.exec()
    app.removeEventFilter(window)
    window.jobs.wait()
    return int(code)


def build_display(
    settings: Settings, open_runtime: Callable[[], Runtime], app: QApplication
) -> tuple[DisplayView, StationDisplay]:
    """The themed waiting-area display; the database is opened when it can be (never here)."""
    install_translation(app, settings.language)
    apply_theme(app, settings.theme, settings.text_scale)
    jobs = JobRunner()
    actions = StationDisplay(open_runtime)
    view = DisplayView(jobs, actions, chime=settings.queue.display_chime)
    jobs.setParent(view)
    view.setWindowTitle(view.tr("Station Desk — waiting area"))
    return view, actions


def run_display(settings: Settings, open_runtime: Callable[[], Runtime]) -> int:
    """Show the waiting-area display full screen until it is closed (Ctrl+Q)."""
    install_qt_log_handler()
    app = application()
    view, actions = build_display(settings, open_runtime, app)
    QShortcut(QKeySequence.StandardKey.Quit, view, view.close)
    view.showFullScreen()
    view.start()
    log.info("display started version=%s", __version__)
    try:
        return int(app.exec())
    finally:
        view.stop(wait=True)
        view.jobs.shutdown(5_000)
        actions.close()


@dataclass(frozen=True)
class SelfTestReport:
    """What `desk self-test` measured."""

    shown: bool
    staff_listed: bool
    seconds_to_window: float


def self_test(runtime: Runtime, started: float, timeout_ms: int = 20_000) -> SelfTestReport:
    """Start the window offscreen, wait until it is shown and has read the staff, then close it."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    install_qt_log_handler()
    app = application()
    window = build_window(runtime, app)
    shown_at: list[float] = []
    listed: list[int] = []

    def maybe_quit() -> None:
        if shown_at and listed:
            app.quit()

    def on_shown() -> None:
        shown_at.append(time.perf_counter())
        maybe_quit()

    def on_listed(count: int) -> None:
        listed.append(count)
        maybe_quit()

    window.first_shown.connect(on_shown)
    window.sign_in_view.staff_loaded.connect(on_listed)
    QTimer.singleShot(timeout_ms, app.quit)
    window.show()
    if not (shown_at and listed):
        app.exec()
    app.removeEventFilter(window)
    window.jobs.wait()
    window.close()
    window.deleteLater()
    return SelfTestReport(
        shown=bool(shown_at),
        staff_listed=bool(listed) and listed[0] >= 0,
        seconds_to_window=(shown_at[0] - started) if shown_at else -1.0,
    )
