"""A card's sides: when to ask for the back, and both sides on one page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PIL import Image

from scanning.document import Document
from scanning.model import ColorMode, Encoding, PageKind, ScannedPage
from scanning.pipeline import PipelineSettings, process_page
from scanning.profiles import BUILTIN_PROFILES
from scanning.sides import CardSides, SideStep
from scanning.sink import PlainFileSink

ID = BUILTIN_PROFILES["id"]


def card(sink: PlainFileSink, name: str, colour: tuple[int, int, int]) -> ScannedPage:
    done = process_page(Image.new("RGB", (300, 190), colour), PipelineSettings(ColorMode.COLOR))
    path = sink.write(f"{name}.{done.extension}", done.data)
    return ScannedPage(
        str(path), 0, done.encoding, done.kind, done.width, done.height, 300, len(done.data), False
    )


def test_the_back_is_asked_for_then_both_sides_are_joined(tmp_path: Path) -> None:
    sink = PlainFileSink(tmp_path)
    sides = CardSides(ID)
    front = Document().extend([card(sink, "front", (200, 30, 30))])
    assert sides.after_run(front) is SideStep.TURN_OVER
    both = front.extend([card(sink, "back", (30, 30, 200))])
    assert sides.after_run(both) is SideStep.JOIN
    joined = sides.join(both, sink)
    (page,) = joined.pages
    assert (page.kind, page.encoding, page.width) == (PageKind.COLOR, Encoding.JPEG, 300)
    with Image.open(page.path) as image:
        top, bottom = image.getpixel((150, 20)), image.getpixel((150, page.height - 20))
    assert isinstance(top, tuple) and top[0] > 150  # the front (red) on top
    assert isinstance(bottom, tuple) and bottom[2] > 150  # the back (blue) below
    # The next card starts after the joined page.
    nxt = sides.next_card(joined)
    assert nxt.first == 1
    assert nxt.after_run(joined) is SideStep.NEXT
    assert nxt.after_run(joined.extend([card(sink, "front2", (0, 0, 0))])) is SideStep.TURN_OVER


def test_one_sided_profiles_feeders_and_separate_pages_just_go_on(tmp_path: Path) -> None:
    sink = PlainFileSink(tmp_path)
    one = Document().extend([card(sink, "a", (9, 9, 9))])
    two = one.extend([card(sink, "b", (9, 9, 9))])
    assert CardSides(BUILTIN_PROFILES["letter"]).after_run(one) is SideStep.NEXT
    assert CardSides(BUILTIN_PROFILES["photo"]).after_run(one) is SideStep.NEXT
    separate = CardSides(dataclasses.replace(ID, sides_on_one_page=False))
    assert separate.after_run(one) is SideStep.TURN_OVER
    assert separate.after_run(two) is SideStep.NEXT
    assert CardSides(ID).after_run(Document()) is SideStep.NEXT  # nothing came through
