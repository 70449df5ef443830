"""Printing the signed loan agreement: made in the background, opened on the print screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from desk.runtime import Runtime
from desk.services.documents import loan_agreement_pdf
from desk.services.staff import StaffMember
from desk.services.uploads import Uploads
from desk.ui.labels import label
from desk.ui.views.loans.lend import AgreementToPrint
from desk.ui.views.loans.view import LoansView
from desk.ui.views.print import PrintFlow


class AgreementPrinting(QObject):
    """The signed loan agreement (two copies), composed in the background and opened on the print
    screen. It names the borrower, so it is made in a working folder of its own, wiped when the
    print screen closes on it or the champion's session ends: sign-out or kiosk (the print
    screen's flow owns that)."""

    def __init__(
        self,
        parent: QObject,
        runtime: Runtime,
        *,
        view: LoansView,
        uploads: Callable[[], Uploads],
        member: Callable[[], StaffMember | None],
        printing: PrintFlow,
        back: Callable[[], None],
    ) -> None:
        """`back` shows the loan screens again once the agreement is printed."""
        super().__init__(parent)
        self._runtime = runtime
        self._view = view
        self._uploads = uploads
        self._member = member
        self._printing = printing
        self._back = back
        view.lend.agreement_ready.connect(self._on_agreement_ready)

    def _on_agreement_ready(self, item: AgreementToPrint) -> None:
        """Compose the signed agreement (two copies) and open it for printing."""
        member = self._member()
        if member is None:
            return
        settings, lent = self._runtime.settings, item.lent
        kind = label(lent.loan.device.kind)

        def compose() -> Path:
            return loan_agreement_pdf(
                lent,
                folder=self._uploads().spool.visit_dir(lent.loan.id),
                site=settings.site,
                champion_first_name=member.first_name,
                device_kind=kind,
                texts_folder=settings.documents_dir,
                translate=lambda text: QCoreApplication.translate("documents", text),
            )

        self._printing.compose(
            compose,
            title=self.tr("Print the loan agreement"),
            back=self._back,
            folder=lent.loan.id,
            failed=lambda failure: self._view.action_failed.emit(failure.message),
            name="loan-agreement",
        )
