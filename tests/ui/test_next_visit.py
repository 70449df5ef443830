"""A champion's next visit starts with nothing of the last resident: when they arrived, the
triage answers, the kind of document, the tasks, the device, how it ended. Every field of the
visit screens is at its default when visit 2 starts, and visit 2's wait is its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.domain.loans import DeviceKind
from desk.domain.triage import Barrier, InclusionLevel
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
from desk.services import visits
from desk.services.visits import VisitSummary
from desk.ui.main_window import MainWindow
from desk.ui.views.visit import TaskRow
from tests.fixtures.cups import CupsScheduler
from tests.ui.test_triage_flow import press_space
from tests.ui.test_visit_flow import choose, sign_in

pytestmark = [pytest.mark.cups]


def fields(screen: QWidget) -> dict[str, object]:
    """What every input of a screen says now (and the resident-specific notes it shows)."""
    found: dict[str, object] = {}

    def name(widget: QWidget, index: int) -> str:
        return f"{type(widget).__name__}#{index}:{widget.accessibleName()}"

    def in_task_row(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, TaskRow):
                return True
            parent = parent.parentWidget()
        return False

    kinds: tuple[type[QWidget], ...] = (
        QComboBox,
        QCheckBox,
        QSpinBox,
        QLineEdit,
        QTextEdit,
        QPlainTextEdit,
        QListWidget,
        QLabel,
    )
    for kind in kinds:
        widgets = [w for w in screen.findChildren(kind) if not in_task_row(w)]
        for index, widget in enumerate(widgets):
            if isinstance(widget, QComboBox):
                value: object = (widget.currentIndex(), widget.currentText(), widget.count())
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                value = widget.value()
            elif isinstance(widget, QLineEdit):
                value = widget.text()
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                value = widget.toPlainText()
            elif isinstance(widget, QListWidget):
                value = widget.count()
            elif isinstance(widget, QLabel):
                # A note shown for this resident (signposts, a device lent, documents, a
                # problem); the visit's times are the visit's own.
                if widget.isHidden() or widget is getattr(screen, "times", None):
                    continue
                value = widget.text()
            found[name(widget, index)] = value
    if hasattr(screen, "task_rows"):
        found["task rows"] = len(screen.task_rows())
    return found


@pytest.fixture
def champion(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, cups: CupsScheduler, qt_cups: CupsScheduler
) -> MainWindow:
    window.resize(1280, 900)
    sign_in(qtbot, runtime, window)
    return window


def start_visit(qtbot: QtBot, window: MainWindow) -> VisitSummary:
    view = window.visit_view
    with qtbot.waitSignal(view.devices_listed), qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton
        )
    visit = started.args[0]
    assert isinstance(visit, VisitSummary)
    return visit


def open_triage(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.visit_view.triage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.triage_view)


def open_scan(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.visit_view.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.scan_view)


def test_the_next_visit_starts_with_every_field_at_its_default(
    qtbot: QtBot, runtime: Runtime, champion: MainWindow
) -> None:
    window = champion
    home, view, triage, scan = (
        window.home_view,
        window.visit_view,
        window.triage_view,
        window.scan_view,
    )
    home_defaults = fields(home)

    # Visit 1: the resident arrived 15 minutes ago; everything that can be set is set.
    home.waited.setValue(15)
    first = start_visit(qtbot, window)
    assert first.wait_minutes == 15
    visit_defaults = fields(view)
    open_triage(qtbot, window)
    triage_defaults = fields(triage)
    triage.level.setCurrentIndex(triage.level.findData(InclusionLevel.WILLING_AND_UNABLE))
    press_space(qtbot, triage.barriers[Barrier.NO_HOME_CONNECTION])
    press_space(qtbot, triage.barriers[Barrier.MOTIVATION])
    with qtbot.waitSignal(triage.saved):
        qtbot.mouseClick(triage.save_button, Qt.MouseButton.LeftButton)
    assert view.signposts.isVisibleTo(view)

    open_scan(qtbot, window)
    scan_defaults = fields(scan)
    scan.profile.setCurrentIndex(scan.profile.findData("id"))
    scan.profile.activated.emit(scan.profile.currentIndex())
    scan.kind.setCurrentIndex(scan.kind.count() - 1)
    assert fields(scan) != scan_defaults
    qtbot.mouseClick(scan.back_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is view

    choose(qtbot, view, view.mode, ModeOfHelp.PAIRED)
    view.area.setCurrentIndex(view.area.findData(ServiceArea.COUNCIL_TAX))
    view.task_type.setCurrentIndex(view.task_type.findData(TaskType.PRINT))
    with qtbot.waitSignal(view.visit_changed):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    (row,) = view.task_rows()
    choose(qtbot, view, row.outcome, TaskOutcome.DONE_WITH_HELP)
    (row,) = view.task_rows()
    choose(qtbot, view, row.next_time, NextTime.SOME_HELP)
    view.device_kind.setCurrentIndex(view.device_kind.findData(DeviceKind.TABLET))
    with qtbot.waitSignal(view.devices_listed):
        view.device_kind.activated.emit(view.device_kind.currentIndex())
    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    assert fields(view) != visit_defaults
    with qtbot.waitSignal(window.print_view.printers_listed, timeout=30_000):
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    window.print_view.closed.emit()  # the summary is not printed
    assert window.screens.currentWidget() is home
    assert visits.get_visit(runtime.uow_factory, first.id).ended_at is not None

    # Visit 2: nothing of visit 1 is on any screen, and its wait is its own.
    assert fields(home) == home_defaults
    second = start_visit(qtbot, window)
    assert second.id != first.id
    assert fields(view) == visit_defaults
    stored = visits.get_visit(runtime.uow_factory, second.id)
    assert stored.wait_minutes != 15
    assert stored.wait_minutes == 0  # nobody said they had waited
    open_triage(qtbot, window)
    assert fields(triage) == triage_defaults
    qtbot.mouseClick(triage.cancel_button, Qt.MouseButton.LeftButton)
    open_scan(qtbot, window)
    assert fields(scan) == scan_defaults


def test_a_visit_picked_up_again_keeps_its_own_fields_and_clears_the_arrival(
    qtbot: QtBot, runtime: Runtime, champion: MainWindow
) -> None:
    window = champion
    home, view = window.home_view, window.visit_view
    first = start_visit(qtbot, window)
    choose(qtbot, view, view.mode, ModeOfHelp.ON_BEHALF)
    window.sign_out()
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    qtbot.keyClicks(window.sign_in_view.pin, "2468")
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        qtbot.keyClick(window.sign_in_view.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.jobs.running == 0)
    home.waited.setValue(20)  # typed for a resident who then went away
    with qtbot.waitSignal(window.visit_started):
        home.resume_visit_requested.emit(visits.get_visit(runtime.uow_factory, first.id))
    assert view.mode.currentData() == ModeOfHelp.ON_BEHALF  # the same resident
    assert home.waited.value() == 0
