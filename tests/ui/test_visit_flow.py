"""A visit driven through the window: start, tasks, outcomes, who typed, end; records checked."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desk.domain.loans import DeviceKind, DeviceState
from desk.domain.records import AuditAction
from desk.domain.visits import (
    EntryRoute,
    ModeOfHelp,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.runtime import Runtime
from desk.services import devices, visits
from desk.services import staff as staff_service
from desk.ui.main_window import MainWindow
from desk.ui.views.visit import VisitView
from tests.ui.conftest import screenshot


def sign_in(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> None:
    staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    qtbot.keyClicks(window.sign_in_view.pin, "2468")
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        qtbot.keyClick(window.sign_in_view.pin, Qt.Key.Key_Return)


def choose(qtbot: QtBot, view: VisitView, combo: QComboBox, value: object) -> None:
    """Pick a value in a drop-down as a user would, and wait for the visit to be saved."""
    combo.setCurrentIndex(combo.findData(value))
    with qtbot.waitSignal(view.visit_changed):
        combo.activated.emit(combo.currentIndex())


def test_a_whole_visit_is_recorded(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> None:
    sign_in(qtbot, runtime, window)
    home = window.home_view
    screenshot(window, "home")
    home.waited.setValue(12)
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(home.route_buttons[EntryRoute.APPOINTMENT], Qt.MouseButton.LeftButton)
    assert started.args[0].wait_minutes == 12
    view = window.visit_view
    assert window.screens.currentWidget() is view

    view.area.setCurrentIndex(view.area.findData(ServiceArea.HOUSING))
    view.task_type.setCurrentIndex(view.task_type.findData(TaskType.SCAN_AND_UPLOAD))
    with qtbot.waitSignal(view.visit_changed):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    view.area.setCurrentIndex(view.area.findData(ServiceArea.COUNCIL_TAX))
    view.task_type.setCurrentIndex(view.task_type.findData(TaskType.PRINT))
    with qtbot.waitSignal(view.visit_changed):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert len(view.task_rows()) == 2
    choose(qtbot, view, view.mode, ModeOfHelp.PAIRED)

    # Ending before every task has an outcome is refused with a reason.
    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    with qtbot.waitSignal(view.action_failed) as failed:
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Record how 2 tasks went before ending the visit."]
    screenshot(window, "visit")

    for row, outcome in zip(
        view.task_rows(), (TaskOutcome.DONE_WITH_HELP, TaskOutcome.DONE_INDEPENDENTLY), strict=True
    ):
        choose(qtbot, view, row.outcome, outcome)
    for row, next_time in zip(view.task_rows(), (NextTime.SOME_HELP, NextTime.ALONE), strict=True):
        choose(qtbot, view, row.next_time, next_time)

    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    with qtbot.waitSignal(view.visit_ended):
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is home

    visit_id = started.args[0].id
    with runtime.uow() as uow:
        assert uow.visits.list_open(runtime.station.station_id) == []
        visit = uow.visits.get(visit_id)
        assert visit is not None
        assert visit.entry_route is EntryRoute.APPOINTMENT
        assert visit.mode_of_help is ModeOfHelp.PAIRED
        assert visit.outcome is VisitOutcome.COMPLETED
        assert visit.ended_at is not None
        assert [(t.service_area, t.task_type, t.outcome, t.next_time) for t in visit.tasks] == [
            ("housing", TaskType.SCAN_AND_UPLOAD, TaskOutcome.DONE_WITH_HELP, NextTime.SOME_HELP),
            ("council_tax", TaskType.PRINT, TaskOutcome.DONE_INDEPENDENTLY, NextTime.ALONE),
        ]
        events = [e.action for e in uow.audit.list(record_id=visit_id)]
    assert events == [AuditAction.VISIT_STARTED, AuditAction.VISIT_ENDED]


def test_a_device_lent_for_the_visit_comes_back_for_a_wipe_when_it_ends(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    uow = runtime.uow_factory
    site = runtime.station.site_id
    for tag in ("LT-041", "LT-042"):
        devices.add_device(uow, asset_tag=tag, kind=DeviceKind.LAPTOP, model="E14", site_id=site)
    sign_in(qtbot, runtime, window)
    view = window.visit_view
    walk_in = window.home_view.route_buttons[EntryRoute.WALK_IN]
    with (
        qtbot.waitSignal(view.devices_listed) as listed,
        qtbot.waitSignal(window.visit_started) as started,
    ):
        qtbot.mouseClick(walk_in, Qt.MouseButton.LeftButton)
    assert listed.args == [2]
    view.device.setCurrentIndex(view.device.findData("LT-042"))
    with qtbot.waitSignal(view.device_paired), qtbot.waitSignal(view.devices_listed) as again:
        qtbot.mouseClick(view.pair_button, Qt.MouseButton.LeftButton)
    assert again.args == [1]
    assert "Laptop LT-042 is lent for this visit" in view.paired.text()
    assert devices.get_device(uow, "LT-042").state is DeviceState.IN_USE_IN_CENTRE

    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    with qtbot.waitSignal(view.visit_ended):
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert devices.get_device(uow, "LT-042").state is DeviceState.AWAITING_WIPE
    assert devices.get_device(uow, "LT-041").state is DeviceState.AVAILABLE
    assert visits.get_visit(uow, started.args[0].id).ended_at is not None


def test_a_visit_that_starts_after_the_champion_left_waits_to_be_picked_up(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    sign_in(qtbot, runtime, window)
    qtbot.mouseClick(window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton)
    # Before the visit has started: signed out, and a new session of the same champion.
    member = window.member
    assert member is not None
    window.sign_out()
    window.sign_in_view.signed_in.emit(dataclasses.replace(member))
    # The last job's result has been handled when the runner says it is idle.
    with qtbot.waitSignal(window.jobs.busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert window.screens.currentWidget() is window.home_view
    with runtime.uow() as uow:
        assert len(uow.visits.list_open(runtime.station.station_id)) == 1  # there to pick up


def test_saying_how_a_task_went_keeps_the_keyboard_on_that_task(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    sign_in(qtbot, runtime, window)
    with qtbot.waitSignal(window.visit_started):
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton
        )
    view = window.visit_view
    for area in (ServiceArea.HOUSING, ServiceArea.COUNCIL_TAX):
        view.area.setCurrentIndex(view.area.findData(area))
        with qtbot.waitSignal(view.visit_changed):
            qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    second = view.task_rows()[1]
    second.outcome.setFocus()
    choose(qtbot, view, second.outcome, TaskOutcome.DONE_WITH_HELP)
    # The rows were made again with what was saved; the keyboard is on the same field.
    rebuilt = view.task_rows()[1]
    assert rebuilt is not second
    assert window.focusWidget() is rebuilt.outcome
    qtbot.waitUntil(rebuilt.next_time.isVisible)  # the new row is on screen
    qtbot.keyClick(rebuilt.outcome, Qt.Key.Key_Tab)
    assert window.focusWidget() is rebuilt.next_time, "Tab goes on to the next field"
