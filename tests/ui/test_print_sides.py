"""Two-sided printing from the print screen, on the private CUPS scheduler: the printer is told
to print on both sides, and the pages recorded for the visit are the pages printed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.documents import PrintOutcome as Recorded
from desk.runtime import Runtime
from desk.services import visits
from desk.ui.jobs import JobRunner
from desk.ui.main_window import MainWindow
from desk.ui.views.print import PrintView, StationPrint
from printing import Capabilities, Duplex, Printer, PrinterState
from printing.fake import FakePrinters
from tests.fixtures.cups import CupsScheduler, MakePdf
from tests.ui.test_print_flow import cups_window, start_visit

__all__ = ["cups_window"]

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def job_sides(cups: CupsScheduler, job_id: int) -> str:
    """The `sides` the scheduler holds for job `job_id` (what the printer was told)."""
    for line in cups.page_log.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields[2] == str(job_id):
            return fields[-1]
    raise AssertionError(f"job {job_id} is not in the page log")


@pytest.mark.cups
def test_both_sides_are_asked_of_the_printer_and_the_pages_recorded(
    qtbot: QtBot,
    runtime: Runtime,
    cups: CupsScheduler,
    cups_window: MainWindow,
    make_pdf: MakePdf,
) -> None:
    window = cups_window
    visit = start_visit(qtbot, runtime, window)
    window.visit_view.show_visit(visit)
    view = window.print_view
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        window.show_print(make_pdf(3), "Print a document")
    assert view.sides.isEnabled()  # the front desk's printer prints on both sides
    assert view.sides.currentData() == Duplex.ONE_SIDED
    view.sides.setFocus()
    qtbot.keyClick(view.sides, Qt.Key.Key_Down)  # as the keyboard chooses
    assert view.sides.currentText() == "Both sides"
    view.copies.setValue(2)
    with qtbot.waitSignal(view.printed, timeout=60_000) as printed:
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    outcome = printed.args[0]
    assert outcome.duplex is Duplex.LONG_EDGE
    assert (outcome.pages, outcome.sheets) == (6, 3), "six pages on three sheets"
    assert job_sides(cups, outcome.job_id) == "two-sided-long-edge"
    assert "Printed 6 pages." in view.result.text()

    with runtime.uow() as uow:
        (job,) = uow.print_jobs.list_for_station(runtime.station.station_id, since=EPOCH)
        assert (job.outcome, job.pages, job.copies) == (Recorded.COMPLETED, 6, 2)
    assert visits.get_visit(runtime.uow_factory, visit.id).tasks[0].pages_printed == 6

    # The next document starts one-sided again.
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        window.show_print(make_pdf(1), "Print a document")
    assert view.sides.currentData() == Duplex.ONE_SIDED


def test_a_printer_that_prints_one_side_offers_one_side(
    qtbot: QtBot, runtime: Runtime, make_pdf: MakePdf
) -> None:
    one_sided = Printer(
        name="hall",
        state=PrinterState.READY,
        description="Hall printer",
        is_default=True,
        capabilities=Capabilities(duplex=False),
    )
    fake = FakePrinters()
    fake.printers["hall"] = one_sided
    jobs = JobRunner()
    jobs.scopes.begin_session()
    view = PrintView(jobs, StationPrint(runtime, fake, visit=lambda: None, member=lambda: None))
    jobs.setParent(view)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.printer_checked):
        view.open(make_pdf(2), "Print a document")
    assert view.printer.currentData() in {"front", "hall"}
    view.printer.setCurrentIndex(view.printer.findData("front"))
    with qtbot.waitSignal(view.printer_checked):
        view.printer.activated.emit(view.printer.currentIndex())
    assert view.sides.isEnabled()
    view.sides.setCurrentIndex(view.sides.findData(Duplex.LONG_EDGE))
    view.printer.setCurrentIndex(view.printer.findData("hall"))
    with qtbot.waitSignal(view.printer_checked):
        view.printer.activated.emit(view.printer.currentIndex())
    assert not view.sides.isEnabled()
    assert view.sides.currentData() == Duplex.ONE_SIDED
    with qtbot.waitSignal(view.printed, timeout=10_000):
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert fake.submitted[-1].duplex is Duplex.ONE_SIDED
