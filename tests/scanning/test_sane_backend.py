"""The SANE adapter's option handling on drivers unlike the virtual ones (duplex, INT, clamping)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

import scanning.backends.sane as sane
from scanning.faults import FaultKind, ScanFault
from scanning.model import A5, ColorMode, DeviceRef, ScanRequest, SourceKind
from tests.scanning.fake_sane import (
    DPI,
    FIXED,
    INT,
    RANGE,
    STRING,
    STRING_LIST,
    WORD_LIST,
    FakeRawApi,
    FakeSaneError,
    Option,
    area_options,
    fixed,
)


class Listener:
    def __init__(self) -> None:
        self.started: list[int] = []
        self.progress_calls = 0

    def page_started(self, index: int) -> None:
        self.started.append(index)

    def progress(self, index: int, bytes_read: int, bytes_expected: int | None) -> None:
        self.progress_calls += 1


def epson_like(sources: list[str], extra: list[Option] | None = None) -> FakeRawApi:
    return FakeRawApi(
        [
            Option("source", STRING, sources[0], STRING_LIST, sources),
            Option("mode", STRING, "Lineart", STRING_LIST, ["Lineart", "Gray", "Color"]),
            Option("resolution", INT, 150, WORD_LIST, [150, 300, 600], DPI),
            *area_options(215.9, 355.6),
            *(extra or []),
        ]
    )


Install = Callable[[FakeRawApi], sane.SaneDevice]


@pytest.fixture
def use(monkeypatch: pytest.MonkeyPatch) -> Install:
    def install(api: FakeRawApi) -> sane.SaneDevice:
        monkeypatch.setattr(sane, "rawapi", api)
        return sane.SaneBackend().open(DeviceRef("fake:0").as_device())

    return install


def scan(source: SourceKind, mode: ColorMode = ColorMode.AUTO, dpi: int = 300) -> ScanRequest:
    return ScanRequest(DeviceRef("fake:0"), source=source, mode=mode, resolution=dpi)


def test_duplex_source_by_name(use: Install) -> None:
    api = epson_like(["Flatbed", "ADF Front", "ADF Duplex"])
    device = use(api)
    caps = device.capabilities()
    assert caps.source_kinds == (SourceKind.FLATBED, SourceKind.ADF, SourceKind.DUPLEX)
    assert caps.duplex
    assert caps.max_height_mm == pytest.approx(355.6, abs=0.01)
    assert {s.name for s in caps.page_sizes} >= {"A4", "Letter", "Legal"}
    settings = device.configure(scan(SourceKind.DUPLEX))
    assert (settings.source, settings.source_name) == (SourceKind.DUPLEX, "ADF Duplex")
    assert api.option("source").value == "ADF Duplex"
    # Colour for auto; never Lineart.
    assert settings.scan_mode == "Color"
    assert api.option("br-y").value == fixed(355.6)
    pages = list(device.pages(True, threading.Event(), Listener()))
    assert len(pages) == 3
    assert pages[0].size == (40, 30)


def test_duplex_by_a_separate_option(use: Install) -> None:
    mode = Option("adf-mode", STRING, "Simplex", STRING_LIST, ["Simplex", "Duplex"])
    api = epson_like(["Flatbed", "Automatic Document Feeder"], [mode])
    device = use(api)
    assert device.capabilities().duplex
    settings = device.configure(scan(SourceKind.DUPLEX))
    assert settings.source is SourceKind.DUPLEX
    assert api.option("source").value == "Automatic Document Feeder"
    assert api.option("adf-mode").value == "Duplex"


def test_duplex_falls_back_to_one_side(use: Install) -> None:
    device = use(epson_like(["Flatbed", "ADF"]))
    settings = device.configure(scan(SourceKind.DUPLEX))
    assert settings.source is SourceKind.ADF
    assert any("duplex" in note for note in settings.notes)


def test_a_feeder_on_a_flatbed_only_scanner_is_unsupported(use: Install) -> None:
    device = use(epson_like(["Flatbed"]))
    with pytest.raises(ScanFault) as raised:
        device.configure(scan(SourceKind.ADF))
    assert raised.value.kind is FaultKind.UNSUPPORTED


def test_int_resolution_takes_the_nearest_offered(use: Install) -> None:
    api = epson_like(["Flatbed"])
    settings = use(api).configure(scan(SourceKind.FLATBED, dpi=200))
    assert settings.resolution == 150
    assert api.option("resolution").value == 150
    assert any("200" in note for note in settings.notes)


def test_bw_is_scanned_grey(use: Install) -> None:
    settings = use(epson_like(["Flatbed"])).configure(scan(SourceKind.FLATBED, ColorMode.BW))
    assert settings.scan_mode == "Gray"


def test_fixed_resolution_is_scaled_and_checked(use: Install) -> None:
    resolution = Option("resolution", FIXED, 50, RANGE, (fixed(1), fixed(1200), fixed(1)), DPI)
    api = FakeRawApi([resolution, *area_options(200, 200)])
    settings = use(api).configure(scan(SourceKind.FLATBED))
    assert settings.resolution == 300
    assert api.option("resolution").value == 300 * 65536


def test_a_driver_that_does_not_keep_the_resolution_is_caught(use: Install) -> None:
    clamped = Option(
        "resolution", FIXED, 50, RANGE, (fixed(1), fixed(1200), 0), DPI, keep=lambda _: fixed(1)
    )
    device = use(FakeRawApi([clamped]))
    with pytest.raises(ScanFault) as raised:
        device.configure(scan(SourceKind.FLATBED))
    assert raised.value.kind is FaultKind.UNSUPPORTED


def test_a_warming_lamp_is_waited_for(use: Install) -> None:
    api = epson_like(["Flatbed", "ADF"])
    api.start_errors = [12, 12]
    device = use(api)
    device.warm_up_poll = 0.001
    device.configure(scan(SourceKind.ADF))
    listener = Listener()
    assert len(list(device.pages(True, threading.Event(), listener))) == 3
    assert listener.progress_calls >= 2


@pytest.mark.parametrize(("status", "kind"), [(6, FaultKind.JAMMED), (8, FaultKind.COVER_OPEN)])
def test_start_errors_become_faults(use: Install, status: int, kind: FaultKind) -> None:
    api = epson_like(["Flatbed", "ADF"])
    api.start_errors = [status]
    device = use(api)
    device.configure(scan(SourceKind.ADF))
    with pytest.raises(ScanFault) as raised:
        list(device.pages(True, threading.Event(), Listener()))
    assert raised.value.kind is kind


def test_a_limit_starts_no_sheet_beyond_it(use: Install) -> None:
    api = epson_like(["Flatbed", "ADF"])
    device = use(api)
    device.configure(scan(SourceKind.ADF))
    assert len(list(device.pages(True, threading.Event(), Listener(), limit=2))) == 2
    assert api.started == 2  # the third sheet stays in the feeder


def test_a_jam_starting_the_next_sheet_comes_after_the_page_before_it(use: Install) -> None:
    api = epson_like(["Flatbed", "ADF"])
    device = use(api)
    device.configure(scan(SourceKind.ADF))
    start = api.sane_start

    def jam_on_the_second_sheet(handle: str) -> None:
        if api.started == 1:
            raise FakeSaneError(6)
        start(handle)

    api.sane_start = jam_on_the_second_sheet  # type: ignore[method-assign]
    pages = device.pages(True, threading.Event(), Listener())
    assert next(pages).size == (40, 30)  # the page read before the jam is handed over
    with pytest.raises(ScanFault) as raised:
        next(pages)
    assert raised.value.kind is FaultKind.JAMMED


def test_close_stops_then_closes_once(use: Install) -> None:
    api = epson_like(["Flatbed"])
    device = use(api)
    device.close()
    device.close()
    assert api.calls[-2:] == ["cancel", "close"]


def test_a_named_page_size_sets_the_area(use: Install) -> None:
    api = epson_like(["Flatbed"])
    request = ScanRequest(DeviceRef("fake:0"), SourceKind.FLATBED, page_size=A5)
    settings = use(api).configure(request)
    assert (settings.width_mm, settings.height_mm) == pytest.approx((148.0, 210.0), abs=0.01)
    assert api.option("br-y").value == fixed(210.0)


def test_no_libsane_is_no_scanner_software(monkeypatch: pytest.MonkeyPatch) -> None:
    api = epson_like(["Flatbed"])
    monkeypatch.setattr(api, "is_sane_available", lambda: False)
    monkeypatch.setattr(sane, "rawapi", api)
    with pytest.raises(ScanFault) as raised:
        sane.SaneBackend()
    assert raised.value.kind is FaultKind.NO_SCANNER_SOFTWARE
