"""SANE backends for tests: the real test driver, told to fail after a number of pages."""

# The worker loads these by path (`tests.scanning.jam_backend:JamAfterBackend`); the page count
# comes from DESK_TEST_JAM_AFTER and the driver status from DESK_TEST_JAM_STATUS (default
# SANE_STATUS_JAMMED) in the worker's environment.

from __future__ import annotations

import os
import threading
import time

from scanning.backends.sane import SaneBackend, SaneDevice
from scanning.model import DeviceInfo
from scanning.port import PageListener


class JamAfterDevice(SaneDevice):
    """Scans normally, then sets the driver's read status (JAMMED by default) after N pages."""

    def _start(
        self, index: int, batch: bool, empty: int, cancel: threading.Event, listener: PageListener
    ) -> bool:
        if index == int(os.environ.get("DESK_TEST_JAM_AFTER", "3")):
            status = os.environ.get("DESK_TEST_JAM_STATUS", "SANE_STATUS_JAMMED")
            self.set("read-return-value", status)
        return super()._start(index, batch, empty, cancel, listener)


class JamAfterBackend(SaneBackend):
    """The SANE backend, opening `JamAfterDevice`s."""

    def open(self, device: DeviceInfo) -> SaneDevice:
        opened = super().open(device)
        return JamAfterDevice(opened.info, opened._handle)


class UnpluggedAfterBackend(SaneBackend):
    """The SANE backend whose scanner "is unplugged" after `DESK_TEST_JAM_AFTER` pages.

    The driver then fails the read with an I/O error and the scanner is no longer listed.
    """

    gone = False

    def devices(self) -> list[DeviceInfo]:
        return [] if UnpluggedAfterBackend.gone else super().devices()

    def open(self, device: DeviceInfo) -> SaneDevice:
        opened = super().open(device)
        return UnpluggedDevice(opened.info, opened._handle)


class UnpluggedDevice(SaneDevice):
    """Scans normally, then fails with an I/O error as its cable is pulled."""

    def _start(
        self, index: int, batch: bool, empty: int, cancel: threading.Event, listener: PageListener
    ) -> bool:
        if index == int(os.environ.get("DESK_TEST_JAM_AFTER", "3")):
            UnpluggedAfterBackend.gone = True
            self.set("read-return-value", "SANE_STATUS_IO_ERROR")
        return super()._start(index, batch, empty, cancel, listener)


class SlowListingBackend(SaneBackend):
    """The SANE backend on a station whose device listing is slow (network backends probing the
    network): listing takes `DESK_TEST_LISTING_SECONDS`."""

    def devices(self) -> list[DeviceInfo]:
        time.sleep(float(os.environ.get("DESK_TEST_LISTING_SECONDS", "0")))
        return super().devices()
