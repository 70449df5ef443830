"""A whole visit through the window, on real components: sign in, start, triage, scan ten feeder
pages on SANE's test driver, fix a page, send to the folder destination, print the receipt on a
CUPS PDF queue, end the visit and check its working files are wiped. On SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.config import load_settings
from desk.domain.documents import UploadState
from desk.domain.records import AuditAction, RecordType
from desk.domain.triage import Barrier, ReferralKind
from desk.domain.visits import (
    EntryRoute,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.runtime import Runtime, open_runtime
from desk.ui.app import application, build_window
from desk.ui.main_window import MainWindow
from tests.components import require_tools
from tests.fixtures.cups import CupsScheduler
from tests.fixtures.sane import SaneEnv
from tests.ui.conftest import screenshot
from tests.ui.test_triage_flow import press_space
from tests.ui.test_visit_flow import choose, sign_in

pytestmark = [pytest.mark.sane, pytest.mark.cups]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def station(
    qtbot: QtBot,
    database: str,
    sane_env: SaneEnv,
    cups: CupsScheduler,
    qt_cups: CupsScheduler,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Runtime, MainWindow]]:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)
    profiles = Path(str(sane_env.config_dir)) / "profiles.toml"
    # Statements at 75 dpi keep the test quick; everything else is the shipped profile.
    profiles.write_text("[profiles.statement]\nresolution = 75\n", encoding="utf-8")
    loaded = load_settings(
        overrides=[
            f"database_url={database}",
            "site=Woolwich Centre",
            "station=W-03",
            "scanner_device=test:0",
            f"scanner_profiles_file={profiles}",
        ]
    )
    runtime = open_runtime(loaded, migrate=True)
    app = application()
    window = build_window(runtime, app)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.show()
    yield runtime, window
    app.removeEventFilter(window)
    window.scan_controller.close()
    window.jobs.wait()
    app.setStyleSheet("")
    runtime.close()


def test_a_whole_visit(
    qtbot: QtBot, station: tuple[Runtime, MainWindow], cups: CupsScheduler
) -> None:
    require_tools("poppler", "pdftotext")
    runtime, window = station
    sign_in(qtbot, runtime, window)
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.REFERRED_BY_SERVICE],
            Qt.MouseButton.LeftButton,
        )
    visit_id = started.args[0].id
    view = window.visit_view

    # Triage: no home connection -> data bank and social tariffs suggested.
    qtbot.mouseClick(view.triage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.triage_view)
    press_space(qtbot, window.triage_view.barriers[Barrier.NO_HOME_CONNECTION])
    with qtbot.waitSignal(window.triage_view.saved):
        qtbot.mouseClick(window.triage_view.save_button, Qt.MouseButton.LeftButton)

    view.area.setCurrentIndex(view.area.findData(ServiceArea.BENEFITS_EVIDENCE))
    view.task_type.setCurrentIndex(view.task_type.findData(TaskType.SCAN_AND_UPLOAD))
    with qtbot.waitSignal(view.visit_changed):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)

    # Scan ten pages from the feeder; turn one; send.
    scan = window.scan_view
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is scan)
    scan.profile.setCurrentIndex(scan.profile.findData("statement"))
    scan.profile.activated.emit(scan.profile.currentIndex())
    with qtbot.waitSignal(scan.scan_ended, timeout=60_000) as ended:
        qtbot.mouseClick(scan.scan_button, Qt.MouseButton.LeftButton)
    assert ended.args == ["finished"]
    assert len(scan.document) == 10
    scan.pages.setCurrentRow(4)
    qtbot.mouseClick(scan.rotate_right_button, Qt.MouseButton.LeftButton)
    screenshot(window, "whole-visit-scan")
    with qtbot.waitSignal(window.document_sent, timeout=60_000) as sent:
        qtbot.mouseClick(scan.send_button, Qt.MouseButton.LeftButton)
    (entry,) = sent.args[0]
    assert entry.state is UploadState.CONFIRMED
    assert window.screens.currentWidget() is view
    assert f"sent, reference {entry.reference}" in view.documents.text()
    (delivered,) = runtime.settings.upload_folder.rglob("*.pdf")
    with pikepdf.open(delivered) as pdf:
        assert len(pdf.pages) == 10
        assert int(pdf.pages[4].get("/Rotate", 0)) == 90

    # Print the receipt on the CUPS PDF queue.
    assert view.receipt_button.isEnabled()
    with qtbot.waitSignal(window.print_view.printer_checked, timeout=20_000):
        qtbot.mouseClick(view.receipt_button, Qt.MouseButton.LeftButton)
    receipt = window.print_view.pdf
    assert receipt is not None
    text = subprocess.run(
        ["pdftotext", str(receipt), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert str(entry.reference) in text
    with qtbot.waitSignal(window.print_view.printed, timeout=60_000):
        qtbot.mouseClick(window.print_view.print_button, Qt.MouseButton.LeftButton)
    assert cups.printed("front")
    window.print_view.closed.emit()

    # Outcomes, then end: the summary prints, and closing it wipes the visit's files.
    (row,) = view.task_rows()
    choose(qtbot, view, row.outcome, TaskOutcome.DONE_WITH_HELP)
    (row,) = view.task_rows()
    choose(qtbot, view, row.next_time, NextTime.SOME_HELP)
    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    with qtbot.waitSignal(window.print_view.printers_listed, timeout=30_000):
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    folder = runtime.settings.spool_path / "visits" / str(visit_id)
    assert folder.exists()
    with qtbot.waitSignal(window.visit_wiped, timeout=30_000) as wiped:
        window.print_view.closed.emit()
    assert wiped.args[0].ok
    assert not folder.exists()

    with runtime.uow() as uow:
        visit = uow.visits.get(visit_id)
        assert visit is not None
        assert visit.outcome is VisitOutcome.COMPLETED
        (task,) = visit.tasks
        assert (task.pages_scanned, task.documents_uploaded) == (10, 1)
        assert [r.kind for r in visit.referrals] == [
            ReferralKind.DATA_BANK,
            ReferralKind.SOCIAL_TARIFF,
        ]
        document = uow.documents.get(entry.id)
        assert document is not None
        assert document.state is UploadState.CONFIRMED
        assert document.visit_id == visit_id
        actions = {e.action for e in uow.audit.list(record_type=RecordType.VISIT)}
        assert {AuditAction.VISIT_STARTED, AuditAction.VISIT_ENDED} <= actions
