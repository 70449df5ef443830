"""The resident kiosk on real components: big steps from choosing to the receipt, the idle
warning that wipes and resets, and the staff PIN that is the only way out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.documents import UploadState
from desk.domain.visits import ModeOfHelp, TaskOutcome, VisitOutcome
from desk.runtime import Runtime
from desk.services import visits
from desk.ui.main_window import MainWindow
from tests.fixtures.cups import CupsScheduler
from tests.fixtures.sane import SaneEnv
from tests.ui.conftest import screenshot
from tests.ui.test_visit_flow import sign_in

pytestmark = [pytest.mark.sane, pytest.mark.cups]


@pytest.fixture
def settings_overrides(tmp_path: Path) -> list[str]:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text("[profiles.statement]\nresolution = 75\n", encoding="utf-8")
    return ["scanner_device=test:0", f"scanner_profiles_file={profiles}"]


@pytest.fixture
def kiosk(
    qtbot: QtBot,
    runtime: Runtime,
    window: MainWindow,
    sane_env: SaneEnv,
    cups: CupsScheduler,
    qt_cups: CupsScheduler,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)
    sign_in(qtbot, runtime, window)
    with qtbot.waitSignal(window.kiosk_started):
        qtbot.mouseClick(window.home_view.kiosk_button, Qt.MouseButton.LeftButton)
    assert window.member is None
    return window


def test_a_resident_sends_a_statement_alone(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow, cups: CupsScheduler
) -> None:
    view = kiosk.kiosk_view
    assert view.step == "welcome"
    screenshot(kiosk, "kiosk-welcome")
    with qtbot.waitSignal(view.step_changed) as step:
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert step.args == ["choose"]
    visit_id = view.visit_id
    assert visit_id is not None
    screenshot(kiosk, "kiosk-choose")
    qtbot.mouseClick(view.profile_buttons["statement"], Qt.MouseButton.LeftButton)
    assert view.step == "place"
    assert "feeder" in view.place_text.text()
    with qtbot.waitSignal(view.step_changed, timeout=60_000) as step:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert step.args == ["check"]
    assert len(view.document) == 10
    view.thumbnails.setCurrentRow(9)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert len(view.document) == 9
    screenshot(kiosk, "kiosk-check")
    with qtbot.waitSignal(view.sent, timeout=60_000) as sent:
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    reference = sent.args[0]
    assert reference
    assert reference in view.done_text.text()
    screenshot(kiosk, "kiosk-done")
    with qtbot.waitSignal(kiosk.jobs.busy_changed, timeout=60_000, check_params_cb=lambda b: not b):
        qtbot.mouseClick(view.receipt_button, Qt.MouseButton.LeftButton)
    assert cups.output("front").exists()

    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert view.step == "welcome"
    assert not (runtime.settings.spool_path / "visits" / str(visit_id)).exists()
    visit = visits.get_visit(runtime.uow_factory, visit_id)
    assert visit.mode_of_help is ModeOfHelp.RESIDENT_ALONE
    assert visit.outcome is VisitOutcome.COMPLETED
    (task,) = visit.tasks
    assert (task.outcome, task.pages_scanned, task.documents_uploaded) == (
        TaskOutcome.DONE_INDEPENDENTLY,
        9,
        1,
    )
    with runtime.uow() as uow:
        (document,) = uow.documents.list_for_visit(visit_id)
        assert document.state is UploadState.CONFIRMED
        assert document.page_count == 9


def test_idle_warns_then_wipes_and_resets(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    with qtbot.waitSignal(view.step_changed):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    visit_id = view.visit_id
    assert visit_id is not None
    qtbot.mouseClick(view.profile_buttons["statement"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.step_changed, timeout=60_000):
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    folder = runtime.settings.spool_path / "visits" / str(visit_id)
    assert any(folder.iterdir())

    view.idle.timeout.emit()  # the idle timer firing, without waiting for it
    assert view.still_there.isVisible()
    assert view.warning.isActive()
    qtbot.mouseClick(view.still_there_button, Qt.MouseButton.LeftButton)
    assert not view.still_there.isVisible()
    assert view.step == "check"  # "still here" keeps the pages

    view.idle.timeout.emit()
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        view.warning.timeout.emit()  # nobody answered
    assert view.step == "welcome"
    assert view.document.pages == ()
    assert not folder.exists()
    visit = visits.get_visit(runtime.uow_factory, visit_id)
    assert visit.outcome is VisitOutcome.NOT_COMPLETED


def test_only_a_staff_pin_leaves_the_kiosk(qtbot: QtBot, kiosk: MainWindow) -> None:
    view = kiosk.kiosk_view
    with qtbot.waitSignal(view.step_changed):
        qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    assert view.step == "staff"
    qtbot.keyClicks(view.staff_pin, "0000")
    with qtbot.waitSignal(view.failed) as refused:
        qtbot.keyClick(view.staff_pin, Qt.Key.Key_Return)
    assert "PIN is not right" in refused.args[0]
    assert kiosk.screens.currentWidget() is view
    qtbot.keyClicks(view.staff_pin, "2468")
    with qtbot.waitSignal(view.staff_exit):
        qtbot.keyClick(view.staff_pin, Qt.Key.Key_Return)
    assert kiosk.screens.currentWidget() is kiosk.home_view
    assert kiosk.member is not None
