"""The print screen on the in-memory printers: what a job is recorded against is what was on
screen when Print was pressed, whatever the screen shows by the time the job runs."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.records import AuditAction, RecordType
from desk.domain.visits import EntryRoute, ServiceArea, TaskType
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.services.staff import StaffMember
from desk.services.visits import VisitSummary
from desk.ui.jobs import JobRunner
from desk.ui.views.print import PrintView, StationPrint
from printing.fake import FakePrinters
from tests.fixtures.cups import MakePdf

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def test_a_print_is_recorded_for_what_was_on_screen_when_print_was_pressed(
    qtbot: QtBot, runtime: Runtime, make_pdf: MakePdf
) -> None:
    uow = runtime.uow_factory
    asha = staff_service.add_staff(uow, "Asha Patel", "2468")
    first = visits.start_visit(uow, runtime.station, asha.id, EntryRoute.WALK_IN)
    first = visits.add_task(uow, first.id, ServiceArea.COUNCIL_TAX, TaskType.PRINT)
    second = visits.start_visit(uow, runtime.station, asha.id, EntryRoute.WALK_IN)
    on_screen: list[VisitSummary | None] = [first]
    signed_in: list[StaffMember | None] = [asha]
    jobs = JobRunner(max_threads=1)  # one job at a time: the print can be made to wait its turn
    jobs.scopes.begin_session()  # a champion is signed in
    view = PrintView(
        jobs,
        StationPrint(
            runtime,
            FakePrinters(),
            visit=lambda: on_screen[0],
            member=lambda: signed_in[0],
        ),
    )
    jobs.setParent(view)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.printer_checked):
        view.open(make_pdf(2), "Print a document")
    assert view.print_button.isEnabled()

    release = threading.Event()
    jobs.run(lambda: release.wait(30), scope=jobs.scopes.app, name="hold")  # the pool is busy
    with qtbot.waitSignal(view.printing_started):
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    # Before the job runs, the station moves on: another visit, nobody signed in.
    on_screen[0], signed_in[0] = second, None
    with qtbot.waitSignal(view.printed, timeout=30_000):
        release.set()

    with runtime.uow() as unit:
        (job,) = unit.print_jobs.list_for_station(runtime.station.station_id, since=EPOCH)
        assert job.visit_id == first.id
        staff = {
            e.staff_id
            for e in unit.audit.list(record_type=RecordType.PRINT_JOB)
            if e.action in {AuditAction.PRINT_SUBMITTED, AuditAction.PRINT_COMPLETED}
        }
        assert staff == {asha.id}
    assert visits.get_visit(uow, first.id).tasks[0].pages_printed == 2
    assert visits.get_visit(uow, second.id).tasks == ()


def test_print_a_document_starts_where_a_pdf_most_likely_is(isolated_home: Path) -> None:
    from desk.ui.views.print import pdf_folder  # noqa: PLC0415

    assert pdf_folder() == Path.home()  # a new account has neither folder yet
    (isolated_home / "Documents").mkdir()
    assert pdf_folder() == isolated_home / "Documents"
    (isolated_home / "Downloads").mkdir()
    assert pdf_folder() == isolated_home / "Downloads"  # what was just downloaded comes first
