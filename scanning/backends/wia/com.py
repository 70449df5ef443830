"""The WIA 2 COM layer (Windows only): `IWiaDevMgr2`, `IWiaItem2`, `IWiaPropertyStorage`,
`IWiaTransfer` and `IWiaTransferCallback` declared with comtypes (no compiler, no type library).

This module implements `scanning.backends.wia.port` and does nothing else: every decision is in
`scanning.backends.wia.backend`, which is tested on Linux over a stand-in for this module.
Interface layouts follow wia_lh.h / wiadef.h (vtable order matters: unused methods are declared
as placeholders of the right arity). COM runs in the multithreaded apartment, so the device
opened on the worker's main thread can be used by the transfer thread, and WIA's transfer
callbacks arrive on RPC threads.

Not run on a real Windows machine yet: see docs/scanning.md for what the Windows agent runs.
"""

# E402: the imports below the platform check must not run elsewhere. RUF012: comtypes and
# ctypes read _fields_, _methods_ and _com_interfaces_ as class attributes.
# ruff: noqa: E402, RUF012

from __future__ import annotations

import sys


def _windows_only() -> None:
    if sys.platform != "win32":
        raise ImportError("the WIA COM layer runs only on Windows")


_windows_only()
assert sys.platform == "win32"  # and mypy checks the rest for Windows only

import ctypes
import logging
from collections.abc import Sequence
from ctypes import (
    HRESULT,
    POINTER,
    Structure,
    Union,
    byref,
    c_int32,
    c_longlong,
    c_uint32,
    c_uint64,
    c_ulong,
    c_ushort,
    c_void_p,
    c_wchar_p,
)
from typing import Any

# comtypes initialises COM when it is first imported, with these flags: the multithreaded
# apartment (COINIT_MULTITHREADED). Nothing else in the worker imports comtypes before this.
sys.coinit_flags = 0  # type: ignore[attr-defined]  # read by comtypes

import comtypes
from comtypes import BSTR, COMMETHOD, GUID, STDMETHOD, COMError, COMObject, IUnknown

from scanning.backends.wia import errors as hr
from scanning.backends.wia.port import (
    DIP_DEV_DESC,
    DIP_DEV_ID,
    DIP_DEV_NAME,
    DIP_DEV_TYPE,
    DIP_DRIVER_VERSION,
    DIP_PNP_ID,
    DIP_SERVER_NAME,
    DIP_VEND_DESC,
    IPA_ITEM_NAME,
    PROP_FLAG,
    PROP_LIST,
    PROP_RANGE,
    DeviceEntry,
    PropertyInfo,
    PropertyValue,
    TransferEvents,
    WiaError,
)

log = logging.getLogger(__name__)

LONG = c_int32
ULONG = c_uint32
PROPID = c_ulong

VT_EMPTY, VT_I2, VT_I4, VT_BSTR, VT_UI4, VT_INT, VT_UINT = 0, 2, 3, 8, 19, 22, 23
VT_LPWSTR, VT_CLSID, VT_VECTOR = 31, 72, 0x1000
PRSPEC_PROPID = 1
WIA_IPA_FIRST = 4098
WIA_DEVINFO_ENUM_LOCAL = 0x10
WIA_TRANSFER_MSG_STATUS = 1
WIA_TRANSFER_MSG_END_OF_STREAM = 2
WIA_TRANSFER_MSG_END_OF_TRANSFER = 3
WIA_TRANSFER_MSG_DEVICE_STATUS = 5
WIA_TRANSFER_MSG_NEW_PAGE = 6
STREAM_SEEK_SET, STREAM_SEEK_END = 0, 2
READ_CHUNK = 1 << 20

CLSID_WiaDevMgr2 = GUID("{B6C292BC-7C88-41ee-8B54-8EC92617E599}")


# ---------------------------------------------------------------- structures


class _PROPSPEC_U(Union):
    _fields_ = [("propid", PROPID), ("lpwstr", c_wchar_p)]


class PROPSPEC(Structure):
    _fields_ = [("ulKind", ULONG), ("u", _PROPSPEC_U)]


class _CAL(Structure):
    _fields_ = [("cElems", ULONG), ("pElems", POINTER(LONG))]


class _PROPVARIANT_U(Union):
    _fields_ = [
        ("lVal", LONG),
        ("ulVal", ULONG),
        ("hVal", c_longlong),
        ("bstrVal", c_wchar_p),
        ("pwszVal", c_wchar_p),
        ("puuid", POINTER(GUID)),
        ("cal", _CAL),
        ("_pad", ctypes.c_ubyte * (2 * ctypes.sizeof(c_void_p))),
    ]


class PROPVARIANT(Structure):
    _fields_ = [
        ("vt", c_ushort),
        ("wReserved1", c_ushort),
        ("wReserved2", c_ushort),
        ("wReserved3", c_ushort),
        ("u", _PROPVARIANT_U),
    ]


class WiaTransferParams(Structure):
    _fields_ = [
        ("lMessage", LONG),
        ("lPercentComplete", LONG),
        ("ulTransferredBytes", c_uint64),
        ("hrErrorStatus", HRESULT),
    ]


_ole32 = ctypes.oledll.ole32
_ole32.PropVariantClear.argtypes = [POINTER(PROPVARIANT)]
_shlwapi = ctypes.windll.shlwapi
_shlwapi.SHCreateMemStream.restype = c_void_p
_shlwapi.SHCreateMemStream.argtypes = [c_void_p, ctypes.c_uint]


# ---------------------------------------------------------------- interfaces


class ISequentialStream(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{0C733A30-2A1C-11CE-ADE5-00AA0044773D}")
    _methods_ = [
        STDMETHOD(HRESULT, "Read", [c_void_p, ULONG, POINTER(ULONG)]),
        STDMETHOD(HRESULT, "Write", [c_void_p, ULONG, POINTER(ULONG)]),
    ]


class IStream(ISequentialStream):
    _iid_ = GUID("{0000000C-0000-0000-C000-000000000046}")
    _methods_ = [
        STDMETHOD(HRESULT, "Seek", [c_longlong, ULONG, POINTER(c_uint64)]),
        STDMETHOD(HRESULT, "SetSize", [c_uint64]),
        STDMETHOD(HRESULT, "CopyTo", [c_void_p, c_uint64, c_void_p, c_void_p]),
        STDMETHOD(HRESULT, "Commit", [ULONG]),
        STDMETHOD(HRESULT, "Revert", []),
        STDMETHOD(HRESULT, "LockRegion", [c_uint64, c_uint64, ULONG]),
        STDMETHOD(HRESULT, "UnlockRegion", [c_uint64, c_uint64, ULONG]),
        STDMETHOD(HRESULT, "Stat", [c_void_p, ULONG]),
        STDMETHOD(HRESULT, "Clone", [c_void_p]),
    ]


class IWiaPropertyStorage(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{98B5E8A0-29CC-491a-AAC0-E6DB4FDCCEB6}")
    _methods_ = [
        STDMETHOD(HRESULT, "ReadMultiple", [ULONG, POINTER(PROPSPEC), POINTER(PROPVARIANT)]),
        STDMETHOD(
            HRESULT, "WriteMultiple", [ULONG, POINTER(PROPSPEC), POINTER(PROPVARIANT), PROPID]
        ),
        STDMETHOD(HRESULT, "DeleteMultiple", [ULONG, c_void_p]),
        STDMETHOD(HRESULT, "ReadPropertyNames", [ULONG, c_void_p, c_void_p]),
        STDMETHOD(HRESULT, "WritePropertyNames", [ULONG, c_void_p, c_void_p]),
        STDMETHOD(HRESULT, "DeletePropertyNames", [ULONG, c_void_p]),
        STDMETHOD(HRESULT, "Commit", [ULONG]),
        STDMETHOD(HRESULT, "Revert", []),
        STDMETHOD(HRESULT, "Enum", [c_void_p]),
        STDMETHOD(HRESULT, "SetTimes", [c_void_p, c_void_p, c_void_p]),
        STDMETHOD(HRESULT, "SetClass", [c_void_p]),
        STDMETHOD(HRESULT, "Stat", [c_void_p]),
        STDMETHOD(
            HRESULT,
            "GetPropertyAttributes",
            [ULONG, POINTER(PROPSPEC), POINTER(ULONG), POINTER(PROPVARIANT)],
        ),
        STDMETHOD(HRESULT, "GetCount", [POINTER(ULONG)]),
        STDMETHOD(HRESULT, "GetPropertyStream", [c_void_p, c_void_p]),
        STDMETHOD(HRESULT, "SetPropertyStream", [c_void_p, c_void_p]),
    ]


class IWiaTransferCallback(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{27d4eaaf-28a6-4ca5-9aab-e678168b9527}")
    _methods_ = [
        COMMETHOD(
            [],
            HRESULT,
            "TransferCallback",
            (["in"], LONG, "lFlags"),
            (["in"], POINTER(WiaTransferParams), "pWiaTransferParams"),
        ),
        COMMETHOD(
            [],
            HRESULT,
            "GetNextStream",
            (["in"], LONG, "lFlags"),
            (["in"], BSTR, "bstrItemName"),
            (["in"], BSTR, "bstrFullItemName"),
            (["out"], POINTER(POINTER(IStream)), "ppDestination"),
        ),
    ]


class IWiaTransfer(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{c39d6942-2f4e-4d04-92fe-4ef4d3a1de5a}")
    _methods_ = [
        STDMETHOD(HRESULT, "Download", [LONG, POINTER(IWiaTransferCallback)]),
        STDMETHOD(HRESULT, "Upload", [LONG, c_void_p, c_void_p]),
        STDMETHOD(HRESULT, "Cancel", []),
        STDMETHOD(HRESULT, "EnumWIA_FORMAT_INFO", [c_void_p]),
    ]


class IWiaItem2(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{6CBA0075-1287-407d-9B77-CF0E030435CC}")


class IEnumWiaItem2(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{59970AF4-CD0D-44d9-AB24-52295630E582}")
    _methods_ = [
        STDMETHOD(HRESULT, "Next", [ULONG, POINTER(POINTER(IWiaItem2)), POINTER(ULONG)]),
        STDMETHOD(HRESULT, "Skip", [ULONG]),
        STDMETHOD(HRESULT, "Reset", []),
        STDMETHOD(HRESULT, "Clone", [c_void_p]),
        STDMETHOD(HRESULT, "GetCount", [POINTER(ULONG)]),
    ]


IWiaItem2._methods_ = [
    STDMETHOD(HRESULT, "CreateChildItem", [LONG, LONG, BSTR, c_void_p]),
    STDMETHOD(HRESULT, "DeleteItem", [LONG]),
    STDMETHOD(HRESULT, "EnumChildItems", [POINTER(GUID), POINTER(POINTER(IEnumWiaItem2))]),
    STDMETHOD(HRESULT, "FindItemByName", [LONG, BSTR, c_void_p]),
    STDMETHOD(HRESULT, "GetItemCategory", [POINTER(GUID)]),
    STDMETHOD(HRESULT, "GetItemType", [POINTER(LONG)]),
    STDMETHOD(HRESULT, "DeviceDlg", [LONG, c_void_p, BSTR, BSTR, c_void_p, c_void_p, c_void_p]),
    STDMETHOD(HRESULT, "DeviceCommand", [LONG, c_void_p, c_void_p]),
    STDMETHOD(HRESULT, "EnumDeviceCapabilities", [LONG, c_void_p]),
    STDMETHOD(HRESULT, "CheckExtension", [LONG, BSTR, c_void_p, c_void_p]),
    STDMETHOD(HRESULT, "GetExtension", [LONG, BSTR, c_void_p, c_void_p]),
    STDMETHOD(HRESULT, "GetParentItem", [c_void_p]),
    STDMETHOD(HRESULT, "GetRootItem", [c_void_p]),
    STDMETHOD(HRESULT, "GetPreviewComponent", [LONG, c_void_p]),
    STDMETHOD(HRESULT, "EnumRegisterEventInfo", [LONG, c_void_p, c_void_p]),
    STDMETHOD(HRESULT, "Diagnostic", [ULONG, c_void_p]),
]


class IEnumWIA_DEV_INFO(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{5e38b83c-8cf1-11d1-bf92-0060081ed811}")
    _methods_ = [
        STDMETHOD(HRESULT, "Next", [ULONG, POINTER(POINTER(IWiaPropertyStorage)), POINTER(ULONG)]),
        STDMETHOD(HRESULT, "Skip", [ULONG]),
        STDMETHOD(HRESULT, "Reset", []),
        STDMETHOD(HRESULT, "Clone", [c_void_p]),
        STDMETHOD(HRESULT, "GetCount", [POINTER(ULONG)]),
    ]


class IWiaDevMgr2(IUnknown):  # type: ignore[misc]
    _iid_ = GUID("{79C07CF1-CBDD-41ee-8EC3-F00080CADA7A}")
    _methods_ = [
        STDMETHOD(HRESULT, "EnumDeviceInfo", [LONG, POINTER(POINTER(IEnumWIA_DEV_INFO))]),
        STDMETHOD(HRESULT, "CreateDevice", [LONG, BSTR, POINTER(POINTER(IWiaItem2))]),
        STDMETHOD(HRESULT, "SelectDeviceDlg", [c_void_p, LONG, LONG, c_void_p, c_void_p]),
        STDMETHOD(HRESULT, "SelectDeviceDlgID", [c_void_p, LONG, LONG, c_void_p]),
        STDMETHOD(
            HRESULT, "RegisterEventCallbackInterface", [LONG, BSTR, c_void_p, c_void_p, c_void_p]
        ),
        STDMETHOD(
            HRESULT,
            "RegisterEventCallbackProgram",
            [LONG, BSTR, c_void_p, BSTR, BSTR, BSTR, BSTR, BSTR],
        ),
        STDMETHOD(
            HRESULT,
            "RegisterEventCallbackCLSID",
            [LONG, BSTR, c_void_p, c_void_p, BSTR, BSTR, BSTR],
        ),
        STDMETHOD(
            HRESULT, "GetImageDlg", [LONG, BSTR, c_void_p, BSTR, BSTR, c_void_p, c_void_p, c_void_p]
        ),
    ]


# ---------------------------------------------------------------- helpers


def _hresult(error: COMError) -> int:
    return int(error.hresult) & 0xFFFFFFFF


def _spec(prop: int) -> PROPSPEC:
    spec = PROPSPEC()
    spec.ulKind = PRSPEC_PROPID
    spec.u.propid = prop
    return spec


_INTEGERS = {VT_I4: "lVal", VT_INT: "lVal", VT_UI4: "ulVal", VT_UINT: "ulVal"}
_STRINGS = {VT_BSTR: "bstrVal", VT_LPWSTR: "pwszVal"}


def _value(variant: PROPVARIANT) -> PropertyValue | None:
    vt = int(variant.vt)
    if vt in _INTEGERS:
        return int(getattr(variant.u, _INTEGERS[vt]))
    if vt in _STRINGS:
        return getattr(variant.u, _STRINGS[vt]) or ""
    if vt == VT_I2:
        return int(ctypes.c_int16(variant.u.lVal & 0xFFFF).value)
    if vt == VT_CLSID and variant.u.puuid:
        return str(variant.u.puuid.contents).lower()
    return None


def _read(storage: Any, prop: int) -> PropertyValue | None:
    spec = _spec(prop)
    variant = PROPVARIANT()
    try:
        storage.ReadMultiple(1, byref(spec), byref(variant))
    except COMError as error:
        log.debug("reading WIA property %d failed: 0x%08X", prop, _hresult(error))
        return None
    try:
        return _value(variant)
    finally:
        _ole32.PropVariantClear(byref(variant))


def _read_stream(stream: Any) -> bytes:
    """The whole content of an IStream (written by the driver), from its start."""
    end = c_uint64()
    stream.Seek(0, STREAM_SEEK_END, byref(end))
    stream.Seek(0, STREAM_SEEK_SET, None)
    size = int(end.value)
    data = bytearray(size)
    done = 0
    count = ULONG()
    while done < size:
        want = min(READ_CHUNK, size - done)
        window = (ctypes.c_char * want).from_buffer(data, done)
        stream.Read(window, want, byref(count))
        del window
        if count.value == 0:
            break
        done += int(count.value)
    return bytes(data[:done])


def _mem_stream() -> Any:
    pointer = _shlwapi.SHCreateMemStream(None, 0)
    if not pointer:
        raise WiaError(hr.E_OUTOFMEMORY, "SHCreateMemStream")
    return ctypes.cast(pointer, POINTER(IStream))


# ---------------------------------------------------------------- the transfer callback


class _Callback(COMObject):  # type: ignore[misc]
    """IWiaTransferCallback: a memory stream per page; each finished one goes to `events`."""

    _com_interfaces_ = [IWiaTransferCallback]

    def __init__(self, events: TransferEvents) -> None:
        super().__init__()
        self._events = events
        self._streams: list[Any] = []

    def TransferCallback(self, this: Any, flags: int, params: Any) -> int:
        try:
            message = params.contents
            kind = int(message.lMessage)
            status = int(message.hrErrorStatus) & 0xFFFFFFFF
            if kind == WIA_TRANSFER_MSG_END_OF_STREAM:
                stream = self._streams.pop(0) if self._streams else None
                data = _read_stream(stream) if stream is not None else b""
                going = self._events.page(data)
            elif kind == WIA_TRANSFER_MSG_STATUS:
                going = self._events.progress(
                    int(message.lPercentComplete), int(message.ulTransferredBytes), status
                )
            elif kind == WIA_TRANSFER_MSG_DEVICE_STATUS:
                going = self._events.device_status(status)
            else:  # END_OF_TRANSFER, NEW_PAGE
                going = self._events.progress(int(message.lPercentComplete), 0, 0)
        except Exception:  # a callback must answer, never raise into WIA
            log.exception("the WIA transfer callback failed")
            return hr.S_FALSE
        return hr.S_OK if going else hr.S_FALSE

    def GetNextStream(
        self, this: Any, flags: int, item_name: Any, full_item_name: Any, destination: Any
    ) -> int:
        try:
            stream = _mem_stream()
            self._streams.append(stream)
            destination[0] = stream  # comtypes AddRefs: WIA releases its reference
            going = self._events.stream_started()
        except Exception:
            log.exception("the WIA transfer callback could not make a stream")
            return hr.E_OUTOFMEMORY
        return hr.S_OK if going else hr.S_FALSE


# ---------------------------------------------------------------- the port


class ComWiaItem:
    """`port.WiaItem` over an `IWiaItem2` and its `IWiaPropertyStorage`."""

    def __init__(self, item: Any) -> None:
        self._item = item
        self._storage = item.QueryInterface(IWiaPropertyStorage)
        self._transfer: Any = None

    def name(self) -> str:
        value = _read(self._storage, IPA_ITEM_NAME)
        return "" if value is None else str(value)

    def category(self) -> str:
        guid = GUID()
        try:
            self._item.GetItemCategory(byref(guid))
        except COMError:
            return ""
        return str(guid).lower()

    def children(self) -> Sequence[ComWiaItem]:
        enum: Any = POINTER(IEnumWiaItem2)()
        try:
            self._item.EnumChildItems(None, byref(enum))
        except COMError as error:
            raise WiaError(_hresult(error), "EnumChildItems") from None
        found: list[ComWiaItem] = []
        while enum:
            child = POINTER(IWiaItem2)()
            fetched = ULONG()
            result = enum.Next(1, byref(child), byref(fetched))
            if result != hr.S_OK or fetched.value != 1 or not child:
                break
            found.append(ComWiaItem(child))
        return found

    def read(self, prop: int) -> PropertyValue | None:
        return _read(self._storage, prop)

    def write(self, prop: int, value: int) -> None:
        spec = _spec(prop)
        variant = PROPVARIANT()
        variant.vt = VT_I4
        variant.u.lVal = value
        try:
            self._storage.WriteMultiple(1, byref(spec), byref(variant), WIA_IPA_FIRST)
        except COMError as error:
            raise WiaError(_hresult(error), f"writing property {prop}") from None

    def attributes(self, prop: int) -> PropertyInfo | None:
        spec = _spec(prop)
        flags = ULONG()
        variant = PROPVARIANT()
        try:
            result = self._storage.GetPropertyAttributes(
                1, byref(spec), byref(flags), byref(variant)
            )
        except COMError:
            return None
        try:
            if result == hr.S_FALSE:
                return None
            elems: list[int] = []
            if variant.vt & VT_VECTOR and variant.u.cal.pElems:
                elems = [int(variant.u.cal.pElems[i]) for i in range(variant.u.cal.cElems)]
            bits = int(flags.value)
            if bits & PROP_RANGE and len(elems) >= 4:
                return PropertyInfo(bits, low=elems[0], high=elems[2], step=elems[3])
            if bits & PROP_LIST:
                return PropertyInfo(bits, values=tuple(elems[2:]))
            if bits & PROP_FLAG:
                return PropertyInfo(bits, values=tuple(elems[1:]))
            return PropertyInfo(bits)
        finally:
            _ole32.PropVariantClear(byref(variant))

    def download(self, events: TransferEvents) -> int:
        comtypes.CoInitializeEx(comtypes.COINIT_MULTITHREADED)
        try:
            try:
                self._transfer = self._item.QueryInterface(IWiaTransfer)
            except COMError as error:
                raise WiaError(_hresult(error), "IWiaTransfer") from None
            callback = _Callback(events)
            try:
                return int(self._transfer.Download(0, callback)) & 0xFFFFFFFF
            except COMError as error:
                raise WiaError(_hresult(error), "Download") from None
        finally:
            comtypes.CoUninitialize()

    def cancel(self) -> None:
        transfer = self._transfer
        if transfer is None:
            return
        try:
            transfer.Cancel()
        except COMError as error:
            raise WiaError(_hresult(error), "Cancel") from None


class ComWiaSystem:
    """`port.WiaSystem` over `IWiaDevMgr2` (raises `WiaError` when WIA 2 is not there)."""

    def __init__(self) -> None:
        try:
            self._manager = comtypes.CoCreateInstance(
                CLSID_WiaDevMgr2, IWiaDevMgr2, comtypes.CLSCTX_LOCAL_SERVER
            )
        except COMError as error:
            raise WiaError(_hresult(error), "CoCreateInstance(WiaDevMgr2)") from None
        except OSError as error:
            raise WiaError(int(getattr(error, "winerror", hr.E_FAIL) or hr.E_FAIL)) from None

    def devices(self) -> list[DeviceEntry]:
        enum: Any = POINTER(IEnumWIA_DEV_INFO)()
        try:
            self._manager.EnumDeviceInfo(WIA_DEVINFO_ENUM_LOCAL, byref(enum))
        except COMError as error:
            raise WiaError(_hresult(error), "EnumDeviceInfo") from None
        entries: list[DeviceEntry] = []
        while enum:
            storage = POINTER(IWiaPropertyStorage)()
            fetched = ULONG()
            result = enum.Next(1, byref(storage), byref(fetched))
            if result != hr.S_OK or fetched.value != 1 or not storage:
                break

            def text(prop: int, storage: Any = storage) -> str:
                value = _read(storage, prop)
                return "" if value is None else str(value)

            device_type = _read(storage, DIP_DEV_TYPE)
            entries.append(
                DeviceEntry(
                    device_id=text(DIP_DEV_ID),
                    name=text(DIP_DEV_NAME),
                    vendor=text(DIP_VEND_DESC),
                    description=text(DIP_DEV_DESC),
                    device_type=device_type if isinstance(device_type, int) else 0,
                    driver_version=text(DIP_DRIVER_VERSION),
                    pnp_id=text(DIP_PNP_ID),
                    server=text(DIP_SERVER_NAME) or "local",
                )
            )
        return entries

    def open(self, device_id: str) -> ComWiaItem:
        root = POINTER(IWiaItem2)()
        try:
            self._manager.CreateDevice(0, BSTR(device_id), byref(root))
        except COMError as error:
            raise WiaError(_hresult(error), "CreateDevice") from None
        return ComWiaItem(root)
