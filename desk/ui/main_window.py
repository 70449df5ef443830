"""The station's main window: sign-in, the champion's home screen, and the visit."""

from __future__ import annotations

import logging
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.documents import DocumentKind, UploadState
from desk.domain.visits import (
    EntryRoute,
    TaskType,
    VisitOutcome,
)
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import devices, kiosk, loans, triage, visits
from desk.services import printing as printing_service
from desk.services import staff as staff_service
from desk.services.documents import visit_summary_pdf
from desk.services.loans import LoanView
from desk.services.scans import documents_for_visit, receipt_pdf, send_scan
from desk.services.staff import StaffMember
from desk.services.triage import TriageRecord
from desk.services.uploads import (
    OutboxEntry,
    Uploads,
    open_uploads,
    send_pending,
    wipe_stale_visits,
    wipe_visit,
)
from desk.ui.i18n import available_languages, install_translation
from desk.ui.jobs import JobRunner
from desk.ui.labels import describe_task, label
from desk.ui.scanner import ScanController
from desk.ui.views.home import HomeView
from desk.ui.views.kiosk import KioskActions, KioskView
from desk.ui.views.loans import AgreementToPrint, LoansView, bind_loans_actions
from desk.ui.views.print import PrintActions, PrintView
from desk.ui.views.scan import ScanView
from desk.ui.views.signin import SignInView
from desk.ui.views.triage import TriageView
from desk.ui.views.visit import VisitActions, VisitView
from desk.ui.widgets import button
from desk.uploads.spool import PAGE_SINK_FACTORY
from printing import Printer, PrintingError, PrintOutcome, PrintRequest
from printing.documents import LoanAgreement, compose_loan_agreement, load_texts
from printing.system import system_printers
from scanning.document import Document
from scanning.faults import ScanFault
from scanning.model import Capabilities
from scanning.profiles import BUILTIN_PROFILES, Profile, ProfileError, load_profiles
from scanning.session import discover
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

        self._uploads: Uploads | None = None
        self._uploads_lock = threading.Lock()
        self._ended_visit: uuid.UUID | None = None
        self._kiosk_owner: StaffMember | None = None
        self._transient_folder: uuid.UUID | None = None
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

        self._connect()
        self.jobs.run(self._wipe_after_crash, name="wipe-stale-visits")
        if self._runtime.settings.staff_sign_in == "os-account":
            self._sign_in_os_account()
        self.sign_in_view.refresh()

    def _build_views(self, runtime: Runtime) -> None:
        settings = runtime.settings
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
        self.scan_controller = ScanController(self)
        profiles = self._profiles()
        self.scan_view = ScanView(
            self.jobs,
            self.scan_controller,
            find_scanner=self._find_scanner,
            profiles=profiles,
            # The spool opens (keyring, disk) on first use, in the background: not here.
            read_page=lambda path: self.uploads().spool.read(path),  # noqa: PLW0108
        )
        self.kiosk_view = KioskView(
            self.jobs,
            self.scan_controller,
            KioskActions(
                start_visit=self._kiosk_start,
                send=self._kiosk_send,
                print_receipt=self._kiosk_receipt,
                finish=self._kiosk_finish,
                list_staff=lambda: staff_service.list_staff(uow),
                sign_in=lambda staff_id, pin: staff_service.sign_in(
                    uow, staff_id, pin, station_id=station
                ),
                find_scanner=self._find_scanner,
                read_page=lambda path: self.uploads().spool.read(path),  # noqa: PLW0108
                change_language=self._change_language,
            ),
            profiles=profiles,
            languages=available_languages(settings.language),
            idle_seconds=settings.idle_timeout_seconds,
            page_sink=SinkSpec(PAGE_SINK_FACTORY),
        )
        self.loans_view = LoansView(
            self.jobs, bind_loans_actions(runtime, staff_id=self._require_member_id)
        )
        self.loans_back = button(self.tr("Back to home"), secondary=True)
        self.loans_page = QWidget()
        loans_layout = QVBoxLayout(self.loans_page)
        loans_layout.addWidget(self.loans_back, alignment=Qt.AlignmentFlag.AlignLeft)
        loans_layout.addWidget(self.loans_view, stretch=1)
        self.printers = system_printers()
        self.print_view = PrintView(
            self.jobs,
            PrintActions(
                list_printers=self._list_printers,
                check=self._check_printer,
                print_pdf=self._print,
            ),
        )

    def _connect(self) -> None:
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
        self.visit_view.scan_requested.connect(self._on_scan_requested)
        self.visit_view.receipt_requested.connect(self._on_receipt_requested)
        self.scan_view.document_ready.connect(self._on_document_ready)
        self.scan_view.closed.connect(self._back_to_visit)
        self.home_view.kiosk_requested.connect(self._on_kiosk_requested)
        self.kiosk_view.staff_exit.connect(self._on_kiosk_exit)
        self.home_view.loans_requested.connect(self._on_loans_requested)
        self.loans_back.clicked.connect(self._back_home)
        self.loans_view.agreement_ready.connect(self._on_agreement_ready)
        self.outbox_timer = QTimer(self)
        self.outbox_timer.setInterval(60_000)
        self.outbox_timer.timeout.connect(self._push_outbox)
        self.outbox_timer.start()

    def _sign_in_os_account(self) -> None:
        """Where configured, the PC's signed-in account signs its member of staff in."""
        uow, station = self._runtime.uow_factory, self._runtime.station.station_id
        self.jobs.run(
            lambda: staff_service.sign_in_os_account(
                uow, staff_service.current_os_account(), station_id=station
            ),
            on_done=self._on_signed_in,
            on_error=lambda error: self.sign_in_view.show_problem(str(error)),
            name="sign-in-os-account",
        )

    def _require_member_id(self) -> uuid.UUID:
        """Runs in the background: who is signed in, for the records that need a name."""
        member = self.member
        if member is None:
            raise DeskError(self.tr("Sign in again to do that."))
        return member.id

    def _back_home(self) -> None:
        self.screens.setCurrentWidget(self.home_view)
        self._refresh_open_visits()

    def _on_loans_requested(self) -> None:
        self.screens.setCurrentWidget(self.loans_page)
        self.loans_view.refresh()

    def _on_agreement_ready(self, item: object) -> None:
        """Compose the signed agreement (two copies) and open it for printing."""
        member = self.member
        if not isinstance(item, AgreementToPrint) or member is None:
            return
        settings, loan = self._runtime.settings, item.lent.loan
        agreement = LoanAgreement(
            borrower_name=item.lent.borrower.name or "",
            device=f"{label(loan.device.kind)} {loan.device.model}",
            asset_tag=loan.device.asset_tag,
            serial_number=loan.device.serial or "",
            kit=loan.kit_out,
            lent_on=loan.out_at.astimezone().date(),
            due_on=(loan.due_at or loan.out_at).astimezone().date(),
            site=settings.site,
            champion_first_name=member.first_name,
            loan_reference=str(loan.id)[:8].upper(),
        )

        def compose() -> Path:
            # It names the borrower: it lives in a working folder wiped when printing is done.
            folder = self.uploads().spool.visit_dir(loan.id)
            output = folder / "loan-agreement.pdf"
            texts = load_texts(settings.documents_dir) if settings.documents_dir else load_texts()
            compose_loan_agreement(
                agreement,
                output,
                texts=texts,
                translate=lambda text: QCoreApplication.translate("documents", text),
            )
            return output

        def show(pdf: object) -> None:
            if isinstance(pdf, Path):
                self._transient_folder = loan.id
                self.show_print(pdf, self.tr("Print the loan agreement"))

        self.jobs.run(
            compose,
            on_done=show,
            on_error=lambda error: self.loans_view.action_failed.emit(str(error)),
            name="loan-agreement",
        )

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

    # ------------------------------------------------------------------ scanning and uploads

    def uploads(self) -> Uploads:
        """Runs in the background: the spool and outbox, opened on first use (keyring, disk)."""
        with self._uploads_lock:
            if self._uploads is None:
                self._uploads = open_uploads(
                    self._runtime.settings, station_id=self._runtime.station.station_id
                )
            return self._uploads

    def _wipe_after_crash(self) -> object:
        """At start-up nothing is in progress: any visit folder left is from a crash."""
        return wipe_stale_visits(self.uploads(), self._runtime.uow_factory)

    def _profiles(self) -> dict[str, Profile]:
        configured = self._runtime.settings.scanner.profiles_file
        if configured is None:
            return dict(BUILTIN_PROFILES)
        try:
            return load_profiles(configured)
        except ProfileError as error:
            log.warning("scanner profiles not loaded: %s", error)
            return dict(BUILTIN_PROFILES)

    def _find_scanner(self) -> Capabilities:
        """Runs in the background: the configured scanner, else the first one found."""
        try:
            found = discover()
        except ScanFault as fault:
            raise DeskError(fault.message) from None
        wanted = self._runtime.settings.scanner.device
        for caps in found.scanners:
            if not wanted or wanted in {caps.device.id, caps.device.model}:
                return caps
        raise DeskError(self.tr("No scanner was found. Check it is plugged in and switched on."))

    def _on_scan_requested(self, visit_id: object) -> None:
        if not isinstance(visit_id, uuid.UUID):
            return

        def show(folder: object) -> None:
            if isinstance(folder, Path):
                self.scan_view.start(folder, SinkSpec(PAGE_SINK_FACTORY))
                self.screens.setCurrentWidget(self.scan_view)

        self.jobs.run(
            lambda: self.uploads().spool.visit_dir(visit_id),
            on_done=show,
            on_error=lambda error: self.visit_view.action_failed.emit(str(error)),
            name="open-spool",
        )

    def _on_document_ready(self, document: object, kind: object) -> None:
        visit = self.visit_view.visit
        if not isinstance(document, Document) or not isinstance(kind, DocumentKind):
            return
        visit_id = visit.id if visit is not None else None
        uow = self._runtime.uow_factory

        def send() -> list[OutboxEntry]:
            uploads = self.uploads()
            send_scan(uploads, uow, document, kind, visit_id=visit_id, read_page=uploads.spool.read)
            return self._visit_documents(visit_id)

        def sent(entries: object) -> None:
            if isinstance(entries, list):
                self.visit_view.show_documents(entries)
            self.document_sent.emit(entries)
            self._back_to_visit()

        self.jobs.run(
            send,
            on_done=sent,
            on_error=lambda e: self.scan_view.show_problem(str(e)),
            name="send-scan",
        )

    def _visit_documents(self, visit_id: uuid.UUID | None) -> list[OutboxEntry]:
        """Runs in the background: where this visit's documents stand."""
        if visit_id is None:
            return []
        return documents_for_visit(self.uploads(), self._runtime.uow_factory, visit_id)

    def _push_outbox(self) -> None:
        """Every minute: send what waits, and refresh the visit's list."""
        visit = self.visit_view.visit
        uow = self._runtime.uow_factory

        def push() -> list[OutboxEntry]:
            send_pending(self.uploads(), uow)
            return self._visit_documents(visit.id) if visit is not None else []

        self.jobs.run(
            push,
            on_done=lambda entries: (
                self.visit_view.show_documents(entries)
                if visit is not None and isinstance(entries, list)
                else None
            ),
            on_error=lambda _error: None,
            name="push-outbox",
        )

    def _on_receipt_requested(self, visit_id: object) -> None:
        member = self.member
        if not isinstance(visit_id, uuid.UUID) or member is None:
            return
        settings = self._runtime.settings

        def compose() -> Path:
            entries = self._visit_documents(visit_id)
            folder = self.uploads().spool.visit_dir(visit_id)
            return receipt_pdf(
                entries,
                folder / "receipt.pdf",
                when=datetime.now(UTC).astimezone(),
                site=settings.site,
                champion_first_name=member.first_name,
                kind_label=lambda kind: label(DocumentKind(kind)),
                texts_folder=settings.documents_dir,
                translate=lambda text: QCoreApplication.translate("documents", text),
            )

        self.jobs.run(
            compose,
            on_done=lambda pdf: self.show_print(pdf, self.tr("Print the receipt")),
            on_error=lambda error: self.visit_view.action_failed.emit(str(error)),
            name="receipt",
        )

    # ------------------------------------------------------------------ the kiosk

    def _on_kiosk_requested(self) -> None:
        """Staff hand the station to residents; only a staff PIN brings it back."""
        self._kiosk_owner = self.member
        self.member = None
        self.idle_timer.stop()
        self.kiosk_view.begin()
        self.screens.setCurrentWidget(self.kiosk_view)
        self.kiosk_started.emit()

    def _on_kiosk_exit(self, member: object) -> None:
        self._kiosk_owner = None
        self._change_language(self._runtime.settings.language)
        self._on_signed_in(member)

    def _kiosk_start(self) -> tuple[uuid.UUID, Path]:
        """Runs in the background: an anonymous visit for a resident scanning alone."""
        owner = self._kiosk_owner
        if owner is None:
            raise DeskError(self.tr("Ask a member of staff to start the kiosk again."))
        visit = kiosk.start_kiosk_visit(self._runtime.uow_factory, self._runtime.station, owner.id)
        return visit.id, self.uploads().spool.visit_dir(visit.id)

    def _kiosk_send(self, visit_id: uuid.UUID, document: Document, kind: DocumentKind) -> str:
        """Runs in the background: send the resident's document; "" if it waits in the outbox."""
        uploads = self.uploads()
        entry = send_scan(
            uploads,
            self._runtime.uow_factory,
            document,
            kind,
            visit_id=visit_id,
            read_page=uploads.spool.read,
        )
        if entry.state is UploadState.REJECTED:
            raise DeskError(entry.message or self.tr("The council refused the document."))
        return entry.reference or ""

    def _kiosk_receipt(self, visit_id: uuid.UUID, _reference: str) -> PrintOutcome:
        """Runs in the background: the receipt, straight to the station's printer."""
        settings = self._runtime.settings
        pdf = receipt_pdf(
            documents_for_visit(self.uploads(), self._runtime.uow_factory, visit_id),
            self.uploads().spool.visit_dir(visit_id) / "receipt.pdf",
            when=datetime.now(UTC).astimezone(),
            site=settings.site,
            champion_first_name=self.tr("self-service"),
            kind_label=lambda kind: label(DocumentKind(kind)),
            texts_folder=settings.documents_dir,
            translate=lambda text: QCoreApplication.translate("documents", text),
        )
        return printing_service.print_pdf(
            self._runtime.uow_factory,
            self.printers,
            pdf,
            station_id=self._runtime.station.station_id,
            visit_id=visit_id,
            printer=settings.printer.name or None,
        )

    def _kiosk_finish(self, visit_id: uuid.UUID, sent_any: bool) -> object:
        """Runs in the background: record how it went, end the visit, wipe its files."""
        uow, owner = self._runtime.uow_factory, self._kiosk_owner
        if owner is not None:
            kiosk.finish_kiosk_visit(
                uow,
                visit_id,
                sent=sent_any,
                champion_id=owner.id,
                station_id=self._runtime.station.station_id,
            )
        return wipe_visit(self.uploads(), visit_id, uow)

    def _change_language(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            install_translation(app, code)

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

    def _print(self, pdf: Path, printer: str, copies: int, cancel: threading.Event) -> PrintOutcome:
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
            cancel=cancel,
        )
        if visit is not None and outcome.pages:
            visits.count_on_task(uow, visit.id, TaskType.PRINT, pages_printed=outcome.pages)
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
        transient, self._transient_folder = self._transient_folder, None
        if transient is not None:
            self._wipe_visit(transient)
            self.screens.setCurrentWidget(self.loans_page)
            return
        if self.visit_view.visit is not None:
            self._back_to_visit()
            return
        self.screens.setCurrentWidget(self.home_view)
        self._refresh_open_visits()
        ended, self._ended_visit = self._ended_visit, None
        if ended is not None:
            self._wipe_visit(ended)

    def _on_summary_failed(self, error: Exception) -> None:
        self.home_view.show_problem(str(error))
        ended, self._ended_visit = self._ended_visit, None
        if ended is not None:
            self._wipe_visit(ended)

    def _wipe_visit(self, visit_id: uuid.UUID) -> None:
        """The visit is over: remove its working files (the outbox keeps what it must send)."""
        uow = self._runtime.uow_factory
        self.jobs.run(
            lambda: wipe_visit(self.uploads(), visit_id, uow),
            on_done=self.visit_wiped.emit,
            on_error=lambda error: self.home_view.show_problem(str(error)),
            name="wipe-visit",
        )

    def _on_visit_ended(self, visit: object) -> None:
        self.screens.setCurrentWidget(self.home_view)
        self._refresh_open_visits()
        member = self.member
        if not isinstance(visit, visits.VisitSummary) or member is None:
            return
        self._ended_visit = visit.id
        settings, uow = self._runtime.settings, self._runtime.uow_factory
        self.jobs.run(
            lambda: visit_summary_pdf(
                uow,
                visit.id,
                folder=self.uploads().spool.visit_dir(visit.id),
                site=settings.site,
                champion_first_name=member.first_name,
                describe_task=describe_task,
                texts_folder=settings.documents_dir,
                translate=lambda text: QCoreApplication.translate("documents", text),
            ),
            on_done=lambda pdf: self.show_print(pdf, self.tr("Print the visit summary")),
            on_error=self._on_summary_failed,
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
            self._wipe_visit(visit.id)
