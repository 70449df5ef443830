"""The scan screen on SANE's test driver: pages arrive as thumbnails, edits, faults, Continue."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from desk.domain.documents import DocumentKind
from desk.ui.jobs import JobRunner
from desk.ui.scanner import ScanController
from desk.ui.views.scan import ScanView
from scanning.model import Capabilities
from scanning.profiles import BUILTIN_PROFILES, Profile
from scanning.session import discover
from tests.fixtures.sane import SaneEnv
from tests.ui.conftest import screenshot

pytestmark = pytest.mark.sane


@dataclasses.dataclass(frozen=True)
class FoundScanner:
    """The scan screen's actions on a scanner already found, its pages plain files."""

    scanner: Capabilities

    def find_scanner(self) -> Capabilities:
        return self.scanner

    def read_page(self, path: Path) -> bytes:
        return path.read_bytes()


@pytest.fixture
def sane_scanner(sane_env: SaneEnv, monkeypatch: pytest.MonkeyPatch) -> Capabilities:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)
    found = discover(timeout=30)
    return next(c for c in found.scanners if c.device.id == "test:0")


@pytest.fixture
def view(
    qtbot: QtBot, tmp_path: Path, sane_scanner: Capabilities, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ScanView]:
    # The real SANE test driver, told to jam after DESK_TEST_JAM_AFTER pages (100: never).
    monkeypatch.setenv("DESK_TEST_JAM_AFTER", "100")
    controller = ScanController(backend="tests.scanning.jam_backend:JamAfterBackend")
    profiles: dict[str, Profile] = {
        **BUILTIN_PROFILES,
        # The test driver's feeder holds 10 pages; a low resolution keeps the test quick.
        "statement": dataclasses.replace(BUILTIN_PROFILES["statement"], resolution=75),
    }
    jobs = JobRunner()
    jobs.scopes.begin_session()
    jobs.scopes.begin_visit()  # the scan screen works for a visit
    scan_view = ScanView(jobs, controller, FoundScanner(sane_scanner), profiles=profiles)
    jobs.setParent(scan_view)  # its pending results die with the view
    qtbot.addWidget(scan_view)
    scan_view.show()
    scan_view.start(tmp_path / "visit")
    scan_view.profile.setCurrentIndex(scan_view.profile.findData("statement"))
    scan_view.profile.activated.emit(scan_view.profile.currentIndex())
    yield scan_view
    controller.close()
    jobs.wait()


def test_ten_feeder_pages_arrive_while_the_event_loop_keeps_ticking(
    qtbot: QtBot, view: ScanView
) -> None:
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(threading.get_ident()))
    ticker.start(5)
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as ended:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    ticker.stop()
    assert ended.args == ["finished"]
    assert len(view.document) == 10
    assert view.pages.count() == 10
    assert len(ticks) >= 10  # the GUI thread ran its timer throughout the scan
    qtbot.waitUntil(lambda: all(not view.pages.item(i).icon().isNull() for i in range(10)))
    assert view.send_button.isEnabled()
    assert view.focusWidget() is view.send_button, "Send is the next key press, not six Tabs"
    assert view.continue_button.isVisible()
    assert view.status.text() == "Done: 10 pages. Check them, then press Send."
    assert all(Path(p.path).exists() for p in view.document.pages)
    view.resize(1100, 760)
    screenshot(view, "scan")


def test_pages_can_be_turned_moved_removed_and_put_back(qtbot: QtBot, view: ScanView) -> None:
    with qtbot.waitSignal(view.scan_ended, timeout=60_000):
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    original = [p.path for p in view.document.pages]
    view.pages.setCurrentRow(2)
    qtbot.mouseClick(view.rotate_right_button, Qt.MouseButton.LeftButton)
    assert view.document.pages[2].rotation == 90
    qtbot.mouseClick(view.earlier_button, Qt.MouseButton.LeftButton)
    assert [p.path for p in view.document.pages][:3] == [original[0], original[2], original[1]]
    assert view.pages.currentRow() == 1
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert len(view.document) == 9
    assert original[2] not in [p.path for p in view.document.pages]
    assert view.restore_button.isEnabled()
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert [p.path for p in view.document.pages][:2] == [original[0], original[2]]
    assert view.document.pages[1].rotation == 90
    with qtbot.waitSignal(view.document_ready) as ready:
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert len(ready.args[0]) == 10
    assert ready.args[1] is DocumentKind.BANK_STATEMENT


def test_a_jam_keeps_the_pages_and_continue_appends(
    qtbot: QtBot, view: ScanView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESK_TEST_JAM_AFTER", "3")
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as ended:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert ended.args[0].startswith("The scanner has a paper jam.")
    assert view.fault.isVisible()
    assert view.continue_button.isVisible()
    assert len(view.document) == 3
    assert view.status.text() == "The 3 pages scanned before this are kept."
    assert view.send_button.isEnabled()

    monkeypatch.setenv("DESK_TEST_JAM_AFTER", "100")  # the jam is cleared
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as again:
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert again.args == ["finished"]
    assert len(view.document) == 13
    assert not view.fault.isVisible()


def test_an_id_card_front_then_back_becomes_one_page(qtbot: QtBot, view: ScanView) -> None:
    view.profile.setCurrentIndex(view.profile.findData("id"))
    view.profile.activated.emit(view.profile.currentIndex())
    with qtbot.waitSignal(view.scan_ended, timeout=60_000):
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    (front,) = view.document.pages
    assert "turn it over" in view.status.text()
    assert view.continue_button.isVisible() and view.send_button.isEnabled()
    with qtbot.waitSignal(view.sides_joined, timeout=60_000):
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    (both,) = view.document.pages
    assert both.height > 2 * front.height
    assert both.width == front.width
    assert view.pages.count() == 1
    assert view.status.text() == "Both sides are on one page. Check it, then press Send."
    qtbot.waitUntil(lambda: not view.pages.item(0).icon().isNull())
    view.resize(1024, 720)
    screenshot(view, "scan-id-card-both-sides")
    # The next card starts afresh: its front asks for its back again.
    with qtbot.waitSignal(view.scan_ended, timeout=60_000):
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert len(view.document) == 2
    assert "turn it over" in view.status.text()


def test_a_one_sided_document_is_not_asked_for_its_back(qtbot: QtBot, view: ScanView) -> None:
    view.profile.setCurrentIndex(view.profile.findData("photo"))
    view.profile.activated.emit(view.profile.currentIndex())
    with qtbot.waitSignal(view.scan_ended, timeout=60_000):
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert len(view.document) == 1
    assert view.status.text() == "Done: 1 page. Check it, then press Send."
