"""Every main screen in the pseudo-locale, at large text and in high contrast: nothing clipped.

Each run saves screenshots into artifacts/screenshots/ to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.visits import EntryRoute, ServiceArea, TaskType
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.ui.i18n import PSEUDO_LOCALE, pseudo
from desk.ui.main_window import MainWindow
from tests.ui.conftest import screenshot

VARIANTS = {
    "pseudo": ["language=" + PSEUDO_LOCALE],
    "large-text": ["text_scale=1.5"],
    "high-contrast": ["theme=high-contrast"],
}


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (word-wrapped labels excepted)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if (isinstance(widget, QLabel) and not widget.wordWrap()) or isinstance(
            widget, QAbstractButton
        ):
            text = widget.text()
        else:
            continue
        if isinstance(widget, QAbstractButton) and widget.hasHeightForWidth():
            # A button that wraps its text is cut only when shorter than its wrapped lines.
            if text and widget.height() < widget.heightForWidth(widget.width()):
                found.append(
                    f"{text!r}: {widget.height()} < {widget.heightForWidth(widget.width())}"
                )
            continue
        if text and widget.width() < widget.sizeHint().width():
            found.append(f"{text!r}: {widget.width()} < {widget.sizeHint().width()}")
    return found


@pytest.fixture(params=list(VARIANTS))
def variant(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings_overrides(variant: str) -> list[str]:
    return VARIANTS[variant]


def settle(qtbot: QtBot, window: MainWindow, screen: QWidget) -> None:
    window.screens.setCurrentWidget(screen)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is screen and screen.isVisible())


def test_main_screens_fit_their_text(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, variant: str
) -> None:
    window.resize(1280, 800)
    shots: dict[str, list[str]] = {}

    settle(qtbot, window, window.sign_in_view)
    shots["first-run"] = clipped(window)
    screenshot(window, f"first-run-{variant}")

    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    shots["sign-in"] = clipped(window)
    screenshot(window, f"sign-in-{variant}")

    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(member)
    settle(qtbot, window, window.home_view)
    shots["home"] = clipped(window)
    screenshot(window, f"home-{variant}")

    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    visit = visits.add_task(
        runtime.uow_factory, visit.id, ServiceArea.HOUSING, TaskType.SCAN_AND_UPLOAD
    )
    window.visit_view.show_visit(visit)
    settle(qtbot, window, window.visit_view)
    shots["visit"] = clipped(window)
    screenshot(window, f"visit-{variant}")

    window.triage_view.start(visit.id, None)
    settle(qtbot, window, window.triage_view)
    shots["triage"] = clipped(window)
    screenshot(window, f"triage-{variant}")

    window.scan_view.start(runtime.settings.spool_path / "appearance")
    settle(qtbot, window, window.scan_view)
    shots["scan"] = clipped(window)
    screenshot(window, f"scan-{variant}")

    window.kiosk_view.begin()
    settle(qtbot, window, window.kiosk_view)
    shots["kiosk"] = clipped(window)
    screenshot(window, f"kiosk-{variant}")

    assert {name: found for name, found in shots.items() if found} == {}
    if variant == "pseudo":
        assert window.kiosk_view.welcome.title.text() == pseudo(
            "Send your documents to the council"
        )
        assert window.home_view.sign_out_button.text() == pseudo("Sign out")
        assert window.sign_in_view.sign_in_button.text() == pseudo("Sign in")


def test_pseudo_keeps_placeholders_and_mnemonics() -> None:
    assert pseudo("Hello, {name}").startswith("[Ħḗŀŀǿ, {name}")
    assert "&P" in pseudo("&PIN")
    assert len(pseudo("Sign out")) > len("Sign out") * 4 // 3


def test_the_clipping_check_sees_a_squeezed_button(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    squeezed = QPushButton("Digital needs and where to get help", root)
    squeezed.setFixedWidth(40)
    root.show()
    assert clipped(root) == [
        f"'Digital needs and where to get help': 40 < {squeezed.sizeHint().width()}"
    ]
