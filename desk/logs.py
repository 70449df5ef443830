"""The rotating log file: one line per event, `key=value` pairs, UTC times, no personal data.

Log the *record*, never the person: ids, counts, states and error kinds, never names, file
names of residents' documents, contact details or document content.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import secrets
import time
import traceback
from pathlib import Path

from desk import APP_NAME
from desk.config import user_log_dir
from desk.private import private_dir, private_file

LOG_FILE_NAME = "desk.log"
_HANDLER_NAME = "desk-file"


class LogfmtFormatter(logging.Formatter):
    """`time=... level=... logger=... msg="..."`: easy to grep, easy to parse."""

    def format(self, record: logging.LogRecord) -> str:
        """Format one record on one line (exceptions are folded onto it)."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        stamp += f".{int(record.msecs):03d}Z"
        message = record.getMessage()
        if record.exc_info:
            message += " | " + self.formatException(record.exc_info)
        message = message.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " | ")
        return (
            f"time={stamp} level={record.levelname} logger={record.name} "
            f'pid={record.process} thread={record.threadName} msg="{message}"'
        )


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the current one and each after a rollover) is 0600.

    Rotated copies are renamed, so they keep the mode; the new file is made 0600 before it is
    opened, whatever the process's umask.
    """

    def _open(self) -> io.TextIOWrapper:
        private_file(Path(self.baseFilename), create=True)
        return super()._open()


def configure_logging(level: str = "INFO", log_dir: Path | None = None) -> Path:
    """Send every log record to a rotating file in the user log folder; return the file's path.

    Safe to call more than once: the file handler is replaced, never doubled.
    """
    if log_dir is None and user_log_dir().parent.name == APP_NAME:
        private_dir(user_log_dir().parent)  # the app's own state folder (Linux), not ~/Library
    folder = private_dir(log_dir or user_log_dir())
    path = folder / LOG_FILE_NAME
    for existing in folder.glob(f"{LOG_FILE_NAME}*"):
        private_file(existing)  # an older version's log and its rotated copies
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(LogfmtFormatter())
    root.addHandler(handler)
    root.setLevel(getattr(logging, level))
    logging.captureWarnings(True)
    return path


def log_file() -> Path | None:
    """The log file records go to, setting it up if no command has yet (None if it cannot be)."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == _HANDLER_NAME and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    try:
        return configure_logging()
    except OSError:
        return None


def new_incident() -> str:
    """A short reference for one unexpected failure, shown to the user and written in the log
    with its traceback (e.g. `7F3A-91C2`), so that IT can find it from what staff read out."""
    token = secrets.token_hex(4).upper()
    return f"{token[:4]}-{token[4:]}"


def redacted_traceback(error: BaseException) -> str:
    """Where `error` happened (its stack, and that of each exception behind it) and of what
    types, without their messages: an exception's text can hold anything, a resident's name
    or a document's file name included, and the log never holds personal data."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = traceback.extract_tb(current.__traceback__)
        frames = "; ".join(f"{f.filename}:{f.lineno} in {f.name}" for f in stack)
        parts.append(f"{type(current).__module__}.{type(current).__qualname__} at {frames}")
        current = current.__cause__ or current.__context__
    return " <- caused by ".join(parts) + " (messages withheld)"
