"""An exclusive lock on a file between processes, released by the OS if its holder dies."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from desk.errors import DeskError
from desk.private import PRIVATE_FILE_MODE, tighten

_POLL_SECONDS = 0.05


class LockBusy(DeskError):
    """Another process held the lock for longer than we were willing to wait."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415  (Windows only)

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415  (POSIX only)

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415  (Windows only)

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl  # noqa: PLC0415  (POSIX only)

    fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """`with FileLock(path, timeout=...)`: hold an exclusive lock on `path` for the block.

    `timeout=0` tries once. Raises LockBusy when another process keeps it past the timeout.
    """

    def __init__(self, path: Path, *, timeout: float, what: str = "another Station Desk") -> None:
        self.path = Path(path)
        self.timeout = timeout
        self.what = what
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise LockBusy."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        with contextlib.suppress(OSError):
            tighten(self.path, PRIVATE_FILE_MODE)  # one an older version made open to others
        deadline = time.monotonic() + self.timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise LockBusy(f"{self.what} is busy with this right now; try again in a moment.")
            time.sleep(_POLL_SECONDS)
        self._fd = fd

    def release(self) -> None:
        """Let the lock go."""
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
