"""The scan screen on the test eSCL network scanner: the scanner's own name, pages, a jam and
Continue, as on SANE (test_scan_view.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.config import ScannerSettings
from desk.ui.jobs import JobRunner
from desk.ui.scanner import ScanController
from desk.ui.views.scan import ScanView, find_scanner
from scanning.profiles import BUILTIN_PROFILES, Profile
from tests.fixtures.escl import EsclScanner
from tests.ui.test_scan_view import FoundScanner

pytestmark = [pytest.mark.poppler, pytest.mark.timeout(180)]


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path, escl_scanner: EsclScanner) -> Iterator[ScanView]:
    settings = ScannerSettings(backend="escl", escl_urls=(escl_scanner.url,))
    caps = find_scanner(settings)  # as the app finds it: through a worker, from the settings
    controller = ScanController(backend="escl", backend_options={"escl": {"urls": []}})
    profiles: dict[str, Profile] = {
        **BUILTIN_PROFILES,
        "statement": dataclasses.replace(BUILTIN_PROFILES["statement"], resolution=75),
    }
    jobs = JobRunner()
    jobs.scopes.begin_session()
    jobs.scopes.begin_visit()  # the scan screen works for a visit
    scan_view = ScanView(jobs, controller, FoundScanner(caps), profiles=profiles)
    jobs.setParent(scan_view)
    qtbot.addWidget(scan_view)
    scan_view.show()
    scan_view.start(tmp_path / "visit")
    scan_view.profile.setCurrentIndex(scan_view.profile.findData("statement"))
    scan_view.profile.activated.emit(scan_view.profile.currentIndex())
    yield scan_view
    controller.close()
    jobs.wait()


def test_a_network_scanner_jam_keeps_the_pages_and_continue_appends(
    qtbot: QtBot, view: ScanView, escl_scanner: EsclScanner
) -> None:
    # The statement profile scans both sides: the feeder jams on the second sheet's front.
    escl_scanner.load("statement", "letter", "photo", "letter")
    escl_scanner.state.jam_at = 3
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as ended:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert ended.args[0].startswith("The scanner has a paper jam.")
    assert len(view.document) == 2
    assert view.continue_button.isVisible()

    escl_scanner.state.jam_at = None  # cleared; the three sheets left are still in the feeder
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as again:
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert again.args == ["finished"]
    assert len(view.document) == 8
    # Every back is blank, and flagged for review.
    assert [p.blank for p in view.document.pages] == [False, True] * 4
    assert not escl_scanner.state.feeder
