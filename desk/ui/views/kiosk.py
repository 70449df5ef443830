"""The resident kiosk: big, plain steps to send documents alone; only a staff PIN leaves it.

Steps: choose your language, choose what you are sending, put it on the scanner (a card's
front, then its back, which join on one page when the profile says so), check the pages, send,
take your receipt. When nobody touches the screen for a while it asks "Are you
still there?", and if nobody answers it wipes the resident's pages and starts again.

Every way out of a resident's session (Finish, Staff then Back, the question left unanswered,
staff taking the station back, the app closing) ends it the same way: the screen forgets it at
once (pages, reference, document type, error, language), and once nothing in the background
still writes into its working folder (a scan being stopped, both sides being joined, a send, a
receipt) its visit is ended with how it went and the folder is wiped. A result that lands after
that belongs to nobody on screen and is dropped.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.documents import DocumentKind, UploadState
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import kiosk
from desk.services import printing as printing_service
from desk.services import staff as staff_service
from desk.services.scans import send_scan, visit_receipt_pdf
from desk.services.staff import StaffMember
from desk.services.uploads import Uploads, wipe_visit
from desk.ui.i18n import PSEUDO_LOCALE, change_language
from desk.ui.jobs import Failure, JobRunner
from desk.ui.labels import label
from desk.ui.scanner import ScanController
from desk.ui.views.scan import PROFILE_KINDS, THUMBNAIL, find_scanner, thumbnail
from desk.ui.widgets import (
    FlowLayout,
    WrapButton,
    drop_down,
    error_label,
    flow,
    scrolling,
    show_error,
    wrap,
)
from printing import Printers, PrintOutcome
from scanning.document import Document
from scanning.faults import FaultKind
from scanning.model import Capabilities, DeviceRef, ScannedPage
from scanning.profiles import Profile
from scanning.sides import CardSides, SideStep
from scanning.sink import SinkSpec

# The built-in document types, for the translators (IT's own types show as IT wrote them).
_PROFILE_TITLES = (
    QT_TRANSLATE_NOOP("KioskView", "ID card / passport"),
    QT_TRANSLATE_NOOP("KioskView", "Bank statement / payslip"),
    QT_TRANSLATE_NOOP("KioskView", "Letter"),
    QT_TRANSLATE_NOOP("KioskView", "Photo"),
)

_T = TypeVar("_T")

log = logging.getLogger(__name__)

WARNING_SECONDS = 30
"""How long the "Are you still there?" question waits before the kiosk starts again."""


class ResidentMessage(DeskError):
    """A failure already told in the resident's own words (translated): shown as it is."""


@dataclass(frozen=True)
class KioskActions:
    """What the kiosk asks of the rest of the app (each runs in the background)."""

    start_visit: Callable[[], tuple[uuid.UUID, Path]]  # the visit and its working folder
    send: Callable[[uuid.UUID, Document, DocumentKind], str]  # the reference, "" if not yet sent
    print_receipt: Callable[[uuid.UUID, str], object]
    finish: Callable[[uuid.UUID, bool], None]  # visit id, sent anything
    list_staff: Callable[[], Sequence[StaffMember]]
    sign_in: Callable[[uuid.UUID, str], StaffMember]
    find_scanner: Callable[[], Capabilities]
    read_page: Callable[[Path], bytes]
    change_language: Callable[[str], object]


def language_name(code: str) -> str:
    """A language as its speakers write it ("Polski"); plain "English" for English."""
    if code == "en":
        return "English"
    if code == PSEUDO_LOCALE:
        return "[Ƥşḗŭḓǿ ŀǿƈȧŀḗ]"
    return QLocale(code).nativeLanguageName().capitalize() or code


def _big(text: str = "", *, primary: bool = True) -> QPushButton:
    widget = WrapButton(text)
    widget.setObjectName("kioskPrimary" if primary else "kioskSecondary")
    widget.setMinimumHeight(72)
    return widget


def _title() -> QLabel:
    widget = QLabel()
    widget.setObjectName("kioskTitle")
    wrap(widget)
    return widget


def _text() -> QLabel:
    widget = QLabel()
    widget.setObjectName("kioskText")
    wrap(widget)
    return widget


class KioskView(QWidget):
    """A resident scanning alone. Staff start it; a staff PIN ends it."""

    step_changed = Signal(str)
    pages_changed = Signal(int)
    sent = Signal(str)  # the reference
    reset_done = Signal()  # the session left is ended and wiped (or there was none)
    visit_ended = Signal(object)  # a kiosk visit's id, once it is ended and wiped
    staff_exit = Signal(object)  # StaffMember
    failed = Signal(str)

    STEPS = ("welcome", "choose", "place", "check", "done", "staff")
    # Counts resets: a background result that lands after one (the idle timer, a member of
    # staff taking the station back) belongs to nobody on screen now.

    def __init__(
        self,
        jobs: JobRunner,
        controller: ScanController,
        actions: KioskActions,
        *,
        profiles: Mapping[str, Profile],
        languages: Sequence[str],
        idle_seconds: int,
        page_sink: SinkSpec | None = None,
        home_language: str = "en",
    ) -> None:
        """`home_language` is the station's: each resident starts in it."""
        super().__init__()
        self._jobs = jobs
        self._controller = controller
        self._actions = actions
        self._profiles = dict(profiles)
        self._languages = list(languages)
        self._page_sink = page_sink
        self._init_visits(home_language)
        self.setObjectName("kiosk")

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(30, idle_seconds) * 1000)
        self.idle.timeout.connect(self._on_idle)
        self.warning = QTimer(self)
        self.warning.setSingleShot(True)
        self.warning.setInterval(WARNING_SECONDS * 1000)
        self.warning.timeout.connect(self._leave)

        self.pages = QStackedWidget()
        self._steps: dict[str, QWidget] = {}
        for name, build in (
            ("welcome", self._build_welcome),
            ("choose", self._build_choose),
            ("place", self._build_place),
            ("check", self._build_check),
            ("done", self._build_done),
            ("staff", self._build_staff),
        ):
            page = build()
            self._steps[name] = page
            self.pages.addWidget(page)
        self.still_there = self._build_still_there()
        self.error = error_label("")

        self.staff_button = QPushButton()
        self.staff_button.setObjectName("kioskStaff")
        self.staff_button.clicked.connect(self._on_staff_clicked)
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
        column.addWidget(self.error)
        column.addWidget(self.pages, stretch=1)
        layout.addWidget(scrolling(body), stretch=1)

        controller.page_scanned.connect(self._on_page_scanned)
        controller.scan_finished.connect(self._on_scan_finished)
        controller.scan_faulted.connect(self._on_scan_faulted)
        self.retranslate()

    def _init_visits(self, home_language: str) -> None:
        """What the kiosk keeps about the resident's session, and about its visits while they
        run and while they are ended."""
        self.visit_id: uuid.UUID | None = None
        self.spool: Path | None = None
        self.document = Document()
        self.profile: Profile | None = None
        # The sides of the card on the glass (scanning.sides), for the profile chosen.
        self.sides: CardSides | None = None
        self.turning_over = False  # the front is in: the place step asks for the back
        self.reference = ""
        self._home_language = self._language = home_language
        self._starting = False  # Start pressed, the visit not back yet
        # What the background knows of each kiosk visit, written from job threads too: the
        # visits started and not yet ended, and those that sent a document.
        self._lock = threading.Lock()
        self._open: set[uuid.UUID] = set()
        self._sent: set[uuid.UUID] = set()
        # Background work still using a visit's folder, and the visits left, waiting for it to
        # end before they are ended and wiped (with what to do then).
        self._work: dict[uuid.UUID, int] = {}
        self._ending: dict[uuid.UUID, Callable[[], None] | None] = {}
        self._scan_visit: uuid.UUID | None = None  # the visit the kiosk's scan writes into

    # ------------------------------------------------------------------ the steps

    def _build_still_there(self) -> QWidget:
        box = QWidget()
        self.still_there_text = _title()
        self.still_there_button = _big()
        self.still_there_button.clicked.connect(self._on_still_there)
        column = QVBoxLayout(box)
        column.addWidget(self.still_there_text)
        column.addWidget(self.still_there_button)
        box.hide()
        return box

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        self.welcome_title = _title()
        self.welcome_text = _text()
        self.start_button = _big()
        self.start_button.clicked.connect(self._on_start)
        self.language_buttons: dict[str, QPushButton] = {}
        languages = FlowLayout()
        for code in self._languages if len(self._languages) > 1 else ():
            choice = _big(language_name(code), primary=False)
            choice.setAccessibleName(choice.text())
            choice.clicked.connect(lambda _checked=False, c=code: self._on_language(c))
            self.language_buttons[code] = choice
            languages.addWidget(choice)
        column = QVBoxLayout(page)
        column.addWidget(self.welcome_title)
        column.addWidget(self.welcome_text)
        column.addWidget(self.start_button)
        column.addLayout(languages)
        column.addStretch(1)
        return page

    def _build_choose(self) -> QWidget:
        page = QWidget()
        self.choose_title = _title()
        self.profile_buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout(page)
        column.addWidget(self.choose_title)
        for name in self._profiles:
            choice = _big()
            choice.clicked.connect(lambda _checked=False, n=name: self._on_profile(n))
            self.profile_buttons[name] = choice
            column.addWidget(choice)
        column.addStretch(1)
        return page

    def _build_place(self) -> QWidget:
        page = QWidget()
        self.place_title = _title()
        self.place_text = _text()
        self.scan_button = _big()
        self.scan_button.clicked.connect(self._on_scan)
        # For a document with nothing on the back (a passport): shown only while turning over.
        self.no_back_button = _big(primary=False)
        self.no_back_button.clicked.connect(self._on_no_back)
        self.no_back_button.hide()
        self.scan_status = _text()
        column = QVBoxLayout(page)
        column.addWidget(self.place_title)
        column.addWidget(self.place_text)
        column.addWidget(self.scan_button)
        column.addWidget(self.no_back_button)
        column.addWidget(self.scan_status)
        column.addStretch(1)
        return page

    def _build_check(self) -> QWidget:
        page = QWidget()
        self.check_title = _title()
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setIconSize(THUMBNAIL)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setMinimumHeight(THUMBNAIL.height() + 64)
        self.more_button = _big(primary=False)
        self.more_button.clicked.connect(self._on_more)
        self.remove_button = _big(primary=False)
        self.remove_button.clicked.connect(self._on_remove)
        self.send_button = _big()
        self.send_button.clicked.connect(self._on_send)
        column = QVBoxLayout(page)
        column.addWidget(self.check_title)
        column.addWidget(self.thumbnails, stretch=1)
        column.addLayout(flow(self.more_button, self.remove_button))
        column.addWidget(self.send_button)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget()
        self.done_title = _title()
        self.done_text = _text()
        self.receipt_button = _big()
        self.receipt_button.clicked.connect(self._on_receipt)
        self.finish_button = _big(primary=False)
        self.finish_button.clicked.connect(self._leave)
        column = QVBoxLayout(page)
        column.addWidget(self.done_title)
        column.addWidget(self.done_text)
        column.addWidget(self.receipt_button)
        column.addWidget(self.finish_button)
        column.addStretch(1)
        return page

    def _build_staff(self) -> QWidget:
        page = QWidget()
        self.staff_title = _title()
        self.staff_name = drop_down()
        self.staff_name_label = QLabel()
        self.staff_name_label.setBuddy(self.staff_name)
        self.staff_pin = QLineEdit()
        self.staff_pin_label = QLabel()
        self.staff_pin_label.setBuddy(self.staff_pin)
        self.staff_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.staff_pin.returnPressed.connect(self._on_staff_pin)
        self.staff_ok = _big()
        self.staff_ok.clicked.connect(self._on_staff_pin)
        self.staff_cancel = _big(primary=False)
        # Back leaves the resident's session too: whoever pressed Staff may have been the last
        # resident, and the next one must not find their pages.
        self.staff_cancel.clicked.connect(self._leave)
        column = QVBoxLayout(page)
        column.addWidget(self.staff_title)
        column.addWidget(self.staff_name_label)
        column.addWidget(self.staff_name)
        column.addWidget(self.staff_pin_label)
        column.addWidget(self.staff_pin)
        column.addWidget(self.staff_ok)
        column.addWidget(self.staff_cancel)
        column.addStretch(1)
        return page

    def retranslate(self) -> None:
        """Set every text in the current language (again after a language change)."""
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff only: leave the kiosk"))
        self.welcome_title.setText(self.tr("Send your documents to the council"))
        self.welcome_text.setText(
            self.tr(
                "You can scan your papers here and send them to the council yourself. It is free."
            )
        )
        self.start_button.setText(self.tr("Start"))
        self.choose_title.setText(self.tr("What are you sending?"))
        for name, choice in self.profile_buttons.items():
            choice.setText(self.tr(self._profiles[name].title))
        self.scan_button.setText(self.tr("Scan"))
        self.no_back_button.setText(self.tr("It has no back – check my pages"))
        self.check_title.setText(self.tr("Check your pages"))
        self.thumbnails.setAccessibleName(self.tr("Your pages"))
        self.thumbnails.setAccessibleDescription(
            self.tr("Choose a page to remove it, or send them all to the council")
        )
        self.more_button.setText(self.tr("Scan more pages"))
        self.remove_button.setText(self.tr("Remove the chosen page"))
        self.send_button.setText(self.tr("Send to the council"))
        self.done_title.setText(self.tr("Sent"))
        self.receipt_button.setText(self.tr("Print my receipt"))
        self.finish_button.setText(self.tr("Finish"))
        self.staff_title.setText(self.tr("Staff: choose your name and enter your PIN"))
        self.staff_name.setAccessibleName(self.tr("Your name"))
        self.staff_name_label.setText(self.tr("Your &name"))
        self.staff_pin.setAccessibleName(self.tr("PIN"))
        self.staff_pin_label.setText(self.tr("&PIN"))
        self.staff_ok.setText(self.tr("Leave the kiosk"))
        self.staff_cancel.setText(self.tr("Back"))
        self.still_there_text.setText(
            self.tr("Are you still there? Your pages will be deleted soon.")
        )
        self.still_there_button.setText(self.tr("Yes, I am still here"))
        self._place_text()
        for widget in self.findChildren(QPushButton):
            if not widget.accessibleName() or widget is not self.staff_button:
                widget.setAccessibleName(widget.text())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the resident chooses another language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _place_text(self) -> None:
        if self.turning_over:
            self.place_title.setText(self.tr("The other side"))
            self.place_text.setText(
                self.tr(
                    "Now turn the card over and put the other side face down on the glass. "
                    "Then press Scan."
                )
            )
            return
        self.place_title.setText(self.tr("Put your pages on the scanner"))
        feeder = self.profile is not None and self.profile.source.value != "flatbed"
        self.place_text.setText(
            self.tr("Put the pages face down in the feeder on top of the scanner.")
            if feeder
            else self.tr("Lift the lid, put the page face down on the glass, and close the lid.")
        )

    def _set_turning_over(self, turning: bool) -> None:
        self.turning_over = turning
        self.no_back_button.setVisible(turning)
        self._place_text()

    # ------------------------------------------------------------------ flow

    @property
    def step(self) -> str:
        """The step on screen."""
        return self.STEPS[self.pages.currentIndex()]

    def _show(self, name: str) -> None:
        page = self._steps[name]
        self.pages.setCurrentWidget(page)
        # Focus starts on the step's first control: a step shown again would otherwise give
        # it back to what the last resident chose there (their kind of document, lit up).
        first = next(
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
        self.error.hide()
        self.step_changed.emit(name)

    def begin(self) -> None:
        """Staff turn the station over to residents."""
        self.reset()
        QWidget.window(self).installEventFilter(self)

    def _on_language(self, code: str) -> None:
        self._language = code
        self._actions.change_language(code)
        self.retranslate()

    def _on_start(self) -> None:
        # One visit per session: a second tap while the first is starting starts nothing.
        if self._starting or self.visit_id is not None:
            return
        self._starting = True
        self.idle.start()

        def start() -> tuple[uuid.UUID, Path]:
            visit_id, spool = self._actions.start_visit()
            with self._lock:
                self._open.add(visit_id)
            return visit_id, spool

        def started(value: tuple[uuid.UUID, Path]) -> None:
            self._starting = False
            self.visit_id, self.spool = value
            self._show("choose")

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
            on_late=lambda value: self._finish_late(value[0]),
            name="kiosk-visit",
        )

    def _finish_late(self, visit_id: uuid.UUID) -> None:
        """End a visit that started after the kiosk was reset (its resident has gone)."""
        # Nothing to show: a failure is logged by the job runner, and the visit stays open.
        self._finish(visit_id, None, announce=False)

    # ------------------------------------------------------------------ work on a visit's folder

    def _begin_work(self, visit_id: uuid.UUID) -> None:
        """Background work starts that reads or writes `visit_id`'s folder."""
        self._work[visit_id] = self._work.get(visit_id, 0) + 1

    def _end_work(self, visit_id: uuid.UUID) -> None:
        """That work is over: a visit left meanwhile is ended and wiped once none is left."""
        left = self._work.get(visit_id, 0) - 1
        if left > 0:
            self._work[visit_id] = left
            return
        self._work.pop(visit_id, None)
        if visit_id in self._ending:
            self._finish(visit_id, self._ending.pop(visit_id))

    def _run_on_folder(
        self,
        fn: Callable[[], _T],
        *,
        on_done: Callable[[_T], None],
        on_error: Callable[[Failure], None],
        name: str,
    ) -> None:
        """Run `fn` in the background as work on the current visit's folder; its callbacks run
        only while the resident's session lasts, and the work ends whatever happens."""
        visit_id = self.visit_id
        if visit_id is None:
            return
        self._begin_work(visit_id)
        self._jobs.run(
            fn,
            on_done,
            scope=self._jobs.scopes.resident,
            on_error=on_error,
            on_settled=lambda: self._end_work(visit_id),
            name=name,
        )

    @property
    def ending(self) -> frozenset[uuid.UUID]:
        """The kiosk's visits not yet ended (the one on screen, those being ended): nobody else
        may pick them up."""
        with self._lock:
            return frozenset(self._open)

    def _on_profile(self, name: str) -> None:
        self.profile = self._profiles[name]
        self.sides = CardSides(self.profile).next_card(self.document)
        self._set_turning_over(False)
        self.scan_status.clear()
        self._show("place")

    def _on_scan(self) -> None:
        visit_id, profile, spool = self.visit_id, self.profile, self.spool
        if self._controller.busy or visit_id is None or profile is None or spool is None:
            return
        self.scan_button.setEnabled(False)
        self.no_back_button.setEnabled(False)
        self.scan_status.setText(self.tr("Scanning… please wait."))
        self._begin_work(visit_id)  # until the scan it leads to has ended
        scanning: list[bool] = []

        def start(scanner: Capabilities) -> None:
            if self._controller.busy:  # a run that is still stopping
                self._scanner_problem(FaultKind.BUSY)
                return
            scanning.append(True)
            self._scan_visit = visit_id
            self._controller.start(
                profile.request(DeviceRef.of(scanner.device)), spool, self._page_sink
            )

        def settled() -> None:
            if not scanning:  # no scan took the work over (a fault, or the resident has gone)
                self._end_work(visit_id)

        self._jobs.run(
            self._actions.find_scanner,
            start,
            scope=self._jobs.scopes.resident,
            on_error=lambda _failure: self._scanner_problem(None),
            on_settled=settled,
            name="kiosk-find",
        )

    def _scan_ended(self) -> uuid.UUID | None:
        """The kiosk's scan has ended (or none was running): which visit it wrote into."""
        visit_id, self._scan_visit = self._scan_visit, None
        if visit_id is not None:
            self._end_work(visit_id)
        return visit_id

    def _on_page_scanned(self, page: object) -> None:
        # Only a page of this session's scan, in its own folder: one that lands after a reset
        # (the scan worker still stopping) belongs to the resident who has gone.
        if (
            not isinstance(page, ScannedPage)
            or self.visit_id is None
            or self.spool is None
            or self._scan_visit != self.visit_id
            or Path(page.path).parent != Path(self.spool)
        ):
            return
        self.idle.start()
        self.document = self.document.extend([page])
        self._add_thumbnail(len(self.document) - 1, page)
        self.pages_changed.emit(len(self.document))

    def _add_thumbnail(self, index: int, page: ScannedPage) -> None:
        """A "Page n" item for `page`, its picture loaded in the background (before its folder
        can be wiped)."""
        item = QListWidgetItem(self.tr("Page {n}").format(n=index + 1))
        item.setSizeHint(QSize(THUMBNAIL.width() + 16, THUMBNAIL.height() + 48))
        item.setData(Qt.ItemDataRole.UserRole, page.path)
        self.thumbnails.addItem(item)
        path = Path(page.path)

        def show(image: QImage) -> None:
            target = self.thumbnails.item(index)
            # The list may have been rebuilt meanwhile (both sides joined): only the same page.
            if target is not None and target.data(Qt.ItemDataRole.UserRole) == page.path:
                target.setIcon(QIcon(QPixmap.fromImage(image)))

        self._run_on_folder(
            lambda: thumbnail(self._actions.read_page(path), page.rotation),
            on_done=show,
            on_error=lambda _failure: None,  # the page stays, without its picture
            name="kiosk-thumbnail",
        )

    def _on_scan_finished(self, pages: int, _cancelled: bool) -> None:
        # Only the end of this session's own scan moves its steps on.
        if self._scan_ended() != self.visit_id or self.visit_id is None:
            return
        self.scan_button.setEnabled(True)
        self.no_back_button.setEnabled(True)
        if not self.document.pages:
            self.scan_status.setText(self.tr("No pages came through. Check they are in place."))
            return
        step = self.sides.after_run(self.document) if self.sides is not None else SideStep.NEXT
        if step is SideStep.TURN_OVER:
            self._set_turning_over(True)
            self.scan_status.setText(
                self.tr("No pages came through. Check they are in place.") if not pages else ""
            )
            self._show("place")
            self.scan_button.setFocus()
        elif step is SideStep.JOIN:
            self._join_sides()
        else:
            self._show_check()

    def _show_check(self) -> None:
        """The current card (or run) is complete: follow the next one and check the pages."""
        if self.sides is not None:
            self.sides = self.sides.next_card(self.document)
        self._set_turning_over(False)
        self.scan_status.clear()
        self.send_button.setEnabled(True)
        self.remove_button.setEnabled(True)
        self._show("check")

    def _on_no_back(self) -> None:
        """The document has nothing on the back (a passport): check the pages scanned."""
        if self.document.pages and not self._controller.busy:
            self._show_check()

    def _join_sides(self) -> None:
        """Both sides are in: put them on one page in the background, then check the pages."""
        sides, document, spool = self.sides, self.document, self.spool
        if sides is None or spool is None:
            self._show_check()
            return
        spec = self._page_sink or SinkSpec()
        self._set_turning_over(False)
        self.scan_button.setEnabled(False)
        self.scan_status.setText(self.tr("Putting both sides on one page…"))

        def current() -> bool:
            return self.document is document

        def joined(result: Document) -> None:
            if not current():
                return
            self.scan_button.setEnabled(True)
            self.document = result
            self.thumbnails.clear()
            for index, page in enumerate(result.pages):
                self._add_thumbnail(index, page)
            self.pages_changed.emit(len(self.document))
            self._show_check()

        def failed(failure: Failure) -> None:
            if not current():
                return
            self.scan_button.setEnabled(True)
            self._show_check()  # both sides stay, as two pages
            self._resident_failed(
                failure,
                self.tr("The two sides could not be put on one page. They are kept as two pages."),
            )

        self._run_on_folder(
            lambda: sides.join(document, spec.make(spool)),
            on_done=joined,
            on_error=failed,
            name="kiosk-join-sides",
        )

    def _on_scan_faulted(self, _message: str, kind: object) -> None:
        ran = self._scan_ended()
        if self.visit_id is None or ran not in {None, self.visit_id}:
            return  # the end of a scan stopped by a reset
        self._scanner_problem(kind if isinstance(kind, FaultKind) else None)

    def _scanner_problem(self, kind: FaultKind | None) -> None:
        """Say what went wrong in the resident's language, as something they can do or as a
        request to fetch staff (the message for staff speaks of Continue and of IT)."""
        self.scan_button.setEnabled(True)
        self.no_back_button.setEnabled(True)
        self.scan_status.clear()
        if kind in {FaultKind.FEEDER_EMPTY, FaultKind.NO_IMAGE}:
            text = self.tr(
                "Nothing came through. Check the page is face down on the glass, or in the "
                "feeder, and press Scan again."
            )
        elif kind is FaultKind.COVER_OPEN:
            text = self.tr("The scanner's lid is open. Close it and press Scan again.")
        elif kind in {FaultKind.BUSY, FaultKind.WARMING_UP}:
            text = self.tr("The scanner is not ready yet. Wait a moment and press Scan again.")
        else:
            text = self.tr(
                "The scanner is not working at the moment. Please ask a member of staff for help."
            )
        show_error(self.error, text)
        self.failed.emit(text)

    def _on_more(self) -> None:
        self._show("place")

    def _on_remove(self) -> None:
        row = self.thumbnails.currentRow()
        if 0 <= row < len(self.document):
            self.document = self.document.delete(row)
            self.thumbnails.takeItem(row)
            for index in range(self.thumbnails.count()):
                item = self.thumbnails.item(index)
                if item is not None:
                    item.setText(self.tr("Page {n}").format(n=index + 1))
            if self.sides is not None:
                self.sides = self.sides.next_card(self.document)
            self.pages_changed.emit(len(self.document))
            if not self.document.pages:
                self._show("place")

    def _on_send(self) -> None:
        visit_id, document = self.visit_id, self.document
        if visit_id is None or not document.pages or self.profile is None:
            return
        kind = PROFILE_KINDS.get(self.profile.name, DocumentKind.OTHER)
        self.send_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.check_title.setText(self.tr("Sending… please wait."))

        def send() -> str:
            reference = self._actions.send(visit_id, document, kind)
            with self._lock:  # in the outbox now: the visit ends as sent, whenever it ends
                self._sent.add(visit_id)
            return reference

        self._run_on_folder(
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
        self.reference = reference
        self.receipt_button.setVisible(bool(self.reference))
        self.done_text.setText(
            self.tr("Your reference is {reference}. Print your receipt and keep it.").format(
                reference=self.reference
            )
            if self.reference
            else self.tr(
                "Your documents are safe here and will be sent as soon as the connection is "
                "back. A member of staff can give you the reference."
            )
        )
        self.retranslate_check()
        self._show("done")
        self.sent.emit(self.reference)

    def retranslate_check(self) -> None:
        """Put the check step's title back after sending."""
        self.check_title.setText(self.tr("Check your pages"))

    def _on_receipt(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        self.receipt_button.setEnabled(False)
        reference = self.reference
        self._run_on_folder(  # the receipt is made in the visit's folder
            lambda: self._actions.print_receipt(visit_id, reference),
            on_done=lambda _outcome: self.receipt_button.setEnabled(True),
            on_error=lambda failure: self._resident_failed(
                failure,
                self.tr(
                    "The receipt could not be printed. Please write down your reference, "
                    "{reference}, or ask a member of staff to print it for you."
                ).format(reference=reference),
            ),
            name="kiosk-receipt",
        )

    def _on_failed(self, failure: Failure) -> None:
        """A failure on the staff steps (the PIN, the list of staff): the service's own words."""
        self._failed(failure.message)

    def _resident_failed(self, failure: Failure, words: str) -> None:
        """A failure on a resident's step, in their language: the error's own words when it is
        a ResidentMessage, else `words` (the service's message is for staff, and is logged)."""
        self._failed(failure.message if isinstance(failure.error, ResidentMessage) else words)

    def _failed(self, text: str) -> None:
        self.scan_button.setEnabled(True)
        self.send_button.setEnabled(bool(self.document.pages))
        self.receipt_button.setEnabled(True)
        self.retranslate_check()
        show_error(self.error, text)
        self.failed.emit(text)

    # ------------------------------------------------------------------ idle and reset

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch or key keeps the resident's session alive."""
        if (
            event.type()
            in {
                QEvent.Type.MouseButtonPress,
                QEvent.Type.KeyPress,
                QEvent.Type.TouchBegin,
            }
            and self.visit_id is not None
            and not self.warning.isActive()
        ):
            self.idle.start()
        return super().eventFilter(watched, event)

    def _on_idle(self) -> None:
        if self.visit_id is None:
            return
        self.still_there.show()
        self.still_there_button.setFocus()
        self.warning.start()

    def _on_still_there(self) -> None:
        self.warning.stop()
        self.still_there.hide()
        self.idle.start()

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
        self._show("welcome")
        if visit_id is None:
            self.reset_done.emit()
            if then is not None:
                then()
            return
        if self._work.get(visit_id):
            self._ending[visit_id] = None
            if then is not None:
                then()
            return
        self._finish(visit_id, then)

    def _forget_session(self) -> None:
        """Take everything of the resident's session off the screen and out of memory."""
        self.idle.stop()
        self.warning.stop()
        self.still_there.hide()
        self._starting = False
        self.visit_id = None
        self.spool = None
        self.document = Document()
        self.profile = None
        self.sides = None
        self._set_turning_over(False)
        self.scan_status.clear()
        self.scan_button.setEnabled(True)
        self.no_back_button.setEnabled(True)
        self.reference = ""
        self.done_text.clear()
        self.thumbnails.clear()
        self.send_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.receipt_button.setEnabled(True)
        self.staff_pin.clear()
        self.error.clear()
        self.error.setAccessibleDescription("")
        self.error.hide()
        self.retranslate_check()
        if self._language != self._home_language:
            self._language = self._home_language
            self._actions.change_language(self._home_language)
            self.retranslate()

    def _finish(
        self, visit_id: uuid.UUID, then: Callable[[], None] | None, *, announce: bool = True
    ) -> None:
        """End `visit_id` with how it went and wipe its folder, in the background; `announce`
        says the reset is done (a visit that started after its reset is ended quietly)."""
        with self._lock:
            sent_any = visit_id in self._sent

        def settled() -> None:
            with self._lock:
                self._open.discard(visit_id)
                self._sent.discard(visit_id)
            if then is not None:
                then()

        def done(_result: None) -> None:
            settled()
            self.visit_ended.emit(visit_id)
            if announce:
                self.reset_done.emit()

        def failed(failure: Failure) -> None:
            settled()  # it stays open: staff can see it and end it
            if announce:
                self._resident_failed(
                    failure, self.tr("This station needs a member of staff. Please ask for help.")
                )

        # Ending a visit outlives its resident's session: it belongs to the kiosk itself.
        self._jobs.run(
            lambda: self._actions.finish(visit_id, sent_any),
            done,
            scope=self._jobs.scopes.app,
            on_error=failed,
            name="kiosk-finish",
        )

    def shut_down(self) -> None:
        """The app is closing: end every kiosk visit not yet ended and wipe its folder, now and
        on this thread (no background result would be delivered after this)."""
        with self._lock:
            left = set(self._open)
        self._jobs.scopes.end_resident()
        self._forget_session()
        self._show("welcome")
        if not left:
            return
        self._controller.close()  # the scan stops and its worker is gone: nothing more lands
        self._jobs.wait(10_000)  # a join, a send or a receipt under way finishes
        self._scan_visit = None
        self._work.clear()
        self._ending.clear()
        for visit_id in sorted(left):
            with self._lock:
                sent_any = visit_id in self._sent
                self._open.discard(visit_id)
            try:
                self._actions.finish(visit_id, sent_any)
            except Exception as error:  # noqa: BLE001  (the app is closing: say it, go on)
                log.warning(
                    "kiosk visit not ended at close visit=%s error=%s",
                    visit_id,
                    type(error).__name__,
                )

    # ------------------------------------------------------------------ leaving

    def _on_staff_clicked(self) -> None:
        self._jobs.run(
            self._actions.list_staff,
            self._on_staff_listed,
            scope=self._jobs.scopes.resident,
            on_error=self._on_failed,
            name="kiosk-staff",
        )

    def _on_staff_listed(self, staff: Sequence[StaffMember]) -> None:
        self.staff_name.clear()
        for member in staff:
            self.staff_name.addItem(member.display_name, member.id)
        self.staff_pin.clear()
        self._show("staff")
        self.staff_pin.setFocus()

    def _on_staff_pin(self) -> None:
        staff_id, pin = self.staff_name.currentData(), self.staff_pin.text()
        if not isinstance(staff_id, uuid.UUID):
            return
        self.staff_pin.clear()
        self._jobs.run(
            lambda: self._actions.sign_in(staff_id, pin),
            self._on_staff_ok,
            scope=self._jobs.scopes.resident,
            on_error=self._on_failed,
            name="kiosk-exit",
        )

    def _on_staff_ok(self, member: StaffMember) -> None:
        """Staff take the station back once the resident's session is ended (so that their
        home screen never offers it to continue)."""
        window = QWidget.window(self)
        window.removeEventFilter(self)
        self.reset(then=lambda: self.staff_exit.emit(member))


def bind_kiosk_actions(
    runtime: Runtime,
    *,
    uploads: Callable[[], Uploads],
    printers: Printers,
    owner: Callable[[], StaffMember | None],
) -> KioskActions:
    """The kiosk's use cases bound to this station; `owner` is the member of staff who handed
    the station over (None once it is back in staff hands)."""
    uow, station, settings = runtime.uow_factory, runtime.station, runtime.settings

    def start_visit() -> tuple[uuid.UUID, Path]:
        """Runs in the background: an anonymous visit for a resident scanning alone."""
        champion = owner()
        if champion is None:
            raise ResidentMessage(
                QCoreApplication.translate(
                    "KioskView", "Ask a member of staff to start the kiosk again."
                )
            )
        visit = kiosk.start_kiosk_visit(uow, station, champion.id)
        return visit.id, uploads().spool.visit_dir(visit.id)

    def send(visit_id: uuid.UUID, document: Document, kind: DocumentKind) -> str:
        """Runs in the background: send the resident's document; "" if it waits in the outbox."""
        opened = uploads()
        entry = send_scan(
            opened, uow, document, kind, visit_id=visit_id, read_page=opened.spool.read
        )
        if entry.state is UploadState.REJECTED:
            # The council's reason is for staff (it stays on the upload's record).
            raise ResidentMessage(
                QCoreApplication.translate(
                    "KioskView",
                    "The council could not accept these pages. Please ask a member of staff "
                    "for help.",
                )
            )
        return entry.reference or ""

    def print_receipt(visit_id: uuid.UUID, _reference: str) -> PrintOutcome:
        """Runs in the background: the receipt, straight to the station's printer."""
        pdf = visit_receipt_pdf(
            uploads(),
            uow,
            visit_id,
            site=settings.site,
            champion_first_name=QCoreApplication.translate("KioskView", "self-service"),
            kind_label=lambda kind: label(DocumentKind(kind)),
            texts_folder=settings.documents_dir,
            translate=lambda text: QCoreApplication.translate("documents", text),
        )
        return printing_service.print_pdf(
            uow,
            printers,
            pdf,
            station_id=station.station_id,
            visit_id=visit_id,
            printer=settings.printer.name or None,
        )

    def finish(visit_id: uuid.UUID, sent_any: bool) -> None:
        """Runs in the background: record how it went, end the visit, wipe its files."""
        try:
            kiosk.finish_kiosk_visit(uow, visit_id, sent=sent_any, station_id=station.station_id)
        finally:
            wipe_visit(uploads(), visit_id, uow)

    return KioskActions(
        start_visit=start_visit,
        send=send,
        print_receipt=print_receipt,
        finish=finish,
        list_staff=lambda: staff_service.list_staff(uow),
        sign_in=lambda staff_id, pin: staff_service.sign_in(
            uow, staff_id, pin, station_id=station.station_id
        ),
        find_scanner=lambda: find_scanner(settings.scanner),
        read_page=lambda path: uploads().spool.read(path),  # noqa: PLW0108
        change_language=change_language,
    )
