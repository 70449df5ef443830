"""Scan jobs on SANE's real `test` driver: feeder, flatbed, faults, slow reads, hangs, cancel."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PIL import Image

from desk.services.checks import check_scanners
from scanning.document import Document, write_pdf
from scanning.events import (
    DeviceReady,
    Faulted,
    Finished,
    PageDone,
    PageProgress,
    PageStarted,
    ScanEvent,
)
from scanning.faults import FaultKind, ScanFault
from scanning.launch import PreparedWorker
from scanning.model import ColorMode, DeviceRef, Encoding, ScanRequest, SourceKind
from scanning.session import ScanJob, ScanResult, discover
from tests.fixtures.sane import SaneEnv, make_sane_config

pytestmark = [pytest.mark.sane, pytest.mark.timeout(120)]

TESTER = DeviceRef("test:0", "Noname", "frontend-tester")
EVENT_TIMEOUT = 60.0
SLOW = (
    ("read-limit", True),
    ("read-limit-size", 32768),
    ("read-delay", True),
    ("read-delay-duration", 20000),
)


def request(
    source: SourceKind = SourceKind.ADF,
    mode: ColorMode = ColorMode.GRAY,
    options: tuple[tuple[str, str | int | float | bool], ...] = (("test-picture", "Grid"),),
    max_pages: int | None = None,
    resolution: int = 75,
    device: DeviceRef = TESTER,
) -> ScanRequest:
    return ScanRequest(
        device=device,
        source=source,
        mode=mode,
        resolution=resolution,
        max_pages=max_pages,
        deskew=False,
        driver_options=options,
    )


def run(
    sane_env: SaneEnv,
    scan: ScanRequest,
    spool: Path,
    watchdog_seconds: float = 60.0,
    cancel_grace_seconds: float = 5.0,
) -> tuple[ScanResult, list[ScanEvent]]:
    job = ScanJob(
        scan,
        spool,
        env=sane_env.env,
        watchdog_seconds=watchdog_seconds,
        cancel_grace_seconds=cancel_grace_seconds,
    )
    with job:
        events = list(job.events(timeout=EVENT_TIMEOUT))
    return job.result(), events


def assert_pages_on_disk(result: ScanResult, spool: Path) -> None:
    for page in result.pages:
        with Image.open(page.path) as image:
            image.load()
    assert sorted(Path(p.path).name for p in result.pages) == sorted(
        p.name for p in spool.iterdir()
    )


def test_discovery_lists_the_virtual_scanners(sane_env: SaneEnv) -> None:
    found = discover(env=sane_env.env)
    by_id = {c.device.id: c for c in found.scanners}
    tester = by_id["test:0"]
    assert tester.source_kinds == (SourceKind.FLATBED, SourceKind.ADF)
    assert not tester.duplex
    assert ColorMode.BW in tester.modes
    assert {75, 150, 300, 600} <= set(tester.resolutions)
    assert tester.max_width_mm == pytest.approx(200.0)
    assert "pnm:0" in by_id
    assert by_id["pnm:0"].source_kinds == (SourceKind.FLATBED,)


def test_flatbed_page_at_the_resolution_asked(sane_env: SaneEnv, tmp_path: Path) -> None:
    result, events = run(sane_env, request(SourceKind.FLATBED), tmp_path)
    assert result.ok and not result.cancelled
    (page,) = result.pages
    # resolution is a SANE_FIXED option on this driver: 200 mm at 75 dpi is 590 pixels.
    assert result.settings is not None
    assert result.settings.resolution == 75
    assert page.width == pytest.approx(590, abs=1)
    assert page.dpi == 75
    assert [type(e) for e in events if not isinstance(e, PageProgress)][-3:] == [
        PageStarted,
        PageDone,
        Finished,
    ]
    assert_pages_on_disk(result, tmp_path)


def test_feeder_scans_every_page(sane_env: SaneEnv, tmp_path: Path) -> None:
    scan = request(mode=ColorMode.AUTO, options=(("test-picture", "Color pattern"),))
    result, events = run(sane_env, scan, tmp_path)
    assert result.ok
    assert [p.index for p in result.pages] == list(range(10))
    assert {p.encoding for p in result.pages} == {Encoding.JPEG}
    assert isinstance(events[-1], Finished)
    assert events[-1].pages == 10
    assert isinstance(events[0], DeviceReady) or any(isinstance(e, DeviceReady) for e in events)
    assert_pages_on_disk(result, tmp_path)


def test_feeder_stops_at_max_pages(sane_env: SaneEnv, tmp_path: Path) -> None:
    result, _ = run(sane_env, request(max_pages=3), tmp_path)
    assert result.ok
    assert len(result.pages) == 3


def test_solid_white_pages_are_flagged_blank_not_dropped(sane_env: SaneEnv, tmp_path: Path) -> None:
    scan = request(options=(("test-picture", "Solid white"),), max_pages=2)
    result, _ = run(sane_env, scan, tmp_path)
    assert [p.blank for p in result.pages] == [True, True]


@pytest.mark.parametrize(
    ("status", "source", "kind"),
    [
        ("SANE_STATUS_JAMMED", SourceKind.ADF, FaultKind.JAMMED),
        ("SANE_STATUS_COVER_OPEN", SourceKind.ADF, FaultKind.COVER_OPEN),
        ("SANE_STATUS_NO_DOCS", SourceKind.ADF, FaultKind.FEEDER_EMPTY),
        ("SANE_STATUS_NO_DOCS", SourceKind.FLATBED, FaultKind.NO_IMAGE),
        ("SANE_STATUS_DEVICE_BUSY", SourceKind.FLATBED, FaultKind.BUSY),
        ("SANE_STATUS_IO_ERROR", SourceKind.FLATBED, FaultKind.IO_ERROR),
        ("SANE_STATUS_NO_MEM", SourceKind.FLATBED, FaultKind.OUT_OF_MEMORY),
        ("SANE_STATUS_ACCESS_DENIED", SourceKind.FLATBED, FaultKind.ACCESS_DENIED),
        ("SANE_STATUS_INVAL", SourceKind.FLATBED, FaultKind.UNSUPPORTED),
        ("SANE_STATUS_UNSUPPORTED", SourceKind.FLATBED, FaultKind.UNSUPPORTED),
        ("SANE_STATUS_EOF", SourceKind.FLATBED, FaultKind.NO_IMAGE),
        ("SANE_STATUS_EOF", SourceKind.ADF, FaultKind.NO_IMAGE),
    ],
)
def test_driver_faults_become_plain_messages(
    sane_env: SaneEnv, tmp_path: Path, status: str, source: SourceKind, kind: FaultKind
) -> None:
    scan = request(source, options=(("read-return-value", status),))
    # The test driver sometimes hangs while stopping after an error: the job reports the fault
    # first, then stops the worker after the grace period.
    result, events = run(sane_env, scan, tmp_path, cancel_grace_seconds=1.0)
    assert result.fault is not None
    assert result.fault.kind is kind
    assert result.fault.message.endswith(".")
    assert isinstance(events[-1], Faulted)
    assert result.pages == ()


def test_a_cancel_from_the_scanner_ends_the_run_quietly(sane_env: SaneEnv, tmp_path: Path) -> None:
    scan = request(SourceKind.FLATBED, options=(("read-return-value", "SANE_STATUS_CANCELLED"),))
    result, _ = run(sane_env, scan, tmp_path)
    assert (result.ok, result.cancelled, result.pages) == (True, True, ())


def test_jam_mid_batch_keeps_pages_and_continue_appends(
    sane_env: SaneEnv, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    env = {**sane_env.env, "DESK_TEST_JAM_AFTER": "3"}
    job = ScanJob(
        request(), tmp_path, env=env, backend="tests.scanning.jam_backend:JamAfterBackend"
    )
    with job:
        events = list(job.events(timeout=EVENT_TIMEOUT))
    first = job.result()
    assert first.fault is not None and first.fault.kind is FaultKind.JAMMED
    assert f"scan fault kind={FaultKind.JAMMED.value} pages=3" in caplog.text
    assert "paper jam" in first.fault.message
    assert len(first.pages) == 3
    assert isinstance(events[-1], Faulted)
    document = Document().extend(first.pages)
    # Staff clear the jam and press Continue: a new run appends to the same document.
    second, _ = run(sane_env, request(max_pages=4), tmp_path)
    assert second.ok
    document = document.extend(second.pages)
    assert len(document) == 7
    assert len({p.path for p in document.pages}) == 7
    write_pdf(document, tmp_path / "out.pdf")
    assert (tmp_path / "out.pdf").stat().st_size > 0


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("SANE_STATUS_COVER_OPEN", FaultKind.COVER_OPEN),
        ("SANE_STATUS_IO_ERROR", FaultKind.IO_ERROR),
        ("SANE_STATUS_DEVICE_BUSY", FaultKind.BUSY),
    ],
)
def test_other_faults_mid_batch_keep_the_pages(
    sane_env: SaneEnv,
    tmp_path: Path,
    status: str,
    kind: FaultKind,
    caplog: pytest.LogCaptureFixture,
) -> None:
    env = {**sane_env.env, "DESK_TEST_JAM_AFTER": "2", "DESK_TEST_JAM_STATUS": status}
    job = ScanJob(
        request(),
        tmp_path,
        env=env,
        backend="tests.scanning.jam_backend:JamAfterBackend",
        cancel_grace_seconds=1.0,
    )
    with job:
        result = job.wait(EVENT_TIMEOUT)
    assert result.fault is not None and result.fault.kind is kind
    assert len(result.pages) == 2
    assert_pages_on_disk(result, tmp_path)
    # The log says which fault, by kind (for IT's figures), never the driver's own words.
    faults = [r.getMessage() for r in caplog.records if "scan fault" in r.getMessage()]
    assert faults == [f"scan fault kind={kind.value} pages=2"]


def test_feeder_saying_no_documents_from_a_read_ends_the_batch(
    sane_env: SaneEnv, tmp_path: Path
) -> None:
    # Some feeders report the empty tray from the first read of the next page, not its start.
    env = {
        **sane_env.env,
        "DESK_TEST_JAM_AFTER": "4",
        "DESK_TEST_JAM_STATUS": "SANE_STATUS_NO_DOCS",
    }
    job = ScanJob(
        request(), tmp_path, env=env, backend="tests.scanning.jam_backend:JamAfterBackend"
    )
    with job:
        result = job.wait(EVENT_TIMEOUT)
    assert result.ok and not result.cancelled
    assert len(result.pages) == 4


def test_slow_reads_send_heartbeats_and_finish(sane_env: SaneEnv, tmp_path: Path) -> None:
    # Reads of up to 0.1 s each, over a second or so: progress every 0.5 s, no read near 2 s.
    options = (
        ("test-picture", "Grid"),
        ("read-limit", True),
        ("read-limit-size", 32768),
        ("read-delay", True),
        ("read-delay-duration", 100000),
    )
    scan = request(SourceKind.FLATBED, options=options, resolution=150)
    result, events = run(sane_env, scan, tmp_path, watchdog_seconds=2.0)
    assert result.ok
    assert len(result.pages) == 1
    progress = [e for e in events if isinstance(e, PageProgress)]
    assert progress
    assert progress[-1].bytes_expected is not None
    assert progress[-1].bytes_read <= progress[-1].bytes_expected


def test_hand_scanner_with_unknown_page_height(sane_env: SaneEnv, tmp_path: Path) -> None:
    scan = request(SourceKind.FLATBED, options=(("test-picture", "Grid"), ("hand-scanner", True)))
    result, _ = run(sane_env, scan, tmp_path)
    assert result.ok
    (page,) = result.pages
    assert page.height > 0
    assert page.width > 0


def test_cancel_between_pages(sane_env: SaneEnv, tmp_path: Path) -> None:
    job = ScanJob(request(options=(("test-picture", "Grid"), *SLOW)), tmp_path, env=sane_env.env)
    with job:
        for event in job.events(timeout=EVENT_TIMEOUT):
            if isinstance(event, PageDone):
                job.cancel()
    result = job.result()
    assert result.cancelled and result.ok
    assert 1 <= len(result.pages) < 10
    assert_pages_on_disk(result, tmp_path)


def test_cancel_mid_page(sane_env: SaneEnv, tmp_path: Path) -> None:
    options = (
        ("test-picture", "Grid"),
        ("read-limit", True),
        ("read-limit-size", 32768),
        ("read-delay", True),
        ("read-delay-duration", 200000),
    )
    # About 40 reads of 0.2 s each: the cancel lands well inside the page.
    job = ScanJob(
        request(SourceKind.FLATBED, options=options, resolution=150),
        tmp_path,
        env=sane_env.env,
        watchdog_seconds=2.0,
    )
    with job:
        for event in job.events(timeout=EVENT_TIMEOUT):
            if isinstance(event, PageProgress):
                job.cancel()
    result = job.result()
    assert (result.cancelled, result.pages) == (True, ())
    assert list(tmp_path.iterdir()) == []


def test_killed_worker_costs_no_finished_page(sane_env: SaneEnv, tmp_path: Path) -> None:
    job = ScanJob(request(options=(("test-picture", "Grid"), *SLOW)), tmp_path, env=sane_env.env)
    with job:
        for event in job.events(timeout=EVENT_TIMEOUT):
            if isinstance(event, PageDone) and event.page.index == 1:
                assert job.worker_pid is not None
                os.kill(job.worker_pid, signal.SIGKILL)
    result = job.result()
    assert result.fault is not None and result.fault.kind is FaultKind.CRASHED
    assert len(result.pages) >= 2
    assert_pages_on_disk(result, tmp_path)


def test_watchdog_stops_a_hung_worker(sane_env: SaneEnv, tmp_path: Path) -> None:
    job = ScanJob(
        request(options=(("test-picture", "Grid"), *SLOW)),
        tmp_path,
        env=sane_env.env,
        watchdog_seconds=1.0,
    )
    with job:
        for event in job.events(timeout=EVENT_TIMEOUT):
            if isinstance(event, PageDone) and event.page.index == 0:
                assert job.worker_pid is not None
                # A driver stuck in the kernel: the process makes no progress at all.
                os.kill(job.worker_pid, signal.SIGSTOP)
    result = job.result()
    assert result.fault is not None and result.fault.kind is FaultKind.HUNG
    assert "stopped responding" in result.fault.message
    assert len(result.pages) >= 1
    assert_pages_on_disk(result, tmp_path)


def test_watchdog_catches_a_driver_call_that_takes_too_long(
    sane_env: SaneEnv, tmp_path: Path
) -> None:
    options = (
        ("test-picture", "Grid"),
        ("read-limit", True),
        ("read-limit-size", 1024),
        ("read-delay", True),
        ("read-delay-duration", 200000),
    )
    result, _ = run(
        sane_env, request(SourceKind.FLATBED, options=options), tmp_path, watchdog_seconds=0.1
    )
    assert result.fault is not None and result.fault.kind is FaultKind.HUNG


def test_missing_scanner_is_unplugged(sane_env: SaneEnv, tmp_path: Path) -> None:
    result, _ = run(sane_env, request(device=DeviceRef("test:9")), tmp_path)
    assert result.fault is not None and result.fault.kind is FaultKind.UNPLUGGED


def test_replugged_scanner_is_found_again_by_model(tmp_path: Path, sane_env: SaneEnv) -> None:
    single = SaneEnv(make_sane_config(tmp_path / "sane", "number_of_devices 1\n"))
    moved = DeviceRef("test:5", "Noname", "frontend-tester")
    result, _ = run(single, request(SourceKind.FLATBED, device=moved), tmp_path / "spool")
    assert result.ok
    assert result.settings is not None and result.settings.device_id == "test:0"


def test_a_known_scanner_is_opened_without_listing_every_scanner(
    sane_env: SaneEnv, tmp_path: Path
) -> None:
    # Listing can take seconds with network backends: a scanner whose id still opens is not
    # waited for behind a listing (the start limit here is shorter than the listing).
    env = {**sane_env.env, "DESK_TEST_LISTING_SECONDS": "30"}
    backend = "tests.scanning.jam_backend:SlowListingBackend"
    job = ScanJob(request(max_pages=1), tmp_path, env=env, backend=backend, start_seconds=10.0)
    with job:
        result = job.wait(EVENT_TIMEOUT)
    assert result.ok
    assert len(result.pages) == 1


def test_events_reach_a_callback(sane_env: SaneEnv, tmp_path: Path) -> None:
    seen: list[ScanEvent] = []
    job = ScanJob(request(max_pages=2), tmp_path, env=sane_env.env, on_event=seen.append)
    with job:
        result = job.wait(EVENT_TIMEOUT)
    assert result.ok
    assert [e.page.index for e in seen if isinstance(e, PageDone)] == [0, 1]
    assert isinstance(seen[-1], Finished)


@pytest.mark.parametrize("depth", [1, 16])
def test_other_bit_depths_become_ordinary_pages(
    sane_env: SaneEnv, tmp_path: Path, depth: int
) -> None:
    scan = request(SourceKind.FLATBED, options=(("test-picture", "Grid"), ("depth", depth)))
    result, _ = run(sane_env, scan, tmp_path)
    assert result.ok
    (page,) = result.pages
    assert page.width == pytest.approx(590, abs=1)
    with Image.open(page.path) as image:
        extrema = image.convert("L").getextrema()
    assert isinstance(extrema, tuple)
    darkest, lightest = extrema
    assert isinstance(darkest, int) and isinstance(lightest, int)
    # The grid's black and white squares survive the conversion to 8 bits.
    assert darkest < 40
    assert lightest > 215


def test_three_pass_colour_frames_are_merged(sane_env: SaneEnv, tmp_path: Path) -> None:
    picture = tmp_path / "red.ppm"
    Image.new("RGB", (300, 200), (220, 30, 40)).save(picture)
    scan = request(
        SourceKind.FLATBED,
        mode=ColorMode.COLOR,
        options=(("filename", str(picture)), ("three-pass", True)),
        device=DeviceRef("pnm:0"),
    )
    result, _ = run(sane_env, scan, tmp_path / "spool")
    assert result.ok, result.fault
    (page,) = result.pages
    with Image.open(page.path) as image:
        assert image.mode == "RGB"
        pixel = image.getpixel((150, 100))
    assert isinstance(pixel, tuple)
    red, green, blue = pixel
    assert red > 180 and green < 80 and blue < 80


@pytest.mark.allow_log_warnings
def test_a_worker_that_cannot_start_is_a_fault(tmp_path: Path) -> None:
    with pytest.raises(ScanFault) as raised:
        ScanJob(request(), tmp_path, command=[str(tmp_path / "missing")]).start()
    assert raised.value.kind is FaultKind.INTERNAL


def test_a_worker_that_dies_at_once_is_a_crash(tmp_path: Path) -> None:
    job = ScanJob(request(), tmp_path, command=["false"])
    with job:
        result = job.wait(EVENT_TIMEOUT)
    assert result.fault is not None and result.fault.kind is FaultKind.CRASHED


def test_an_unavailable_driver_option_is_unsupported(sane_env: SaneEnv, tmp_path: Path) -> None:
    # read-delay-duration is inactive until read-delay is on.
    scan = request(options=(("read-delay-duration", 1000),))
    result, _ = run(sane_env, scan, tmp_path)
    assert result.fault is not None and result.fault.kind is FaultKind.UNSUPPORTED


def test_closing_a_job_that_never_started_returns_at_once(tmp_path: Path) -> None:
    job = ScanJob(request(), tmp_path)
    job.close()
    assert not job.done


def test_a_scanner_unplugged_mid_batch_is_reported_as_unplugged(
    sane_env: SaneEnv, tmp_path: Path
) -> None:
    env = {**sane_env.env, "DESK_TEST_JAM_AFTER": "2"}
    job = ScanJob(
        request(),
        tmp_path,
        env=env,
        backend="tests.scanning.jam_backend:UnpluggedAfterBackend",
        cancel_grace_seconds=1.0,
    )
    with job:
        result = job.wait(EVENT_TIMEOUT)
    assert result.fault is not None and result.fault.kind is FaultKind.UNPLUGGED
    assert len(result.pages) == 2
    assert_pages_on_disk(result, tmp_path)


def test_a_prepared_worker_runs_the_job(sane_env: SaneEnv, tmp_path: Path) -> None:
    with PreparedWorker(env=sane_env.env) as worker:
        job = ScanJob(request(max_pages=2), tmp_path, env=sane_env.env, worker=worker)
        with job:
            events = list(job.events(timeout=EVENT_TIMEOUT))
        result = job.result()
    assert result.ok, result.fault
    assert len(result.pages) == 2
    assert isinstance(events[-1], Finished)
    # The job took the prepared process rather than starting its own.
    assert worker.take() is None


def test_an_unused_prepared_worker_is_stopped(sane_env: SaneEnv) -> None:
    worker = PreparedWorker(env=sane_env.env)
    process = worker._worker.process if worker._worker is not None else None
    assert process is not None
    worker.close()
    assert process.poll() is not None
    assert worker.take() is None


def test_a_fresh_worker_never_hangs_starting_its_second_page(
    sane_env: SaneEnv, tmp_path: Path
) -> None:
    # The test driver cancels its reader thread at the end of each page; in a process that has
    # not yet loaded glibc's unwinder, the first cancel could land inside that load and leave the
    # loader's locks held, so that starting page 2 waited for ever (one fresh worker in ten or
    # twenty). The backend loads the unwinder before the driver starts any thread.
    options = (("test-picture", "Color pattern"),)
    scan = request(mode=ColorMode.COLOR, options=options, max_pages=2, resolution=300)
    for attempt in range(30):
        result, _events = run(sane_env, scan, tmp_path / str(attempt), watchdog_seconds=5.0)
        assert result.fault is None, f"run {attempt + 1}: {result.fault}"
        assert len(result.pages) == 2


def test_a_scanning_folder_in_the_current_folder_is_not_the_one_run(
    sane_env: SaneEnv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shadow = tmp_path / "work" / "scanning"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise SystemExit('not our scanning package')\n")
    monkeypatch.chdir(shadow.parent)
    result, _events = run(sane_env, request(max_pages=1), tmp_path / "spool")
    assert result.ok
    assert len(result.pages) == 1


def test_a_computer_without_the_scanner_library_says_so(tmp_path: Path) -> None:
    # A backend whose library cannot load here (as SANE's on a PC without SANE) is not "the
    # scanner cannot be found": staff are told to ask IT, and Continue is not offered.
    job = ScanJob(request(), tmp_path, backend="scanning.backends.absent:Backend")
    with job:
        result = job.wait(EVENT_TIMEOUT)
    assert result.fault is not None
    assert result.fault.kind is FaultKind.NO_SCANNER_SOFTWARE
    assert "Ask IT" in result.fault.message
    assert not ScanFault(result.fault.kind).resumable


def test_the_doctor_tells_a_computer_without_scanner_software_apart() -> None:
    absent = "scanning.backends.absent:Backend"
    with pytest.raises(ScanFault) as raised:
        discover(backend=absent, timeout=EVENT_TIMEOUT)
    assert raised.value.kind is FaultKind.NO_SCANNER_SOFTWARE
    result = check_scanners("", timeout=EVENT_TIMEOUT, backend=absent)
    assert result.detail == raised.value.message
    assert "SANE" in result.hint and "cable" not in result.hint
