"""The backend table: names, `auto` merging, routing by device-id prefix."""

from __future__ import annotations

from typing import Any

import pytest

import scanning.backends as backends
from scanning.backends import MergedBackend, load_backend, owner_of
from scanning.faults import FaultKind, ScanFault, fault_message
from scanning.model import DeviceInfo


class Listing:
    """A stand-in backend that lists `ids` and records what it opened."""

    def __init__(self, *ids: str) -> None:
        self.ids = ids
        self.opened: list[str] = []

    def devices(self) -> list[DeviceInfo]:
        return [DeviceInfo(i, "V", "M", "t") for i in self.ids]

    def open(self, device: DeviceInfo) -> Any:
        if device.id not in self.ids:
            raise ScanFault(FaultKind.UNPLUGGED, "not mine")
        self.opened.append(device.id)
        return device.id


def test_merged_list_routes_escl_ids_to_the_escl_backend() -> None:
    # SANE's own escl backend lists the network scanner too: ours opens it, listed once.
    sane = Listing("test:0", "escl:http://192.0.2.1:80/eSCL")
    escl = Listing("escl:http://192.0.2.1:80/eSCL")
    merged = MergedBackend([("sane", sane), ("escl", escl)])
    assert [d.id for d in merged.devices()] == ["test:0", "escl:http://192.0.2.1:80/eSCL"]
    merged.open(DeviceInfo("escl:http://192.0.2.1:80/eSCL", "", "", ""))
    merged.open(DeviceInfo("test:0", "", "", ""))
    assert escl.opened == ["escl:http://192.0.2.1:80/eSCL"]
    assert sane.opened == ["test:0"]
    with pytest.raises(ScanFault) as gone:
        merged.open(DeviceInfo("test:9", "", "", ""))
    assert gone.value.kind is FaultKind.UNPLUGGED


def test_auto_leaves_out_a_backend_that_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(backends.AUTO, "linux", ("nothing_here", "escl"))
    monkeypatch.setitem(backends.AUTO, "win32", ("nothing_here", "escl"))
    monkeypatch.setitem(backends.AUTO, "darwin", ("nothing_here", "escl"))
    backend = load_backend("auto", {"escl": {"urls": ["http://192.0.2.1/eSCL"]}})
    assert type(backend).__name__ == "EsclBackend"
    monkeypatch.setitem(backends.AUTO, "linux", ("nothing_here",))
    monkeypatch.setitem(backends.AUTO, "win32", ("nothing_here",))
    monkeypatch.setitem(backends.AUTO, "darwin", ("nothing_here",))
    with pytest.raises(ScanFault) as none:
        load_backend("auto")
    assert none.value.kind is FaultKind.NO_SCANNER_SOFTWARE


def test_a_backend_this_version_lacks_is_no_scanner_software() -> None:
    with pytest.raises(ScanFault) as missing:
        load_backend("twain")
    assert missing.value.kind is FaultKind.NO_SCANNER_SOFTWARE
    assert "twain" in missing.value.detail


def test_a_backend_is_made_once_per_options() -> None:
    first = load_backend("escl", {"escl": {"urls": ["http://192.0.2.7/eSCL"]}})
    assert load_backend("escl", {"escl": {"urls": ["http://192.0.2.7/eSCL"]}}) is first
    assert load_backend("escl", {"escl": {"urls": ["http://192.0.2.8/eSCL"]}}) is not first


def test_only_a_certificate_fault_shows_its_detail() -> None:
    detail = "Its SHA-256 fingerprint was AA and is now BB."
    assert fault_message(FaultKind.CERTIFICATE_REFUSED, detail).endswith(detail)
    assert detail not in fault_message(FaultKind.JAMMED, detail)
    assert detail in str(ScanFault(FaultKind.CERTIFICATE_REFUSED, detail))


def test_a_device_id_that_names_its_backend_is_all_that_is_loaded_for_it() -> None:
    from scanning.launch import backend_ahead  # noqa: PLC0415

    assert owner_of("escl:http://127.0.0.1:8080/eSCL") == "escl"
    assert owner_of("wia:{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0000") == "wia"
    assert owner_of("genesys:libusb:001:004") is None
    assert backend_ahead("escl:http://127.0.0.1:8080/eSCL") == "escl"
    assert backend_ahead("test:0") == "auto"
    assert backend_ahead(None) == "auto"
