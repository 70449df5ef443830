"""The station's main window: sign-in, the champion's home screen, and the visit.

It is the composition root: it builds the job runner and what the screens share (the uploads,
who is signed in, the printers), builds each screen with its actions bound to the station and
each flow beside the screen it starts from, and moves between the screens.
"""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desk.domain.visits import ServiceArea
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services.scanners import backend_choice
from desk.services.staff import StaffMember
from desk.services.uploads import (
    Uploads,
    open_uploads,
)
from desk.services.visits import VisitSummary
from desk.ui.i18n import change_language
from desk.ui.jobs import JobRunner
from desk.ui.scanner import ScanController
from desk.ui.upkeep import Upkeep
from desk.ui.views.home import HomeView, StationHome
from desk.ui.views.kiosk import KioskView, StationKiosk
from desk.ui.views.loans import AgreementPrinting, LoansView, StationLoans
from desk.ui.views.print import PrintFlow, PrintView, StationPrint, ask_to_print
from desk.ui.views.queue import CalledVisit, QueuePanel, StationQueue
from desk.ui.views.reports import ReportsView, StationReports
from desk.ui.views.scan import ScanFlow, ScanView, StationScan, load_scan_profiles
from desk.ui.views.signin import SignInView, StationSignIn
from desk.ui.views.triage import StationTriage, TriageFlow, TriageView
from desk.ui.views.visit import StationVisit, VisitPapersFlow, VisitView
from desk.ui.widgets import button
from desk.uploads.spool import PAGE_SINK_FACTORY
from printing.system import system_printers
from scanning.sink import SinkSpec

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
    visit_started = Signal(object)  # VisitSummary
    kiosk_started = Signal()
    document_sent = Signal(object)  # list[OutboxEntry]
    visit_wiped = Signal(object)  # WipeResult
    upload_folder_purged = Signal(object)  # FolderRetentionReport
    signed_out_idle = Signal()

    def __init__(self, runtime: Runtime) -> None:
        super().__init__()
        self._runtime = runtime
        settings = runtime.settings
        self.jobs = JobRunner(self, show_error=self._show_job_error)
        self.member: StaffMember | None = None
        self._shown_once = False
        self.setWindowTitle(self.tr("Station Desk — {site}").format(site=settings.site))
        self.setAccessibleName(self.tr("Station Desk"))
        self.resize(1024, 720)

        self._uploads: Uploads | None = None
        self._uploads_lock = threading.Lock()
        self._kiosk_owner: StaffMember | None = None
        self._build_views(runtime)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.sign_in_view)
        self.screens.addWidget(self.home_view)
        self.screens.addWidget(self.visit_view)
        self.screens.addWidget(self.triage_view)
        self.screens.addWidget(self.print_view)
        self.screens.addWidget(self.scan_view)
        self.screens.addWidget(self.kiosk_view)
        self.screens.addWidget(self.loans_page)
        self.screens.addWidget(self.reports_view)
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

        self.upkeep = Upkeep(
            self, self.jobs, runtime, uploads=self.uploads, problem=self.home_view.show_problem
        )
        self.upkeep.visit_wiped.connect(self.visit_wiped)
        self.upkeep.upload_folder_purged.connect(self.upload_folder_purged)
        self._bind_flows(runtime)
        self._connect()
        self.upkeep.start()
        if runtime.settings.start_in_kiosk:  # kept for residents: staff leave it with a PIN
            self._on_kiosk_requested()
        elif runtime.settings.staff_sign_in == "os-account":
            self.sign_in_view.sign_in_os_account()
        self.sign_in_view.refresh()

    def _build_views(self, runtime: Runtime) -> None:
        settings = runtime.settings
        self.sign_in_view = SignInView(self.jobs, StationSignIn(runtime))
        self.queue_panel = QueuePanel(self.jobs, StationQueue(runtime, member=self._signed_in))
        self.home_view = HomeView(
            self.jobs,
            StationHome(runtime, member=self._signed_in),
            site=settings.site,
            station=settings.station,
            # A kiosk visit is never the champion's to continue, even while it is being ended.
            hidden=lambda: self.kiosk_view.ending,
        )
        self.home_view.show_queue(self.queue_panel)
        self.visit_view = VisitView(
            self.jobs, StationVisit(runtime, member=self._signed_in, uploads=self.uploads)
        )
        self._triage = StationTriage(runtime)
        self.triage_view = TriageView(self.jobs, self._triage)
        scanners = backend_choice(settings.scanner)
        self.scan_controller = ScanController(self, scanners.name, scanners.options)
        profiles = load_scan_profiles(runtime.loaded)
        self.scan_view = ScanView(
            self.jobs,
            self.scan_controller,
            StationScan(runtime, uploads=self.uploads),
            profiles=profiles,
        )
        self.printers = system_printers()
        self.kiosk_view = KioskView(
            self.jobs,
            self.scan_controller,
            StationKiosk(
                runtime,
                uploads=self.uploads,
                printers=self.printers,
                owner=lambda: self._kiosk_owner,
            ),
            profiles=profiles,
            settings=settings,
            page_sink=SinkSpec(PAGE_SINK_FACTORY),
        )
        self.loans_view = LoansView(
            self.jobs, StationLoans(runtime, staff_id=self._require_member_id)
        )
        self.loans_back = button(self.tr("Back to home"), secondary=True)
        self.loans_page = QWidget()
        loans_layout = QVBoxLayout(self.loans_page)
        loans_layout.addWidget(self.loans_back, alignment=Qt.AlignmentFlag.AlignLeft)
        loans_layout.addWidget(self.loans_view, stretch=1)
        self.reports_view = ReportsView(
            self.jobs, StationReports(runtime, member=self._signed_in), theme=settings.theme
        )
        self.print_view = PrintView(
            self.jobs,
            StationPrint(
                runtime,
                self.printers,
                visit=lambda: self.visit_view.visit,
                member=self._signed_in,
            ),
        )

    def _bind_flows(self, runtime: Runtime) -> None:
        """Each flow lives beside the screen it drives; here it gets what the screens share."""
        jobs = self.jobs
        self.print_flow = PrintFlow(
            self,
            jobs,
            view=self.print_view,
            show=self._show_print_screen,
            home=self._back_home,
            wipe=self.upkeep.wipe_visit,
        )
        self.triage_flow = TriageFlow(
            self,
            jobs,
            self._triage,
            view=self.triage_view,
            visit_view=self.visit_view,
            show=self._show_triage,
            back=self._back_to_visit,
        )
        self.scan_flow = ScanFlow(
            self,
            jobs,
            runtime,
            scan_view=self.scan_view,
            visit_view=self.visit_view,
            uploads=self.uploads,
            show=self._show_scan,
            sent=self._on_document_sent,
        )
        self.visit_papers = VisitPapersFlow(
            self,
            runtime,
            view=self.visit_view,
            uploads=self.uploads,
            member=self._signed_in,
            printing=self.print_flow,
            back_to_visit=self._back_to_visit,
            home=self._back_home,
            problem=self.home_view.show_problem,
        )
        self.agreement_printing = AgreementPrinting(
            self,
            runtime,
            view=self.loans_view,
            uploads=self.uploads,
            member=self._signed_in,
            printing=self.print_flow,
            back=self._show_loans,
        )

    def _connect(self) -> None:
        self.sign_in_view.signed_in.connect(self._on_signed_in)
        self.home_view.sign_out_requested.connect(self.sign_out)
        self.home_view.visit_started.connect(self._show_visit)
        self.home_view.resume_visit_requested.connect(self._show_visit)
        self.queue_panel.visit_called.connect(self._on_resident_called)
        # A resident who left ends the visit their call opened: it is no longer to pick up.
        self.queue_panel.ticket_changed.connect(lambda _t: self.home_view.refresh_open_visits())
        self.visit_view.visit_ended.connect(self._on_visit_ended)
        self.visit_view.home_requested.connect(self._leave_visit)
        self.triage_view.cancelled.connect(self._back_to_visit)
        self.visit_view.print_requested.connect(
            lambda _visit_id: ask_to_print(self, self.show_print)
        )
        self.scan_view.closed.connect(self._back_to_visit)
        self.home_view.kiosk_requested.connect(self._on_kiosk_requested)
        self.kiosk_view.staff_exit.connect(self._on_kiosk_exit)
        self.kiosk_view.visit_ended.connect(self._on_kiosk_visit_ended)
        self.home_view.loans_requested.connect(self._on_loans_requested)
        self.loans_back.clicked.connect(self._back_home)
        self.home_view.reports_requested.connect(self._on_reports_requested)
        self.reports_view.closed.connect(self._back_home)

    # ------------------------------------------------------------------ what the flows share

    def _signed_in(self) -> StaffMember | None:
        """Who is signed in (read by background jobs too)."""
        return self.member

    def _require_member_id(self) -> uuid.UUID:
        """Runs in the background: who is signed in, for the records that need a name."""
        member = self.member
        if member is None:
            raise DeskError(self.tr("Sign in again to do that."))
        return member.id

    def uploads(self) -> Uploads:
        """Runs in the background: the spool and outbox, opened on first use (keyring, disk)."""
        with self._uploads_lock:
            if self._uploads is None:
                self._uploads = open_uploads(
                    self._runtime.settings, station_id=self._runtime.station.station_id
                )
            return self._uploads

    def _show_job_error(self, message: str) -> None:
        """A background job failed and its screen has no place of its own for the message."""
        self.statusBar().showMessage(message, 30_000)

    # ------------------------------------------------------------------ moving between screens

    def _show_champion_screen(self, screen: QWidget) -> None:
        """Bring a champion's screen forward. Results that arrive after the champion's session
        (or the visit) ended never get here: the job runner drops them with their scope."""
        self.screens.setCurrentWidget(screen)

    def _show_triage(self) -> None:
        self._show_champion_screen(self.triage_view)

    def _show_scan(self) -> None:
        self._show_champion_screen(self.scan_view)

    def _show_loans(self) -> None:
        self._show_champion_screen(self.loans_page)

    def _back_home(self) -> None:
        self._show_champion_screen(self.home_view)
        self.home_view.refresh_open_visits()

    def _on_loans_requested(self) -> None:
        self._show_champion_screen(self.loans_page)
        self.loans_view.tabs.tabBar().setFocus()  # what to do here: the tabs say
        self.loans_view.refresh()

    def _on_reports_requested(self) -> None:
        """Managers only: the screen refuses anyone else, who stays at home."""
        if self.reports_view.open():
            self._show_champion_screen(self.reports_view)

    def _show_visit(self, visit: VisitSummary) -> None:
        """Show a visit just started or picked up; what was asked for the visit before it is
        dropped when it arrives."""
        self.jobs.scopes.begin_visit()
        self.home_view.clear_arrival()  # it was this resident's; the next one says again
        self.visit_view.open(visit)
        self.screens.setCurrentWidget(self.visit_view)
        self.visit_view.mode.setFocus()
        self.visit_started.emit(visit)

    def _on_resident_called(self, called: CalledVisit) -> None:
        """A resident called from the queue: their visit opens with what check-in recorded."""
        self._show_visit(called.visit)
        area = called.ticket.service_area
        self.visit_view.show_check_in(
            self.queue_panel.check_in_note(called.ticket),
            ServiceArea(area) if area in ServiceArea.__members__.values() else None,
        )

    def _back_to_visit(self) -> None:
        self._show_champion_screen(self.visit_view)
        self.visit_view.triage_button.setFocus()

    def _on_document_sent(self, entries: object) -> None:
        self.document_sent.emit(entries)
        self._back_to_visit()

    def _leave_visit(self) -> None:
        """Home without ending the visit: it waits in the open visits to pick up again."""
        self.jobs.scopes.end_visit()
        self._back_home()

    def _on_visit_ended(self, visit: object) -> None:
        self.jobs.scopes.end_visit()
        self._back_home()
        self.visit_papers.print_summary(visit)

    def show_print(self, pdf: Path, title: str) -> None:
        """Open the print screen on a PDF the champion chose; closing it goes back to the visit
        on screen, or home."""
        self.print_flow.open(pdf, title, back=self._back_from_print)

    def _show_print_screen(self) -> None:
        """Only the print flow calls this, for what is pending on it, which the end of the
        session discards (a document still being made then never shows)."""
        self.screens.setCurrentWidget(self.print_view)
        self.print_view.printer.setFocus()

    def _back_from_print(self) -> None:
        if self.visit_view.visit is not None:
            self._back_to_visit()
        else:
            self._back_home()

    def _on_kiosk_requested(self) -> None:
        """Staff hand the station to residents; only a staff PIN brings it back. The champion's
        session ends here as at sign-out: nothing of it shows over the kiosk."""
        self._kiosk_owner = self.member
        self._end_session()
        self.idle_timer.stop()
        self.screens.setCurrentWidget(self.kiosk_view)
        self.kiosk_view.begin()
        self.kiosk_started.emit()

    def _on_kiosk_visit_ended(self, _visit_id: object) -> None:
        """A kiosk visit ended after staff took the station back: their list is out of date."""
        if self.member is not None and self.screens.currentWidget() is self.home_view:
            self.home_view.refresh_open_visits()

    def _on_kiosk_exit(self, member: object) -> None:
        self._kiosk_owner = None
        change_language(self._runtime.settings.language)
        self._on_signed_in(member)

    def _on_signed_in(self, member: object) -> None:
        if not isinstance(member, StaffMember):
            return
        self.jobs.scopes.begin_session()
        self.member = member
        self.home_view.show_member(member)
        self.home_view.refresh_open_visits()
        self.queue_panel.follow()
        self.screens.setCurrentWidget(self.home_view)
        self.home_view.waited.setFocus()  # the next resident: how long have they waited?
        log.info("signed in staff=%s", member.id)

    def _end_session(self) -> None:
        """The champion's session is over (signed out, or the station handed to the kiosk):
        nobody is signed in, so no late job brings a champion's screen forward, and what was
        pending on the print screen, or still being made for it, is wiped, never shown."""
        if self.member is not None:
            log.info("session ended staff=%s", self.member.id)
        self.jobs.scopes.end_session()
        self.queue_panel.stop()
        self.member = None
        self.print_flow.discard()

    def sign_out(self) -> None:
        """Back to the sign-in screen; what was pending on the print screen is wiped."""
        self._end_session()
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
            self.kiosk_view.shut_down()  # a resident's session ends with the app
            self.queue_panel.stop(wait=True)
            self.jobs.shutdown(5_000)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key, click or touch restarts the idle timer (installed on the application)."""
        if event.type() in _ACTIVITY:
            self.idle_timer.start()
        return super().eventFilter(watched, event)

    def _on_idle(self) -> None:
        """Nobody has touched the station for a while: sign out and wipe the visit's working
        files (the visit stays open to pick up again; the outbox keeps what it must send)."""
        if self.member is None:
            return
        log.info("idle sign-out after %s s", self.idle_timer.interval() // 1000)
        visit = self.visit_view.visit
        self.scan_controller.cancel()
        self.sign_out()
        self.signed_out_idle.emit()
        if visit is not None:
            self.upkeep.wipe_visit(visit.id)
