"""What the kiosk asks of the services, and those use cases bound to this station."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desk.domain.documents import DocumentKind, UploadState
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import kiosk
from desk.services import printing as printing_service
from desk.services import staff as staff_service
from desk.services.printing import PrintedJob
from desk.services.scans import send_scan, visit_receipt_pdf
from desk.services.staff import StaffMember
from desk.services.uploads import Uploads, wipe_visit
from desk.ui.i18n import change_language
from desk.ui.labels import label
from desk.ui.views.scan import find_scanner
from printing import Printers
from scanning.document import Document
from scanning.model import Capabilities


class ResidentMessage(DeskError):
    """A failure already told in the resident's own words (translated): shown as it is."""


class KioskActions(Protocol):
    """The use cases the kiosk calls (each runs in the background, but `change_language`)."""

    def start_visit(self) -> tuple[uuid.UUID, Path]:
        """An anonymous visit for the resident, and its working folder."""
        ...

    def send(self, visit_id: uuid.UUID, document: Document, kind: DocumentKind) -> str:
        """Send the resident's document: its reference, "" while it waits in the outbox."""
        ...

    def print_receipt(self, visit_id: uuid.UUID, reference: str) -> PrintedJob: ...

    def finish(self, visit_id: uuid.UUID, *, sent: bool) -> None:
        """End the visit with how it went (`sent`: a document left) and wipe its folder."""
        ...

    def list_staff(self) -> Sequence[StaffMember]: ...

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> StaffMember: ...

    def find_scanner(self) -> Capabilities: ...

    def read_page(self, path: Path) -> bytes: ...

    def change_language(self, code: str) -> None:
        """Put the application in `code` (on the GUI thread)."""
        ...


class StationKiosk:
    """The kiosk's use cases bound to this station: its database, uploads and printers, and
    the member of staff who handed the station over."""

    def __init__(
        self,
        runtime: Runtime,
        *,
        uploads: Callable[[], Uploads],
        printers: Printers,
        owner: Callable[[], StaffMember | None],
    ) -> None:
        """`owner` is the member of staff who handed the station over (None once it is back
        in staff hands)."""
        self._uow = runtime.uow_factory
        self._station = runtime.station
        self._settings = runtime.settings
        self._uploads = uploads
        self._printers = printers
        self._owner = owner

    def start_visit(self) -> tuple[uuid.UUID, Path]:
        champion = self._owner()
        if champion is None and self._settings.start_in_kiosk:  # nobody handed it over
            champion = kiosk.kiosk_account_owner(self._uow, staff_service.current_os_account())
        if champion is None:
            raise ResidentMessage(
                QCoreApplication.translate(
                    "KioskView", "Ask a member of staff to start the kiosk again."
                )
            )
        visit = kiosk.start_kiosk_visit(self._uow, self._station, champion.id)
        return visit.id, self._uploads().spool.visit_dir(visit.id)

    def send(self, visit_id: uuid.UUID, document: Document, kind: DocumentKind) -> str:
        opened = self._uploads()
        entry = send_scan(
            opened, self._uow, document, kind, visit_id=visit_id, read_page=opened.spool.read
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

    def print_receipt(self, visit_id: uuid.UUID, reference: str) -> PrintedJob:
        """The receipt, straight to the station's printer (`reference` is on it already)."""
        del reference
        settings = self._settings
        pdf = visit_receipt_pdf(
            self._uploads(),
            self._uow,
            visit_id,
            site=settings.site,
            champion_first_name=QCoreApplication.translate("KioskView", "self-service"),
            kind_label=lambda kind: label(DocumentKind(kind)),
            texts_folder=settings.documents_dir,
            translate=lambda text: QCoreApplication.translate("documents", text),
        )
        return printing_service.print_pdf(
            self._uow,
            self._printers,
            pdf,
            station_id=self._station.station_id,
            visit_id=visit_id,
            printer=settings.printer.name or None,
        )

    def finish(self, visit_id: uuid.UUID, *, sent: bool) -> None:
        try:
            kiosk.finish_kiosk_visit(
                self._uow, visit_id, sent=sent, station_id=self._station.station_id
            )
        finally:
            wipe_visit(self._uploads(), visit_id, self._uow)

    def list_staff(self) -> Sequence[StaffMember]:
        return staff_service.list_staff(self._uow)

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> StaffMember:
        return staff_service.sign_in(self._uow, staff_id, pin, station_id=self._station.station_id)

    def find_scanner(self) -> Capabilities:
        return find_scanner(self._settings.scanner)

    def read_page(self, path: Path) -> bytes:
        return self._uploads().spool.read(path)

    def change_language(self, code: str) -> None:
        change_language(code)
