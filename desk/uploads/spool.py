"""The encrypted spool: each visit's working files (pages, documents) and wiping them."""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import uuid
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from desk.private import private_dir
from desk.uploads.crypto import (
    EncryptedWriter,
    SpoolKey,
    is_encrypted,
    iter_decrypted,
    load_spool_key,
    read_decrypted,
)
from desk.uploads.scanruns import PAGE_SINK_FACTORY
from scanning.sink import is_run_page

__all__ = ["PAGE_SINK_FACTORY", "EncryptedPageSink", "Spool", "WipeReport", "wipe_tree"]

log = logging.getLogger(__name__)

VISITS_FOLDER = "visits"

_OVERWRITE_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True)
class WipeReport:
    """What a wipe removed and what it could not (an empty `left` means all gone)."""

    visits: tuple[str, ...]
    removed: tuple[Path, ...]
    left: tuple[Path, ...]

    @property
    def ok(self) -> bool:
        """True when nothing was left behind."""
        return not self.left

    def __add__(self, other: WipeReport) -> WipeReport:
        return WipeReport(
            self.visits + other.visits, self.removed + other.removed, self.left + other.left
        )


EMPTY_WIPE = WipeReport((), (), ())


def _safe_name(name: str) -> str:
    if not name or "/" in name or "\\" in name or name.startswith(".") or "\x00" in name:
        raise ValueError(f"not a plain file name: {name!r}")
    return name


class Spool:
    """The spool folder of one station, with the key that encrypts what goes in it.

    Layout: `spool_path / visits / <visit id> / ...`; every file written through here is
    encrypted, plaintext exists only in memory. The outbox keeps its own copies elsewhere, so
    wiping a visit's folder never touches a document waiting to be uploaded.
    """

    def __init__(self, root: Path, key: SpoolKey) -> None:
        self.root = Path(root)
        self.key = key

    @property
    def visits_root(self) -> Path:
        """The folder holding one sub-folder per visit."""
        return self.root / VISITS_FOLDER

    def visit_dir(self, visit_id: uuid.UUID, *, create: bool = True) -> Path:
        """A visit's working folder (made, private to this account, unless `create` is False)."""
        folder = self.visits_root / str(uuid.UUID(str(visit_id)))
        if create:
            private_dir(folder)
        return folder

    def write(self, visit_id: uuid.UUID, name: str, data: bytes) -> Path:
        """Store `data` encrypted as `name` in the visit's folder, atomically."""
        path = self.visit_dir(visit_id) / _safe_name(name)
        with EncryptedWriter(path, self.key) as writer:
            writer.write(data)
        return path

    def writer(self, visit_id: uuid.UUID, name: str) -> EncryptedWriter:
        """A streaming encrypted writer for a large file in the visit's folder."""
        return EncryptedWriter(self.visit_dir(visit_id) / _safe_name(name), self.key)

    def read(self, path: Path) -> bytes:
        """The plaintext of a spooled file, in memory."""
        return read_decrypted(path, self.key)

    def chunks(self, path: Path) -> Iterator[bytes]:
        """The plaintext of a spooled file, chunk by chunk (for large documents)."""
        return iter_decrypted(path, self.key)

    def page_sink(self, visit_id: uuid.UUID) -> EncryptedPageSink:
        """A scanning page sink that writes this visit's pages encrypted."""
        return EncryptedPageSink(self.visit_dir(visit_id), key=self.key)

    def visit_ids(self) -> list[str]:
        """The names of the visit folders present."""
        if not self.visits_root.is_dir():
            return []
        return sorted(entry.name for entry in self.visits_root.iterdir())

    def wipe_visit(self, visit_id: uuid.UUID) -> WipeReport:
        """Remove a visit's working folder and check it is gone."""
        folder = self.visit_dir(visit_id, create=False)
        report = wipe_tree(folder, label=folder.name)
        log.info(
            "visit files wiped visit=%s removed=%d left=%d",
            folder.name,
            len(report.removed),
            len(report.left),
        )
        return report

    def wipe_stale(self, keep: Collection[uuid.UUID] = ()) -> WipeReport:
        """Wipe every visit folder except those in `keep` (at start-up, after a crash)."""
        kept = {str(k) for k in keep}
        report = EMPTY_WIPE
        for name in self.visit_ids():
            if name not in kept:
                report += wipe_tree(self.visits_root / name, label=name)
        log.info(
            "stale visit files wiped visits=%d removed=%d left=%d",
            len(report.visits),
            len(report.removed),
            len(report.left),
        )
        return report


def _overwrite(path: Path) -> None:
    """Best effort: overwrite a file that is not encrypted before unlinking it."""
    try:
        size = path.stat().st_size
        if size == 0 or size > _OVERWRITE_LIMIT or is_encrypted(path):
            return
        with path.open("r+b") as handle:
            remaining = size
            zeros = bytes(min(remaining, 1024 * 1024))
            while remaining > 0:
                step = min(remaining, len(zeros))
                handle.write(zeros[:step])
                remaining -= step
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        return


def wipe_tree(folder: Path, *, label: str) -> WipeReport:
    """Delete `folder` and everything in it (never following links), then list what is left."""
    removed: list[Path] = []
    if not folder.exists() and not folder.is_symlink():
        return WipeReport((label,), (), ())
    if folder.is_symlink() or not folder.is_dir():
        with contextlib.suppress(OSError):
            folder.unlink()
            removed.append(folder)
    else:
        for current, dirs, files in os.walk(folder, topdown=False):
            base = Path(current)
            for name in files:
                path = base / name
                if not path.is_symlink():
                    _overwrite(path)
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
            for name in dirs:
                path = base / name
                with contextlib.suppress(OSError):
                    if path.is_symlink():
                        path.unlink()
                    else:
                        path.rmdir()
        with contextlib.suppress(OSError):
            folder.rmdir()
    left = _remaining(folder)
    return WipeReport((label,), tuple(removed), tuple(left))


def _remaining(folder: Path) -> list[Path]:
    if folder.is_symlink() or folder.is_file():
        return [folder]
    if not folder.exists():
        return []
    left = [path for path in folder.rglob("*") if path.is_file() or path.is_symlink()]
    return left or [folder]


class EncryptedPageSink:
    """A `scanning.sink.PageSink` that keeps pages encrypted with the station's spool key.

    The scan worker builds it from `SinkSpec(PAGE_SINK_FACTORY)` with the visit's folder; it
    reads the key from the OS keyring itself, so the key never travels in the job description.
    """

    def __init__(
        self,
        folder: Path,
        options: Mapping[str, object] | None = None,
        *,
        key: SpoolKey | None = None,
    ) -> None:
        self.folder = Path(folder)
        self._key = key or load_spool_key()

    def write(self, name: str, data: bytes) -> Path:
        """Store a page encrypted under `name`, complete or absent."""
        # The folder is made here, not when the sink is built: a scan job tidying up after its
        # worker must not bring back a visit folder that was wiped a moment before.
        private_dir(self.folder)
        path = self.folder / _safe_name(name)
        with EncryptedWriter(path, self._key) as writer:
            writer.write(data)
        return path

    def read(self, path: Path) -> bytes:
        """A page's plaintext, in memory."""
        return read_decrypted(Path(path), self._key)

    def delete(self, path: Path) -> None:
        """Remove a stored page."""
        Path(path).unlink(missing_ok=True)

    def discard_partial(self, run: str) -> None:
        """Remove the temporary files an interrupted write of run `run`'s pages left (they are
        encrypted too): `.run-0001.jpg.<random>.tmp`, never another writer's."""
        for leftover in self.folder.glob(f".{glob.escape(run)}-*.tmp"):
            page = leftover.name.removeprefix(".").removesuffix(".tmp").rsplit(".", 1)[0]
            if is_run_page(page, run):
                leftover.unlink(missing_ok=True)
