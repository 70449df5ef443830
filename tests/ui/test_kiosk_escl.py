"""The kiosk on an eSCL network scanner only: a resident scans a statement, and a jam is told
in the resident's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep
from tests.fixtures.escl import EsclScanner
from tests.ui.test_kiosk import kiosk, start_scanning

__all__ = ["kiosk"]

pytestmark = [pytest.mark.sane, pytest.mark.cups, pytest.mark.poppler]


@pytest.fixture
def settings_overrides(tmp_path: Path, escl_scanner: EsclScanner) -> list[str]:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text("[profiles.statement]\nresolution = 75\n", encoding="utf-8")
    return [
        "scanner_backend=escl",
        f"scanner_escl_urls={escl_scanner.url}",
        f"scanner_profiles_file={profiles}",
    ]


def test_a_resident_scans_a_statement_on_a_network_scanner(
    qtbot: QtBot, kiosk: MainWindow, escl_scanner: EsclScanner
) -> None:
    escl_scanner.load("statement", "letter")
    view = start_scanning(qtbot, kiosk, "statement")
    with qtbot.waitSignal(view.step_changed, timeout=60_000) as step:
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    assert step.args == [KioskStep.CHECK]
    # Both sides of both sheets: the statement profile scans duplex where the feeder can.
    assert len(view.document) == 4
    assert escl_scanner.seen("POST", "/eSCL/ScanJobs")


def test_a_network_scanner_jam_is_told_in_the_residents_words(
    qtbot: QtBot, kiosk: MainWindow, escl_scanner: EsclScanner
) -> None:
    escl_scanner.load("statement", "letter")
    escl_scanner.state.jam_at = 1
    view = start_scanning(qtbot, kiosk, "statement")
    with qtbot.waitSignal(view.failed, timeout=60_000) as failed:
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    assert "ask a member of staff" in failed.args[0]
    assert "Continue" not in failed.args[0]
