"""An unexpected error in the app: its traceback goes to the log under an incident number, staff
see a plain message with that number, a resident at the kiosk sees only "ask a member of staff",
and nobody ever sees the exception's own text."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desk.cli.main import main
from desk.ui import crash
from desk.ui.crash import (
    CrashHandler,
    can_show_windows,
    install_crash_handler,
    resident_message,
    startup_failure_box,
)
from desk.ui.main_window import MainWindow

SECRET = "Jane Resident, 12 Example Road"
"""What an exception's text may hold, and must never reach a screen."""

pytestmark = [pytest.mark.allow_log_warnings, pytest.mark.qt_no_exception_capture]


@pytest.fixture
def handler(window: MainWindow) -> Iterator[CrashHandler]:
    installed = install_crash_handler(window)  # as run_gui installs it
    yield installed
    installed.uninstall()
    if installed.box is not None:
        installed.box.close()


def boom() -> None:
    raise ValueError(f"could not file the document of {SECRET}")


def crash_in_a_slot(qtbot: QtBot, handler: CrashHandler) -> str:
    """Raise from a Qt callback, as a bug in a slot would, and wait for the message."""
    before = len(handler.incidents)
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: len(handler.incidents) > before)
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    qtbot.waitUntil(lambda: shown(handler, handler.incidents[-1]) or resident(handler))
    return handler.incidents[-1]


def shown(handler: CrashHandler, incident: str) -> bool:
    return handler.box is not None and incident in handler.box.text()


def resident(handler: CrashHandler) -> bool:
    return handler.box is not None and handler.box.text() == resident_message()


def test_staff_see_a_plain_message_with_the_incident_in_the_log(
    qtbot: QtBot, handler: CrashHandler, caplog: pytest.LogCaptureFixture
) -> None:
    incident = crash_in_a_slot(qtbot, handler)
    assert handler.box is not None
    text = handler.box.text()
    assert incident in text and "tell IT" in text
    assert SECRET not in text and "ValueError" not in text
    assert SECRET not in handler.box.detailedText() + handler.box.informativeText()
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    logged = logging.Formatter().format(record)
    assert f"incident={incident}" in logged and "kind=ValueError" in logged
    assert "test_crash.py" in logged and "in boom" in logged, "where it happened"
    assert SECRET not in logged, "an exception's text never goes into the log"


def test_the_window_keeps_working_after_a_crash(
    qtbot: QtBot, handler: CrashHandler, window: MainWindow
) -> None:
    crash_in_a_slot(qtbot, handler)
    assert window.isVisible()
    second = crash_in_a_slot(qtbot, handler)  # one box, naming the latest incident
    assert handler.box is not None and second in handler.box.text()
    assert len(handler.incidents) == 2


def test_a_resident_at_the_kiosk_sees_only_ask_a_member_of_staff(
    qtbot: QtBot, handler: CrashHandler, window: MainWindow
) -> None:
    window.screens.setCurrentWidget(window.kiosk_view)
    incident = crash_in_a_slot(qtbot, handler)
    assert handler.box is not None
    assert handler.box.text() == resident_message()
    assert "member of staff" in handler.box.text()
    assert incident not in handler.box.text() and SECRET not in handler.box.text()


def test_an_error_in_a_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, handler: CrashHandler, caplog: pytest.LogCaptureFixture
) -> None:
    worker = threading.Thread(target=boom, name="sender")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    assert handler.box is not None and handler.incidents[-1] in handler.box.text()
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "thread=sender" in record.getMessage()


def test_uninstall_gives_the_hooks_back(window: MainWindow) -> None:
    before = sys.excepthook, threading.excepthook
    installed = install_crash_handler(window)
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_startup_failure_is_put_on_screen_only_where_someone_can_see_it(
    qtbot: QtBot,
) -> None:
    line = "the database at sqlite:///x is newer than this station's Station Desk."
    box = startup_failure_box(line)
    qtbot.addWidget(box)
    assert box.text() == line
    assert not can_show_windows({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert not can_show_windows({"QT_QPA_PLATFORM": "minimal"})
    if sys.platform.startswith("linux"):
        assert not can_show_windows({})
        assert can_show_windows({"DISPLAY": ":0"})


def test_desk_gui_shows_a_database_failure_on_screen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_startup_failure", shown.append)
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    code = main(["--set", f"database_url={url}", "--set", "database_auto_migrate=false", "gui"])
    assert code == 1
    line = capsys.readouterr().err.strip()
    assert shown == [line.removeprefix("desk: ")]
    assert "not migrated" in shown[0]
