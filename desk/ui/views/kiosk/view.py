"""The resident kiosk: big, plain steps to send documents alone; only a staff PIN leaves it.

Steps (`KioskStep`): choose your language, choose what you are sending, put it on the scanner
(a card's front, then its back, which join on one page when the profile says so), check the
pages, send, take your receipt. When nobody touches the screen for a while it asks "Are you
still there?", and if nobody answers it wipes the resident's pages and starts again.

Every way out of a resident's session (Finish, Staff then Back, the question left unanswered,
staff taking the station back, the app closing) ends it the same way: the screen forgets it at
once (pages, reference, document type, error, language), and once nothing in the background
still writes into its working folder (a scan being stopped, both sides being joined, a send, a
receipt) its visit is ended with how it went and the folder is wiped (`KioskVisits`). A result
that lands after that belongs to nobody on screen and is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desk.config import Settings
from desk.domain.documents import DocumentKind
from desk.services.printing import PrintedJob
from desk.ui.i18n import available_languages, left_to_right
from desk.ui.jobs import Failure, JobRunner
from desk.ui.scanner import ScanController
from desk.ui.views.kiosk.actions import KioskActions, ResidentMessage
from desk.ui.views.kiosk.check import CheckPage
from desk.ui.views.kiosk.choose import ChoosePage
from desk.ui.views.kiosk.common import StepPage, big_button
from desk.ui.views.kiosk.done import DonePage
from desk.ui.views.kiosk.idle import StillThere
from desk.ui.views.kiosk.lockdown import KioskLock
from desk.ui.views.kiosk.place import PlacePage
from desk.ui.views.kiosk.scanning import KioskScan
from desk.ui.views.kiosk.staff import StaffExit, StaffPage
from desk.ui.views.kiosk.steps import KioskStep
from desk.ui.views.kiosk.visits import KioskVisits
from desk.ui.views.kiosk.welcome import WelcomePage
from desk.ui.views.scan import PROFILE_KINDS
from desk.ui.widgets import error_label, flow, scrolling, show_error
from scanning.document import Document
from scanning.profiles import Profile
from scanning.sides import CardSides
from scanning.sink import SinkSpec


class KioskView(QWidget):
    """A resident scanning alone. Staff start it; a staff PIN ends it."""

    step_changed = Signal(str)  # KioskStep
    pages_changed = Signal(int)
    sent = Signal(str)  # the reference
    reset_done = Signal()  # the session left is ended and wiped (or there was none)
    visit_ended = Signal(object)  # a kiosk visit's id, once it is ended and wiped
    staff_exit = Signal(object)  # StaffMember
    failed = Signal(str)

    def __init__(
        self,
        jobs: JobRunner,
        controller: ScanController,
        actions: KioskActions,
        *,
        profiles: Mapping[str, Profile],
        settings: Settings,
        page_sink: SinkSpec | None = None,
    ) -> None:
        """Each resident starts in the station's language (`settings.language`)."""
        super().__init__()
        self._jobs = jobs
        self._controller = controller
        self._actions = actions
        self._profiles = dict(profiles)
        self._home_language = self._language = settings.language
        self.lock = KioskLock(self, enabled=settings.kiosk_fullscreen)
        self.visit_id: uuid.UUID | None = None
        self.spool: Path | None = None
        self._starting = False  # Start pressed, the visit not back yet
        self.setObjectName("kiosk")

        self.welcome = WelcomePage(available_languages(settings.language), settings.language)
        self.choose = ChoosePage(self._profiles)
        self.place = PlacePage()
        self.check = CheckPage()
        self.done = DonePage()
        self.staff = StaffPage()
        pages = (self.welcome, self.choose, self.place, self.check, self.done, self.staff)
        self.steps: dict[KioskStep, StepPage] = dict(zip(KioskStep, pages, strict=True))
        self.pages = QStackedWidget()
        for page in self.steps.values():
            self.pages.addWidget(page)
        self.still_there = StillThere(
            settings.idle_timeout_seconds, active=lambda: self.visit_id is not None
        )
        self.idle, self.warning = self.still_there.idle, self.still_there.warning
        # A problem is told on the step, next to the text it is about, at the step's size.
        self.error = error_label("")
        self.error.setObjectName("kioskError")
        self._place_error(self.welcome)
        self.visits = KioskVisits(self, jobs, actions)
        self.scan = KioskScan(
            self,
            jobs,
            controller,
            actions,
            self.visits,
            place=self.place,
            check=self.check,
            page_sink=page_sink,
        )

        self.staff_exit_steps = StaffExit(self, jobs, actions, self.staff)
        # A wrong choice is put right with Back (the step before) or Start again (a new
        # session, the last one ended as every way out ends it).
        self.back_button = big_button(primary=False)
        self.start_again_button = big_button(primary=False)
        self.nav = QWidget()
        self.nav.setLayout(flow(self.back_button, self.start_again_button))
        # Staff only: present but quiet, and last for the keyboard.
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("kioskStaff")
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.staff_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 32)
        layout.addLayout(top)
        # Each step scrolls when the text is too big for the screen; nothing goes off it.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.still_there)
        column.addWidget(self.pages, stretch=1)
        column.addWidget(self.nav)
        layout.addWidget(scrolling(body), stretch=1)
        QWidget.setTabOrder(self.start_again_button, self.staff_button)

    def _connect(self) -> None:
        self.welcome.start_button.clicked.connect(self._on_start)
        self.welcome.language_chosen.connect(self._on_language)
        self.choose.chosen.connect(self._on_profile)
        self.place.scan_button.clicked.connect(self.scan.scan)
        self.place.no_back_button.clicked.connect(self.scan.no_back)
        self.check.more_button.clicked.connect(lambda: self._show(KioskStep.PLACE))
        self.check.remove_button.clicked.connect(
            lambda: self.scan.remove(self.check.thumbnails.currentRow())
        )
        self.check.send_button.clicked.connect(self._on_send)
        self.done.receipt_button.clicked.connect(self._on_receipt)
        self.done.finish_button.clicked.connect(self._leave)
        self.back_button.clicked.connect(self._on_back)
        self.start_again_button.clicked.connect(self._leave)
        self.staff_button.clicked.connect(self.staff_exit_steps.ask)
        self.staff_exit_steps.listed.connect(lambda: self._show(KioskStep.STAFF))
        self.staff_exit_steps.signed_in.connect(self._on_staff_ok)
        self.staff_exit_steps.failed.connect(self._on_failed)
        # Back leaves the resident's session too: whoever pressed Staff may have been the last
        # resident, and the next one must not find their pages.
        self.staff.back_button.clicked.connect(self._leave)
        self.still_there.timed_out.connect(self._leave)
        self.scan.step_wanted.connect(lambda step: self._show(KioskStep(step)))
        self.scan.pages_changed.connect(self._on_pages_changed)
        self.scan.problem.connect(self._on_problem)
        self.visits.ended.connect(self.visit_ended)
        self.visits.announced.connect(self.reset_done)
        self.visits.failed.connect(
            lambda failure: self._resident_failed(
                failure, self.tr("This station needs a member of staff. Please ask for help.")
            )
        )

    # ------------------------------------------------------------------ what is on screen

    @property
    def document(self) -> Document:
        return self.scan.document

    @property
    def profile(self) -> Profile | None:
        return self.scan.profile

    @property
    def sides(self) -> CardSides | None:
        return self.scan.sides

    @property
    def turning_over(self) -> bool:
        return self.scan.turning_over

    @property
    def reference(self) -> str:
        return self.done.reference

    @property
    def ending(self) -> frozenset[uuid.UUID]:
        """The kiosk's visits not yet ended (the one on screen, those being ended): nobody else
        may pick them up."""
        return self.visits.open

    @property
    def step(self) -> KioskStep:
        """The step on screen."""
        return list(self.steps)[self.pages.currentIndex()]

    def retranslate(self) -> None:
        """Set every text in the current language (again after a language change)."""
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff only: leave the kiosk"))
        self.back_button.setText(self.tr("Back"))
        self.start_again_button.setText(self.tr("Start again"))
        for page in self.steps.values():
            page.retranslate()
        self.still_there.retranslate()
        for widget in self.findChildren(QPushButton):
            if not widget.accessibleName() or widget is not self.staff_button:
                widget.setAccessibleName(widget.text())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the resident chooses another language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, step: KioskStep) -> None:
        page = self.steps[step]
        self.pages.setCurrentWidget(page)
        self._place_error(page)
        self.error.hide()
        self.nav.setVisible(step in {KioskStep.CHOOSE, KioskStep.PLACE, KioskStep.CHECK})
        self.nav.setEnabled(True)
        self.staff_button.setVisible(step is not KioskStep.STAFF)  # already on the way out
        # Focus starts on the resident's next action: a step shown again would otherwise give
        # it back to what the last resident chose there (their kind of document, lit up).
        first = page.next_action() or next(
            (
                widget
                for widget in page.findChildren(QWidget)
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled()
                and not widget.isHidden()
            ),
            None,
        )
        if first is not None:
            first.setFocus()
        self.step_changed.emit(step)

    def _place_error(self, page: StepPage) -> None:
        """Put the error label on `page`, under the text it is about."""
        if self.error.parentWidget() is page:
            return
        old = self.error.parentWidget()
        if isinstance(old, StepPage):
            old.column.removeWidget(self.error)
        page.column.insertWidget(page.error_at, self.error)

    def _on_back(self) -> None:
        """The step before: the pages (from the scanner, when there are some), what is being
        sent, then the welcome (which ends the session, as Start again does)."""
        step = self.step
        if step is KioskStep.CHOOSE:
            self._leave()
        elif step is KioskStep.PLACE and self.document.pages and not self._controller.busy:
            self.scan.complete()  # a card's front alone is kept as it is
        elif step in {KioskStep.PLACE, KioskStep.CHECK} and not self._controller.busy:
            self._show(KioskStep.CHOOSE)

    # ------------------------------------------------------------------ the resident's steps

    def begin(self) -> None:
        """Staff turn the station over to residents (in kiosk mode, if the station says so)."""
        self.reset()
        QWidget.window(self).installEventFilter(self)
        self.lock.lock(QWidget.window(self))

    def _on_language(self, code: str) -> None:
        self._language = code
        self._actions.change_language(code)  # the kiosk mirrors for Arabic (layout direction)
        self.welcome.show_language(code)
        self.retranslate()

    def _on_start(self) -> None:
        # One visit per session: a second tap while the first is starting starts nothing.
        if self._starting or self.visit_id is not None:
            return
        self._starting = True
        self.idle.start()

        def start() -> tuple[uuid.UUID, Path]:
            visit_id, spool = self._actions.start_visit()
            self.visits.started(visit_id)
            return visit_id, spool

        def started(value: tuple[uuid.UUID, Path]) -> None:
            self._starting = False
            self.visit_id, self.spool = value
            self.scan.begin(*value)
            self._show(KioskStep.CHOOSE)

        def failed(failure: Failure) -> None:
            self._starting = False
            self._resident_failed(
                failure,
                self.tr(
                    "This station cannot start just now. Please ask a member of staff for help."
                ),
            )

        self._jobs.run(
            start,
            started,
            scope=self._jobs.scopes.resident,
            on_error=failed,
            # Nobody is there for a visit that started after a reset: end it at once.
            # (A failure is logged by the job runner, and the visit stays open.)
            on_late=lambda value: self.visits.finish(value[0], None, announce=False),
            name="kiosk-visit",
        )

    def _on_profile(self, name: str) -> None:
        self.scan.choose(self._profiles[name])
        self._show(KioskStep.PLACE)

    def _on_pages_changed(self, count: int) -> None:
        self.idle.start()
        self.pages_changed.emit(count)

    def _on_send(self) -> None:
        visit_id, document, profile = self.visit_id, self.document, self.profile
        if visit_id is None or not document.pages or profile is None:
            return
        kind = PROFILE_KINDS.get(profile.name, DocumentKind.OTHER)
        self.check.set_sending()
        self.nav.setEnabled(False)  # no going back while the pages are on their way

        def send() -> str:
            reference = self._actions.send(visit_id, document, kind)
            self.visits.sent(visit_id)  # in the outbox now: the visit ends as sent
            return reference

        self.visits.run_on_folder(
            visit_id,
            send,
            on_done=self._on_sent,
            on_error=lambda failure: self._resident_failed(
                failure,
                self.tr(
                    "Your pages could not be sent just now. They are still here: press Send to "
                    "try again, or ask a member of staff for help."
                ),
            ),
            name="kiosk-send",
        )

    def _on_sent(self, reference: str) -> None:
        self.done.show_reference(reference)
        self.check.retranslate()
        self._show(KioskStep.DONE)
        self.sent.emit(reference)

    def _on_receipt(self) -> None:
        visit_id, reference = self.visit_id, self.reference
        if visit_id is None:
            return
        self.done.printing()
        words = self.tr(
            "The receipt could not be printed. Please write down your reference, "
            "{reference}, or ask a member of staff to print it for you."
        ).format(reference=left_to_right(reference))

        def printed(job: PrintedJob) -> None:
            if job.result.succeeded:
                self.done.printed()
            else:
                self.done.not_printed()
                self._failed(words)

        def failed(failure: Failure) -> None:
            self.done.not_printed()
            self._resident_failed(failure, words)

        self.visits.run_on_folder(  # the receipt is made in the visit's folder
            visit_id,
            lambda: self._actions.print_receipt(visit_id, reference),
            on_done=printed,
            on_error=failed,
            name="kiosk-receipt",
        )

    def _on_failed(self, failure: Failure) -> None:
        """A failure on the staff steps (the PIN, the list of staff): the service's own words."""
        self._failed(failure.message)

    def _on_problem(self, failure: object, words: str) -> None:
        if isinstance(failure, Failure):
            self._resident_failed(failure, words)
        else:
            self._failed(words)

    def _resident_failed(self, failure: Failure, words: str) -> None:
        """A failure on a resident's step, in their language: the error's own words when it is
        a ResidentMessage, else `words` (the service's message is for staff, and is logged)."""
        self._failed(failure.message if isinstance(failure.error, ResidentMessage) else words)

    def _failed(self, text: str) -> None:
        self.nav.setEnabled(True)
        self.place.scan_button.setEnabled(True)
        self.check.send_button.setEnabled(bool(self.document.pages))
        self.done.receipt_button.setEnabled(True)
        self.check.retranslate()
        self._place_error(self.steps[self.step])
        show_error(self.error, text)
        self.failed.emit(text)

    # ------------------------------------------------------------------ idle and reset

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch or key keeps the resident's session alive."""
        if event.type() in {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin,
        }:
            self.still_there.touched()
        return super().eventFilter(watched, event)

    def _leave(self) -> None:
        """Finish, Back on the staff step, or nobody answering: the session is over."""
        self.reset()

    def reset(self, then: Callable[[], None] | None = None) -> None:
        """End the resident's session and go back to the start, ready for the next resident.

        The screen forgets the session at once; its visit is ended and its folder wiped once
        no background work uses the folder any more (a scan still stopping, a join, a send),
        and then `reset_done` says so and `then` is called (at once if that work is still
        going: the visit is ended when it is over)."""
        self._jobs.scopes.begin_resident()  # what the last resident's jobs bring is dropped
        self._controller.cancel()
        visit_id = self.visit_id
        self._forget_session()
        self._show(KioskStep.WELCOME)
        if visit_id is None:
            self.reset_done.emit()
            if then is not None:
                then()
            return
        self.visits.leave(visit_id, then)

    def _forget_session(self) -> None:
        """Take everything of the resident's session off the screen and out of memory."""
        self.still_there.stop()
        self._starting = False
        self.visit_id = None
        self.spool = None
        self.scan.clear()
        self.done.clear()
        self.staff.pin.clear()
        self.error.clear()
        self.error.setAccessibleDescription("")
        self.error.hide()
        self.check.retranslate()
        if self._language != self._home_language:
            self._language = self._home_language
            self._actions.change_language(self._home_language)
            self.retranslate()
        self.welcome.show_language(self._language)

    def shut_down(self) -> None:
        """The app is closing: end every kiosk visit not yet ended and wipe its folder, now and
        on this thread (no background result would be delivered after this)."""
        self._jobs.scopes.end_resident()
        self._forget_session()
        self._show(KioskStep.WELCOME)

        def stop_scanning() -> None:
            self._controller.close()  # the scan stops and its worker is gone
            self.scan.forget_scan()

        self.visits.shut_down(stop_scanning)

    # ------------------------------------------------------------------ leaving

    def _on_staff_ok(self, member: object) -> None:
        """Staff take the station back once the resident's session is ended (so that their
        home screen never offers it to continue)."""
        QWidget.window(self).removeEventFilter(self)
        self.lock.unlock()
        self.reset(then=lambda: self.staff_exit.emit(member))
