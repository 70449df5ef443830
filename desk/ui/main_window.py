"""The station's main window: sign-in, the champion's home screen, and the visit."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QStackedWidget

from desk.domain.visits import EntryRoute, VisitOutcome
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import devices, loans, triage, visits
from desk.services import printing as printing_service
from desk.services import staff as staff_service
from desk.services.documents import visit_summary_pdf
from desk.services.loans import LoanView
from desk.services.staff import StaffMember
from desk.services.triage import TriageRecord
from desk.ui.jobs import JobRunner
from desk.ui.labels import describe_task
from desk.ui.views.home import HomeView
from desk.ui.views.print import PrintActions, PrintView
from desk.ui.views.signin import SignInView
from desk.ui.views.triage import TriageView
from desk.ui.views.visit import VisitActions, VisitView
from printing import Printer, PrintingError, PrintOutcome, PrintRequest
from printing.system import system_printers

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
        self.visit_view = VisitView(
            self.jobs,
            VisitActions(
                add_task=lambda visit_id, area, kind: visits.add_task(
                    uow, visit_id, area, kind, staff_id=self._member_id()
                ),
                record_task=lambda visit_id, task_id, outcome, next_time: visits.record_task(
                    uow, visit_id, task_id, outcome=outcome, next_time=next_time
                ),
                set_mode=lambda visit_id, mode: visits.set_mode_of_help(uow, visit_id, mode),
                end_visit=self._finish_visit,
                available_devices=lambda kind: devices.available_devices(
                    uow, runtime.station.site_id, kind
                ),
                pair_device=self._pair_device,
            ),
        )
        self.triage_view = TriageView(
            self.jobs,
            save=lambda visit_id, answers, referrals: triage.record_triage(
                uow, visit_id, answers, referrals
            ),
        )
        self.printers = system_printers()
        self.print_view = PrintView(
            self.jobs,
            PrintActions(
                list_printers=self._list_printers,
                check=self._check_printer,
                print_pdf=self._print,
            ),
        )
        self.screens = QStackedWidget()
        self.screens.addWidget(self.sign_in_view)
        self.screens.addWidget(self.home_view)
        self.screens.addWidget(self.visit_view)
        self.screens.addWidget(self.triage_view)
        self.screens.addWidget(self.print_view)
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
        self.home_view.start_visit_requested.connect(self._on_start_visit_requested)
        self.home_view.resume_visit_requested.connect(self._show_visit)
        self.visit_view.visit_ended.connect(self._on_visit_ended)
        self.visit_view.triage_requested.connect(self._on_triage_requested)
        self.triage_view.saved.connect(self._on_triage_saved)
        self.triage_view.cancelled.connect(self._back_to_visit)
        self.visit_view.print_requested.connect(self._on_print_requested)
        self.print_view.closed.connect(self._on_print_closed)
        self.sign_in_view.refresh()

    def _member_id(self) -> uuid.UUID | None:
        return self.member.id if self.member is not None else None

    def _refresh_open_visits(self) -> None:
        uow, station = self._runtime.uow_factory, self._runtime.station
        self.jobs.run(
            lambda: visits.open_visits(uow, station),
            on_done=self.home_view.show_open_visits,
            on_error=lambda error: self.home_view.show_problem(str(error)),
            name="open-visits",
        )

    def _on_start_visit_requested(self, route: object, minutes_ago: int) -> None:
        member = self.member
        if member is None or not isinstance(route, EntryRoute):
            return
        uow, station = self._runtime.uow_factory, self._runtime.station

        def start() -> visits.VisitSummary:
            now = datetime.now(UTC)
            return visits.start_visit(
                uow,
                station,
                member.id,
                route,
                arrived_at=now - timedelta(minutes=minutes_ago),
                now=now,
            )

        self.jobs.run(
            start,
            on_done=self._show_visit,
            on_error=lambda error: self.home_view.show_problem(str(error)),
            name="start-visit",
        )

    def _show_visit(self, visit: object) -> None:
        if isinstance(visit, visits.VisitSummary):
            self.visit_view.show_visit(visit)
            self.visit_view.show_signposts(())
            self.screens.setCurrentWidget(self.visit_view)
            self.visit_view.mode.setFocus()
            self.visit_started.emit(visit)

    def _on_triage_requested(self, visit_id: object) -> None:
        if not isinstance(visit_id, uuid.UUID):
            return
        uow = self._runtime.uow_factory

        def show(record: object) -> None:
            self.triage_view.start(visit_id, record if isinstance(record, TriageRecord) else None)
            self.screens.setCurrentWidget(self.triage_view)

        self.jobs.run(
            lambda: triage.load_triage(uow, visit_id),
            on_done=show,
            on_error=lambda error: self.visit_view.action_failed.emit(str(error)),
            name="load-triage",
        )

    def _on_triage_saved(self, record: object) -> None:
        if isinstance(record, TriageRecord):
            self.visit_view.show_signposts(record.referrals)
        self._back_to_visit()

    def _back_to_visit(self) -> None:
        self.screens.setCurrentWidget(self.visit_view)
        self.visit_view.triage_button.setFocus()

    def _finish_visit(self, visit_id: uuid.UUID, outcome: VisitOutcome) -> visits.VisitSummary:
        """Runs in the background: end the visit and take back the devices lent in it."""
        member = self.member
        if member is None:
            raise DeskError(self.tr("Sign in again to end the visit."))
        return visits.finish_visit(
            self._runtime.uow_factory,
            visit_id,
            outcome,
            staff_id=member.id,
            station_id=self._runtime.station.station_id,
        )

    def _pair_device(self, visit_id: uuid.UUID, asset_tag: str) -> LoanView:
        """Runs in the background: lend a device to the resident for this visit."""
        member = self.member
        if member is None:
            raise DeskError(self.tr("Sign in again to lend a device."))
        return loans.pair_in_centre(
            self._runtime.uow_factory,
            asset_tag,
            visit_id=visit_id,
            staff_id=member.id,
            station_id=self._runtime.station.station_id,
        )

    def _list_printers(self) -> list[Printer]:
        """Runs in the background: the printers, with a plain message if printing is down."""
        try:
            return self.printers.list_printers()
        except PrintingError as error:
            raise DeskError(str(error)) from error

    def _check_printer(self, name: str) -> Printer:
        """Runs in the background: the pre-flight check, its refusal as a plain message."""
        try:
            return self.printers.check(name)
        except PrintingError as error:
            raise DeskError(str(error)) from error

    def _print(self, pdf: Path, printer: str, copies: int) -> PrintOutcome:
        """Runs in the background: print for the visit on screen, record it, count the pages."""
        uow, visit = self._runtime.uow_factory, self.visit_view.visit
        outcome = printing_service.print_pdf(
            uow,
            self.printers,
            pdf,
            station_id=self._runtime.station.station_id,
            visit_id=visit.id if visit is not None else None,
            staff_id=self._member_id(),
            printer=printer,
            request=PrintRequest(copies=copies),
        )
        if visit is not None and outcome.pages:
            visits.count_printed(uow, visit.id, outcome.pages)
        return outcome

    def _on_print_requested(self, _visit_id: object) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the PDF to print"), str(Path.home()), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.show_print(Path(chosen), self.tr("Print a document"))

    def show_print(self, pdf: Path, title: str) -> None:
        """Open the print screen on a PDF."""
        self.print_view.open(pdf, title)
        self.screens.setCurrentWidget(self.print_view)
        self.print_view.printer.setFocus()

    def _on_print_closed(self) -> None:
        if self.visit_view.visit is not None:
            self._back_to_visit()
        else:
            self.screens.setCurrentWidget(self.home_view)
            self._refresh_open_visits()

    def _on_visit_ended(self, visit: object) -> None:
        self.screens.setCurrentWidget(self.home_view)
        self._refresh_open_visits()
        member = self.member
        if not isinstance(visit, visits.VisitSummary) or member is None:
            return
        settings, uow = self._runtime.settings, self._runtime.uow_factory
        self.jobs.run(
            lambda: visit_summary_pdf(
                uow,
                visit.id,
                spool=settings.spool_path,
                site=settings.site,
                champion_first_name=member.first_name,
                describe_task=describe_task,
                texts_folder=settings.documents_dir,
                translate=lambda text: QCoreApplication.translate("documents", text),
            ),
            on_done=lambda pdf: self.show_print(pdf, self.tr("Print the visit summary")),
            on_error=lambda error: self.home_view.show_problem(str(error)),
            name="visit-summary",
        )

    def _on_signed_in(self, member: object) -> None:
        if not isinstance(member, StaffMember):
            return
        self.member = member
        self.home_view.show_member(member)
        self._refresh_open_visits()
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
