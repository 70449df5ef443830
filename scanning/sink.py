"""Where finished pages go: a `PageSink` in the spool folder, plain files by default."""

from __future__ import annotations

import glob
import importlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast


class PageSink(Protocol):
    """Stores pages durably; an encrypting sink can replace the plain one without other changes."""

    def write(self, name: str, data: bytes) -> Path:
        """Store `data` under `name` atomically (complete or absent) and return its path."""
        ...

    def read(self, path: Path) -> bytes:
        """The bytes stored at `path`."""
        ...

    def delete(self, path: Path) -> None:
        """Remove a stored page."""
        ...

    def discard_partial(self, run: str) -> None:
        """Remove what an interrupted write of run `run`'s pages (`run-NNNN.ext`) left behind,
        and nothing else: another writer (the two sides being joined) may be using the folder."""
        ...


PART_SUFFIX = ".part"


def is_run_page(name: str, run: str) -> bool:
    """True if `name` is a page the worker writes for run `run`: `run-0001.jpg`."""
    number, dot, extension = name.removeprefix(f"{run}-").partition(".")
    return name.startswith(f"{run}-") and number.isdigit() and bool(dot) and extension.isalnum()


class PlainFileSink:
    """Pages as plain files, written to `name.part`, flushed to disk, then renamed."""

    def __init__(self, folder: Path, options: Mapping[str, object] | None = None) -> None:
        self.folder = Path(folder)

    def write(self, name: str, data: bytes) -> Path:
        if "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"not a plain file name: {name!r}")
        # Made on first write: tidying up after a run must not recreate a folder wiped since.
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self.folder / name
        partial = self.folder / (name + PART_SUFFIX)
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(final)
        return final

    def read(self, path: Path) -> bytes:
        return Path(path).read_bytes()

    def delete(self, path: Path) -> None:
        Path(path).unlink(missing_ok=True)

    def discard_partial(self, run: str) -> None:
        for leftover in self.folder.glob(f"{glob.escape(run)}-*{PART_SUFFIX}"):
            if is_run_page(leftover.name.removesuffix(PART_SUFFIX), run):
                leftover.unlink(missing_ok=True)


@dataclass(frozen=True)
class SinkSpec:
    """How both the worker and the caller make the same sink: a factory path and its options."""

    factory: str = "scanning.sink:PlainFileSink"
    options: Mapping[str, object] = field(default_factory=dict)

    def make(self, folder: Path) -> PageSink:
        """Build the sink for `folder`."""
        module_name, _, attribute = self.factory.partition(":")
        factory = cast(
            Callable[[Path, Mapping[str, object]], PageSink],
            getattr(importlib.import_module(module_name), attribute),
        )
        return factory(folder, self.options)
