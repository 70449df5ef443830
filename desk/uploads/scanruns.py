"""The working folders of `desk scan` runs: in the spool, private, encrypted, wiped after the run.

A run's pages (and an ID card's front while it waits for the back) are written by the scan
worker through the encrypting page sink into `spool_path/scans/<run id>/` (mode 0700), never to
a temporary folder. The run holds `scans/<run id>.lock` for as long as it lives, so a run killed
outright (SIGKILL, a power cut) leaves a folder whose lock nobody holds: the next `desk scan` and
the app's start-up wipe it (`wipe_stale_scan_runs`).

This module is light to import (no cryptography, no keyring): `desk scan` makes its folder
before the worker starts scanning, and loads the key only while the scanner warms up.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from desk.uploads.locks import FileLock, LockBusy

if TYPE_CHECKING:
    from desk.uploads.spool import WipeReport

log = logging.getLogger(__name__)

PAGE_SINK_FACTORY = "desk.uploads.spool:EncryptedPageSink"
"""Give this to scanning's `SinkSpec(factory=...)` so the scan worker writes encrypted pages."""

SCANS_FOLDER = "scans"
LOCK_SUFFIX = ".lock"
_STRAY_LOCK_SECONDS = 600.0
"""A lock file with no folder beside it is removed once it is this old (a run killed between
taking its lock and making its folder); younger ones may belong to a run just starting."""


def scans_root(spool_root: Path) -> Path:
    """The folder holding one sub-folder per `desk scan` run."""
    return Path(spool_root) / SCANS_FOLDER


class ScanRun:
    """`with ScanRun(spool_root) as run:` a private working folder for one scan, wiped at the end.

    The folder is `run.folder`; give it to `ScanJob` with `SinkSpec(PAGE_SINK_FACTORY)`.
    """

    def __init__(self, spool_root: Path) -> None:
        self.root = scans_root(spool_root)
        self.id = uuid.uuid4()
        self.folder = self.root / str(self.id)
        self._lock = FileLock(self.root / f"{self.id}{LOCK_SUFFIX}", timeout=0)

    def __enter__(self) -> Self:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._lock.acquire()  # before the folder exists: a cleaner never sees it unlocked
        try:
            self.folder.mkdir(mode=0o700)
        except BaseException:
            self._drop_lock()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            report = _wipe(self.folder)
            if report.left:
                log.warning("scan run files not all wiped left=%d", len(report.left))
        finally:
            self._drop_lock()

    def _drop_lock(self) -> None:
        # Released first: Windows cannot remove a file that is open. The folder is gone by now,
        # so a cleaner taking the lock in between finds nothing to do.
        self._lock.release()
        with contextlib.suppress(OSError):
            self._lock.path.unlink()


def _wipe(folder: Path) -> WipeReport:
    from desk.uploads.spool import wipe_tree  # noqa: PLC0415  (cryptography: only when needed)

    return wipe_tree(folder, label=folder.name)


def wipe_stale_scan_runs(spool_root: Path, *, now: float | None = None) -> WipeReport | None:
    """Wipe the folders of `desk scan` runs that ended without tidying up (killed, power cut).

    A folder whose run still holds its lock is left alone. Returns None when there was nothing
    to wipe, else what was removed and what could not be.
    """
    root = scans_root(spool_root)
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return None
    clock = time.time() if now is None else now
    report: WipeReport | None = None
    for entry in entries:
        if entry.name.endswith(LOCK_SUFFIX):
            _remove_stray_lock(entry, clock)
            continue
        lock = FileLock(root / f"{entry.name}{LOCK_SUFFIX}", timeout=0)
        try:
            lock.acquire()
        except (LockBusy, OSError):
            continue  # a run in progress (or a lock we cannot open: leave it be)
        try:
            wiped = _wipe(entry)
            report = wiped if report is None else report + wiped
        finally:
            lock.release()
        if wiped.ok:
            with contextlib.suppress(OSError):
                lock.path.unlink()
    if report is not None:
        log.info(
            "stale scan runs wiped runs=%d removed=%d left=%d",
            len(report.visits),
            len(report.removed),
            len(report.left),
        )
        if report.left:
            log.warning("stale scan run files not all wiped left=%d", len(report.left))
    return report


def _remove_stray_lock(path: Path, now: float) -> None:
    """Remove an old lock file whose run folder is gone (never one held, never a young one)."""
    folder = path.with_name(path.name.removesuffix(LOCK_SUFFIX))
    try:
        if folder.exists() or now - path.stat().st_mtime < _STRAY_LOCK_SECONDS:
            return
    except OSError:
        return
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire()
    except (LockBusy, OSError):
        return
    lock.release()
    with contextlib.suppress(OSError):
        path.unlink()
