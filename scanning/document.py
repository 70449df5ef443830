"""A document made of one or more scan runs: edit its pages, then assemble a small PDF."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

import img2pdf
import pikepdf

from scanning.model import ScannedPage
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


def write_pdf(document: Document, output: Path, sink: PageSink | None = None) -> int:
    """Write `document` as a PDF (images embedded as they are: G4 and JPEG); return its size.

    The file appears complete or not at all.
    """
    if not document.pages:
        raise ValueError("a document needs at least one page")
    output = Path(output)
    store = sink or PlainFileSink(output.parent)
    images = [store.read(Path(p.path)) for p in document.pages]
    partial = output.with_name(output.name + ".part")
    with partial.open("wb") as handle:
        img2pdf.convert(images, nodate=True, outputstream=handle)
    del images
    if any(p.rotation for p in document.pages):
        with pikepdf.open(partial, allow_overwriting_input=True) as pdf:
            for pdf_page, page in zip(pdf.pages, document.pages, strict=True):
                if page.rotation:
                    pdf_page.Rotate = page.rotation
            pdf.save(partial)
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    partial.replace(output)
    return output.stat().st_size
