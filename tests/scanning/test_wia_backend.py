"""The WIA backend's logic over a stand-in for the COM layer (no Windows needed).

What a real WIA driver does that these tests stand in for is listed in docs/scanning.md; the
COM layer itself (`scanning.backends.wia.com`) runs only on Windows.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scanning.backends import load_backend
from scanning.backends.wia import errors as hr
from scanning.backends.wia import port
from scanning.backends.wia.backend import (
    WiaBackend,
    WiaScanner,
    decode_page,
    pixels,
    serial_from_pnp_id,
)
from scanning.backends.wia.port import DeviceEntry, PropertyInfo
from scanning.faults import MESSAGES, FaultKind, ScanFault
from scanning.model import A4, ColorMode, DeviceRef, ScanRequest, SourceKind
from scanning.session import ScanJob
from tests.scanning.fake_wia import (
    CAMERA_TYPE,
    FakeItem,
    FakeSystem,
    Script,
    bmp,
    scanner,
    source_item,
)

DEVICE_ID = "wia:{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0000"


class Listener:
    def __init__(self) -> None:
        self.started: list[int] = []
        self.progress_calls = 0

    def page_started(self, index: int) -> None:
        self.started.append(index)

    def progress(self, index: int, bytes_read: int, bytes_expected: int | None) -> None:
        self.progress_calls += 1


def open_scanner(root: FakeItem) -> WiaScanner:
    return WiaBackend(FakeSystem(root)).open(DeviceRef(DEVICE_ID).as_device())


def run(
    root: FakeItem,
    source: SourceKind = SourceKind.ADF,
    max_pages: int | None = None,
    cancel: threading.Event | None = None,
    **request: object,
) -> tuple[list[object], ScanFault | None, WiaScanner]:
    device = open_scanner(root)
    device.warm_up_poll = 0.01
    batch = source in (SourceKind.ADF, SourceKind.DUPLEX)
    device.configure(ScanRequest(DeviceRef(DEVICE_ID), source, max_pages=max_pages, **request))  # type: ignore[arg-type]
    pages: list[object] = []
    fault = None
    try:
        for page in device.pages(batch, cancel or threading.Event(), Listener(), max_pages):
            pages.append(page)
    except ScanFault as error:
        fault = error
    finally:
        device.close()
    return pages, fault, device


def feeder_of(root: FakeItem) -> FakeItem:
    return next(c for c in root.children() if c.name() == "Feeder")


# ---------------------------------------------------------------- devices


def test_devices_are_named_and_found_again_by_serial() -> None:
    entries = [
        DeviceEntry(
            "{X}\\0000",
            "Canon CanoScan LiDE 400",
            vendor="Canon",
            driver_version="6.1",
            pnp_id="\\\\?\\usb#vid_04a9&pid_1912#SN0042#{guid}",
        ),
        DeviceEntry(
            "{X}\\0001",
            "No friendly name",
            vendor="HP",
            pnp_id="USB\\VID_03F0&PID_1234\\5&2a3b4c&0&1",
        ),
        DeviceEntry("{X}\\0002", "Some camera", device_type=CAMERA_TYPE),
    ]
    devices = WiaBackend(FakeSystem(entries=entries)).devices()
    assert [d.id for d in devices] == ["wia:{X}\\0000", "wia:{X}\\0001"]
    canon, unknown = devices
    assert (canon.vendor, canon.model, canon.serial, canon.backend) == (
        "Canon",
        "CanoScan LiDE 400",
        "SN0042",
        "wia",
    )
    assert canon.label == "Canon CanoScan LiDE 400"
    assert "6.1" in canon.type
    assert (unknown.model, unknown.serial) == ("Unknown scanner", None)


def test_serial_comes_only_from_a_real_usb_serial() -> None:
    assert serial_from_pnp_id("\\\\?\\usb#vid_04a9&pid_1912#ABC123#{6bdd1fc6}") == "ABC123"
    assert serial_from_pnp_id("USB\\VID_04A9&PID_1912\\ABC123") == "ABC123"
    assert serial_from_pnp_id("USB\\VID_04A9&PID_1912\\6&1b2c&0&2") is None
    assert serial_from_pnp_id("") is None


def test_a_device_wia_does_not_know_is_unplugged() -> None:
    backend = WiaBackend(FakeSystem())
    for missing in ("wia:{nope}\\0009", "test:0"):
        with pytest.raises(ScanFault) as caught:
            backend.open(DeviceRef(missing).as_device())
        assert caught.value.kind is FaultKind.UNPLUGGED


@pytest.mark.skipif(sys.platform == "win32", reason="WIA exists there")
def test_off_windows_the_backend_says_there_is_no_scanner_software() -> None:
    with pytest.raises(ScanFault) as caught:
        load_backend("wia")
    assert caught.value.kind is FaultKind.NO_SCANNER_SOFTWARE


@pytest.mark.skipif(sys.platform == "win32", reason="checks the Linux import graph")
def test_nothing_on_linux_imports_comtypes_or_the_com_layer() -> None:
    code = (
        "import sys, scanning.worker, scanning.backends.wia, printing.system, printing.windows\n"
        "from scanning.backends import load_backend\n"
        "try:\n    load_backend('wia')\nexcept Exception:\n    pass\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('comtypes', 'win32print',"
        " 'pywintypes') or m == 'scanning.backends.wia.com']\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""
    with pytest.raises(ImportError, match="only on Windows"):
        import scanning.backends.wia.com  # noqa: F401, PLC0415


# ---------------------------------------------------------------- capabilities and options


def test_capabilities_map_items_data_types_and_sizes() -> None:
    caps = open_scanner(scanner()).capabilities()
    assert caps.source_kinds == (SourceKind.FLATBED, SourceKind.ADF, SourceKind.DUPLEX)
    assert [s.name for s in caps.sources] == ["Flatbed", "Feeder", "Feeder"]
    assert caps.modes == (ColorMode.AUTO, ColorMode.COLOR, ColorMode.GRAY, ColorMode.BW)
    assert caps.resolutions == (100, 150, 200, 300, 600)
    assert caps.max_width_mm == pytest.approx(8.5 * 25.4)
    assert caps.max_height_mm == pytest.approx(14 * 25.4)
    assert A4 in caps.page_sizes


def test_duplex_is_found_from_the_feeder_or_its_front_and_back_items() -> None:
    root = scanner(duplex=False)
    assert not open_scanner(root).capabilities().duplex
    # Root says nothing, but the feeder's document handling offers DUPLEX.
    root = scanner(duplex=False)
    feeder_of(root).attrs[port.DOCUMENT_HANDLING_SELECT] = PropertyInfo(
        port.PROP_FLAG, values=(port.FRONT_ONLY, port.DUPLEX)
    )
    assert open_scanner(root).capabilities().duplex
    # An advanced duplex feeder: Front and Back child items.
    root = scanner(duplex=False)
    feeder = feeder_of(root)
    feeder._children = [
        FakeItem("Front", port.CATEGORY_FEEDER_FRONT),
        FakeItem("Back", port.CATEGORY_FEEDER_BACK),
    ]
    assert open_scanner(root).capabilities().duplex


def test_items_without_categories_are_known_by_name_and_ranges_give_resolutions() -> None:
    flatbed = source_item("Flatbed", "")
    flatbed.attrs[port.IPS_XRES] = PropertyInfo(port.PROP_RANGE, low=75, high=600, step=25)
    flatbed.attrs[port.IPA_DATATYPE] = PropertyInfo(port.PROP_LIST, values=(port.DATA_GRAYSCALE,))
    root = FakeItem("Root", children=[flatbed, FakeItem("Film", port.CATEGORY_FILM)])
    caps = open_scanner(root).capabilities()
    assert caps.source_kinds == (SourceKind.FLATBED,)
    assert caps.resolutions == (75, 100, 150, 200, 300, 400, 600)
    assert caps.modes == (ColorMode.AUTO, ColorMode.GRAY, ColorMode.BW)


def test_feeder_configure_sets_front_only_pages_mode_resolution_and_area_in_pixels() -> None:
    root = scanner()
    device = open_scanner(root)
    settings = device.configure(
        ScanRequest(DeviceRef(DEVICE_ID), SourceKind.ADF, ColorMode.BW, 290, A4, max_pages=4)
    )
    feeder = feeder_of(root)
    assert feeder.props[port.DOCUMENT_HANDLING_SELECT] == port.FRONT_ONLY
    assert feeder.props[port.PAGES] == 4
    # Black and white is scanned grey and thresholded by the pipeline.
    assert feeder.props[port.IPA_DATATYPE] == port.DATA_GRAYSCALE
    assert feeder.props[port.IPA_DEPTH] == 8
    assert settings.scan_mode == "grayscale 8-bit"
    # 290 dpi is not offered: the nearest one is.
    assert settings.resolution == 300
    assert feeder.props[port.IPS_YRES] == 300
    assert "resolution 290 unavailable: scanning at 300" in settings.notes
    # A4 is 8.268 x 11.693 in: thousandths of an inch x dpi / 1000.
    assert feeder.props[port.IPS_XEXTENT] == pixels(210, 300) == 8268 * 300 // 1000
    assert feeder.props[port.IPS_YEXTENT] == 11693 * 300 // 1000
    assert settings.width_mm == pytest.approx(210, abs=0.2)
    assert settings.height_mm == pytest.approx(297, abs=0.2)
    assert (settings.source, settings.source_name) == (SourceKind.ADF, "Feeder")


def test_duplex_sets_document_handling_and_falls_back_to_one_side() -> None:
    root = scanner()
    settings = open_scanner(root).configure(ScanRequest(DeviceRef(DEVICE_ID), SourceKind.DUPLEX))
    assert feeder_of(root).props[port.DOCUMENT_HANDLING_SELECT] == port.DUPLEX
    assert feeder_of(root).props[port.PAGES] == 0
    assert settings.source is SourceKind.DUPLEX

    root = scanner(duplex=False)
    feeder_of(root).attrs[port.DOCUMENT_HANDLING_SELECT] = PropertyInfo(
        port.PROP_FLAG, values=(port.FRONT_ONLY, port.DUPLEX)
    )  # offered, but the driver refuses it when set
    settings = open_scanner(root).configure(ScanRequest(DeviceRef(DEVICE_ID), SourceKind.DUPLEX))
    assert settings.source is SourceKind.ADF
    assert "duplex unavailable: scanning one side" in settings.notes
    assert feeder_of(root).props[port.DOCUMENT_HANDLING_SELECT] == port.FRONT_ONLY


def test_colour_and_unsupported_requests() -> None:
    root = scanner(feeder=False)
    settings = open_scanner(root).configure(ScanRequest(DeviceRef(DEVICE_ID), mode=ColorMode.AUTO))
    flatbed = root.children()[0]
    assert (flatbed.props[port.IPA_DATATYPE], flatbed.props[port.IPA_DEPTH]) == (3, 24)
    assert settings.scan_mode == "color 24-bit"
    with pytest.raises(ScanFault) as caught:
        open_scanner(root).configure(ScanRequest(DeviceRef(DEVICE_ID), SourceKind.ADF))
    assert caught.value.kind is FaultKind.UNSUPPORTED
    flatbed.attrs[port.IPA_DATATYPE] = PropertyInfo(port.PROP_LIST, values=(port.DATA_THRESHOLD,))
    with pytest.raises(ScanFault) as caught:
        open_scanner(root).configure(ScanRequest(DeviceRef(DEVICE_ID), mode=ColorMode.GRAY))
    assert caught.value.kind is FaultKind.UNSUPPORTED


def test_driver_options_by_name_or_property_id() -> None:
    root = scanner(feeder=False)
    flatbed = root.children()[0]
    flatbed.props[6154] = 0
    flatbed.props[6155] = 0
    settings = open_scanner(root).configure(
        ScanRequest(DeviceRef(DEVICE_ID), driver_options=(("brightness", 100), ("6155", "-50")))
    )
    assert (flatbed.props[6154], flatbed.props[6155]) == (100, -50)
    assert settings.notes == ()


# ---------------------------------------------------------------- pages


def test_flatbed_page_and_feeder_batch() -> None:
    pages, fault, _ = run(scanner(), SourceKind.FLATBED)
    assert fault is None
    assert len(pages) == 1
    script = Script(pages=[bmp(color=(10 * i, 0, 0)) for i in range(5)])
    pages, fault, _ = run(scanner(script), SourceKind.ADF)
    assert fault is None
    assert [p.getpixel((0, 0)) for p in pages] == [(10 * i, 0, 0) for i in range(5)]  # type: ignore[attr-defined]


def test_each_page_reaches_the_worker_while_the_transfer_goes_on() -> None:
    root = scanner(Script(pages=[bmp(), bmp()], hold_after=1))
    feeder = feeder_of(root)
    device = open_scanner(root)
    device.configure(ScanRequest(DeviceRef(DEVICE_ID), SourceKind.ADF))
    listener = Listener()
    iterator = device.pages(True, threading.Event(), listener)
    first = next(iterator)  # while the driver is still holding the second sheet
    assert first.size == (120, 170)
    assert listener.started == [0]
    feeder.release.set()
    assert len(list(iterator)) == 1
    assert listener.started == [0, 1]
    assert listener.progress_calls >= 2


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (hr.PAPER_JAM, FaultKind.JAMMED),
        (hr.PAPER_PROBLEM, FaultKind.JAMMED),
        (hr.MULTI_FEED, FaultKind.JAMMED),
        (hr.MULTI_FEED_AS_DOCUMENTED, FaultKind.JAMMED),
        (hr.COVER_OPEN, FaultKind.COVER_OPEN),
        (hr.COVER_OPEN_AS_DOCUMENTED, FaultKind.COVER_OPEN),
        (hr.OFFLINE, FaultKind.UNPLUGGED),
        (hr.BUSY, FaultKind.BUSY),
        (hr.DEVICE_COMMUNICATION, FaultKind.IO_ERROR),
        (hr.DEVICE_LOCKED, FaultKind.LOCKED),
        (hr.EXCEPTION_IN_DRIVER, FaultKind.CRASHED),
        (0x80219999, FaultKind.IO_ERROR),
    ],
)
@pytest.mark.parametrize("by_status", [False, True])
def test_a_fault_at_page_n_keeps_the_pages_before_it(
    code: int, kind: FaultKind, by_status: bool
) -> None:
    script = Script(pages=[bmp()] * 5, fail_at=3, fail_with=code, fail_by_status=by_status)
    pages, fault, _ = run(scanner(script))
    assert len(pages) == 3
    assert fault is not None
    assert fault.kind is kind
    assert str(fault) == MESSAGES[kind]
    assert f"0x{code:08X}" in fault.detail


def test_feeder_empty_at_the_start_is_a_fault_after_pages_the_end() -> None:
    pages, fault, _ = run(scanner(Script(pages=[bmp()], fail_at=0, fail_with=hr.PAPER_EMPTY)))
    assert (pages, fault and fault.kind) == ([], FaultKind.FEEDER_EMPTY)
    # Some drivers end a feeder batch with "paper empty" instead of S_OK.
    script = Script(pages=[bmp()] * 3, fail_at=2, fail_with=hr.PAPER_EMPTY)
    pages, fault, _ = run(scanner(script))
    assert (len(pages), fault) == (2, None)
    # A page that had started arriving is a lost page, not the end.
    script = Script(pages=[bmp()] * 3, fail_at=1, fail_with=hr.PAPER_EMPTY, fail_mid_page=True)
    pages, fault, _ = run(scanner(script))
    assert (len(pages), fault and fault.kind) == (1, FaultKind.FEEDER_EMPTY_MID_PAGE)
    # A transfer that ends well but sent nothing: the feeder was empty (NAPS2 does the same).
    pages, fault, _ = run(scanner(Script(pages=[])))
    assert fault is not None
    assert fault.kind is FaultKind.FEEDER_EMPTY
    pages, fault, _ = run(scanner(Script(pages=[])), SourceKind.FLATBED)
    assert fault is not None
    assert fault.kind is FaultKind.NO_IMAGE


def test_end_of_media_is_a_normal_end() -> None:
    pages, fault, _ = run(scanner(Script(pages=[bmp()] * 2, result=hr.WIA_STATUS_END_OF_MEDIA)))
    assert (len(pages), fault) == (2, None)


def test_empty_and_tiny_streams_are_skipped_and_a_cut_page_is_an_io_error() -> None:
    script = Script(pages=[b"", bmp(), b"\0" * 600, bmp()])
    pages, fault, _ = run(scanner(script))
    assert (len(pages), fault) == (2, None)
    pages, fault, _ = run(scanner(Script(pages=[b"", b"\0" * 100])))
    assert fault is not None
    assert (fault.kind, fault.detail) == (FaultKind.NO_IMAGE, "only empty pages")
    pages, fault, _ = run(scanner(Script(pages=[bmp(), bmp()[:5000]])))
    assert len(pages) == 1
    assert fault is not None
    assert fault.kind is FaultKind.IO_ERROR


def test_page_images_become_rgb_or_grey() -> None:
    import io  # noqa: PLC0415

    from PIL import Image  # noqa: PLC0415

    colour = Image.new("RGB", (64, 64), (200, 10, 10))
    images = {
        "1": (Image.new("1", (64, 64)), "BMP", "L"),
        "P": (colour.convert("P", palette=Image.Palette.ADAPTIVE), "PNG", "RGB"),
        "RGBA": (colour.convert("RGBA"), "PNG", "RGB"),
        "L": (Image.new("L", (64, 64)), "BMP", "L"),
        "I;16": (Image.new("I;16", (64, 64), 40000), "PNG", "L"),
    }
    for mode, (image, fmt, expected) in images.items():
        out = io.BytesIO()
        image.save(out, fmt)
        page = decode_page(out.getvalue() + b"\0" * 1024)
        assert page is not None
        assert (mode, page.mode) == (mode, expected)
        if mode == "I;16":
            assert page.getpixel((0, 0)) == 40000 // 256


def test_a_lamp_warming_up_is_waited_for() -> None:
    root = scanner(Script(pages=[bmp()], warming_transfers=2))
    pages, fault, _ = run(root)
    assert (len(pages), fault) == (1, None)
    assert feeder_of(root).transfers == 3


def test_cancel_between_pages_stops_the_transfer_with_s_false() -> None:
    cancel = threading.Event()
    root = scanner(Script(pages=[bmp()] * 5, page_seconds=0.01, obeys_cancel=False))
    device = open_scanner(root)
    device.configure(ScanRequest(DeviceRef(DEVICE_ID), SourceKind.ADF))
    pages = []
    for page in device.pages(True, cancel, Listener()):
        pages.append(page)
        cancel.set()
    device.close()
    assert len(pages) == 1
    assert False in feeder_of(root).answers  # the callback answered S_FALSE


def test_cancel_reaches_a_driver_that_ignores_s_false_through_cancel() -> None:
    cancel = threading.Event()
    cancel.set()
    root = scanner(Script(pages=[bmp()] * 50, page_seconds=0.05, obeys_s_false=False))
    pages, fault, _ = run(root, cancel=cancel)
    assert (pages, fault) == ([], None)
    assert feeder_of(root).cancelled.is_set()


def test_the_scanner_s_own_stop_button_ends_the_run_as_cancelled() -> None:
    cancel = threading.Event()
    pages, fault, _ = run(scanner(Script(pages=[bmp()], result=hr.S_FALSE)), cancel=cancel)
    assert (len(pages), fault) == (1, None)
    assert cancel.is_set()


def test_a_page_limit_is_set_on_the_feeder_and_kept_by_the_callback() -> None:
    root = scanner(Script(pages=[bmp()] * 6))
    pages, fault, _ = run(root, max_pages=2)
    assert (len(pages), fault) == (2, None)
    # A driver that ignores WIA_IPS_PAGES is stopped by the callback after the limit.
    root = scanner(Script(pages=[bmp()] * 6))
    feeder_of(root).props.pop(port.PAGES)
    pages, fault, _ = run(root, max_pages=2)
    assert (len(pages), fault) == (2, None)


def test_every_wia_error_maps_to_a_fault_with_a_message() -> None:
    expected = {
        0x80210002: FaultKind.JAMMED,
        0x80210003: FaultKind.FEEDER_EMPTY,
        0x80210004: FaultKind.JAMMED,
        0x80210005: FaultKind.UNPLUGGED,
        0x80210006: FaultKind.BUSY,
        0x80210007: FaultKind.WARMING_UP,
        0x80210008: FaultKind.JAMMED,
        0x80210009: FaultKind.UNPLUGGED,
        0x8021000A: FaultKind.IO_ERROR,
        0x8021000B: FaultKind.UNSUPPORTED,
        0x8021000C: FaultKind.UNSUPPORTED,
        0x8021000D: FaultKind.LOCKED,
        0x8021000E: FaultKind.CRASHED,
        0x8021000F: FaultKind.IO_ERROR,
        # wiadef.h's values (decimal 16, 17, 20) and the error-code page's (hex 16, 17, 20).
        0x80210010: FaultKind.COVER_OPEN,
        0x80210016: FaultKind.COVER_OPEN,
        0x80210011: FaultKind.WARMING_UP,
        0x80210017: FaultKind.WARMING_UP,
        0x80210014: FaultKind.JAMMED,
        0x80210020: FaultKind.JAMMED,
        0x80210015: FaultKind.UNPLUGGED,
    }
    for code, kind in expected.items():
        fault = hr.fault_for_hresult(code)
        assert (hex(code), fault.kind) == (hex(code), kind)
        assert fault.message == MESSAGES[kind]
    # Negative (signed) HRESULTs, as COM hands them over, mean the same.
    assert hr.fault_for_hresult(-2145320958).kind is FaultKind.JAMMED


# ---------------------------------------------------------------- in the scan worker


def _wia_job(tmp_path: Path, script: str, **request: object) -> ScanJob:
    return ScanJob(
        ScanRequest(DeviceRef(DEVICE_ID), SourceKind.ADF, **request),  # type: ignore[arg-type]
        tmp_path,
        backend="tests.scanning.fake_wia:backend",
        env={"DESK_TEST_WIA_SCRIPT": script},
    )


def test_the_scan_worker_runs_the_wia_backend(tmp_path: Path) -> None:
    with _wia_job(tmp_path, '{"pages": [null, null, null]}') as job:
        result = job.wait(60)
    assert result.fault is None
    assert len(result.pages) == 3
    assert all(Path(p.path).exists() for p in result.pages)
    assert result.settings is not None
    assert result.settings.source_name == "Feeder"


def test_the_scan_worker_reports_a_wia_jam_with_the_pages_kept(tmp_path: Path) -> None:
    script = '{"pages": [null, null, null, null], "fail_at": 2, "fail_with": 2149646338}'
    with _wia_job(tmp_path, script) as job:
        result = job.wait(60)
    assert result.fault is not None
    assert result.fault.kind is FaultKind.JAMMED
    assert len(result.pages) == 2
