"""What the app keeps on disk (database, outbox, log, uploaded documents) is its account's alone.

The real commands run in a subprocess with an ordinary umask (022); every file and folder they
made under the user's data, state, config and cache folders must then be closed to the group
and to others.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk import APP_NAME
from desk.config import load_settings, user_data_dir, user_log_dir
from desk.logs import configure_logging
from desk.runtime import open_runtime
from desk.services.uploads import open_uploads, queue_document, send_pending
from desk.uploads.crypto import SpoolKey
from tests.e2e.conftest import Desk
from tests.uploads.conftest import pdf_bytes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")

_XDG = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")


@pytest.fixture
def ordinary_umask() -> Iterator[None]:
    """The umask most desktop sessions have: new files readable by everyone unless we say no."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def app_paths() -> dict[Path, int]:
    """Every file and folder (the app's own folders included) under the app's user folders,
    with its mode as it was when seen (SQLite's side files come and go)."""
    found: dict[Path, int] = {}
    for variable in _XDG:
        root = Path(os.environ[variable]) / APP_NAME
        for path in [root, *root.rglob("*")] if root.exists() else []:
            try:
                found[path] = path.lstat().st_mode
            except FileNotFoundError:
                continue
    return found


def open_to_others(paths: dict[Path, int]) -> list[str]:
    return [f"{path} is {stat.filemode(mode)}" for path, mode in paths.items() if mode & 0o077]


def run_the_station(desk: Desk, pdf: Path) -> None:
    for args, stdin in (
        (("db", "upgrade"), ""),
        (("staff", "add", "Asha Patel"), "2468\n"),
        (("devices", "add", "LT-042", "--kind", "laptop", "--model", "ThinkPad"), ""),
        (("upload", str(pdf), "--kind", "bank_statement"), ""),
        (("loans", "retention"), ""),
        (("doctor", "--no-devices"), ""),
        (("self-test",), ""),
    ):
        done = desk(*args, stdin=stdin)
        assert done.returncode == 0, (args, done.stderr)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf_bytes(b"PRIVATE", pages=2))
    return path


def test_every_file_the_commands_make_is_private(
    desk: Desk, pdf: Path, ordinary_umask: None
) -> None:
    run_the_station(desk, pdf)

    made = app_paths()
    names = {path.name for path in made}
    assert {"desk.sqlite3", "outbox.sqlite3", "desk.log", "uploaded"} <= names, names
    assert any(name.endswith(".pdf") for name in names), "the local folder holds the upload"
    assert open_to_others(made) == []


def test_what_an_older_version_left_open_is_closed(
    desk: Desk, pdf: Path, ordinary_umask: None
) -> None:
    run_the_station(desk, pdf)
    for path in app_paths():
        path.chmod(0o755 if path.is_dir() else 0o644)  # no connection is open: all are there
    wal = user_data_dir() / "desk.sqlite3-wal"
    wal.touch()
    wal.chmod(0o644)
    rotated = user_log_dir() / "desk.log.1"
    rotated.write_text("an older log\n")
    rotated.chmod(0o644)

    for args in (("doctor", "--no-devices"), ("self-test",)):
        done = desk(*args)
        assert done.returncode == 0, (args, done.stderr)

    assert open_to_others(app_paths()) == []


def test_the_app_s_own_open_functions_are_private_without_the_command_s_umask(
    ordinary_umask: None,
) -> None:
    log_file = configure_logging("INFO")
    runtime = open_runtime(load_settings())
    uploads = open_uploads(runtime.settings, key=SpoolKey.generate())
    try:
        queue_document(uploads, runtime.uow_factory, pdf_bytes(b"X"), kind="identity", page_count=1)
        send_pending(uploads, runtime.uow_factory)
        logging.getLogger("desk.test").info("a line before the log rolls over")
        (handler,) = [h for h in logging.getLogger().handlers if h.get_name() == "desk-file"]
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("desk.test").info("a line after it")
        while_open = app_paths()  # SQLite's side files are there while a connection is
    finally:
        uploads.close()
        runtime.close()

    names = {path.name for path in while_open}
    assert {"desk.sqlite3-wal", "desk.sqlite3-shm", "outbox.sqlite3-wal"} <= names, names
    assert {"desk.sqlite3", "outbox.sqlite3", "desk.log", "desk.log.1"} <= names, names
    assert log_file.exists()
    assert open_to_others(while_open) == []
    assert open_to_others(app_paths()) == []
