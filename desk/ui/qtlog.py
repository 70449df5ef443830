"""Route Qt's own messages (qDebug, qWarning, ...) into the Python log."""

from __future__ import annotations

import logging

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


def install_qt_log_handler() -> None:
    """From now on, Qt's messages go to the log file with the rest."""
    qInstallMessageHandler(_handle)
