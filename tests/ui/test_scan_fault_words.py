"""On the staff scan screen, a fault on a scan from the glass speaks of the glass, not of a
feeder, and names the button that is on screen (Scan when no page is kept, not Continue)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.ui.views.scan import ScanView
from tests.ui.test_scan_view import sane_scanner, view

__all__ = ["sane_scanner", "view"]

pytestmark = pytest.mark.sane


def test_a_jam_on_the_glass_before_any_page_says_scan_again(
    qtbot: QtBot, view: ScanView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESK_TEST_JAM_AFTER", "0")  # jammed from the first page
    view.profile.setCurrentIndex(view.profile.findData("photo"))  # on the glass
    view.profile.activated.emit(view.profile.currentIndex())
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as ended:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    text = ended.args[0]
    assert text.startswith("The scanner reported a paper jam.")
    assert "feeder" not in text
    assert "press Scan" in text and "Continue" not in text
    assert view.fault.text() == text
    assert view.document.pages == ()
    assert view.scan_button.isVisible() and not view.continue_button.isVisible()


def test_a_jam_in_the_feeder_after_some_pages_says_continue(
    qtbot: QtBot, view: ScanView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESK_TEST_JAM_AFTER", "2")
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as ended:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert "feeder" in ended.args[0] and "press Continue" in ended.args[0]
    assert view.continue_button.isVisible()
