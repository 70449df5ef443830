"""The station's main window: sign-in, then the champion's home screen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services.staff import StaffMember
from desk.ui.jobs import JobRunner
from desk.ui.views.home import HomeView
from desk.ui.views.signin import SignInView

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
    }
)


class MainWindow(QMainWindow):
    """Holds the screens and switches between them; owns the background job runner."""

    first_shown = Signal()
    signed_out_idle = Signal()

    def __init__(self, runtime: Runtime) -> None:
        super().__init__()
        self._runtime = runtime
        settings = runtime.settings
        self.jobs = JobRunner(self)
        self.member: StaffMember | None = None
        self._shown_once = False
        self.setWindowTitle(self.tr("Station Desk — {site}").format(site=settings.site))
        self.setAccessibleName(self.tr("Station Desk"))
        self.resize(1024, 720)

        uow = runtime.uow_factory
        station = runtime.station.station_id
        self.sign_in_view = SignInView(
            self.jobs,
            list_staff=lambda: staff_service.list_staff(uow),
            sign_in=lambda staff_id, pin: staff_service.sign_in(
                uow, staff_id, pin, station_id=station
            ),
            add_first_staff=lambda name, pin: staff_service.add_first_staff(
                uow, name, pin, station_id=station
            ),
        )
        self.home_view = HomeView(settings.site, settings.station)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.sign_in_view)
        self.screens.addWidget(self.home_view)
        self.setCentralWidget(self.screens)
        self.status_label = QLabel(
            self.tr("{site} · {station}").format(site=settings.site, station=settings.station)
        )
        self.statusBar().addPermanentWidget(self.status_label)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(settings.idle_timeout_seconds * 1000)
        self.idle_timer.timeout.connect(self._on_idle)
        self.idle_timer.start()

        self.sign_in_view.signed_in.connect(self._on_signed_in)
        self.home_view.sign_out_requested.connect(self.sign_out)
        self.sign_in_view.refresh()

    def _on_signed_in(self, member: object) -> None:
        if not isinstance(member, StaffMember):
            return
        self.member = member
        self.home_view.show_member(member)
        self.screens.setCurrentWidget(self.home_view)
        self.home_view.sign_out_button.setFocus()
        log.info("signed in staff=%s", member.id)

    def sign_out(self) -> None:
        """Back to the sign-in screen."""
        if self.member is not None:
            log.info("signed out staff=%s", self.member.id)
        self.member = None
        self.sign_in_view.reset()
        self.screens.setCurrentWidget(self.sign_in_view)

    def showEvent(self, event: QShowEvent) -> None:
        """Say when the window first appears (self-test measures the time to it)."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.first_shown.emit()

    def event(self, event: QEvent) -> bool:
        """Let background jobs finish before the window goes."""
        if event.type() == QEvent.Type.Close:
            self.jobs.wait(5_000)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key, click or touch restarts the idle timer (installed on the application)."""
        if event.type() in _ACTIVITY:
            self.idle_timer.start()
        return super().eventFilter(watched, event)

    def _on_idle(self) -> None:
        if self.member is not None:
            log.info("idle sign-out after %s s", self.idle_timer.interval() // 1000)
            self.sign_out()
            self.signed_out_idle.emit()
