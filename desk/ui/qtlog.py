"""Route Qt's own messages (qDebug, qWarning, ...) into the Python log."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)
    if kind == QtMsgType.QtFatalMsg:
        # Qt aborts after a fatal message (no display, no platform plugin): say why on the
        # terminal too, in one line, and end as a failed command instead of a core dump.
        first = message.strip().splitlines()[0] if message.strip() else "Qt stopped"
        print(f"desk: the window cannot open: {first}", file=sys.stderr)
        logging.shutdown()
        os._exit(1)


def install_qt_log_handler() -> None:
    """From now on, Qt's messages go to the log file with the rest."""
    qInstallMessageHandler(_handle)
