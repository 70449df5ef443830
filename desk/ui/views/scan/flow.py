"""Scanning for the visit on screen, then sending it through the outbox."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from desk.domain.documents import DocumentKind
from desk.runtime import Runtime
from desk.services.scans import documents_for_visit, send_scan
from desk.services.uploads import OutboxEntry, Uploads, poll_back_office, send_pending
from desk.ui.jobs import JobRunner
from desk.ui.views.scan.view import ScanView
from desk.ui.views.visit import VisitView
from desk.uploads.spool import PAGE_SINK_FACTORY
from scanning.document import Document
from scanning.sink import SinkSpec

#: How often what waits in the outbox is sent again, and the visit's list refreshed.
OUTBOX_INTERVAL_MS = 60_000


class ScanFlow(QObject):
    """Scanning for the visit on screen, then sending: the visit asks for a scan, the scan screen
    opens on the visit's working folder, and the document goes out through the outbox; the visit
    then shows where each of its documents stands. Every minute what waits in the outbox is sent
    again."""

    def __init__(
        self,
        parent: QObject,
        jobs: JobRunner,
        runtime: Runtime,
        *,
        scan_view: ScanView,
        visit_view: VisitView,
        uploads: Callable[[], Uploads],
        show: Callable[[], None],
        sent: Callable[[object], None],
    ) -> None:
        """`show` brings the scan screen forward; `sent` gets the visit's documents once one
        more has gone to the outbox."""
        super().__init__(parent)
        self._jobs = jobs
        self._uow = runtime.uow_factory
        self._scan_view = scan_view
        self._visit_view = visit_view
        self._uploads = uploads
        self._show = show
        self._sent = sent
        visit_view.scan_requested.connect(self._on_scan_requested)
        scan_view.document_ready.connect(self._on_document_ready)
        self.outbox_timer = QTimer(self)
        self.outbox_timer.setInterval(OUTBOX_INTERVAL_MS)
        self.outbox_timer.timeout.connect(self.push_outbox)
        self.outbox_timer.start()

    def _visit_documents(self, visit_id: uuid.UUID | None) -> list[OutboxEntry]:
        """Runs in the background: where this visit's documents stand."""
        if visit_id is None:
            return []
        return documents_for_visit(self._uploads(), self._uow, visit_id)

    def _on_scan_requested(self, visit_id: object) -> None:
        if not isinstance(visit_id, uuid.UUID):
            return

        def show(folder: Path) -> None:
            self._scan_view.start(folder, SinkSpec(PAGE_SINK_FACTORY))
            self._show()

        self._jobs.run(
            lambda: self._uploads().spool.visit_dir(visit_id),
            show,
            scope=self._jobs.scopes.visit,
            on_error=lambda failure: self._visit_view.action_failed.emit(failure.message),
            name="open-spool",
        )

    def _on_document_ready(self, document: object, kind: object) -> None:
        visit = self._visit_view.visit
        if not isinstance(document, Document) or not isinstance(kind, DocumentKind):
            return
        visit_id = visit.id if visit is not None else None
        uow = self._uow

        def send() -> list[OutboxEntry]:
            uploads = self._uploads()
            send_scan(uploads, uow, document, kind, visit_id=visit_id, read_page=uploads.spool.read)
            return self._visit_documents(visit_id)

        def sent(entries: list[OutboxEntry]) -> None:
            self._visit_view.show_documents(entries)
            self._sent(entries)

        self._jobs.run(
            send,
            sent,
            scope=self._jobs.scopes.visit,
            on_error=lambda failure: self._scan_view.show_problem(failure.message),
            name="send-scan",
        )

    def push_outbox(self) -> None:
        """Every minute: send what waits, ask the back offices about what was sent, and refresh
        the visit's list."""
        visit = self._visit_view.visit
        uow = self._uow

        def push() -> list[OutboxEntry]:
            send_pending(self._uploads(), uow)
            poll_back_office(self._uploads(), uow)  # what the services' back offices say
            return self._visit_documents(visit.id) if visit is not None else []

        self._jobs.run(
            push,
            self._visit_view.show_documents if visit is not None else None,
            scope=self._jobs.scopes.visit if visit is not None else self._jobs.scopes.app,
            on_error=lambda _failure: None,  # it tries again in a minute
            name="push-outbox",
        )
