"""The scanner port: what a scanner library must offer so that the rest never sees it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from scanning.model import AppliedSettings, Capabilities, DeviceInfo, EncodedPage, ScanRequest

if TYPE_CHECKING:
    from PIL import Image


class PageListener(Protocol):
    """Told about a page while it is being read, so that a watchdog knows the device is alive."""

    def page_started(self, index: int) -> None: ...

    def progress(self, index: int, bytes_read: int, bytes_expected: int | None) -> None: ...


class ScannerDevice(Protocol):
    """One open scanner. Methods raise `scanning.faults.ScanFault` for anything staff can fix."""

    def capabilities(self) -> Capabilities: ...

    def configure(self, request: ScanRequest) -> AppliedSettings: ...

    def pages(
        self,
        batch: bool,
        cancel: threading.Event,
        listener: PageListener,
        limit: int | None = None,
    ) -> Iterator[Image.Image | EncodedPage]:
        """Yield each finished page (an image, or the scanner's own file of it to decode in the
        pipeline); end at the end of the batch, after `limit` pages, or early once `cancel` is
        set. No sheet beyond `limit` is started."""
        ...

    def close(self) -> None: ...


class ScannerBackend(Protocol):
    """A scanner library (SANE through pyinsane2 today; WIA or TWAIN later)."""

    def devices(self) -> list[DeviceInfo]: ...

    def open(self, device: DeviceInfo) -> ScannerDevice:
        """Open `device` by its id (without listing devices first: listing can be slow); a
        scanner that is not there is an `UNPLUGGED` fault."""
        ...
