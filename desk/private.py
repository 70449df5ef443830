"""Files and folders that hold residents' or staff's data: readable by this account alone.

On Linux (and other POSIX systems) the app's folders are made 0700 and its files 0600: the
embedded database (borrowers' names and phone numbers, PIN hashes) and its SQLite side files,
the outbox, the log and the local upload folder. `owner_only_umask` makes every file the process
creates private from the start (SQLite's -wal, -shm and -journal files, rotated logs, files a
library makes); `private_dir` and `private_file` make the app's own places private whatever the
umask, and tighten what an earlier version left readable by others.

On Windows these are no-ops: files in the user's profile inherit its access list (the user,
SYSTEM and Administrators), which is what keeps them private there.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from desk.config import user_data_dir, user_log_dir

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
OWNER_ONLY_UMASK = 0o077

#: The files SQLite keeps beside a database, which hold its data too.
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

_POSIX = os.name == "posix"


@contextlib.contextmanager
def owner_only_umask() -> Iterator[None]:
    """While the block runs, files and folders the process creates are its owner's alone."""
    previous = os.umask(OWNER_ONLY_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def tighten(path: Path, mode: int) -> None:
    """Take away the permission bits `mode` does not allow (never following a link).

    Only what this account owns is changed; a missing path is left alone.
    """
    if not _POSIX:
        return
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(status.st_mode) or status.st_uid != os.geteuid():
        return
    current = stat.S_IMODE(status.st_mode)
    if current & ~mode:
        Path(path).chmod(current & mode)


def private_dir(path: Path, *, tighten_existing: bool = True) -> Path:
    """Make `path` and any missing parents as folders only this account can enter.

    An existing folder is tightened to 0700 too, unless `tighten_existing` is False (a folder
    IT named, which may be shared on purpose: only what is made here is private then).
    """
    path = Path(path)
    missing: list[Path] = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        tighten(folder, PRIVATE_DIR_MODE)
    if not path.is_dir():
        # A file (or a link to nothing) in the way: let mkdir say so in the usual words.
        path.mkdir()
    if tighten_existing:
        tighten(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path, *, create: bool = False) -> Path:
    """Tighten an existing file to 0600; with `create`, make it (empty, 0600) when missing.

    A database made empty this way before SQLite opens it gives its side files the same mode:
    SQLite creates its -wal, -shm and -journal files with the database file's permissions.
    """
    path = Path(path)
    if create:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE))
    tighten(path, PRIVATE_FILE_MODE)
    return path


def private_sqlite(path: Path) -> Path:
    """A SQLite database file private to this account, with its side files (made if missing)."""
    private_file(path, create=True)
    for suffix in SQLITE_SIDE_FILES:
        tighten(path.with_name(path.name + suffix), PRIVATE_FILE_MODE)
    return path


def private_tree(root: Path) -> None:
    """Tighten a folder of the app's own and everything in it (links are left, never followed).

    For the user data and log folders at start-up: what an older version left open to others
    (the database, the outbox, lock files, delivered documents, old logs) is closed.
    """
    if not _POSIX or not root.is_dir() or root.is_symlink():
        return
    tighten(root, PRIVATE_DIR_MODE)
    for current, folders, files in os.walk(root):
        base = Path(current)
        for name in folders:
            tighten(base / name, PRIVATE_DIR_MODE)
        for name in files:
            tighten(base / name, PRIVATE_FILE_MODE)


def private_app_folders() -> None:
    """Close the app's user data and log folders to others (see `private_tree`)."""
    for folder in (user_data_dir(), user_log_dir()):
        with contextlib.suppress(OSError):
            private_tree(folder)
