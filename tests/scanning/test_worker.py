"""The worker's pipeline threads: two pages at once, stored and reported strictly in order."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PIL import Image

import scanning.writer as writer_module
from scanning.events import PageDone, decode
from scanning.pipeline import PipelineSettings, ProcessedPage, process_page
from scanning.sink import PlainFileSink
from scanning.worker import Emitter


def test_pages_are_reported_in_order_when_a_later_one_finishes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second_done = threading.Event()
    original = process_page

    def process(image: Image.Image, settings: PipelineSettings) -> ProcessedPage:
        page = original(image, settings)
        if image.width == 64:
            # The first page waits until the second one has been processed.
            assert second_done.wait(30)
        else:
            second_done.set()
        return page

    monkeypatch.setattr(writer_module, "process_page", process)
    stream = io.StringIO()
    writer = writer_module.PageWriter(
        PlainFileSink(tmp_path), "run", PipelineSettings(dpi=75), Emitter(stream).emit, threads=2
    )
    for index, width in enumerate((64, 80, 96)):
        writer.put(index, Image.new("L", (width, 60), 250))
    writer.finish()
    events = [decode(line) for line in stream.getvalue().splitlines()]
    assert [e.page.index for e in events if isinstance(e, PageDone)] == [0, 1, 2]
    assert [p.index for p in writer.done] == [0, 1, 2]
    assert not writer.failures
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "run-0001.tif",
        "run-0002.tif",
        "run-0003.tif",
    ]


@pytest.mark.allow_log_warnings
def test_a_failed_page_stops_the_pages_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = process_page

    def process(image: Image.Image, settings: PipelineSettings) -> ProcessedPage:
        if image.width == 80:
            raise RuntimeError("broken page")
        return original(image, settings)

    monkeypatch.setattr(writer_module, "process_page", process)
    stream = io.StringIO()
    writer = writer_module.PageWriter(
        PlainFileSink(tmp_path), "run", PipelineSettings(dpi=75), Emitter(stream).emit, threads=2
    )
    for index, width in enumerate((64, 80, 96)):
        writer.put(index, Image.new("L", (width, 60), 250))
    writer.finish()
    assert [p.index for p in writer.done] == [0]
    assert len(writer.failures) == 1
