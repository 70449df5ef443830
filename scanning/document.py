"""A document made of one or more scan runs: edit its pages, then assemble a small PDF."""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from scanning.model import ScannedPage
from scanning.pdf import PdfWriter
from scanning.sink import PageSink, PlainFileSink


@dataclass(frozen=True)
class Document:
    """Pages in reading order; every edit returns a new Document and never touches the files."""

    pages: tuple[ScannedPage, ...] = ()

    def __len__(self) -> int:
        return len(self.pages)

    def extend(self, pages: tuple[ScannedPage, ...] | list[ScannedPage]) -> Document:
        """The pages of another run appended (Continue after a fault appends here)."""
        return Document((*self.pages, *pages))

    def rotate(self, index: int, degrees: int) -> Document:
        """Page `index` turned clockwise by a multiple of 90 degrees."""
        if degrees % 90:
            raise ValueError("pages turn in steps of 90 degrees")
        page = self.pages[index]
        turned = dataclasses.replace(page, rotation=(page.rotation + degrees) % 360)
        return Document((*self.pages[:index], turned, *self.pages[index + 1 :]))

    def delete(self, index: int) -> Document:
        """Page `index` left out (its file stays in the spool until the visit is wiped)."""
        self.pages[index]
        return Document((*self.pages[:index], *self.pages[index + 1 :]))

    def move(self, source: int, target: int) -> Document:
        """Page `source` moved to position `target`."""
        pages = list(self.pages)
        page = pages.pop(source)
        pages.insert(target, page)
        return Document(tuple(pages))

    def reorder(self, order: list[int] | tuple[int, ...]) -> Document:
        """The pages in a new order given as old indexes (each exactly once)."""
        if sorted(order) != list(range(len(self.pages))):
            raise ValueError("the new order must name every page once")
        return Document(tuple(self.pages[i] for i in order))

    @property
    def blank_pages(self) -> tuple[int, ...]:
        """Indexes of pages flagged as probably blank, for staff to review."""
        return tuple(i for i, p in enumerate(self.pages) if p.blank)

    @property
    def bytes(self) -> int:
        """The pages' encoded size."""
        return sum(p.bytes for p in self.pages)

    def to_dict(self) -> dict[str, object]:
        """Plain data (no image content) to keep beside the spool, e.g. to recover after a crash."""
        return {"pages": [p.to_dict() for p in self.pages]}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Document:
        """The inverse of `to_dict`."""
        pages = data.get("pages", [])
        if not isinstance(pages, list):
            raise ValueError("pages must be a list")
        return cls(tuple(ScannedPage.from_dict(p) for p in pages))


class OutputBusy(OSError):
    """Another process is writing the same PDF (its `.part` file is open and locked)."""


_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def _lock(fd: int) -> bool:
    """An exclusive, non-blocking lock on an open file, released when it closes.

    On Windows an open file cannot be removed by another process, which is lock enough.
    """
    if sys.platform == "win32":
        return True
    import fcntl  # noqa: PLC0415  (POSIX only)

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _remove_leftover(partial: Path) -> None:
    """Remove the `.part` file a killed run left, or raise OutputBusy if a live run holds it.

    A link is removed, never followed.
    """
    try:
        fd = os.open(partial, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return
    except OSError:  # a link (ELOOP), or something we cannot open: take the name away
        fd = None
    try:
        if fd is not None and not _lock(fd):
            raise OutputBusy(f"{partial} is being written by another scan")
        try:
            partial.unlink(missing_ok=True)
        except PermissionError as error:  # Windows: it is open in another process
            raise OutputBusy(f"{partial} is being written by another scan") from error
    finally:
        if fd is not None:
            os.close(fd)


class PdfAssembler:
    """A PDF built page by page as pages arrive (e.g. on each `PageDone`), one in memory at a time.

    Pages go to `output` + ".part", made new (exclusively) and readable by this account alone;
    `finish()` makes the file appear complete (at `output`, or at another path in the same
    folder, keeping that mode), `discard()` removes it. Leaving a `with` block without
    `finish()` discards it, and so does any failure. A `.part` left by a run that was killed is
    removed first (`replaced_leftover` tells); one a live run is writing raises OutputBusy. With
    `flush_pages`, each page is flushed to disk as it is added (while a scan runs, so that
    `finish()` has little left to write).
    """

    def __init__(
        self, output: Path, sink: PageSink | None = None, *, flush_pages: bool = False
    ) -> None:
        self.output = Path(output)
        self._flush_pages = flush_pages
        self._sink = sink or PlainFileSink(self.output.parent)
        self._partial = self.output.with_name(self.output.name + ".part")
        self.replaced_leftover = False
        try:
            fd = os.open(self._partial, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            _remove_leftover(self._partial)
            self.replaced_leftover = True
            fd = os.open(self._partial, _CREATE_FLAGS, 0o600)
        try:
            if not _lock(fd):  # pragma: no cover  (a file made exclusively a moment ago)
                raise OutputBusy(f"{self._partial} is being written by another scan")
            self._handle: BinaryIO | None = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self._partial.unlink(missing_ok=True)
            raise
        self._writer = PdfWriter(self._handle)
        self.pages = 0

    def __enter__(self) -> PdfAssembler:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self.discard()

    def add(self, page: ScannedPage) -> None:
        """Append `page` (read through the sink), turned by its rotation."""
        if self._handle is None:
            raise ValueError("the PDF is already finished")
        data = self._sink.read(Path(page.path))
        self._writer.add_page(data, rotation=page.rotation, dpi=page.dpi)
        del data
        self.pages += 1
        if self._flush_pages:
            self._handle.flush()
            os.fsync(self._handle.fileno())

    def finish(self, output: Path | None = None) -> int:
        """Complete the file, flush it to disk and move it into place; return its size."""
        if self._handle is None:
            raise ValueError("the PDF is already finished")
        target = Path(output) if output is not None else self.output
        handle, self._handle = self._handle, None
        try:
            self._writer.close()
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            self._partial.unlink(missing_ok=True)
            raise
        if sys.platform == "win32":
            handle.close()  # Windows renames no open file
        try:
            # Renamed while still open (and locked) elsewhere: no new run takes it for a leftover.
            self._partial.replace(target)
        except BaseException:
            self._partial.unlink(missing_ok=True)
            raise
        finally:
            handle.close()
        return target.stat().st_size

    def discard(self) -> None:
        """Stop and remove the unfinished file."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self._partial.unlink(missing_ok=True)


def write_pdf(document: Document, output: Path, sink: PageSink | None = None) -> int:
    """Write `document` as a PDF (images embedded as they are: G4 and JPEG); return its size.

    Pages are read and written one at a time, so memory does not grow with the page count. The
    file appears complete or not at all.
    """
    if not document.pages:
        raise ValueError("a document needs at least one page")
    output = Path(output)
    with PdfAssembler(output, sink) as pdf:
        for page in document.pages:
            pdf.add(page)
        return pdf.finish()
