"""The station's own housekeeping, run in the background for as long as the app runs."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services.retention import purge_upload_folder
from desk.services.uploads import Uploads, send_pending, wipe_stale_visits, wipe_visit
from desk.ui.jobs import JobRunner

log = logging.getLogger(__name__)

#: How often a running station applies the upload folder's retention period.
RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000


class Upkeep(QObject):
    """What no screen owns: at start-up, the working files a crash left and the sends it
    interrupted; the upload folder's retention, at start-up and once a day; and a visit's
    working files once it is over."""

    visit_wiped = Signal(object)  # WipeResult
    upload_folder_purged = Signal(object)  # FolderRetentionReport

    def __init__(
        self,
        parent: QObject,
        jobs: JobRunner,
        runtime: Runtime,
        *,
        uploads: Callable[[], Uploads],
        problem: Callable[[str], None],
    ) -> None:
        """`uploads` runs in the background: the spool and outbox, opened on first use;
        `problem` says why a visit's working files could not be wiped."""
        super().__init__(parent)
        self._jobs = jobs
        self._runtime = runtime
        self._uploads = uploads
        self._problem = problem
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(RETENTION_INTERVAL_MS)
        self.retention_timer.timeout.connect(self.purge_upload_folder)

    def start(self) -> None:
        """Tidy after a crash, then apply the retention period now and once a day (for a
        station that is never restarted)."""
        self._jobs.run(self._tidy_after_crash, scope=self._jobs.scopes.app, name="tidy-after-crash")
        self.retention_timer.start()
        self.purge_upload_folder()

    def _tidy_after_crash(self) -> object:
        """At start-up nothing is in progress: any visit folder left is from a crash, and a
        send a crash or a kill interrupted goes again now (with the same idempotency key)."""
        uploads, uow = self._uploads(), self._runtime.uow_factory
        wiped = wipe_stale_visits(uploads, uow)
        try:
            send_pending(uploads, uow)
        except DeskError as error:  # another window is sending: it sends these too
            log.info("start-up send postponed: %s", type(error).__name__)
        return wiped

    def purge_upload_folder(self) -> None:
        """Delete documents older than the upload folder's retention period (in the background)."""
        runtime = self._runtime
        self._jobs.run(
            lambda: purge_upload_folder(
                runtime.settings, runtime.uow_factory, station_id=runtime.station.station_id
            ),
            self.upload_folder_purged.emit,
            scope=self._jobs.scopes.app,
            on_error=lambda _failure: None,  # logged; it runs again tomorrow
            name="upload-folder-retention",
        )

    def wipe_visit(self, visit_id: uuid.UUID) -> None:
        """The visit is over: remove its working files (the outbox keeps what it must send)."""
        uow = self._runtime.uow_factory
        self._jobs.run(
            lambda: wipe_visit(self._uploads(), visit_id, uow),
            self.visit_wiped.emit,
            scope=self._jobs.scopes.app,
            on_error=lambda failure: self._problem(failure.message),
            name="wipe-visit",
        )
