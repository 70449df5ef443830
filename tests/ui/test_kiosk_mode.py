"""Kiosk mode, for a station kept for residents: the window fills the screen with no frame and
refuses to close (its close button, Alt+F4) or to be minimised until a member of staff leaves
with their PIN; and the station can start straight into the kiosk, in the name of the member of
staff linked to the PC's account."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.config import load_settings
from desk.errors import ConfigError
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.services.staff import StaffMember
from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep
from tests.ui.test_visit_flow import sign_in

FULL_SCREEN = ["kiosk_fullscreen=true"]
START_IN_KIOSK = ["start_in_kiosk=true", "kiosk_fullscreen=true"]


def test_the_settings_are_off_unless_it_says_so(tmp_path: Path) -> None:
    assert not load_settings(environ={}).settings.start_in_kiosk
    assert not load_settings(environ={}).settings.kiosk_fullscreen
    machine = tmp_path / "desk.toml"
    machine.write_text("start_in_kiosk = true\nkiosk_fullscreen = true\n", encoding="utf-8")
    settings = load_settings(config_file=machine, environ={}).settings
    assert settings.start_in_kiosk and settings.kiosk_fullscreen
    assert load_settings(environ={"DESK_KIOSK_FULLSCREEN": "yes"}).settings.kiosk_fullscreen
    with pytest.raises(ConfigError, match="DESK_START_IN_KIOSK"):
        load_settings(environ={"DESK_START_IN_KIOSK": "maybe"})


def leave_with_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    view = window.kiosk_view
    with qtbot.waitSignal(view.step_changed, check_params_cb=lambda s: s == KioskStep.STAFF):
        qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.staff.pin, pin)
    with qtbot.waitSignal(view.staff_exit, timeout=30_000):
        qtbot.keyClick(view.staff.pin, Qt.Key.Key_Return)


@pytest.mark.parametrize("settings_overrides", [FULL_SCREEN], ids=["fullscreen"])
def test_the_kiosk_window_refuses_to_close_or_minimise_until_staff_leave(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    sign_in(qtbot, runtime, window)
    assert not window.isFullScreen()
    with qtbot.waitSignal(window.kiosk_started):
        qtbot.mouseClick(window.home_view.kiosk_button, Qt.MouseButton.LeftButton)
    view = window.kiosk_view
    qtbot.waitUntil(window.isFullScreen)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint

    with qtbot.waitSignal(view.lock.refused) as refused:
        assert not window.close()  # the close button, or the app asked to quit
    assert refused.args == ["close"]
    alt_f4 = QCloseEvent()  # what Alt+F4 sends the window
    QApplication.sendEvent(window, alt_f4)
    assert not alt_f4.isAccepted()
    assert window.isVisible() and window.screens.currentWidget() is view
    with qtbot.waitSignal(view.lock.refused) as refused:
        window.showMinimized()
    assert refused.args == ["minimise"]
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized())

    # A resident's session goes on behind a refused close.
    with qtbot.waitSignal(view.step_changed):
        qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    visit_id = view.visit_id
    assert visit_id is not None
    assert visits.get_visit(runtime.uow_factory, visit_id).ended_at is None

    leave_with_pin(qtbot, window, "2468")  # the PIN `sign_in` gives the member of staff
    assert not view.lock.locked
    assert not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.screens.currentWidget() is window.home_view
    assert view.lock.eventFilter(window, QCloseEvent()) is False  # a close is the window's again


@pytest.fixture
def kiosk_account(runtime: Runtime) -> StaffMember:
    """The member of staff the kiosk's own PC account is linked to."""
    return staff_service.add_staff(
        runtime.uow_factory,
        "Self-service kiosk",
        "8642",
        os_account=staff_service.current_os_account(),
    )


@pytest.mark.parametrize("settings_overrides", [START_IN_KIOSK], ids=["start-in-kiosk"])
def test_the_station_starts_straight_into_the_kiosk(
    qtbot: QtBot, runtime: Runtime, kiosk_account: StaffMember, window: MainWindow
) -> None:
    view = window.kiosk_view
    assert window.screens.currentWidget() is view
    assert window.member is None
    qtbot.waitUntil(window.isFullScreen)
    assert view.step is KioskStep.WELCOME
    with qtbot.waitSignal(view.step_changed, timeout=30_000) as step:
        qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    assert step.args == [KioskStep.CHOOSE]
    assert view.visit_id is not None
    visit = visits.get_visit(runtime.uow_factory, view.visit_id)
    assert visit.champion_id == kiosk_account.id  # responsible for it, not signed in
    assert window.member is None

    leave_with_pin(qtbot, window, "8642")
    assert window.member == kiosk_account
    assert not window.isFullScreen()


@pytest.mark.parametrize("settings_overrides", [START_IN_KIOSK], ids=["start-in-kiosk"])
def test_a_kiosk_nobody_is_responsible_for_asks_for_staff(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    view = window.kiosk_view
    assert window.screens.currentWidget() is view
    with qtbot.waitSignal(view.failed, timeout=30_000) as failed:
        qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Ask a member of staff to start the kiosk again."]
    assert view.step is KioskStep.WELCOME and view.visit_id is None
    view.lock.unlock()  # as a member of staff leaving would, so that the window can close
