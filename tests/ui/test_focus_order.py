"""The keyboard's path through every screen: where the focus starts (the screen's next action)
and the order Tab and Shift+Tab take through the real widgets, written out as the names a
screen reader says. On SANE's test driver and CUPS, as the station runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.visits import EntryRoute
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep
from tests.fixtures.cups import CupsScheduler, MakePdf
from tests.fixtures.sane import SaneEnv
from tests.ui.test_kiosk import kiosk, scan_to, settings_overrides
from tests.ui.test_visit_flow import sign_in

__all__ = ["kiosk", "settings_overrides"]

pytestmark = [pytest.mark.sane, pytest.mark.cups]

ROUTES = ["Walked in", "Has an appointment", "Referred by a service", "Sent by the phone team"]
KIOSK_NAV = ["Back", "Start again", "Staff only: leave the kiosk"]


def name_of(widget: QWidget | None) -> str:
    """What a screen reader says for the widget with the focus."""
    if widget is None:
        return "(nothing)"
    if isinstance(widget, QTabBar):
        return f"{widget.tabText(widget.currentIndex())} (tab)"
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return f"({type(widget).__name__})"


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier) -> str:
    focused = QApplication.focusWidget()
    assert focused is not None, "something has the focus"
    qtbot.keyClick(focused, key, modifier)
    return name_of(QApplication.focusWidget())


def assert_focus_order(qtbot: QtBot, order: list[str]) -> None:
    """The focus is on `order[0]`; Tab goes through `order` and round to its start again, and
    Shift+Tab goes back the same way."""
    QApplication.processEvents()
    assert name_of(QApplication.focusWidget()) == order[0], "the focus starts on the next action"
    tab = Qt.Key.Key_Tab
    forward = [press(qtbot, tab, Qt.KeyboardModifier.NoModifier) for _ in order]
    assert forward == [*order[1:], order[0]]
    backward = [press(qtbot, tab, Qt.KeyboardModifier.ShiftModifier) for _ in order]
    assert backward == list(reversed(order))


def test_sign_in_first_run_then_with_staff(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    window.activateWindow()
    assert_focus_order(qtbot, ["Your name", "New PIN", "New PIN again", "Create account"])
    staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    assert_focus_order(qtbot, ["Your name", "PIN", "Sign in"])


def test_the_champions_screens(
    qtbot: QtBot,
    runtime: Runtime,
    window: MainWindow,
    sane_env: SaneEnv,
    cups: CupsScheduler,
    qt_cups: CupsScheduler,
    make_pdf: MakePdf,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)
    window.activateWindow()
    sign_in(qtbot, runtime, window)
    home = [
        "The resident arrived this many minutes ago",
        *ROUTES,
        "Hand the station to a resident (self-service scanning)",
        "Loan devices: lend, returns, wipes",
        "Check someone in…",  # the queue panel: nobody waiting, so nothing to call
        "Sign out",
    ]
    assert_focus_order(qtbot, home)

    with qtbot.waitSignal(window.visit_started):
        qtbot.keyClick(window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.Key.Key_Space)
    visit = [
        "Who typed?",
        "Resident's language",
        "An interpreter helped",
        "Digital needs and where to get help",
        "Scan documents",
        "Print a document…",
        "Kind of device to lend",
        "Device to lend",
        "Service",
        "Task",
        "Add task",
        "How did the visit end?",
        "End visit",
        "Back to home (the visit stays open)",
    ]
    assert_focus_order(qtbot, visit)

    qtbot.keyClick(window.visit_view.triage_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.triage_view)
    assert_focus_order(
        qtbot,
        [
            "How does the resident use the internet today?",
            "No computer, tablet or smartphone",
            "Shares a device, or it is unsuitable",
            "No internet at home",
            "Cannot afford data or broadband",
            "Using a device: turning on, typing, passwords",
            "Email, messages, video calls",
            "Finding and keeping information",
            "Filling in forms, applying, paying online",
            "Sorting out problems",
            "Staying safe online",
            "Does not see the point",
            "Worried about scams or mistakes",
            "English is not their first language",
            "Needs accessibility support",
            "A device",
            "Data or a connection",
            "Skills",
            "Free computer skills sessions",
            "Device bank (a free device)",
            "Data bank (free mobile data)",
            "Cheaper broadband (social tariffs)",
            "Another service",
            "Save and go back to the visit",
            "Back without saving",
        ],
    )
    qtbot.keyClick(window.triage_view.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.visit_view)
    assert name_of(QApplication.focusWidget()) == "Digital needs and where to get help"

    qtbot.keyClick(window.visit_view.scan_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.scan_view)
    scan = window.scan_view
    assert_focus_order(
        qtbot,
        ["What are you scanning?", "What it shows", "Scan", "Scanned pages", "Back to the visit"],
    )
    scan.profile.setCurrentIndex(scan.profile.findData("photo"))
    scan.profile.activated.emit(scan.profile.currentIndex())
    with qtbot.waitSignal(scan.scan_ended, timeout=60_000):
        qtbot.keyClick(scan.scan_button, Qt.Key.Key_Space)
    qtbot.waitUntil(scan.send_button.isEnabled)
    assert_focus_order(
        qtbot,
        [
            "Send",
            "Back to the visit",
            "What it shows",
            "Continue scanning",
            "Scanned pages",
            "Turn left",
            "Turn right",
            "Remove page",
        ],
    )

    qtbot.keyClick(scan.back_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.visit_view)
    with qtbot.waitSignal(window.print_view.printer_checked):
        window.show_print(make_pdf(2), "Print a document")
    assert_focus_order(
        qtbot,
        ["Printer", "Copies", "Sides of the paper", "Print", "Back", "Preview of the document"],
    )
    qtbot.keyClick(window.print_view.back_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.visit_view)
    qtbot.keyClick(window.visit_view.home_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home_view)

    qtbot.keyClick(window.home_view.loans_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.loans_page)
    tabs = window.loans_view.tabs
    loans = {
        "Inventory": ["Show devices in this state", "Devices"],
        "Lend to take home": [
            "Device to lend",
            "Borrower's name",
            "Contact number",
            "Type of ID seen",
            *["Due back on"] * 3,  # day, month and year: Tab goes through the date's parts
            "Loan agreement",
            "Borrower types their name to accept",
        ],
        "Returns": ["Devices out", "Condition it came back in"],
        "Wipes": [
            "Signed out of and removed every account the resident used",
            "Reset to factory settings (or re-imaged)",
            "Checked that no files, photos or downloads are left",
            "Kit checked and complete (or missing items recorded)",
            "Cleaned and sanitised",
            "Wipes waiting for a colleague to verify",
        ],
        "Overdue and waitlist": [
            "Overdue loans",
            "Kind of device wanted",
            "For use",
            "Add to the waitlist",
            "Waitlist",
            "Served: they have a device",
            "No longer needed",
        ],
    }
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(loans)
    for index, (title, order) in enumerate(loans.items()):
        if index:  # the next tab, as the keyboard chooses it
            qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
        assert tabs.currentIndex() == index
        qtbot.waitUntil(lambda: window.jobs.running == 0)
        # The tabs are what to do here; the way home comes first, as it is on screen.
        assert_focus_order(qtbot, [f"{title} (tab)", *order, "Back to home"])


def test_the_kiosk_steps(qtbot: QtBot, kiosk: MainWindow) -> None:
    kiosk.activateWindow()
    view = kiosk.kiosk_view
    languages = [button.text() for button in kiosk.kiosk_view.welcome.language_buttons.values()]
    assert languages[:3] == ["English", "नेपाली", "Polski"]
    assert_focus_order(qtbot, ["Start", *languages, "Staff only: leave the kiosk"])
    with qtbot.waitSignal(view.step_changed):
        qtbot.keyClick(view.welcome.start_button, Qt.Key.Key_Space)
    profiles = list(view.choose.profile_buttons.values())
    assert_focus_order(qtbot, [*(b.text() for b in profiles), *KIOSK_NAV])
    qtbot.keyClick(view.choose.profile_buttons["statement"], Qt.Key.Key_Space)
    assert view.step == KioskStep.PLACE
    assert_focus_order(qtbot, ["Scan", *KIOSK_NAV])
    scan_to(qtbot, view, KioskStep.CHECK)
    qtbot.waitUntil(view.check.send_button.isEnabled)
    assert_focus_order(
        qtbot,
        [
            "Send to the council",
            *KIOSK_NAV,
            "Your pages",
            "Scan more pages",
            "Remove the chosen page",
        ],
    )
    with qtbot.waitSignal(
        view.step_changed, timeout=30_000, check_params_cb=lambda step: step == KioskStep.DONE
    ):
        qtbot.keyClick(view.check.send_button, Qt.Key.Key_Space)
    assert_focus_order(qtbot, ["Print my receipt", "Finish", "Staff only: leave the kiosk"])
    with qtbot.waitSignal(
        view.step_changed, timeout=30_000, check_params_cb=lambda step: step == KioskStep.STAFF
    ):
        qtbot.keyClick(view.staff_button, Qt.Key.Key_Space)
    assert_focus_order(qtbot, ["PIN", "Leave the kiosk", "Back", "Your name"])
