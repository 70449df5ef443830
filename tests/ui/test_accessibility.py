"""Keyboard and screen readers: every control on every main screen is reachable and named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.domain.records import StaffRole
from desk.domain.visits import EntryRoute, ServiceArea, TaskType
from desk.runtime import Runtime
from desk.services import queue, visits
from desk.services import staff as staff_service
from desk.services.queue import CheckIn, QueueView
from desk.ui.jobs import JobRunner
from desk.ui.main_window import MainWindow
from desk.ui.views.display import DisplayView, StationDisplay

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QListWidget, QAbstractSpinBox)


def controls(screen: QWidget) -> list[QWidget]:
    """The interactive widgets a person can see on a screen."""
    return [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(screen)
        and w.isEnabled()
        and not w.objectName().startswith("qt_")  # Qt's own parts (spin box arrows, scroll bars)
    ]


def tab_cycle(qtbot: QtBot, window: MainWindow, screen: QWidget) -> set[QWidget]:
    """Press Tab round the whole screen and collect what takes the focus."""
    expected = controls(screen)
    expected[0].setFocus()
    QApplication.processEvents()
    seen: set[QWidget] = set()
    for _ in range(len(expected) * 3 + 5):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(focused)
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    return seen


def check_screen(qtbot: QtBot, window: MainWindow, screen: QWidget) -> None:
    window.screens.setCurrentWidget(screen)
    qtbot.waitUntil(screen.isVisible)
    found = controls(screen)
    assert found
    unnamed = [
        type(w).__name__
        for w in found
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []
    small = [
        f"{w.accessibleName() or type(w).__name__}: {w.height()} px"
        for w in found
        if w.height() < 44 and not isinstance(w, QListWidget)
    ]
    assert small == [], "touch targets are at least 44 px tall"
    reached = tab_cycle(qtbot, window, screen)
    missed = [w.accessibleName() or type(w).__name__ for w in found if w not in reached]
    assert missed == []


def test_every_screen_is_keyboard_reachable_and_named(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    check_screen(qtbot, window, window.sign_in_view)  # first run: the set-up form
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    check_screen(qtbot, window, window.sign_in_view)
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(member)
    check_screen(qtbot, window, window.home_view)
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    visit = visits.add_task(runtime.uow_factory, visit.id, ServiceArea.HOUSING, TaskType.PRINT)
    window.visit_view.show_visit(visit)
    check_screen(qtbot, window, window.visit_view)
    window.triage_view.start(visit.id, None)
    check_screen(qtbot, window, window.triage_view)
    window.scan_view.start(runtime.settings.spool_path / "a11y")
    check_screen(qtbot, window, window.scan_view)
    # A manager's screen: the reports (and the home screen's button to them).
    manager = staff_service.add_staff(
        runtime.uow_factory, "Kemi Ade", "1357", role=StaffRole.MANAGER
    )
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(manager)
    check_screen(qtbot, window, window.home_view)
    with qtbot.waitSignal(window.reports_view.report_shown, timeout=20_000):
        window.home_view.reports_button.click()
    qtbot.waitUntil(lambda: window.jobs.running == 0)
    check_screen(qtbot, window, window.reports_view)
    window.kiosk_view.begin()
    check_screen(qtbot, window, window.kiosk_view)


def test_the_queue_and_check_in_are_keyboard_reachable_and_named(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(member)
    site = runtime.station.site_id
    for area in ("housing", "council_tax"):
        queue.check_in(runtime.uow_factory, site, CheckIn(area, language="Polish"))
    queue.call_next(
        runtime.uow_factory, site, staff_id=member.id, station_id=runtime.station.station_id
    )
    panel = window.queue_panel
    qtbot.waitUntil(lambda: panel.waiting.count() == 1 and panel.called.count() == 1)
    panel.waiting.setCurrentRow(0)
    panel.called.setCurrentRow(0)
    check_screen(qtbot, window, window.home_view)  # the queue's lists and every action on it
    dialog = panel.open_check_in()
    qtbot.waitUntil(dialog.isVisible)
    found = controls(dialog)
    assert [
        type(w).__name__
        for w in found
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ] == []
    assert [w.accessibleName() for w in found if w.height() < 44] == []
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    found[0].setFocus()
    reached: set[QWidget] = set()
    for _ in range(len(found) * 3):
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.add(focused)
        qtbot.keyClick(focused or dialog, Qt.Key.Key_Tab)
    assert [w.accessibleName() for w in found if w not in reached] == []
    dialog.reject()


def test_the_display_has_nothing_to_press_and_names_each_call(qtbot: QtBot) -> None:
    from tests.ui.test_display import ticket  # noqa: PLC0415  (a called ticket to show)

    jobs = JobRunner()
    view = DisplayView(jobs, StationDisplay(lambda: pytest.fail("not asked")))
    jobs.setParent(view)
    qtbot.addWidget(view)
    view.show_queue(QueueView(waiting=(), called=(ticket("H12", "W-03", datetime.now(UTC)),)))
    assert controls(view) == []
    assert view.rows[0].accessibleName() == "Ticket H12, please go to W-03"
    view.show_waiting()
    assert view.message.accessibleName() == "Please wait to be called"
