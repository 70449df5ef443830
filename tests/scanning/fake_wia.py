"""A stand-in for the WIA COM layer: a scanner that implements `scanning.backends.wia.port`.

Each `Download` plays a `Script`: the pages it sends (as BMP files, or raw bytes for broken or
tiny streams), where it fails (an HRESULT raised from `Download`, or reported through the
callback's device status), whether it obeys S_FALSE or only `Cancel()`, and how long a page
takes. The worker loads `backend` by path (`tests.scanning.fake_wia:backend`), reading the script
from DESK_TEST_WIA_SCRIPT (JSON) in its environment.
"""

from __future__ import annotations

import io
import json
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image

from scanning.backends.wia import errors as hr
from scanning.backends.wia import port
from scanning.backends.wia.backend import WiaBackend
from scanning.backends.wia.port import (
    DeviceEntry,
    PropertyInfo,
    PropertyValue,
    TransferEvents,
    WiaError,
)

SCANNER_TYPE = port.STI_DEVICE_TYPE_SCANNER << 16
CAMERA_TYPE = 2 << 16


def bmp(width: int = 120, height: int = 170, color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A page as WIA drivers send it by default: a whole BMP file."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "BMP")
    return out.getvalue()


@dataclass
class Script:
    """What one transfer does."""

    pages: list[bytes] = field(default_factory=lambda: [bmp()])
    fail_at: int | None = None  # before sending page `fail_at` (0-based)
    fail_with: int = hr.PAPER_JAM
    fail_by_status: bool = False  # report through WIA_TRANSFER_MSG_DEVICE_STATUS instead
    fail_mid_page: bool = False  # after part of the page has been sent
    result: int = hr.S_OK  # what a transfer that ran to the end returns
    obeys_s_false: bool = True
    obeys_cancel: bool = True  # IWiaTransfer::Cancel stops it
    page_seconds: float = 0.0
    hold_after: int | None = None  # wait for `release` after sending this many pages
    warming_transfers: int = 0  # transfers that fail with WIA_ERROR_WARMING_UP first


class FakeItem:
    """An item with properties (value + attributes); a source item plays the script."""

    def __init__(
        self,
        name: str,
        category: str = "",
        props: dict[int, PropertyValue] | None = None,
        attrs: dict[int, PropertyInfo] | None = None,
        children: Sequence[FakeItem] = (),
        script: Script | None = None,
        refuse: dict[int, set[int]] | None = None,
    ) -> None:
        self._name = name
        self._category = category
        self.props: dict[int, PropertyValue] = {port.IPA_ITEM_NAME: name, **(props or {})}
        self.attrs = attrs or {}
        self._children = list(children)
        self.script = script or Script()
        self.refuse = refuse or {}
        self.writes: list[tuple[int, int]] = []
        self.transfers = 0
        self.cancelled = threading.Event()
        self.release = threading.Event()
        self.answers: list[bool] = []

    # -- port.WiaItem

    def name(self) -> str:
        return self._name

    def category(self) -> str:
        return self._category

    def children(self) -> Sequence[FakeItem]:
        return self._children

    def read(self, prop: int) -> PropertyValue | None:
        return self.props.get(prop)

    def write(self, prop: int, value: int) -> None:
        self.writes.append((prop, value))
        if prop not in self.props or value in self.refuse.get(prop, set()):
            raise WiaError(hr.E_INVALIDARG, f"property {prop}")
        info = self.attrs.get(prop)
        if info is not None and info.is_list and value not in info.values:
            raise WiaError(hr.E_INVALIDARG, f"property {prop}")
        if info is not None and info.is_range and info.low is not None and info.high is not None:
            value = min(max(value, info.low), info.high)
        self.props[prop] = value

    def attributes(self, prop: int) -> PropertyInfo | None:
        return self.attrs.get(prop)

    def download(self, events: TransferEvents) -> int:
        self.transfers += 1
        script = self.script
        if self.transfers <= script.warming_transfers:
            raise WiaError(hr.WARMING_UP, "Download")
        limit = self.props.get(port.PAGES)
        for index, data in enumerate(script.pages):
            sent = index
            if isinstance(limit, int) and limit > 0 and sent >= limit:
                break
            if script.fail_at == index and not script.fail_mid_page:
                return self._fail(events)
            if not self._answer(events.stream_started()):
                return hr.S_FALSE
            half = len(data) // 2
            if not self._answer(events.progress(50, half, 0)):
                return hr.S_FALSE
            if script.fail_at == index:
                return self._fail(events)
            if script.page_seconds:
                time.sleep(script.page_seconds)
            if self.cancelled.is_set():
                return hr.S_FALSE
            going = events.page(data)
            if script.hold_after == index + 1:
                self.release.wait(10)
            if not self._answer(going):
                return hr.S_FALSE
        return script.result

    def _answer(self, going: bool) -> bool:
        self.answers.append(going)
        if self.cancelled.is_set():
            return False
        return going or not self.script.obeys_s_false

    def _fail(self, events: TransferEvents) -> int:
        if self.script.fail_by_status:
            events.device_status(self.script.fail_with)
            return hr.S_FALSE
        raise WiaError(self.script.fail_with, "Download")

    def cancel(self) -> None:
        if self.script.obeys_cancel:
            self.cancelled.set()


def area(width_thou: int = 8500, height_thou: int = 14000) -> dict[int, PropertyValue]:
    return {
        port.IPS_MAX_HORIZONTAL_SIZE: width_thou,
        port.IPS_MAX_VERTICAL_SIZE: height_thou,
        port.IPS_XPOS: 0,
        port.IPS_YPOS: 0,
        port.IPS_XEXTENT: 1,
        port.IPS_YEXTENT: 1,
    }


def source_item(name: str, category: str, script: Script | None = None) -> FakeItem:
    props: dict[int, PropertyValue] = {
        port.IPA_DATATYPE: port.DATA_COLOR,
        port.IPA_DEPTH: 24,
        port.IPS_XRES: 150,
        port.IPS_YRES: 150,
        **area(),
    }
    attrs = {
        port.IPA_DATATYPE: PropertyInfo(
            port.PROP_LIST,
            values=(port.DATA_THRESHOLD, port.DATA_GRAYSCALE, port.DATA_COLOR),
        ),
        port.IPA_DEPTH: PropertyInfo(port.PROP_LIST, values=(1, 8, 24)),
        port.IPS_XRES: PropertyInfo(port.PROP_LIST, values=(100, 150, 200, 300, 600)),
        port.IPS_YRES: PropertyInfo(port.PROP_LIST, values=(100, 150, 200, 300, 600)),
    }
    if category == port.CATEGORY_FEEDER:
        props[port.DOCUMENT_HANDLING_SELECT] = port.FRONT_ONLY
        props[port.PAGES] = 1
        attrs[port.DOCUMENT_HANDLING_SELECT] = PropertyInfo(
            port.PROP_FLAG, values=(port.FRONT_ONLY, port.DUPLEX)
        )
    return FakeItem(name, category, props, attrs, script=script)


def scanner(
    script: Script | None = None,
    flatbed: bool = True,
    feeder: bool = True,
    duplex: bool = True,
) -> FakeItem:
    children = []
    if flatbed:
        children.append(source_item("Flatbed", port.CATEGORY_FLATBED, script))
    if feeder:
        item = source_item("Feeder", port.CATEGORY_FEEDER, script)
        if not duplex:
            item.attrs[port.DOCUMENT_HANDLING_SELECT] = PropertyInfo(
                port.PROP_FLAG, values=(port.FRONT_ONLY,)
            )
            item.refuse[port.DOCUMENT_HANDLING_SELECT] = {port.DUPLEX}
        children.append(item)
    handling = (port.FLATBED if flatbed else 0) | (port.FEEDER if feeder else 0)
    if feeder and duplex:
        handling |= port.DUPLEX
    return FakeItem(
        "Root",
        "{f193526f-59b8-4a26-9888-e16e4f97ce10}",
        {port.DPS_DOCUMENT_HANDLING_CAPABILITIES: handling},
        children=children,
    )


class FakeSystem:
    """The device manager: a few devices, one of which (`scanner`) opens."""

    def __init__(self, root: FakeItem | None = None, entries: list[DeviceEntry] | None = None):
        self.root = root or scanner()
        self.entries = entries or [
            DeviceEntry(
                "{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0000",
                "Canon CanoScan LiDE 400",
                vendor="Canon",
                description="CanoScan LiDE 400 (WIA)",
                driver_version="6.1.7600.16385",
                pnp_id="\\\\?\\usb#vid_04a9&pid_1912#SN0042#{6bdd1fc6-810f-11d0-bec7-08002be2092f}",
            )
        ]
        self.gone = False

    def devices(self) -> list[DeviceEntry]:
        return [] if self.gone else list(self.entries)

    def open(self, device_id: str) -> FakeItem:
        if self.gone or device_id not in {e.device_id for e in self.entries}:
            raise WiaError(hr.NO_DEVICE_AVAILABLE, "CreateDevice")
        return self.root


def backend() -> WiaBackend:
    """For the worker process: a WIA backend over a fake scanner scripted by the environment."""
    settings = json.loads(os.environ.get("DESK_TEST_WIA_SCRIPT", "{}"))
    pages = [
        bmp(color=(30, 30, 30 + 20 * i)) if size is None else b"\0" * size
        for i, size in enumerate(settings.pop("pages", [None, None, None]))
    ]
    return WiaBackend(FakeSystem(scanner(Script(pages=pages, **settings))))
