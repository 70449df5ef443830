"""Value objects, name normalisation, re-plug matching, faults and the event wire format."""

from __future__ import annotations

import pickle

import pytest

from scanning.discovery import resolve_device
from scanning.events import (
    DeviceReady,
    Discovered,
    Event,
    Faulted,
    Finished,
    PageDone,
    PageProgress,
    decode,
    encode,
    request_from_dict,
    request_to_dict,
)
from scanning.faults import MESSAGES, FaultKind, ScanFault, fault_for_sane_status
from scanning.model import (
    A4,
    AppliedSettings,
    Capabilities,
    ColorMode,
    DeviceInfo,
    DeviceRef,
    Encoding,
    PageKind,
    ScannedPage,
    ScanRequest,
    SourceInfo,
    SourceKind,
    serial_from_id,
)
from scanning.names import mode_kind, source_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Flatbed", SourceKind.FLATBED),
        ("FlatBed", SourceKind.FLATBED),
        ("Document Table", SourceKind.FLATBED),
        ("Platen", SourceKind.FLATBED),
        ("Normal", SourceKind.FLATBED),
        ("Automatic Document Feeder", SourceKind.ADF),
        ("ADF", SourceKind.ADF),
        ("ADF Front", SourceKind.ADF),
        ("ADF Simplex", SourceKind.ADF),
        ("Feeder", SourceKind.ADF),
        ("ADF Duplex", SourceKind.DUPLEX),
        ("Duplex", SourceKind.DUPLEX),
        ("DP", SourceKind.DUPLEX),
        ("2-sided", SourceKind.DUPLEX),
        ("Automatic Document Feeder(left aligned,Duplex)", SourceKind.DUPLEX),
        ("Transparency Adapter", SourceKind.OTHER),
    ],
)
def test_source_names_map_to_kinds(name: str, kind: SourceKind) -> None:
    assert source_kind(name) is kind


@pytest.mark.parametrize(
    ("name", "mode"),
    [
        ("Color", ColorMode.COLOR),
        ("24bit Color", ColorMode.COLOR),
        ("Gray", ColorMode.GRAY),
        ("Grayscale", ColorMode.GRAY),
        ("True Gray", ColorMode.GRAY),
        ("Lineart", ColorMode.BW),
        ("Binary", ColorMode.BW),
        ("Halftone", ColorMode.BW),
        ("Infrared", None),
    ],
)
def test_mode_names_map_to_kinds(name: str, mode: ColorMode | None) -> None:
    assert mode_kind(name) is mode


SCANNER = DeviceInfo("fujitsu:fi-7160:1234", "FUJITSU", "fi-7160", "scanner")


def test_replugged_scanner_is_found_by_model_not_bus_address() -> None:
    moved = DeviceInfo("epson2:libusb:001:009", "Epson", "DS-530", "sheetfed scanner")
    ref = DeviceRef("epson2:libusb:001:005", "Epson", "DS-530")
    assert resolve_device(ref, [SCANNER, moved]) == moved
    assert resolve_device(DeviceRef(SCANNER.id), [SCANNER]) == SCANNER


def test_serial_decides_between_identical_scanners() -> None:
    one = DeviceInfo("hpaio:/usb/X?serial=AAA1", "HP", "X", "scanner", "AAA1")
    two = DeviceInfo("hpaio:/usb/X?serial=BBB2", "HP", "X", "scanner", "BBB2")
    ref = DeviceRef("hpaio:/usb/X?serial=BBB2&bus=old", "HP", "X", "BBB2")
    assert resolve_device(ref, [one, two]) == two
    assert resolve_device(DeviceRef("gone", "HP", "X", "CCC3"), [one, two]) is None


def test_ambiguous_or_absent_scanners_are_not_guessed() -> None:
    twins = [
        DeviceInfo("test:0", "Noname", "frontend-tester", "virtual device"),
        DeviceInfo("test:1", "Noname", "frontend-tester", "virtual device"),
    ]
    assert resolve_device(DeviceRef("test:7", "Noname", "frontend-tester"), twins) is None
    assert resolve_device(DeviceRef("test:7"), twins) is None
    assert resolve_device(DeviceRef("x:1", "Noname", "other"), twins) is None


def test_serial_is_read_from_ids_that_carry_one() -> None:
    assert serial_from_id("hpaio:/usb/Officejet?serial=CN12345") == "CN12345"
    assert serial_from_id("test:0") is None


def test_every_fault_has_a_plain_message_saying_what_to_do() -> None:
    for kind in FaultKind:
        message = MESSAGES[kind]
        assert message.endswith(".")
        assert "SANE" not in message
        assert "status" not in message.lower()
    assert "paper jam" in MESSAGES[FaultKind.JAMMED]
    assert "Continue" in MESSAGES[FaultKind.JAMMED]
    assert MESSAGES[FaultKind.FEEDER_EMPTY].startswith("Put the pages in the feeder")


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (3, FaultKind.BUSY),
        (6, FaultKind.JAMMED),
        (7, FaultKind.FEEDER_EMPTY),
        (8, FaultKind.COVER_OPEN),
        (9, FaultKind.IO_ERROR),
        (4, FaultKind.UNSUPPORTED),
        (99, FaultKind.IO_ERROR),
    ],
)
def test_sane_statuses_map_to_faults(status: int, kind: FaultKind) -> None:
    fault = fault_for_sane_status(status)
    assert fault.kind is kind
    assert str(fault) == MESSAGES[kind]


def test_faults_survive_pickling_and_say_if_continue_helps() -> None:
    fault = pickle.loads(pickle.dumps(ScanFault(FaultKind.JAMMED, "detail")))
    assert (fault.kind, fault.detail, fault.resumable) == (FaultKind.JAMMED, "detail", True)
    assert not ScanFault(FaultKind.ACCESS_DENIED).resumable


PAGE = ScannedPage(
    path="/spool/run-1-0001.tif",
    index=0,
    encoding=Encoding.G4,
    kind=PageKind.TEXT,
    width=2480,
    height=3508,
    dpi=300,
    bytes=45000,
    blank=False,
)


@pytest.mark.parametrize(
    "event",
    [
        PageDone(PAGE),
        PageProgress(2, 100, None),
        Faulted(FaultKind.COVER_OPEN, "SANE status 8"),
        Finished(3, cancelled=True),
        DeviceReady(
            AppliedSettings("test:0", SourceKind.ADF, "ADF", "Color", 300, 200.0, 200.0, ("n",))
        ),
        Discovered(
            (
                Capabilities(
                    SCANNER,
                    (SourceInfo(SourceKind.DUPLEX, "ADF", (("adf-mode", "Duplex"),)),),
                    (ColorMode.AUTO, ColorMode.COLOR),
                    (150, 300),
                    215.0,
                    355.0,
                    (A4,),
                ),
            ),
            (SCANNER,),
        ),
    ],
)
def test_events_round_trip_through_json_lines(event: Event) -> None:
    line = encode(event)
    assert "\n" not in line
    assert decode(line) == event


def test_requests_round_trip() -> None:
    request = ScanRequest(
        DeviceRef("test:0", "Noname", "frontend-tester"),
        source=SourceKind.DUPLEX,
        mode=ColorMode.BW,
        resolution=200,
        page_size=A4,
        max_pages=3,
        driver_options=(("test-picture", "Grid"), ("read-delay", True)),
    )
    assert request_from_dict(request_to_dict(request)) == request


def test_garbage_is_not_an_event() -> None:
    with pytest.raises(ValueError):
        decode('{"type": "nonsense"}')
    with pytest.raises(ValueError):
        decode("not json")


def test_capabilities_pick_the_nearest_resolution() -> None:
    caps = Capabilities(SCANNER, (), (), (75, 150, 300, 600))
    assert caps.nearest_resolution(200) == 150
    assert caps.nearest_resolution(225) == 300
    assert caps.nearest_resolution(2400) == 600
