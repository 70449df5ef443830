"""WIA's HRESULTs and the fault each one means for staff.

The codes are those of the Windows SDK's wiadef.h: `MAKE_HRESULT(SEVERITY_ERROR, FACILITY_WIA, n)`
with n written in decimal, so WIA_ERROR_COVER_OPEN (n = 16) is 0x80210010, not the 0x80210016
that Microsoft's "Error Codes (WIA)" page, NAPS2.Wia and pyinsane2 give: that page wrote n's
decimal digits as hex for every code from 16 on (cover open, lamp off, multi-feed, the endorser
counter). Drivers are built against the header, so the header's values are what arrive; the
page's values are mapped as well in case a driver was written from the page.
"""

from __future__ import annotations

from scanning.faults import FaultKind, ScanFault

S_OK = 0x00000000
S_FALSE = 0x00000001
WIA_STATUS_END_OF_MEDIA = 0x00210001  # a success code: the feeder has no more sheets
WIA_STATUS_WARMING_UP = 0x00210002
WIA_STATUS_CALIBRATING = 0x00210003

GENERAL_ERROR = 0x80210001
PAPER_JAM = 0x80210002
PAPER_EMPTY = 0x80210003
PAPER_PROBLEM = 0x80210004
OFFLINE = 0x80210005
BUSY = 0x80210006
WARMING_UP = 0x80210007
USER_INTERVENTION = 0x80210008
ITEM_DELETED = 0x80210009
DEVICE_COMMUNICATION = 0x8021000A
INVALID_COMMAND = 0x8021000B
INCORRECT_HARDWARE_SETTING = 0x8021000C
DEVICE_LOCKED = 0x8021000D
EXCEPTION_IN_DRIVER = 0x8021000E
INVALID_DRIVER_RESPONSE = 0x8021000F
COVER_OPEN = 0x80210010
LAMP_OFF = 0x80210011
DESTINATION = 0x80210012
NETWORK_RESERVATION_FAILED = 0x80210013
MULTI_FEED = 0x80210014
NO_DEVICE_AVAILABLE = 0x80210015  # also WIA_ERROR_MAXIMUM_PRINTER_ENDORSER_COUNTER (n = 21)
# The same four as Microsoft's error-code page prints them.
COVER_OPEN_AS_DOCUMENTED = 0x80210016
LAMP_OFF_AS_DOCUMENTED = 0x80210017
MULTI_FEED_AS_DOCUMENTED = 0x80210020
ENDORSER_COUNTER_AS_DOCUMENTED = 0x80210021

E_ABORT = 0x80004004
E_FAIL = 0x80004005
E_ACCESSDENIED = 0x80070005
E_OUTOFMEMORY = 0x8007000E
E_INVALIDARG = 0x80070057
E_NOTIMPL = 0x80004001
RPC_SERVER_UNAVAILABLE = 0x800706BA  # the WIA service (stisvc) is stopped or gone
CLASS_NOT_REGISTERED = 0x80040154  # no WIA 2 on this Windows

FAULTS: dict[int, FaultKind] = {
    GENERAL_ERROR: FaultKind.IO_ERROR,
    PAPER_JAM: FaultKind.JAMMED,
    PAPER_EMPTY: FaultKind.FEEDER_EMPTY,
    # "An unspecified problem with the feeder": what staff do is what they do for a jam.
    PAPER_PROBLEM: FaultKind.JAMMED,
    OFFLINE: FaultKind.UNPLUGGED,
    BUSY: FaultKind.BUSY,
    WARMING_UP: FaultKind.WARMING_UP,
    # The device wants someone to do something at it; most often paper or a lever.
    USER_INTERVENTION: FaultKind.JAMMED,
    ITEM_DELETED: FaultKind.UNPLUGGED,
    DEVICE_COMMUNICATION: FaultKind.IO_ERROR,
    INVALID_COMMAND: FaultKind.UNSUPPORTED,
    INCORRECT_HARDWARE_SETTING: FaultKind.UNSUPPORTED,
    DEVICE_LOCKED: FaultKind.LOCKED,
    EXCEPTION_IN_DRIVER: FaultKind.CRASHED,
    INVALID_DRIVER_RESPONSE: FaultKind.IO_ERROR,
    COVER_OPEN: FaultKind.COVER_OPEN,
    COVER_OPEN_AS_DOCUMENTED: FaultKind.COVER_OPEN,
    # A lamp that is off is one that has not warmed up yet (power saving).
    LAMP_OFF: FaultKind.WARMING_UP,
    LAMP_OFF_AS_DOCUMENTED: FaultKind.WARMING_UP,
    # A network scanner whose reservation failed is in use from another computer.
    DESTINATION: FaultKind.BUSY,
    NETWORK_RESERVATION_FAILED: FaultKind.BUSY,
    # Two sheets pulled in at once: take them out and feed them again, as after a jam.
    MULTI_FEED: FaultKind.JAMMED,
    MULTI_FEED_AS_DOCUMENTED: FaultKind.JAMMED,
    NO_DEVICE_AVAILABLE: FaultKind.UNPLUGGED,
    ENDORSER_COUNTER_AS_DOCUMENTED: FaultKind.IO_ERROR,
    E_ACCESSDENIED: FaultKind.ACCESS_DENIED,
    E_OUTOFMEMORY: FaultKind.OUT_OF_MEMORY,
    E_INVALIDARG: FaultKind.UNSUPPORTED,
    E_NOTIMPL: FaultKind.UNSUPPORTED,
    RPC_SERVER_UNAVAILABLE: FaultKind.NO_SCANNER_SOFTWARE,
    CLASS_NOT_REGISTERED: FaultKind.NO_SCANNER_SOFTWARE,
}


def is_error(hresult: int) -> bool:
    """True for a failure HRESULT (its severity bit set)."""
    return bool(hresult & 0x80000000)


def fault_for_hresult(hresult: int, where: str = "") -> ScanFault:
    """The fault a WIA HRESULT means; an unknown failure is an I/O error."""
    code = hresult & 0xFFFFFFFF
    detail = f"WIA 0x{code:08X}" + (f" at {where}" if where else "")
    return ScanFault(FAULTS.get(code, FaultKind.IO_ERROR), detail)
