"""Both sides of a card on one page: the way a photocopy of an ID card shows front and back."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from scanning.document import Document
from scanning.model import ScannedPage, SourceKind
from scanning.pipeline import combine_sides
from scanning.profiles import Profile
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


class SideStep(Enum):
    """What a document's next scan run is for, after a run on the glass."""

    NEXT = "next"  # the document (or card) is complete: scan the next one, or send
    TURN_OVER = "turn_over"  # it has another side: turn it over and scan again
    JOIN = "join"  # both sides are in: put them on one page (join_sides)


@dataclass(frozen=True)
class CardSides:
    """Follows the sides of the card on the glass, for a profile whose documents have two sides
    (an ID card): staff or residents are asked to turn it over after the front, and, when the
    profile says so, the two sides become one page.

    `first` is the index in the document of the current card's front.
    """

    profile: Profile
    first: int = 0

    def after_run(self, document: Document) -> SideStep:
        """What to do now that a run has ended with `document` (the whole document so far)."""
        sides = len(document) - min(self.first, len(document))
        if self.profile.sides < 2 or self.profile.source is not SourceKind.FLATBED or not sides:
            return SideStep.NEXT
        if sides < self.profile.sides:
            return SideStep.TURN_OVER
        if sides == 2 and self.profile.sides_on_one_page:
            return SideStep.JOIN
        return SideStep.NEXT

    def join(self, document: Document, sink: PageSink) -> Document:
        """The current card's two sides on one page (reads and writes pages: not on a GUI
        thread)."""
        return join_sides(
            document, self.first, self.first + 1, sink, jpeg_quality=self.profile.jpeg_quality
        )

    def next_card(self, document: Document) -> CardSides:
        """Following the next card, which starts after the pages `document` has now."""
        return dataclasses.replace(self, first=len(document))
