"""The visit's papers: its receipt and, when it ends, its summary, opened on the print screen."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject

from desk.domain.documents import DocumentKind
from desk.runtime import Runtime
from desk.services.documents import visit_summary_pdf
from desk.services.scans import visit_receipt_pdf
from desk.services.staff import StaffMember
from desk.services.uploads import Uploads
from desk.services.visits import VisitSummary
from desk.ui.i18n import resident_wording
from desk.ui.labels import describe_task, label
from desk.ui.views.print import PrintFlow
from desk.ui.views.visit.view import VisitView


class VisitPapersFlow(QObject):
    """The visit's papers, composed in the background and opened on the print screen: the
    receipt when the champion asks for it, the summary when the visit ends. The ended visit's
    working folder goes with its summary: wiped once the summary has been printed, could not be
    made, or the champion's session ended: sign-out or kiosk (the print screen's flow owns that)."""

    def __init__(
        self,
        parent: QObject,
        runtime: Runtime,
        *,
        view: VisitView,
        uploads: Callable[[], Uploads],
        member: Callable[[], StaffMember | None],
        printing: PrintFlow,
        back_to_visit: Callable[[], None],
        home: Callable[[], None],
        problem: Callable[[str], None],
    ) -> None:
        """`problem` says why a summary was not made."""
        super().__init__(parent)
        self._runtime = runtime
        self._view = view
        self._uploads = uploads
        self._member = member
        self._printing = printing
        self._back_to_visit = back_to_visit
        self._home = home
        self._problem = problem
        view.receipt_requested.connect(self._on_receipt_requested)

    def _on_receipt_requested(self, visit_id: object) -> None:
        member = self._member()
        if not isinstance(visit_id, uuid.UUID) or member is None:
            return
        settings, uow = self._runtime.settings, self._runtime.uow_factory
        shown = self._view.visit
        wording = resident_wording(shown.language if shown is not None else None)
        self._printing.compose(
            lambda: visit_receipt_pdf(
                self._uploads(),
                uow,
                visit_id,
                site=settings.site,
                champion_first_name=member.first_name,
                kind_label=lambda kind: label(DocumentKind(kind), wording.label),
                texts_folder=settings.documents_dir,
                translate=wording.documents,
            ),
            title=self.tr("Print the receipt"),
            back=self._back_to_visit,
            folder=None,  # the visit goes on: its folder is wiped when it ends
            failed=lambda failure: self._view.action_failed.emit(failure.message),
            name="receipt",
        )

    def print_summary(self, visit: object) -> None:
        """The visit has ended: compose its summary and open it for printing."""
        member = self._member()
        if not isinstance(visit, VisitSummary) or member is None:
            return
        settings, uow = self._runtime.settings, self._runtime.uow_factory
        wording = resident_wording(visit.language)
        self._printing.compose(
            lambda: visit_summary_pdf(
                uow,
                visit.id,
                folder=self._uploads().spool.visit_dir(visit.id),
                site=settings.site,
                champion_first_name=member.first_name,
                describe_task=lambda task: describe_task(task, wording.label),
                texts_folder=settings.documents_dir,
                translate=wording.documents,
                kind_label=lambda kind: label(DocumentKind(kind), wording.label),
            ),
            title=self.tr("Print the visit summary"),
            back=self._home,
            folder=visit.id,
            failed=lambda failure: self._problem(failure.message),
            name="visit-summary",
        )
