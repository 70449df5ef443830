"""The worker's pipeline threads: process each page, store it and report it, strictly in order."""

from __future__ import annotations

import functools
import logging
import os
import queue
import sys
import threading
from collections.abc import Callable

from PIL import Image

from scanning.events import Event, PageDone
from scanning.faults import ScanFault
from scanning.model import EncodedPage, ScannedPage
from scanning.pipeline import PipelineSettings, ProcessedPage, process_page
from scanning.sink import PageSink

log = logging.getLogger("scanning.worker")

PIPELINE_THREADS = 2
# Pipeline threads run this much nicer than the reading thread: when CPU is short, reading the
# scanner (which must keep up with the paper) comes first and processing catches up later.
PIPELINE_NICENESS = 10


def _lower_priority() -> None:
    """Make the calling thread nicer (Linux schedules threads one by one; elsewhere a no-op)."""
    if sys.platform != "linux":
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), PIPELINE_NICENESS)
    except OSError:
        log.debug("could not lower the pipeline thread's priority")


class PageWriter:
    """The pipeline threads: process pages, store them through the sink and report them in order.

    Two pages can be processed at once (encoding is most of the work and Pillow releases the
    GIL), one more waits, and each page is stored and reported only after the one before it.
    """

    def __init__(
        self,
        sink: PageSink,
        prefix: str,
        settings: PipelineSettings,
        emit: Callable[[Event], None],
        threads: int = PIPELINE_THREADS,
    ) -> None:
        self._sink = sink
        self._prefix = prefix
        self._settings = settings
        self._emit = emit
        # One page waits while others are processed: memory stays bounded on long batches.
        self._work: queue.Queue[tuple[int, Image.Image | EncodedPage] | None]
        self._work = queue.Queue(maxsize=1)
        self._turn = threading.Condition()
        self._next = 0
        self.done: list[ScannedPage] = []
        self.failures: list[BaseException] = []
        self._threads = [
            threading.Thread(target=self._run, name=f"page-pipeline-{n}", daemon=True)
            for n in range(max(1, threads))
        ]
        for thread in self._threads:
            thread.start()

    def put(self, index: int, image: Image.Image | EncodedPage) -> None:
        self._work.put((index, image))

    def finish(self) -> None:
        for _ in self._threads:
            self._work.put(None)
        for thread in self._threads:
            thread.join()

    def _run(self) -> None:
        _lower_priority()
        while (item := self._work.get()) is not None:
            index, image = item
            del item
            page: ProcessedPage | BaseException | None = None
            if not self.failures:
                try:
                    page = process_page(image, self._settings)
                except ScanFault as fault:  # a page the scanner sent that is not an image
                    log.info("page %d: %s", index + 1, fault.kind.value)
                    page = fault
                except Exception as error:
                    log.exception("page %d could not be processed", index + 1)
                    page = error
            del image
            with self._turn:
                self._turn.wait_for(functools.partial(self._is_turn_of, index))
                try:
                    if isinstance(page, BaseException):
                        self.failures.append(page)
                    elif page is not None and not self.failures:
                        self._store(index, page)
                finally:
                    self._next += 1
                    self._turn.notify_all()

    def _is_turn_of(self, index: int) -> bool:
        return self._next == index

    def _store(self, index: int, page: ProcessedPage) -> None:
        try:
            name = f"{self._prefix}-{index + 1:04d}.{page.extension}"
            path = self._sink.write(name, page.data)
        except Exception as error:
            log.exception("page %d could not be stored", index + 1)
            self.failures.append(error)
            return
        scanned = ScannedPage(
            path=str(path),
            index=index,
            encoding=page.encoding,
            kind=page.kind,
            width=page.width,
            height=page.height,
            dpi=page.dpi,
            bytes=len(page.data),
            blank=page.blank,
            skew_degrees=page.skew_degrees,
            cpu_ms=page.cpu_ms,
            run=self._prefix,
        )
        self.done.append(scanned)
        self._emit(PageDone(scanned))
