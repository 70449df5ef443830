"""What the WIA backend asks of WIA: a few calls small enough to stand in for on Linux.

The COM layer (`scanning.backends.wia.com`, Windows only) implements these protocols over WIA
2's `IWiaDevMgr2`, `IWiaItem2`, `IWiaPropertyStorage` and `IWiaTransfer`; the tests implement
them over a fake scanner. Everything here is plain Python and imports nothing from Windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

# ---------------------------------------------------------------- property ids (wiadef.h)

DIP_DEV_ID = 2
DIP_VEND_DESC = 3
DIP_DEV_DESC = 4
DIP_DEV_TYPE = 5
DIP_DEV_NAME = 7
DIP_SERVER_NAME = 8
DIP_DRIVER_VERSION = 15
DIP_PNP_ID = 16

DPS_HORIZONTAL_BED_SIZE = 3074
DPS_VERTICAL_BED_SIZE = 3075
DPS_HORIZONTAL_SHEET_FEED_SIZE = 3076
DPS_VERTICAL_SHEET_FEED_SIZE = 3077
DPS_DOCUMENT_HANDLING_CAPABILITIES = 3086
DPS_DOCUMENT_HANDLING_STATUS = 3087
DOCUMENT_HANDLING_SELECT = 3088  # WIA_DPS_ on the root (WIA 1), WIA_IPS_ on the feeder (WIA 2)
PAGES = 3096  # WIA_IPS_PAGES: 0 = every sheet in the feeder

IPA_ITEM_NAME = 4098
IPA_FULL_ITEM_NAME = 4099
IPA_DATATYPE = 4103
IPA_DEPTH = 4104

IPS_XRES = 6147
IPS_YRES = 6148
IPS_XPOS = 6149
IPS_YPOS = 6150
IPS_XEXTENT = 6151
IPS_YEXTENT = 6152
IPS_MAX_HORIZONTAL_SIZE = 6165  # thousandths of an inch
IPS_MAX_VERTICAL_SIZE = 6166

# WIA_DPS_DOCUMENT_HANDLING_* values
FEEDER = 0x001
FLATBED = 0x002
DUPLEX = 0x004
FRONT_ONLY = 0x020

# WIA_IPA_DATATYPE values
DATA_THRESHOLD = 0
DATA_GRAYSCALE = 2
DATA_COLOR = 3

# WIA_PROP_* attribute flags
PROP_RANGE = 0x10
PROP_LIST = 0x20
PROP_FLAG = 0x40

# STI device type (the high word of WIA_DIP_DEV_TYPE)
STI_DEVICE_TYPE_SCANNER = 1

# WIA 2 item categories (IWiaItem2::GetItemCategory), lower case
CATEGORY_FLATBED = "{fb607b1f-43f3-488b-855b-fb703ec342a6}"
CATEGORY_FEEDER = "{fe131934-f84c-42ad-8da4-6129cddd7288}"
CATEGORY_FEEDER_FRONT = "{4823175c-3b28-487b-a7e6-eebc17614fd1}"
CATEGORY_FEEDER_BACK = "{61ca74d4-39db-42aa-89b1-8c19c9cd4c23}"
CATEGORY_FILM = "{fcf65be7-3ce3-4473-af85-f5d37d21b68a}"

PropertyValue = int | str


class WiaError(Exception):
    """A failed WIA call, with its HRESULT as an unsigned 32-bit number."""

    def __init__(self, hresult: int, where: str = "") -> None:
        self.hresult = hresult & 0xFFFFFFFF
        self.where = where
        super().__init__(f"HRESULT 0x{self.hresult:08X}" + (f" at {where}" if where else ""))


@dataclass(frozen=True)
class PropertyInfo:
    """What values a property takes: a range (`low`..`high` in `step`s), a list, or flags."""

    flags: int
    low: int | None = None
    high: int | None = None
    step: int | None = None
    values: tuple[int, ...] = ()

    @property
    def is_range(self) -> bool:
        return bool(self.flags & PROP_RANGE)

    @property
    def is_list(self) -> bool:
        return bool(self.flags & PROP_LIST)

    @property
    def is_flags(self) -> bool:
        return bool(self.flags & PROP_FLAG)


@dataclass(frozen=True)
class DeviceEntry:
    """One device as `IWiaDevMgr2::EnumDeviceInfo` lists it (its WIA_DIP_* properties)."""

    device_id: str
    name: str
    vendor: str = ""
    description: str = ""
    device_type: int = STI_DEVICE_TYPE_SCANNER << 16
    driver_version: str = ""
    pnp_id: str = ""
    server: str = "local"


class TransferEvents(Protocol):
    """Told by the COM layer what `IWiaTransferCallback` hears during one `Download`.

    Every method may be called on a thread of WIA's; returning False asks WIA to stop
    (the callback then returns S_FALSE).
    """

    def stream_started(self) -> bool:
        """WIA asked for a new stream (`GetNextStream`): a page is starting."""
        ...

    def progress(self, percent: int, bytes_transferred: int, status: int) -> bool:
        """`WIA_TRANSFER_MSG_STATUS`; `status` is its `hrErrorStatus` (unsigned)."""
        ...

    def page(self, data: bytes) -> bool:
        """`WIA_TRANSFER_MSG_END_OF_STREAM`: one page's whole file (BMP, PNG, …), maybe empty."""
        ...

    def device_status(self, status: int) -> bool:
        """`WIA_TRANSFER_MSG_DEVICE_STATUS` (warming up, or an error such as a jam)."""
        ...


class WiaItem(Protocol):
    """An `IWiaItem2` with its property storage: the root item (the device) or a source."""

    def name(self) -> str:
        """WIA_IPA_ITEM_NAME ("Root", "Flatbed", "Feeder", "Front", "Back")."""
        ...

    def category(self) -> str:
        """The item's category GUID, lower case in braces, or "" when it has none."""
        ...

    def children(self) -> Sequence[WiaItem]:
        """The child items (sources under the root; front and back under a feeder)."""
        ...

    def read(self, prop: int) -> PropertyValue | None:
        """A property's value, or None when the item does not have it."""
        ...

    def write(self, prop: int, value: int) -> None:
        """Set an integer property; raises `WiaError` (E_INVALIDARG for a value refused)."""
        ...

    def attributes(self, prop: int) -> PropertyInfo | None:
        """The values a property accepts, or None when the item does not have it."""
        ...

    def download(self, events: TransferEvents) -> int:
        """`IWiaTransfer::Download` with a callback that tells `events`; blocks until done.

        Returns the call's success HRESULT (S_OK, S_FALSE when cancelled, WIA_STATUS_END_OF_MEDIA);
        raises `WiaError` for a failure.
        """
        ...

    def cancel(self) -> None:
        """`IWiaTransfer::Cancel` from another thread (best effort)."""
        ...


class WiaSystem(Protocol):
    """The device manager (`IWiaDevMgr2`)."""

    def devices(self) -> list[DeviceEntry]:
        """Every local WIA device."""
        ...

    def open(self, device_id: str) -> WiaItem:
        """The root item of one device (`CreateDevice`); raises `WiaError`."""
        ...
