"""Printers through Qt: QtPdf renders each page onto a QPrinter (the path Windows uses)."""

from __future__ import annotations

import logging
import os
import sys
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from printing import errors
from printing.model import (
    Capabilities,
    Duplex,
    JobResult,
    Printer,
    PrinterState,
    PrintOutcome,
    PrintRequest,
    SubmittedJob,
)
from printing.paper import to_friendly, to_keyword
from printing.pdf import pdf_page_count
from printing.preflight import check_request, ensure_ready

log = logging.getLogger(__name__)

_app: QGuiApplication | None = None

_DUPLEX = {
    Duplex.ONE_SIDED: QPrinter.DuplexMode.DuplexNone,
    Duplex.LONG_EDGE: QPrinter.DuplexMode.DuplexLongSide,
    Duplex.SHORT_EDGE: QPrinter.DuplexMode.DuplexShortSide,
}
_STATE = {
    QPrinter.PrinterState.Idle: PrinterState.READY,
    QPrinter.PrinterState.Active: PrinterState.PRINTING,
    QPrinter.PrinterState.Aborted: PrinterState.STOPPED,
    # Qt reports a stopped CUPS queue, and an offline Windows printer, as Error.
    QPrinter.PrinterState.Error: PrinterState.STOPPED,
}
_PAGE_SIZES = {
    "A3": QPageSize.PageSizeId.A3,
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
}


class JobTracker(Protocol):
    """A spooler that can find a job Qt sent by its name and follow it (CUPS on Linux, the
    Windows spooler through `printing.windows` on Windows)."""

    def check(self, name: str | None = None) -> Printer:
        """Pre-flight as the spooler sees the printer; raises a `PrintingError` if not ready."""
        ...

    def find_job(self, printer: str, job_name: str) -> int | None:
        """The newest job on `printer` with this name."""
        ...

    def follow(
        self, job: SubmittedJob, timeout: float = 120.0, cancel: threading.Event | None = None
    ) -> PrintOutcome:
        """Wait for the job's end."""
        ...

    def cancel(self, job: SubmittedJob) -> None:
        """Cancel the job."""
        ...


def ensure_gui_application() -> None:
    """QPrinter and QPainter need a QGuiApplication: make one when the process has none."""
    global _app  # noqa: PLW0603 - one application object per process, made on first use
    instance = QCoreApplication.instance()
    if instance is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless:
            # Printing needs no screen: a command run over SSH must not fail for want of one.
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["station-desk-printing"])
    elif not isinstance(instance, QGuiApplication):
        raise RuntimeError("printing through Qt needs a QGuiApplication, not a QCoreApplication")


def _paper_name(size: QPageSize) -> str:
    for name, size_id in _PAGE_SIZES.items():
        if size.id() == size_id:
            return name
    return size.name()


class QtPrinters:
    """The printers port over Qt's print support.

    Qt hands the job to the system spooler and gives no job id back; with a `tracker` (CUPS on
    Linux, the Windows spooler on Windows) the job is found by a unique name and followed to its
    end, otherwise its outcome is "sent". A job the tracker cannot find means the printer refused
    it (CUPS), or with `unfound_job_sent` that it left the queue before it was looked for (the
    Windows spooler removes printed jobs): then its outcome is "sent".
    """

    def __init__(
        self,
        tracker: JobTracker | None = None,
        *,
        render_dpi: int = 300,
        unfound_job_sent: bool = False,
    ) -> None:
        ensure_gui_application()
        self._tracker = tracker
        self._render_dpi = render_dpi
        self._unfound_job_sent = unfound_job_sent

    def list_printers(self) -> list[Printer]:
        """Every printer Qt can see, default first then by name."""
        printers = [_printer_from(info) for info in QPrinterInfo.availablePrinters()]
        return sorted(printers, key=lambda p: (not p.is_default, p.name.lower()))

    def default_printer(self) -> str | None:
        """The system's default printer, if there is one."""
        return QPrinterInfo.defaultPrinterName() or None

    def check(self, name: str | None = None) -> Printer:
        """Pre-flight: the printer exists, is not stopped and is reachable."""
        target = name or self.default_printer()
        if not target:
            raise errors.not_found(None)
        if target not in QPrinterInfo.availablePrinterNames():
            raise errors.not_found(target)
        printer = ensure_ready(_printer_from(QPrinterInfo.printerInfo(target)))
        if self._tracker is not None:
            self._tracker.check(printer.name)
        return printer

    def submit(
        self, pdf: Path, printer: str | None = None, request: PrintRequest | None = None
    ) -> SubmittedJob:
        """Render every page of the PDF onto the printer; Qt spools the job when painting ends."""
        request = request or PrintRequest()
        pages = pdf_page_count(pdf)
        target = self.check(printer)
        check_request(target, request)
        document = QPdfDocument()
        try:
            if document.load(str(pdf)) != QPdfDocument.Error.None_:
                raise errors.not_a_pdf(pdf.name)
            job_name = f"Station Desk {uuid.uuid4().hex[:12]}"
            started = datetime.now(UTC)
            self._paint(document, target, request, job_name)
        finally:
            document.close()
        job_id = None
        if self._tracker is not None:
            job_id = self._tracker.find_job(target.name, job_name)
            if job_id is None and self._unfound_job_sent:
                log.info("print job to %s left the queue before it could be followed", target.name)
            elif job_id is None:
                raise errors.not_accepting(target.label)
        log.info("print job sent to %s through Qt (%d page(s))", target.name, pages)
        return SubmittedJob(
            printer=target.name,
            job_id=job_id,
            copies=request.copies,
            document_pages=pages,
            started_utc=started,
            duplex=request.duplex,
        )

    def follow(
        self,
        job: SubmittedJob,
        timeout: float = 120.0,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        """Follow the job through the tracker; without one, the job was handed to the spooler."""
        if self._tracker is not None and job.job_id is not None:
            return self._tracker.follow(job, timeout, cancel)
        now = datetime.now(UTC)
        return PrintOutcome(
            printer=job.printer,
            job_id=None,
            result=JobResult.SENT,
            copies=job.copies,
            document_pages=job.document_pages,
            pages=job.document_pages * job.copies,
            sheets=None,
            started_utc=job.started_utc,
            ended_utc=now,
            duplex=job.duplex,
        )

    def cancel(self, job: SubmittedJob) -> None:
        """Cancel through the tracker; a job handed to a spooler without one cannot be reached."""
        if self._tracker is not None and job.job_id is not None:
            self._tracker.cancel(job)

    def _paint(
        self, document: QPdfDocument, target: Printer, request: PrintRequest, job_name: str
    ) -> None:
        printer = QPrinter(
            QPrinterInfo.printerInfo(target.name), QPrinter.PrinterMode.HighResolution
        )
        printer.setDocName(job_name)
        printer.setCopyCount(request.copies)
        printer.setDuplex(_DUPLEX[request.duplex])
        if request.paper_size:
            size_id = _PAGE_SIZES.get(to_friendly(to_keyword(request.paper_size)))
            if size_id is None:
                raise errors.PrintingError(
                    f"The paper size {request.paper_size} is not known. Choose A4 or Letter."
                )
            printer.setPageSize(QPageSize(size_id))
        printer.setFullPage(False)
        painter = QPainter()
        if not painter.begin(printer):
            raise errors.unreachable(target.label)
        try:
            for index in range(document.pageCount()):
                if index and not printer.newPage():
                    raise errors.unreachable(target.label)
                self._paint_page(painter, printer, document, index)
        finally:
            painter.end()

    def _paint_page(
        self, painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int
    ) -> None:
        points = document.pagePointSize(index)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        scale = min(area.width() / points.width(), area.height() / points.height())
        target = QSizeF(points.width() * scale, points.height() * scale)
        dpi_scale = self._render_dpi / 72.0
        image: QImage = document.render(
            index, QSize(round(points.width() * dpi_scale), round(points.height() * dpi_scale))
        )
        origin = QPointF((area.width() - target.width()) / 2, (area.height() - target.height()) / 2)
        painter.drawImage(QRectF(origin, target), image)


def _capabilities(info: QPrinterInfo) -> Capabilities:
    duplex_modes = info.supportedDuplexModes()
    colour_modes = info.supportedColorModes()
    sizes = tuple(dict.fromkeys(_paper_name(size) for size in info.supportedPageSizes()))
    default = info.defaultPageSize()
    return Capabilities(
        duplex=any(
            mode in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexShortSide)
            for mode in duplex_modes
        ),
        colour=QPrinter.ColorMode.Color in colour_modes,
        paper_sizes=sizes,
        default_paper=_paper_name(default) if default.isValid() else None,
    )


def _printer_from(info: QPrinterInfo) -> Printer:
    return Printer(
        name=info.printerName(),
        state=_STATE.get(info.state(), PrinterState.READY),
        description=info.description(),
        location=info.location(),
        is_default=info.isDefault(),
        capabilities=_capabilities(info),
    )
