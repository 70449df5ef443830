"""What a resident is told when the scanner fails: in their language, as something they can do,
or as a request to fetch staff; never the staff's message about Continue or IT."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.ui.main_window import MainWindow
from scanning.faults import MESSAGES, FaultKind
from tests.ui.conftest import screenshot
from tests.ui.test_kiosk import kiosk, start_scanning

__all__ = ["kiosk"]

pytestmark = [pytest.mark.sane, pytest.mark.cups]


@pytest.fixture
def settings_overrides() -> list[str]:
    return ["scanner_device=test:9"]  # no such scanner: SANE's test driver has test:0 and test:1


def test_a_missing_scanner_asks_the_resident_to_fetch_staff(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    view = start_scanning(qtbot, kiosk, "statement")
    with qtbot.waitSignal(view.failed, timeout=60_000) as failed:
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    assert failed.args == [
        "The scanner is not working at the moment. Please ask a member of staff for help."
    ]
    assert view.error.isVisible() and view.error.text() == failed.args[0]
    assert view.place.scan_button.isEnabled()
    screenshot(kiosk, "kiosk-scanner-problem")


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (FaultKind.COVER_OPEN, "lid is open"),
        (FaultKind.FEEDER_EMPTY, "Nothing came through"),
        (FaultKind.BUSY, "not ready yet"),
        (FaultKind.JAMMED, "ask a member of staff"),
        (FaultKind.NO_SCANNER_SOFTWARE, "ask a member of staff"),
    ],
)
def test_scanner_faults_become_resident_words(
    qtbot: QtBot, kiosk: MainWindow, kind: FaultKind, words: str
) -> None:
    view = start_scanning(qtbot, kiosk, "statement")
    with qtbot.waitSignal(view.failed) as failed:  # as the scan controller reports a fault
        kiosk.scan_controller.scan_faulted.emit(MESSAGES[kind], kind)
    assert words in failed.args[0]
    assert failed.args[0] != MESSAGES[kind]
    assert "Continue" not in failed.args[0] and "IT" not in failed.args[0].split()
