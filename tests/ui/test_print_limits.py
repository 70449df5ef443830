"""The print screen's page limit, its question before a big job, and a job that prints while
the database is down (the record waits, and the screen says not to print again)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk.config import load_settings, user_data_dir
from desk.domain.documents import PrintOutcome as Recorded
from desk.domain.visits import EntryRoute, ServiceArea, TaskType
from desk.runtime import Runtime, open_runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.services.visits import VisitSummary
from desk.ui.jobs import JobRunner
from desk.ui.views.print import PrintView, StationPrint
from printing import PrintOutcome, SubmittedJob
from printing.fake import FakePrinters
from tests.fixtures.cups import MakePdf
from tests.fixtures.postgres import StoppablePostgres

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def print_view(
    qtbot: QtBot,
    runtime: Runtime,
    printers: FakePrinters,
    pdf: Path,
    visit: VisitSummary | None = None,
) -> PrintView:
    jobs = JobRunner()
    jobs.scopes.begin_session()  # a champion is signed in
    view = PrintView(
        jobs, StationPrint(runtime, printers, visit=lambda: visit, member=lambda: None)
    )
    jobs.setParent(view)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.printer_checked):
        view.open(pdf, "Print a document")
    return view


def press_print(view: PrintView, copies: int) -> None:
    view.copies.setValue(copies)
    view.print_button.click()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_a_big_job_is_asked_about_first(
    qtbot: QtBot, runtime: Runtime, make_pdf: MakePdf, answer: QMessageBox.StandardButton
) -> None:
    printers = FakePrinters()
    view = print_view(qtbot, runtime, printers, make_pdf(3))
    with qtbot.waitSignal(view.confirm_asked) as asked:
        press_print(view, 10)  # 30 pages: above 20, within 50
    box = asked.args[0]
    assert isinstance(box, QMessageBox)
    assert "30 pages" in box.text()
    assert printers.submitted == [], "nothing is sent before the answer"
    if answer is QMessageBox.StandardButton.Yes:
        with qtbot.waitSignal(view.printed, timeout=30_000):
            box.button(answer).click()
        (job,) = printers.submitted
        assert job.copies == 10
    else:
        box.button(answer).click()
        qtbot.waitUntil(lambda: view.confirm_box is None)
        assert printers.submitted == []
        assert view.print_button.isEnabled()


def test_a_small_job_prints_without_a_question(
    qtbot: QtBot, runtime: Runtime, make_pdf: MakePdf
) -> None:
    printers = FakePrinters()
    view = print_view(qtbot, runtime, printers, make_pdf(2))
    with qtbot.waitSignal(view.printed, timeout=30_000):
        press_print(view, 10)  # 20 pages: not more than 20
    assert view.confirm_box is None


def test_a_job_over_the_limit_is_refused_with_a_plain_message(
    qtbot: QtBot, runtime: Runtime, make_pdf: MakePdf
) -> None:
    printers = FakePrinters()
    view = print_view(qtbot, runtime, printers, make_pdf(3))
    with qtbot.waitSignal(view.print_failed) as failed:
        press_print(view, 20)  # 60 pages
    assert "at most 50 pages" in failed.args[0]
    assert "3 pages × 20 copies" in failed.args[0]
    assert not view.error.isHidden()
    assert view.confirm_box is None
    assert printers.submitted == []


class DroppingPrinters(FakePrinters):
    """Stops the database while the job prints."""

    def __init__(self, database: StoppablePostgres) -> None:
        super().__init__()
        self.database = database

    def follow(
        self, job: SubmittedJob, timeout: float = 120.0, cancel: threading.Event | None = None
    ) -> PrintOutcome:
        self.database.stop()
        return super().follow(job, timeout, cancel)


@pytest.fixture
def postgres_runtime(stoppable_postgres: StoppablePostgres) -> Iterator[Runtime]:
    rt = open_runtime(
        load_settings(overrides=[f"database_url={stoppable_postgres.url}"]), migrate=True
    )
    yield rt
    rt.close()


@pytest.mark.postgres
def test_a_job_printed_while_the_database_is_down_says_not_to_print_again(
    qtbot: QtBot,
    postgres_runtime: Runtime,
    stoppable_postgres: StoppablePostgres,
    make_pdf: MakePdf,
) -> None:
    uow = postgres_runtime.uow_factory
    asha = staff_service.add_staff(uow, "Asha Patel", "2468")
    visit = visits.start_visit(uow, postgres_runtime.station, asha.id, EntryRoute.WALK_IN)
    visit = visits.add_task(uow, visit.id, ServiceArea.COUNCIL_TAX, TaskType.PRINT)
    printers = DroppingPrinters(stoppable_postgres)
    view = print_view(qtbot, postgres_runtime, printers, make_pdf(2), visit=visit)
    with qtbot.waitSignal(view.printed, timeout=30_000):
        press_print(view, 1)
    assert view.result.text().startswith("Printed 2 pages.")
    assert "Do not print again." in view.result.text()
    assert view.error.isHidden()
    assert list((user_data_dir() / "print-records").glob("*.json"))

    stoppable_postgres.start()
    rt = open_runtime(load_settings(overrides=[f"database_url={stoppable_postgres.url}"]))
    try:
        with rt.uow() as unit:
            (job,) = unit.print_jobs.list_for_station(rt.station.station_id, since=EPOCH)
            assert (job.outcome, job.pages, job.visit_id) == (Recorded.COMPLETED, 2, visit.id)
        assert visits.get_visit(rt.uow_factory, visit.id).tasks[0].pages_printed == 2
    finally:
        rt.close()
