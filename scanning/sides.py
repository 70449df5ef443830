"""Both sides of a card on one page: the way a photocopy of an ID card shows front and back."""

from __future__ import annotations

from pathlib import Path

from scanning.document import Document
from scanning.model import ScannedPage
from scanning.pipeline import combine_sides
from scanning.sink import PageSink


def join_sides(
    document: Document, first: int, second: int, sink: PageSink, *, jpeg_quality: int = 75
) -> Document:
    """Page `first` (the front) above page `second` (the back) on one page, in the place of
    `first`; the two pages are left out (their files stay in the spool until it is wiped).

    Each side is turned by its rotation first; the new page is written through `sink`.
    """
    if first == second:
        raise ValueError("a card's two sides are two different pages")
    front, back = document.pages[first], document.pages[second]
    done = combine_sides(
        [(sink.read(Path(p.path)), p.rotation) for p in (front, back)],
        dpi=front.dpi,
        jpeg_quality=jpeg_quality,
    )
    name = f"{Path(front.path).stem}-both-sides.{done.extension}"
    page = ScannedPage(
        path=str(sink.write(name, done.data)),
        index=front.index,
        encoding=done.encoding,
        kind=done.kind,
        width=done.width,
        height=done.height,
        dpi=done.dpi,
        bytes=len(done.data),
        blank=front.blank and back.blank,
        cpu_ms=done.cpu_ms,
        run=front.run,
    )
    pages = list(document.pages)
    pages[first] = page
    del pages[second]
    return Document(tuple(pages))
