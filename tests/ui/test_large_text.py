"""At the largest text size, in high contrast and in the longer pseudo-locale, every screen fits
the station's smallest window (1024 x 720): text wraps, rows of buttons wrap, and what is too tall
scrolls up and down; nothing is cut off, and nothing needs scrolling sideways."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.domain.records import StaffRole
from desk.domain.visits import EntryRoute, ServiceArea, TaskType
from desk.runtime import Runtime
from desk.services import queue, visits
from desk.services import staff as staff_service
from desk.services.queue import CheckIn
from desk.ui.app import application
from desk.ui.i18n import PSEUDO_LOCALE, install_translation
from desk.ui.main_window import MainWindow
from desk.ui.views.display import DisplayView, StationDisplay
from desk.ui.views.kiosk import KioskStep
from desk.ui.widgets import WrapButton, WrapCheckBox, flow
from tests.ui.conftest import screenshot

SMALLEST = (1024, 720)

VARIANTS = {
    "x3-high-contrast": ["text_scale=3.0", "theme=high-contrast"],
    "x3-standard": ["text_scale=3.0"],
    "pseudo-x2": ["text_scale=2.0", "language=" + PSEUDO_LOCALE],
    "pseudo-x3-high-contrast": [
        "text_scale=3.0",
        "theme=high-contrast",
        "language=" + PSEUDO_LOCALE,
    ],
}


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    """The pseudo-locale stays installed on the one application: take it off afterwards."""
    yield
    install_translation(application(), "en")


@pytest.fixture(params=list(VARIANTS))
def variant(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings_overrides(variant: str) -> list[str]:
    return VARIANTS[variant]


def problems(screen: QWidget) -> list[str]:
    """What a person would see wrong: text cut short, or a part that scrolls sideways."""
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.height() < widget.heightForWidth(widget.width()) - 1:
                found.append(f"label cut: {widget.text()[:40]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.hasHeightForWidth():
                if widget.height() < widget.heightForWidth(widget.width()) - 1:
                    found.append(f"button cut: {widget.text()[:40]!r}")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"button narrow: {widget.text()[:40]!r}")
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"scrolls sideways: {type(widget.widget()).__name__}")
    return found


def show(qtbot: QtBot, window: MainWindow, screen: QWidget) -> list[str]:
    window.screens.setCurrentWidget(screen)
    qtbot.waitUntil(screen.isVisible)
    QApplication.processEvents()
    assert (window.width(), window.height()) == SMALLEST, "the window grew off the screen"
    hint = screen.minimumSizeHint()
    assert hint.width() <= SMALLEST[0] and hint.height() <= SMALLEST[1]
    return problems(screen)


def test_every_screen_fits_the_smallest_window(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, variant: str
) -> None:
    window.resize(*SMALLEST)
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    found: dict[str, list[str]] = {}
    found["first-run"] = show(qtbot, window, window.sign_in_view)
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    found["sign-in"] = show(qtbot, window, window.sign_in_view)
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(member)
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    visit = visits.add_task(
        runtime.uow_factory, visit.id, ServiceArea.HOUSING, TaskType.SCAN_AND_UPLOAD
    )
    window.home_view.show_open_visits([visit])
    site = runtime.station.site_id
    for area in ("housing", "benefits_evidence"):
        queue.check_in(
            runtime.uow_factory,
            site,
            CheckIn(area, task_type=TaskType.PRINT, language="Polish", interpreter=True),
        )
    queue.call_next(
        runtime.uow_factory, site, staff_id=member.id, station_id=runtime.station.station_id
    )
    panel = window.queue_panel
    qtbot.waitUntil(lambda: panel.waiting.count() == 1 and panel.called.count() == 1)
    panel.called.setCurrentRow(0)
    found["home"] = show(qtbot, window, window.home_view)
    screenshot(window, f"large-home-{variant}")
    screenshot(panel, f"large-queue-{variant}")
    dialog = panel.open_check_in()
    dialog.resize(*SMALLEST)
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    found["check-in"] = problems(dialog)
    screenshot(dialog, f"large-check-in-{variant}")
    dialog.show_ticket(queue.list_queue(runtime.uow_factory, site).waiting[0])
    QApplication.processEvents()
    found["check-in-ticket"] = problems(dialog)
    dialog.reject()
    window.visit_view.show_visit(visit)
    found["visit"] = show(qtbot, window, window.visit_view)
    screenshot(window, f"large-visit-{variant}")
    window.triage_view.start(visit.id, None)
    found["triage"] = show(qtbot, window, window.triage_view)
    window.scan_view.start(runtime.settings.spool_path / "large")
    found["scan"] = show(qtbot, window, window.scan_view)
    screenshot(window, f"large-scan-{variant}")
    bar = window.loans_view.tabs.tabBar()
    window.screens.setCurrentWidget(window.loans_page)
    qtbot.waitUntil(bar.isVisible)
    for index in range(bar.count()):  # every tab's name whole ("Overdue and wai…" before)
        text = bar.tabText(index)
        if bar.tabRect(index).width() < bar.fontMetrics().horizontalAdvance(text):
            found.setdefault("loans-tabs", []).append(f"tab cut: {text!r}")
    for index in range(window.loans_view.tabs.count()):
        window.loans_view.tabs.setCurrentIndex(index)
        # What the tab loads (the agreement's title, for one) is laid out before it is judged.
        qtbot.waitUntil(lambda: window.jobs.running == 0)
        found[f"loans-{index}"] = show(qtbot, window, window.loans_page)
        if window.loans_view.tabs.currentWidget() is window.loans_view.tabs.widget(1):
            screenshot(window, f"large-loans-lend-{variant}")
    manager = staff_service.add_staff(
        runtime.uow_factory, "Kemi Ade", "1357", role=StaffRole.MANAGER
    )
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(manager)
    window.home_view.show_open_visits([visit])
    # The manager's extra button brings the scroll bar, which takes one more layout pass.
    show(qtbot, window, window.home_view)
    found["home-manager"] = show(qtbot, window, window.home_view)
    with qtbot.waitSignal(window.reports_view.report_shown, timeout=20_000):
        window.home_view.reports_button.click()
    qtbot.waitUntil(lambda: window.jobs.running == 0)
    found["reports"] = show(qtbot, window, window.reports_view)
    window.reports_view.figures_toggle.click()
    found["reports-figures"] = show(qtbot, window, window.reports_view)
    screenshot(window, f"large-reports-{variant}")
    window.kiosk_view.begin()
    kiosk = window.kiosk_view
    for step in KioskStep:
        kiosk.pages.setCurrentWidget(kiosk.steps[step])
        found[f"kiosk-{step}"] = show(qtbot, window, kiosk)
    kiosk.still_there.show()
    found["kiosk-still-there"] = show(qtbot, window, kiosk)
    screenshot(window, f"large-kiosk-{variant}")
    display = DisplayView(window.jobs, StationDisplay(lambda: runtime))
    qtbot.addWidget(display)
    display.resize(*SMALLEST)
    display.show()
    display.show_queue(queue.list_queue(runtime.uow_factory, site))
    QApplication.processEvents()
    found["display"] = problems(display) + [
        f"call too wide: {row.text()!r}"
        for row in display.rows
        if row.isVisibleTo(display) and row.sizeHint().width() > display.width()
    ]
    assert {name: bad for name, bad in found.items() if bad} == {}


def test_a_long_button_wraps_its_text_instead_of_cutting_it(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    long = WrapButton("Hand the station to a resident (self-service scanning)", root)
    column.addWidget(long)
    root.show()
    one_line = long.sizeHint()
    assert long.minimumSizeHint().width() < one_line.width() // 3  # as narrow as a word
    root.resize(one_line.width() // 2, 400)
    qtbot.waitUntil(lambda: long.width() < one_line.width())
    assert long.height() >= long.heightForWidth(long.width()) > one_line.height()
    assert long.text() == "Hand the station to a resident (self-service scanning)"
    assert long.accessibleName() == ""  # the text itself names it, unbroken


def test_a_long_tick_box_wraps_too(qtbot: QtBot) -> None:
    box = WrapCheckBox("Signed out of and removed every account the resident used")
    qtbot.addWidget(box)
    wide = box.sizeHint()
    assert box.heightForWidth(wide.width() // 2) > box.heightForWidth(wide.width())


def test_a_row_of_buttons_wraps_onto_a_second_line(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    buttons = [WrapButton(f"Button number {n}") for n in range(4)]
    row = flow(*buttons)
    root.setLayout(row)
    root.show()
    widest = row.sizeHint().width()
    assert row.heightForWidth(widest // 2) > row.heightForWidth(widest)
    assert row.minimumSize().width() <= max(b.minimumSizeHint().width() for b in buttons) + 24


def test_focus_does_not_move_or_rewrap_a_button(qtbot: QtBot, window: MainWindow) -> None:
    sign_out = window.home_view.sign_out_button
    for variant_button in (sign_out, window.home_view.kiosk_button):
        before = variant_button.sizeHint()
        window.screens.setCurrentWidget(window.home_view)
        variant_button.setFocus()
        qtbot.waitUntil(variant_button.hasFocus)
        variant_button.style().unpolish(variant_button)
        variant_button.style().polish(variant_button)
        assert variant_button.sizeHint() == before


def test_tab_goes_through_the_tasks_where_they_are_on_screen(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    visit = visits.add_task(runtime.uow_factory, visit.id, ServiceArea.HOUSING, TaskType.PRINT)
    visit = visits.add_task(runtime.uow_factory, visit.id, ServiceArea.COUNCIL_TAX, TaskType.PRINT)
    view = window.visit_view
    view.show_visit(visit)
    order: list[QWidget] = []
    widget: QWidget | None = view.pair_button
    while widget is not None and widget is not view.end_button and len(order) < 200:
        widget = widget.nextInFocusChain()
        if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    rows = view.task_rows()
    expected = [w for row in rows for w in (row.outcome, row.next_time)]
    assert order[: len(expected)] == expected
    assert order.index(view.area) > order.index(rows[-1].next_time)


def test_the_kiosk_pages_and_staff_fields_are_named(window: MainWindow) -> None:
    kiosk = window.kiosk_view
    assert kiosk.check.thumbnails.accessibleName() == kiosk.check.tr("Your pages")
    assert kiosk.staff.name_label.buddy() is kiosk.staff.name
    assert kiosk.staff.pin_label.buddy() is kiosk.staff.pin
    assert kiosk.staff.pin_label.text() == kiosk.staff.tr("&PIN")
