"""Qt's own messages reach the Python log (and so the log file)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning

from desk.ui.qtlog import install_qt_log_handler


@pytest.mark.allow_log_warnings
def test_qt_warnings_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    install_qt_log_handler()
    try:
        qWarning("a warning from Qt")
    finally:
        qInstallMessageHandler(None)
    records = [r for r in caplog.records if r.name == "qt"]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.WARNING, "default: a warning from Qt")
    ]
