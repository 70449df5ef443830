"""The log file: one greppable line per record, UTC, rotated, no doubled handlers."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from desk.logs import LOG_FILE_NAME, configure_logging


def test_records_land_in_the_user_log_folder_as_logfmt(tmp_path: Path) -> None:
    path = configure_logging("INFO", tmp_path)
    configure_logging("INFO", tmp_path)  # a second call replaces the handler, never doubles it
    logging.getLogger("desk.test").info('scan finished pages=%d note="quoted"\nsecond line', 3)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path == tmp_path / LOG_FILE_NAME
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        r"time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z level=INFO logger=desk\.test pid=\d+ "
        r'thread=\S+ msg="scan finished pages=3 note=\\"quoted\\" \| second line"',
        lines[0],
    ), lines[0]


def test_default_folder_is_the_platform_user_log_dir(isolated_home: Path) -> None:
    path = configure_logging("INFO")
    assert str(path).startswith(str(isolated_home))
    assert path.parent.is_dir()
