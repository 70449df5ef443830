"""The Qt printers port (QtPdf onto QPrinter, the Windows path) against the private scheduler."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from printing import (
    Duplex,
    JobResult,
    NotAPdfError,
    PrinterNotAcceptingError,
    PrinterNotFoundError,
    PrinterState,
    PrinterStoppedError,
    PrintingError,
    PrintRequest,
)
from printing.cups import CupsPrinters
from printing.qt import QtPrinters
from tests.fixtures.cups import CupsScheduler, MakePdf

pytestmark = pytest.mark.cups


def test_qt_sees_the_cups_queues(qt_cups: CupsScheduler) -> None:
    qt_cups.disable("back")
    printers = {p.name: p for p in QtPrinters().list_printers()}

    assert {"front", "back"} <= set(printers)
    assert printers["front"].is_default
    assert printers["front"].label == "Front desk"
    assert printers["front"].state is PrinterState.READY
    assert printers["front"].capabilities.duplex
    assert "A4" in printers["front"].capabilities.paper_sizes
    assert printers["back"].state is PrinterState.STOPPED
    assert QtPrinters().default_printer() == "front"


def test_qt_job_completes_and_pages_are_counted(qt_cups: CupsScheduler, make_pdf: MakePdf) -> None:
    printers = QtPrinters(CupsPrinters(), render_dpi=100)

    job = printers.submit(make_pdf(3), "front", PrintRequest(copies=2, duplex=Duplex.LONG_EDGE))
    outcome = printers.follow(job, timeout=60)

    assert outcome.result is JobResult.COMPLETED
    assert outcome.document_pages == 3
    assert outcome.pages == 6
    assert outcome.sheets == 3
    with pikepdf.open(qt_cups.output("front")) as printed:
        assert len(printed.pages) == 3
        assert [round(float(v)) for v in printed.pages[0].mediabox] == [0, 0, 595, 842]


def test_qt_without_a_tracker_reports_the_job_sent(
    qt_cups: CupsScheduler, make_pdf: MakePdf
) -> None:
    printers = QtPrinters(render_dpi=72)

    job = printers.submit(make_pdf(2), "back")
    outcome = printers.follow(job)
    printers.cancel(job)  # nothing to reach without a tracker; harmless

    assert job.job_id is None
    assert outcome.result is JobResult.SENT
    assert outcome.succeeded
    assert outcome.pages == 2
    # The spooler still has the job: it prints in full.
    assert qt_cups.wait_printed("back")


def test_qt_stopped_printer(qt_cups: CupsScheduler, make_pdf: MakePdf) -> None:
    qt_cups.disable("front")
    with pytest.raises(PrinterStoppedError, match="'Front desk' is switched off or paused"):
        QtPrinters().submit(make_pdf(1), "front")


def test_qt_rejecting_printer_is_caught_by_the_tracker(
    qt_cups: CupsScheduler, make_pdf: MakePdf
) -> None:
    qt_cups.reject("back")
    with pytest.raises(PrinterNotAcceptingError, match="'Back office' is not taking new"):
        QtPrinters(CupsPrinters(), render_dpi=72).submit(make_pdf(1), "back")


def test_qt_missing_printer_and_not_a_pdf(qt_cups: CupsScheduler, not_a_pdf: Path) -> None:
    printers = QtPrinters()
    with pytest.raises(PrinterNotFoundError, match="no printer called 'Upstairs'"):
        printers.check("Upstairs")
    with pytest.raises(NotAPdfError, match=r"^letter\.pdf is not a PDF file\."):
        printers.submit(not_a_pdf, "front")


def test_qt_paper_size_is_checked_and_used(qt_cups: CupsScheduler, make_pdf: MakePdf) -> None:
    printers = QtPrinters(CupsPrinters(), render_dpi=72)
    with pytest.raises(PrintingError, match="does not take A3 paper"):
        printers.submit(make_pdf(1), "front", PrintRequest(paper_size="A3"))

    job = printers.submit(make_pdf(1), "front", PrintRequest(paper_size="Letter"))
    assert printers.follow(job, timeout=60).result is JobResult.COMPLETED
    with pikepdf.open(qt_cups.output("front")) as printed:
        assert [round(float(v)) for v in printed.pages[0].mediabox] == [0, 0, 612, 792]
