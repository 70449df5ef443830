"""What is pending on the print screen, whoever asked for it; and choosing a PDF to print."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.ui.jobs import Failure, JobRunner
from desk.ui.views.print.view import PrintView


@dataclass(frozen=True, eq=False)
class _Pending:
    """A document on its way to the print screen or open on it (one of these at a time)."""

    title: str
    back: Callable[[], None]
    folder: uuid.UUID | None


class PrintFlow(QObject):
    """The one owner of what is pending on the print screen: the document being composed for it
    or open on it, the screen that closing it goes back to, and the working folder it was made
    in. A document that names a resident or ends a visit (a loan agreement, a visit's summary)
    is made in a working folder of its own, wiped when the print screen closes on it, when it
    cannot be made, or when it is replaced; the end of the champion's session (signing out,
    handing the station to the kiosk) discards whatever is pending. A folder is wiped only once
    no document still being made writes in it: one that is discarded or replaced while it is
    made is wiped when it is done, never shown."""

    def __init__(
        self,
        parent: QObject,
        jobs: JobRunner,
        *,
        view: PrintView,
        show: Callable[[], None],
        home: Callable[[], None],
        wipe: Callable[[uuid.UUID], None],
    ) -> None:
        """`show` brings the print screen forward; `home` is where closing goes back to when
        nothing is pending; `wipe` removes a working folder (in the background)."""
        super().__init__(parent)
        self._jobs = jobs
        self._view = view
        self._show = show
        self._home = home
        self._wipe = wipe
        self._pending: _Pending | None = None
        self._making: set[_Pending] = set()  # composing in the background
        view.closed.connect(self.close)

    @property
    def pending_folder(self) -> uuid.UUID | None:
        """The working folder of the document pending on the print screen, if it has one."""
        return self._pending.folder if self._pending is not None else None

    def open(self, pdf: Path, title: str, *, back: Callable[[], None]) -> None:
        """Open a PDF that is not ours to wipe (one the champion chose) on the print screen."""
        self._replace(_Pending(title, back, folder=None))
        self._view.open(pdf, title)
        self._show()

    def compose(
        self,
        make: Callable[[], Path],
        *,
        title: str,
        back: Callable[[], None],
        folder: uuid.UUID | None,
        failed: Callable[[Failure], None],
        name: str,
    ) -> None:
        """Make a document in the background (`make` runs there and must not touch widgets),
        then open it on the print screen; `folder` is its own working folder, to wipe when it
        is done with (None when it is written where something else still needs it). Made after
        the session ended, or after another document replaced it, it is wiped, never shown."""
        pending = _Pending(title, back, folder)
        self._replace(pending)
        self._making.add(pending)

        def done(pdf: Path) -> None:
            if self._pending is pending:
                self._view.open(pdf, title)
                self._show()

        def error(failure: Failure) -> None:
            if self._pending is pending:
                self._pending = None
                failed(failure)

        def settled() -> None:
            self._making.discard(pending)
            if self._pending is not pending:  # failed, discarded or replaced meanwhile
                self._wipe_folder(pending)

        self._jobs.run(
            make,
            done,
            scope=self._jobs.scopes.session,
            on_error=error,
            on_settled=settled,
            name=name,
        )

    def close(self) -> None:
        """The print screen has closed: wipe what its document leaves, go back where it came
        from (home when nothing was pending)."""
        pending, self._pending = self._pending, None
        self._view.clear()
        if pending is None:
            self._home()
            return
        self._wipe_folder(pending)
        pending.back()

    def discard(self) -> None:
        """The champion's session has ended (sign-out, kiosk): wipe whatever is pending; nothing
        of it shows again, even a document that is still being made."""
        pending, self._pending = self._pending, None
        self._view.clear()
        if pending is not None:
            self._wipe_folder(pending)

    def _replace(self, pending: _Pending) -> None:
        old, self._pending = self._pending, pending
        if old is not None:
            self._wipe_folder(old)

    def _wipe_folder(self, pending: _Pending) -> None:
        """Wipe `pending`'s folder, unless the document now pending or one still being made uses
        it: that one wipes it when it is done with."""
        folder = pending.folder
        if folder is None:
            return
        users = [*self._making, self._pending]
        if any(user is not None and user.folder == folder for user in users):
            return
        self._wipe(folder)


def pdf_folder() -> Path:
    """Where a PDF to print most likely is: what a resident just downloaded, else the user's
    documents, else their home folder."""
    for where in (
        QStandardPaths.StandardLocation.DownloadLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    ):
        folder = Path(QStandardPaths.writableLocation(where))
        if folder != Path.home() and folder.is_dir():
            return folder
    return Path.home()


def ask_to_print(parent: QWidget, show_print: Callable[[Path, str], None]) -> None:
    """Let the champion choose a PDF, then open the print screen on it."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PrintView", "Choose the PDF to print"),
        str(pdf_folder()),
        QCoreApplication.translate("PrintView", "PDF files (*.pdf)"),
    )
    if chosen:
        show_print(Path(chosen), QCoreApplication.translate("PrintView", "Print a document"))
