"""Keyboard and screen readers: every control on every main screen is reachable and named."""

from __future__ import annotations

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
from desk.services import staff as staff_service
from desk.services import visits
from desk.ui.main_window import MainWindow

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
