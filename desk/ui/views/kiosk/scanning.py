"""The place and check steps' work: the scans of a resident's document, a card's two sides
(joined on one page when its profile says so), the pages' pictures and removing a page."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from desk.ui.jobs import Failure, JobRunner
from desk.ui.scanner import ScanController
from desk.ui.views.kiosk.actions import KioskActions
from desk.ui.views.kiosk.check import CheckPage
from desk.ui.views.kiosk.place import PlacePage
from desk.ui.views.kiosk.steps import KioskStep
from desk.ui.views.kiosk.visits import KioskVisits
from desk.ui.views.scan import thumbnail
from scanning.document import Document
from scanning.faults import FaultKind
from scanning.model import Capabilities, DeviceRef, ScannedPage
from scanning.profiles import Profile
from scanning.sides import CardSides, SideStep
from scanning.sink import SinkSpec


class KioskScan(QObject):
    """The document a resident is scanning into their visit's folder."""

    step_wanted = Signal(str)  # KioskStep: the step the document is ready for
    pages_changed = Signal(int)
    problem = Signal(object, str)  # Failure or None, and the resident's words

    def __init__(
        self,
        parent: QObject,
        jobs: JobRunner,
        controller: ScanController,
        actions: KioskActions,
        visits: KioskVisits,
        *,
        place: PlacePage,
        check: CheckPage,
        page_sink: SinkSpec | None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._controller = controller
        self._actions = actions
        self._visits = visits
        self._place = place
        self._check = check
        self._page_sink = page_sink
        self._scan_visit: uuid.UUID | None = None  # the visit the kiosk's scan writes into
        self.clear()
        controller.page_scanned.connect(self._on_page_scanned)
        controller.scan_finished.connect(self._on_scan_finished)
        controller.scan_faulted.connect(self._on_scan_faulted)

    def clear(self) -> None:
        """Forget the document (the resident's session is over)."""
        self.visit_id: uuid.UUID | None = None
        self.spool: Path | None = None
        self.document = Document()
        self.profile: Profile | None = None
        # The sides of the card on the glass (scanning.sides), for the profile chosen.
        self.sides: CardSides | None = None
        self.set_turning_over(False)
        self._place.status.clear()
        self._place.set_scanning(False)
        self._check.thumbnails.clear()
        self._check.set_ready(False)

    def begin(self, visit_id: uuid.UUID, spool: Path) -> None:
        """A resident's visit has started: pages go into `spool`."""
        self.visit_id, self.spool = visit_id, spool

    @property
    def turning_over(self) -> bool:
        """The front is in: the place step asks for the back."""
        return self._place.turning_over

    def set_turning_over(self, turning: bool) -> None:
        self._place.show_for(getattr(self, "profile", None), turning_over=turning)

    def choose(self, profile: Profile) -> None:
        self.profile = profile
        self.sides = CardSides(profile).next_card(self.document)
        self.set_turning_over(False)
        self._place.status.clear()

    def scan(self) -> None:
        visit_id, profile, spool = self.visit_id, self.profile, self.spool
        if self._controller.busy or visit_id is None or profile is None or spool is None:
            return
        self._place.set_scanning(True)
        self._place.status.setText(self.tr("Scanning… please wait."))
        self._visits.begin_work(visit_id)  # until the scan it leads to has ended
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
                self._visits.end_work(visit_id)

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
            self._visits.end_work(visit_id)
        return visit_id

    def forget_scan(self) -> None:
        """The scan worker is gone (the app closing): no scan writes anywhere now."""
        self._scan_visit = None

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
        self.document = self.document.extend([page])
        self._add_thumbnail(len(self.document) - 1, page)
        self.pages_changed.emit(len(self.document))

    def _add_thumbnail(self, index: int, page: ScannedPage) -> None:
        """A "Page n" item for `page`, its picture loaded in the background (before its folder
        can be wiped)."""
        if self.visit_id is None:
            return
        self._check.add_page(index, page.path)
        path = Path(page.path)

        def show(image: QImage) -> None:
            self._check.show_picture(index, page.path, image)

        self._visits.run_on_folder(
            self.visit_id,
            lambda: thumbnail(self._actions.read_page(path), page.rotation),
            on_done=show,
            on_error=lambda _failure: None,  # the page stays, without its picture
            name="kiosk-thumbnail",
        )

    def _on_scan_finished(self, pages: int, _cancelled: bool) -> None:
        # Only the end of this session's own scan moves its steps on.
        if self._scan_ended() != self.visit_id or self.visit_id is None:
            return
        self._place.set_scanning(False)
        if not self.document.pages:
            self._place.status.setText(self.tr("No pages came through. Check they are in place."))
            return
        step = self.sides.after_run(self.document) if self.sides is not None else SideStep.NEXT
        if step is SideStep.TURN_OVER:
            self.set_turning_over(True)
            self._place.status.setText(
                self.tr("No pages came through. Check they are in place.") if not pages else ""
            )
            self.step_wanted.emit(KioskStep.PLACE)
            self._place.scan_button.setFocus()
        elif step is SideStep.JOIN:
            self._join_sides()
        else:
            self.complete()

    def complete(self) -> None:
        """The current card (or run) is complete: follow the next one and check the pages."""
        if self.sides is not None:
            self.sides = self.sides.next_card(self.document)
        self.set_turning_over(False)
        self._place.status.clear()
        self._check.set_ready(True)
        self.step_wanted.emit(KioskStep.CHECK)

    def no_back(self) -> None:
        """The document has nothing on the back (a passport): check the pages scanned."""
        if self.document.pages and not self._controller.busy:
            self.complete()

    def remove(self, row: int) -> None:
        """Take the page at `row` out; with none left, back to the scanner."""
        if not 0 <= row < len(self.document):
            return
        self.document = self.document.delete(row)
        self._check.remove_page(row)
        if self.sides is not None:
            self.sides = self.sides.next_card(self.document)
        self.pages_changed.emit(len(self.document))
        if not self.document.pages:
            self.step_wanted.emit(KioskStep.PLACE)

    def _join_sides(self) -> None:
        """Both sides are in: put them on one page in the background, then check the pages."""
        sides, document, spool, visit_id = self.sides, self.document, self.spool, self.visit_id
        if sides is None or spool is None or visit_id is None:
            self.complete()
            return
        spec = self._page_sink or SinkSpec()
        self.set_turning_over(False)
        self._place.scan_button.setEnabled(False)
        self._place.status.setText(self.tr("Putting both sides on one page…"))

        def current() -> bool:
            return self.document is document

        def joined(result: Document) -> None:
            if not current():
                return
            self._place.scan_button.setEnabled(True)
            self.document = result
            self._check.thumbnails.clear()
            for index, page in enumerate(result.pages):
                self._add_thumbnail(index, page)
            self.pages_changed.emit(len(self.document))
            self.complete()

        def failed(failure: Failure) -> None:
            if not current():
                return
            self._place.scan_button.setEnabled(True)
            self.complete()  # both sides stay, as two pages
            self.problem.emit(
                failure,
                self.tr("The two sides could not be put on one page. They are kept as two pages."),
            )

        self._visits.run_on_folder(
            visit_id,
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
        self._place.set_scanning(False)
        self._place.status.clear()
        feeder = self._place.feeder
        if kind in {FaultKind.FEEDER_EMPTY, FaultKind.NO_IMAGE}:
            text = (
                self.tr(
                    "Nothing came through. Check the pages are face down in the feeder, on top "
                    "of the scanner, and press Scan again."
                )
                if feeder
                else self.tr(
                    "Nothing came through. Check the page is face down on the glass, close the "
                    "lid and press Scan again."
                )
            )
        elif feeder and kind in {FaultKind.JAMMED, FaultKind.FEEDER_EMPTY_MID_PAGE}:
            text = self.tr(
                "A page is stuck in the feeder. Do not pull it: please ask a member of staff "
                "to take it out for you."
            )
        elif kind is FaultKind.COVER_OPEN:
            text = self.tr("The scanner's lid is open. Close it and press Scan again.")
        elif kind in {FaultKind.BUSY, FaultKind.WARMING_UP}:
            text = self.tr("The scanner is not ready yet. Wait a moment and press Scan again.")
        else:
            text = self.tr(
                "The scanner is not working at the moment. Please ask a member of staff for help."
            )
        self.problem.emit(None, text)
