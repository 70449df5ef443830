"""The scan screen: pick what it is, watch the pages arrive, fix them, then send."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desk.domain.documents import DocumentKind
from desk.ui.jobs import Failure, JobRunner
from desk.ui.messages import fault_text
from desk.ui.scanner import ScanController
from desk.ui.views.scan.actions import ScanActions
from desk.ui.views.scan.profiles import PROFILE_KINDS
from desk.ui.views.scan.thumbnails import THUMBNAIL, thumbnail
from desk.ui.widgets import (
    button,
    drop_down,
    enum_combo,
    error_label,
    fields,
    flow,
    heading,
    hint,
    scrolling,
    selected,
    show_error,
)
from scanning.document import Document
from scanning.faults import FaultKind
from scanning.model import Capabilities, DeviceRef, ScannedPage, SourceKind
from scanning.profiles import Profile
from scanning.sides import CardSides, SideStep
from scanning.sink import SinkSpec

log = logging.getLogger(__name__)


class ScanView(QWidget):
    """The scan screen: one document at a time, made of one or more scanner runs."""

    scan_ended = Signal(str)  # "finished", "cancelled" or the fault message
    thumbnail_shown = Signal(int)
    document_ready = Signal(object, object)  # Document, DocumentKind
    sides_joined = Signal(int)  # pages now, once a card's sides are on one page (or kept apart)
    closed = Signal()

    def __init__(
        self,
        jobs: JobRunner,
        controller: ScanController,
        actions: ScanActions,
        *,
        profiles: Mapping[str, Profile],
    ) -> None:
        super().__init__()
        self._jobs = jobs
        self._controller = controller
        self._actions = actions
        self._profiles = dict(profiles)
        self._scanner: Capabilities | None = None
        self.spool: Path | None = None
        self._sink: SinkSpec | None = None
        self.document = Document()
        self._removed: list[tuple[int, ScannedPage]] = []
        self._sides: CardSides | None = None
        self._joining = False
        # True while a scan this screen started runs: the scanner is shared with the kiosk,
        # and a resident's pages there are never this screen's.
        self._scanning = False
        self.setAccessibleName(self.tr("Scan documents"))

        self.profile = drop_down()
        self.profile.setAccessibleName(self.tr("What are you scanning?"))
        for name, profile in self._profiles.items():
            self.profile.addItem(profile.title, name)
        self.profile.activated.connect(self._on_profile_chosen)
        self.kind = enum_combo(DocumentKind, self.tr("What it shows"))

        self.pages = QListWidget()
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(THUMBNAIL)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setSpacing(8)
        self.pages.setAccessibleName(self.tr("Scanned pages"))
        self.pages.currentRowChanged.connect(self._update_buttons)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Scanning progress"))
        self.progress.hide()
        self.status = hint()
        self.fault = error_label(self.tr("Scanner problem"))

        self.scan_button = button(self.tr("Scan"))
        self.stop_button = button(self.tr("Stop"), secondary=True)
        self.continue_button = button(self.tr("Continue scanning"))
        self.rotate_left_button = button(self.tr("Turn left"), secondary=True)
        self.rotate_right_button = button(self.tr("Turn right"), secondary=True)
        self.earlier_button = button(self.tr("Move earlier"), secondary=True)
        self.later_button = button(self.tr("Move later"), secondary=True)
        self.remove_button = button(self.tr("Remove page"), secondary=True)
        self.restore_button = button(self.tr("Put back the removed page"), secondary=True)
        self.send_button = button(self.tr("Send"))
        self.back_button = button(self.tr("Back to the visit"), secondary=True)

        self._connect()
        self._lay_out()
        self._update_buttons()

    def _connect(self) -> None:
        self.scan_button.clicked.connect(self._on_scan_clicked)
        self.continue_button.clicked.connect(self._on_scan_clicked)
        self.stop_button.clicked.connect(self._controller.cancel)
        self.rotate_left_button.clicked.connect(lambda: self._rotate(-90))
        self.rotate_right_button.clicked.connect(lambda: self._rotate(90))
        self.earlier_button.clicked.connect(lambda: self._move(-1))
        self.later_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.restore_button.clicked.connect(self._restore)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.back_button.clicked.connect(self.closed)

        self._controller.page_started.connect(self._on_page_started)
        self._controller.page_progress.connect(self._on_page_progress)
        self._controller.page_scanned.connect(self._on_page_scanned)
        self._controller.scan_finished.connect(self._on_controller_finished)
        self._controller.scan_faulted.connect(self._on_controller_faulted)

    def _lay_out(self) -> None:
        form = fields()
        form.addRow(self.tr("What are you &scanning?"), self.profile)
        form.addRow(self.tr("What it &shows"), self.kind)
        # The pages stay big enough to see at least one whole thumbnail.
        self.pages.setMinimumHeight(THUMBNAIL.height() + 64)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(heading(self.tr("Scan documents")))
        layout.addLayout(form)
        layout.addLayout(flow(self.scan_button, self.stop_button, self.continue_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.fault)
        layout.addWidget(self.pages, stretch=1)
        layout.addLayout(
            flow(
                self.rotate_left_button,
                self.rotate_right_button,
                self.earlier_button,
                self.later_button,
                self.remove_button,
                self.restore_button,
            )
        )
        layout.addLayout(flow(self.send_button, self.back_button))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))

    # ------------------------------------------------------------------ starting

    def start(self, spool: Path, sink: SinkSpec | None = None) -> None:
        """A fresh document whose pages go into `spool` (the visit's working folder), through
        `sink` (the encrypting one, in the app); another visit's starts from the first kind of
        document again."""
        if spool != self.spool:
            self.profile.setCurrentIndex(0)
        self.spool = spool
        self._sink = sink
        self.document = Document()
        self._removed.clear()
        self.pages.clear()
        self.fault.hide()
        self.status.setText(self.tr("Put the pages on the scanner, then press Scan."))
        self._on_profile_chosen()
        self._update_buttons()
        self.profile.setFocus()

    def _on_profile_chosen(self) -> None:
        name = self.profile.currentData()
        kind = PROFILE_KINDS.get(str(name), DocumentKind.OTHER)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        chosen = self._profiles.get(str(name))
        self._sides = CardSides(chosen, first=len(self.document)) if chosen else None

    # ------------------------------------------------------------------ scanning

    def _on_scan_clicked(self) -> None:
        if self._controller.busy or self.spool is None:
            return
        self.fault.hide()
        self.status.setText(self.tr("Looking for the scanner…"))
        self.scan_button.setEnabled(False)
        self.continue_button.hide()
        if self._scanner is not None:
            self._start_scan(self._scanner)
            return
        self._jobs.run(
            self._actions.find_scanner,
            self._start_scan,
            scope=self._jobs.scopes.visit,
            on_error=lambda failure: self._on_scan_faulted(failure.message, None),
            name="find-scanner",
        )

    def _start_scan(self, scanner: Capabilities) -> None:
        if self.spool is None:
            return
        self._scanner = scanner
        profile = self._profiles[str(self.profile.currentData())]
        self.status.setText(self.tr("Scanning…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._scanning = True
        self._controller.start(
            profile.request(DeviceRef.of(scanner.device)), self.spool, self._sink
        )
        self._update_buttons()

    def _on_page_started(self, index: int) -> None:
        if not self._scanning:
            return
        number = len(self.document) + 1
        self.status.setText(self.tr("Scanning page {n}…").format(n=number))
        self.progress.setRange(0, 0)

    def _on_page_progress(self, _index: int, percent: int) -> None:
        if self._scanning and percent >= 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)

    def _on_page_scanned(self, page: object) -> None:
        # Only pages of this screen's scan, into this visit's folder.
        if (
            not isinstance(page, ScannedPage)
            or not self._scanning
            or self.spool is None
            or Path(page.path).parent != Path(self.spool)
        ):
            return
        self.document = self.document.extend([page])
        index = len(self.document) - 1
        self.pages.addItem(self._page_item(index, page))
        self._load_thumbnail(index, page)
        self._update_buttons()

    def _on_controller_finished(self, pages: int, cancelled: bool) -> None:
        if self._scanning:
            self._scanning = False
            self._on_scan_finished(pages, cancelled)

    def _on_controller_faulted(self, message: str, kind: object) -> None:
        if self._scanning:
            self._scanning = False
            self._on_scan_faulted(message, kind)

    def _on_scan_finished(self, _pages: int, cancelled: bool) -> None:
        self.progress.hide()
        count = len(self.document)
        step = (
            SideStep.NEXT
            if cancelled or self._sides is None
            else self._sides.after_run(self.document)
        )
        if step is SideStep.TURN_OVER:
            self.status.setText(
                self.tr(
                    "Now turn it over, put it back on the glass and press Continue scanning for "
                    "the back. If there is nothing on the back, press Send."
                )
            )
        elif step is SideStep.JOIN:
            self._join_sides()
        else:
            self._next_card()
            self.status.setText(
                self.tr("Stopped. %n page(s) kept.", "", count)
                if cancelled
                else self.tr("Done: %n page(s). Check them, then press Send.", "", count)
            )
        self._update_buttons()
        if step is SideStep.TURN_OVER:
            self.continue_button.setFocus()
        elif step is SideStep.NEXT and self.send_button.isEnabled():
            self.send_button.setFocus()  # the next thing to do, not six Tabs away
        self.scan_ended.emit("cancelled" if cancelled else "finished")

    def _next_card(self) -> None:
        if self._sides is not None:
            self._sides = self._sides.next_card(self.document)

    def _join_sides(self) -> None:
        """Both sides of the card on one page, made in the background (pages are read and
        written through the spool's sink)."""
        sides, document, spool = self._sides, self.document, self.spool
        if sides is None or spool is None:
            return
        sink = self._sink or SinkSpec()
        self._joining = True
        self.status.setText(self.tr("Putting both sides on one page…"))

        def joined(result: Document) -> None:
            self._joining = False
            if self.document is document:
                self.document = result
                self._next_card()
                self._refresh_pages(len(result) - 1)
                self.status.setText(
                    self.tr("Both sides are on one page. Check it, then press Send.")
                )
            self._update_buttons()
            self.sides_joined.emit(len(self.document))

        def failed(failure: Failure) -> None:
            self._joining = False
            log.warning(
                "the two sides could not be put on one page: %s", type(failure.error).__name__
            )
            self._next_card()
            self.status.setText(
                self.tr("The two sides are kept as two pages. Check them, then press Send.")
            )
            self._update_buttons()
            self.sides_joined.emit(len(self.document))

        self._jobs.run(
            lambda: sides.join(document, sink.make(spool)),
            joined,
            scope=self._jobs.scopes.visit,
            on_error=failed,
            name="join-sides",
        )

    def _on_scan_faulted(self, message: str, kind: object) -> None:
        self.progress.hide()
        kept = len(self.document)
        if isinstance(kind, FaultKind):
            # In the words of where the paper was, and of the button there is to press.
            source = self._profiles[str(self.profile.currentData())].source
            message = fault_text(
                kind,
                message,
                flatbed=source is SourceKind.FLATBED,
                then="Continue" if kept else "Scan",
            )
        show_error(self.fault, message)
        self.status.setText(
            self.tr("The %n page(s) scanned before this are kept.", "", kept) if kept else ""
        )
        self._scanner = None  # find it again: it may have been unplugged and plugged back
        self.continue_button.setVisible(True)
        self._update_buttons()
        self.continue_button.setFocus()
        self.scan_ended.emit(message)

    # ------------------------------------------------------------------ pages

    def _page_item(self, index: int, page: ScannedPage) -> QListWidgetItem:
        item = QListWidgetItem(self._caption(index, page))
        item.setData(Qt.ItemDataRole.UserRole, page.path)
        item.setSizeHint(QSize(THUMBNAIL.width() + 16, THUMBNAIL.height() + 48))
        if page.blank:
            item.setToolTip(self.tr("This page looks blank. Remove it if it is."))
        return item

    def _caption(self, index: int, page: ScannedPage) -> str:
        caption = self.tr("Page {n}").format(n=index + 1)
        return caption + (self.tr(" (looks blank)") if page.blank else "")

    def _load_thumbnail(self, index: int, page: ScannedPage) -> None:
        path, rotation = Path(page.path), page.rotation

        def show(image: QImage) -> None:
            item = self.pages.item(index)
            if item is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
                self.thumbnail_shown.emit(index)

        self._jobs.run(
            lambda: thumbnail(self._actions.read_page(path), rotation),
            show,
            scope=self._jobs.scopes.visit,
            on_error=lambda _failure: None,  # the page stays, without its picture
            name="thumbnail",
        )

    def _refresh_pages(self, current: int) -> None:
        """Redraw every caption after an edit; keep the chosen page chosen."""
        self.pages.clear()
        for index, page in enumerate(self.document.pages):
            self.pages.addItem(self._page_item(index, page))
            self._load_thumbnail(index, page)
        if self.document.pages:
            self.pages.setCurrentRow(max(0, min(current, len(self.document) - 1)))
        self._update_buttons()

    def _rotate(self, degrees: int) -> None:
        row = self.pages.currentRow()
        if 0 <= row < len(self.document):
            self.document = self.document.rotate(row, degrees)
            self._load_thumbnail(row, self.document.pages[row])

    def _move(self, step: int) -> None:
        row = self.pages.currentRow()
        target = row + step
        if 0 <= row < len(self.document) and 0 <= target < len(self.document):
            self.document = self.document.move(row, target)
            self._refresh_pages(target)

    def _remove(self) -> None:
        row = self.pages.currentRow()
        if 0 <= row < len(self.document):
            self._removed.append((row, self.document.pages[row]))
            self.document = self.document.delete(row)
            self._refresh_pages(row)

    def _restore(self) -> None:
        if not self._removed:
            return
        row, page = self._removed.pop()
        pages = list(self.document.pages)
        pages.insert(min(row, len(pages)), page)
        self.document = Document().extend(pages)
        self._refresh_pages(row)

    def _update_buttons(self) -> None:
        busy = self._controller.busy or self._joining
        has_pages = bool(self.document.pages)
        row = self.pages.currentRow()
        chosen = 0 <= row < len(self.document)
        self.scan_button.setEnabled(not busy and not has_pages)
        self.scan_button.setVisible(not has_pages or busy)
        self.stop_button.setVisible(busy)
        self.continue_button.setVisible(not busy and has_pages)
        self.profile.setEnabled(not busy and not has_pages)
        for widget in (self.rotate_left_button, self.rotate_right_button, self.remove_button):
            widget.setEnabled(chosen and not busy)
        self.earlier_button.setEnabled(chosen and row > 0 and not busy)
        self.later_button.setEnabled(chosen and row < len(self.document) - 1 and not busy)
        self.restore_button.setEnabled(bool(self._removed) and not busy)
        self.send_button.setEnabled(has_pages and not busy)

    def show_problem(self, message: str) -> None:
        """Say why the document could not be sent (it stays here to try again)."""
        show_error(self.fault, message)
        self.send_button.setEnabled(bool(self.document.pages))

    def _on_send_clicked(self) -> None:
        kind = selected(self.kind, DocumentKind) or DocumentKind.OTHER
        if self.document.pages:
            self.send_button.setEnabled(False)
            self.status.setText(self.tr("Sending…"))
            self.document_ready.emit(self.document, kind)
