"""Our eSCL backend against the test eSCL scanner: `desk scanners`, `desk scan`, faults, cancel,
HTTPS trust on first use. The same server passes sane-airscan's checks (test_escl_server.py)."""

from __future__ import annotations

import json
import os
import stat
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
import pytest

from desk.cli.main import main
from desk.config import user_data_dir
from desk.services.scanners import ESCL_TRUST_FILE
from scanning.backends.escl import fingerprint, parse_capabilities, parse_xml
from scanning.events import PageStarted
from scanning.faults import FaultKind, ScanFault
from scanning.model import ColorMode, DeviceRef, ScanRequest, SourceKind
from scanning.session import ScanJob
from tests.fixtures.escl import EsclScanner

pytestmark = [pytest.mark.poppler, pytest.mark.timeout(180)]


@pytest.fixture
def use(monkeypatch: pytest.MonkeyPatch) -> object:
    """Point the settings at eSCL scanners only: use(scanner, ...)."""

    def configure(*scanners: EsclScanner, extra: str = "") -> None:
        monkeypatch.setenv("DESK_SCANNER_BACKEND", "escl")
        urls = [s.url for s in scanners]
        monkeypatch.setenv("DESK_SCANNER_ESCL_URLS", ",".join(urls + ([extra] if extra else [])))

    return configure


def scan(scanner: EsclScanner, out: Path, *args: str) -> int:
    argv = ["scan", "--device", scanner.device_id, "--resolution", "150", *args]
    return main([*argv, "--output", str(out), "--json"])


def test_scanners_json_lists_the_escl_scanner_with_its_capabilities(
    escl_scanner: EsclScanner, use: object, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    assert main(["scanners", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (found,) = data["scanners"]
    assert found["device"]["id"] == escl_scanner.device_id
    assert (found["device"]["vendor"], found["device"]["model"]) == ("Example", "Office MFP 4200")
    assert found["device"]["serial"] == "EX4200-0001"
    assert found["source_kinds"] == ["flatbed", "adf", "duplex"]
    assert found["duplex"] is True
    assert found["modes"] == ["auto", "color", "gray", "bw"]
    assert found["resolutions"] == [75, 100, 150, 200, 300, 600]
    assert found["max_width_mm"] == pytest.approx(210, abs=0.5)
    assert data["unreadable"] == []


def test_scanners_text_names_the_scanner_and_lists_an_unreachable_one(
    escl_scanner: EsclScanner, use: object, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner, extra="http://127.0.0.1:9/eSCL")  # type: ignore[operator]
    assert main(["scanners"]) == 0
    out = capsys.readouterr().out
    assert f"{escl_scanner.device_id}  Example Office MFP 4200" in out
    assert "sources: flatbed, adf, duplex; duplex: yes" in out
    assert "escl:http://127.0.0.1:9/eSCL" in out
    assert "could not be opened" in out


def test_scanners_announced_by_mdns_are_found_and_listed_once(
    escl_scanner: EsclScanner,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DESK_SCANNER_BACKEND", "escl")
    monkeypatch.setenv("DESK_SCANNER_ESCL_DISCOVERY", "yes")
    with escl_scanner.announced():
        assert main(["scanners", "--json"]) == 0
        ids = [s["device"]["id"] for s in json.loads(capsys.readouterr().out)["scanners"]]
        assert escl_scanner.device_id in ids
        # Configured by another name for the same scanner too: still one entry (by serial).
        monkeypatch.setenv("DESK_SCANNER_ESCL_URLS", f"http://localhost:{escl_scanner.port}/eSCL")
        assert main(["scanners", "--json"]) == 0
        found = json.loads(capsys.readouterr().out)["scanners"]
    serials = [s["device"]["serial"] for s in found]
    assert serials.count("EX4200-0001") == 1
    assert found[0]["device"]["id"] == f"escl:http://localhost:{escl_scanner.port}/eSCL"


@pytest.mark.sane
def test_auto_merges_sane_and_escl_scanners(
    escl_scanner: EsclScanner,
    sane_env: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for key, value in sane_env.env.items():  # type: ignore[attr-defined]
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("DESK_SCANNER_ESCL_URLS", escl_scanner.url)
    assert main(["scanners", "--json"]) == 0
    ids = [s["device"]["id"] for s in json.loads(capsys.readouterr().out)["scanners"]]
    assert "test:0" in ids
    assert escl_scanner.device_id in ids


def test_feeder_batch_in_auto_mode_gives_small_legible_pages(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.load("statement", "letter", "photo", "blank")
    out = tmp_path / "batch.pdf"
    assert scan(escl_scanner, out, "--source", "adf", "--mode", "auto") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["pages"], data["source"], data["resolution"]) == (4, "adf", 150)
    kinds = [(p["kind"], p["encoding"]) for p in data["page_details"]]
    assert kinds[:3] == [("text", "g4"), ("text", "g4"), ("color", "jpeg")]
    assert data["blank_pages"] == [4]
    assert data["bytes"] == out.stat().st_size
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 4
        # A4 at 150 dpi is A4 in the PDF.
        assert float(pdf.pages[0].MediaBox[3]) == pytest.approx(842, abs=2)
    # The job ran to its end: nothing left for the scanner to delete.
    assert not escl_scanner.state.feeder


def test_text_at_300_dpi_is_as_small_as_through_sane(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # test_sane_documents: a statement at 300 dpi through the pnm driver is G4 under 100 KB.
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.load("statement")
    out = tmp_path / "statement.pdf"
    argv = ["--source", "adf", "--mode", "auto", "--resolution", "300"]
    assert scan(escl_scanner, out, *argv) == 0
    (page,) = json.loads(capsys.readouterr().out)["page_details"]
    assert (page["encoding"], page["dpi"]) == ("g4", 300)
    assert page["bytes"] < 100_000


@pytest.mark.parametrize("fmt", ["image/jpeg", "image/png", "application/pdf"])
def test_every_page_format_is_read(
    fmt: str,
    escl_scanner: EsclScanner,
    use: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.state.formats = (fmt,)
    out = tmp_path / "glass.pdf"
    assert scan(escl_scanner, out, "--mode", "auto") == 0
    (page,) = json.loads(capsys.readouterr().out)["page_details"]
    assert (page["width"], page["height"], page["kind"]) == (1240, 1754, "text")
    posted = escl_scanner.seen("POST", "ScanJobs")
    assert posted


def test_png_is_preferred_when_offered(escl_scanner: EsclScanner) -> None:
    from scanning.backends.escl import EsclBackend  # noqa: PLC0415

    backend = EsclBackend([escl_scanner.url])
    device = backend.open(backend.devices()[0])
    try:
        device.configure(ScanRequest(DeviceRef(escl_scanner.device_id), resolution=150))
        plan = device._plan
        assert plan is not None
        assert plan.format == "image/png"
        assert b"<pwg:InputSource>Platen</pwg:InputSource>" in plan.settings_xml
    finally:
        device.close()


def test_colour_asks_for_jpeg_at_the_profiles_quality_and_keeps_it_as_sent(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scanning.backends.escl import EsclBackend  # noqa: PLC0415

    backend = EsclBackend([escl_scanner.url])
    device = backend.open(backend.devices()[0])
    try:
        request = ScanRequest(DeviceRef(escl_scanner.device_id), mode=ColorMode.COLOR)
        device.configure(request)
        plan = device._plan
        assert plan is not None
        assert plan.format == "image/jpeg"  # PNG is offered too: it would be encoded anyway
        assert b"<scan:CompressionFactor>30</scan:CompressionFactor>" in plan.settings_xml
    finally:
        device.close()
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.load("photo", "photo")
    out = tmp_path / "photos.pdf"
    assert scan(escl_scanner, out, "--source", "adf", "--mode", "color") == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["encoding"] for p in data["page_details"]] == ["jpeg", "jpeg"]
    served = set(escl_scanner._encoded.values())
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            (image,) = page.get_images().values()
            assert image.read_raw_bytes() in served  # the scanner's JPEG, byte for byte


def test_a_scanner_without_compression_factor_gets_its_jpegs_encoded_again(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    escl_scanner.state.compression_factor = False  # JPEG quality 85, finer than the profile's
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.load("photo")
    out = tmp_path / "photo.pdf"
    assert scan(escl_scanner, out, "--source", "adf", "--mode", "color") == 0
    (page,) = json.loads(capsys.readouterr().out)["page_details"]
    served = set(escl_scanner._encoded.values())
    with pikepdf.open(out) as pdf:
        (image,) = pdf.pages[0].get_images().values()
        raw = image.read_raw_bytes()
    assert raw not in served
    assert page["bytes"] < min(len(d) for d in served)


def test_duplex_feeder_scans_both_sides(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.load("statement", "letter")
    assert scan(escl_scanner, tmp_path / "both.pdf", "--source", "duplex", "--mode", "bw") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == 4
    assert data["blank_pages"] == [2, 4]
    assert {p["encoding"] for p in data["page_details"]} == {"g4"}


def test_max_pages_stops_the_job_and_deletes_it(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.load("statement", "letter", "photo")
    assert scan(escl_scanner, tmp_path / "two.pdf", "--source", "adf", "--max-pages", "2") == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 2
    assert escl_scanner.seen("DELETE", "/eSCL/ScanJobs/")


# ---------------------------------------------------------------------- faults


def _jam(s: EsclScanner) -> None:
    s.load("statement", "letter", "photo")
    s.state.jam_at = 2


def _cover(s: EsclScanner) -> None:
    s.load("statement")
    s.state.cover_open = True


def _busy(s: EsclScanner) -> None:
    s.load("statement")
    s.state.busy = True


def _vanish(s: EsclScanner) -> None:
    s.load("statement", "letter", "photo")
    s.state.vanish_at = 2


def _drop(s: EsclScanner) -> None:
    s.load("statement", "letter", "photo")
    s.state.drop_at = 2


def _empty(s: EsclScanner) -> None:
    s.state.feeder.clear()


FAULTS = {
    "jam": (_jam, FaultKind.JAMMED, 1),
    "feeder-empty": (_empty, FaultKind.FEEDER_EMPTY, 0),
    "cover-open": (_cover, FaultKind.COVER_OPEN, 0),
    "busy": (_busy, FaultKind.BUSY, 0),
    "job-vanished": (_vanish, FaultKind.CRASHED, 1),
    "dropped-mid-page": (_drop, FaultKind.IO_ERROR, 1),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_each_fault_has_its_own_message_and_keeps_the_pages(
    name: str,
    escl_scanner: EsclScanner,
    use: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    setup, kind, kept = FAULTS[name]
    use(escl_scanner)  # type: ignore[operator]
    setup(escl_scanner)
    out = tmp_path / "fault.pdf"
    assert scan(escl_scanner, out, "--source", "adf") == 1
    err = capsys.readouterr().err
    assert ScanFault(kind).message in err
    assert not out.exists()
    partial = tmp_path / "fault.partial.pdf"
    if kept:
        assert str(partial) in err
        with pikepdf.open(partial) as pdf:
            assert len(pdf.pages) == kept
    else:
        assert not partial.exists()


def test_messages_differ_for_every_fault() -> None:
    kinds = [kind for _, kind, _ in FAULTS.values()]
    kinds += [FaultKind.UNPLUGGED, FaultKind.HUNG, FaultKind.NOT_A_SCANNER]
    assert len({ScanFault(k).message for k in kinds}) == len(kinds)


def test_a_scanner_switched_off_is_not_found(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.stop()
    assert scan(escl_scanner, tmp_path / "off.pdf") == 1
    assert ScanFault(FaultKind.UNPLUGGED).message in capsys.readouterr().err


def test_a_url_that_is_not_escl_is_named(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    device = escl_scanner.device_id.replace("/eSCL", "/printer")
    argv = ["scan", "--device", device, "--output", str(tmp_path / "x.pdf")]
    assert main(argv) == 1
    assert ScanFault(FaultKind.NOT_A_SCANNER).message in capsys.readouterr().err


def test_slow_pages_still_arrive(
    escl_scanner: EsclScanner, use: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    escl_scanner.load("statement", "letter")
    escl_scanner.state.slow_seconds = 1.5
    # Slower than the watchdog's silence limit would allow without progress reports.
    argv = ["--source", "adf", "--watchdog", "5"]
    assert scan(escl_scanner, tmp_path / "slow.pdf", *argv) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 2


def test_a_page_slower_than_the_timeout_is_a_hung_scanner(
    escl_scanner: EsclScanner,
    use: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use(escl_scanner)  # type: ignore[operator]
    monkeypatch.setenv("DESK_SCANNER_ESCL_TIMEOUT_SECONDS", "1")
    escl_scanner.load("statement")
    escl_scanner.state.slow_seconds = 3
    assert scan(escl_scanner, tmp_path / "hung.pdf", "--source", "adf") == 1
    assert ScanFault(FaultKind.HUNG).message in capsys.readouterr().err


def test_cancel_deletes_the_job_on_the_scanner(escl_scanner: EsclScanner, tmp_path: Path) -> None:
    escl_scanner.load("statement", "letter", "photo")
    escl_scanner.state.slow_seconds = 1.0
    request = ScanRequest(
        DeviceRef(escl_scanner.device_id), source=SourceKind.ADF, mode=ColorMode.GRAY, resolution=75
    )
    started = threading.Event()

    def on_event(event: object) -> None:
        if isinstance(event, PageStarted) and event.index == 1:
            started.set()

    options = {"escl": {"urls": [escl_scanner.url]}}
    with ScanJob(
        request, tmp_path, backend="escl", backend_options=options, on_event=on_event
    ) as job:
        assert started.wait(60)
        job.cancel()
        result = job.wait(60)
    assert result.cancelled
    assert len(result.pages) < 3
    (deleted,) = escl_scanner.seen("DELETE", "/eSCL/ScanJobs/")
    assert deleted.status == 200
    (only,) = escl_scanner.jobs.values()
    assert (only.state, only.reason) == ("Canceled", "JobCanceledByUser")


# ---------------------------------------------------------------------- HTTPS


def test_https_certificate_is_trusted_on_first_use_and_pinned(
    escl_https_scanner: EsclScanner,
    use: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use(escl_https_scanner)  # type: ignore[operator]
    assert scan(escl_https_scanner, tmp_path / "tls.pdf") == 0
    capsys.readouterr()
    trust = user_data_dir() / ESCL_TRUST_FILE
    if os.name == "posix":  # Windows keeps it in the account's own profile folder
        assert stat.S_IMODE(trust.stat().st_mode) == 0o600
    entry = json.loads(trust.read_text(encoding="utf-8"))["scanners"][
        f"127.0.0.1:{escl_https_scanner.port}"
    ]
    assert entry["sha256"] == fingerprint(escl_https_scanner.certificate_der)
    # The same certificate again: trusted, nothing changes.
    assert scan(escl_https_scanner, tmp_path / "again.pdf") == 0
    assert json.loads(trust.read_text(encoding="utf-8"))["scanners"] == {
        f"127.0.0.1:{escl_https_scanner.port}": entry
    }


def test_a_changed_certificate_is_refused_saying_what_changed(
    escl_https_scanner: EsclScanner,
    use: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use(escl_https_scanner)  # type: ignore[operator]
    assert scan(escl_https_scanner, tmp_path / "first.pdf") == 0
    old = fingerprint(escl_https_scanner.certificate_der)
    escl_https_scanner.new_certificate()
    new = fingerprint(escl_https_scanner.certificate_der)
    posted = len(escl_https_scanner.seen("POST"))
    capsys.readouterr()
    out = tmp_path / "second.pdf"
    assert scan(escl_https_scanner, out) == 1
    err = capsys.readouterr().err
    assert ScanFault(FaultKind.CERTIFICATE_REFUSED).message in err
    assert old in err
    assert new in err
    assert ESCL_TRUST_FILE in err
    assert not out.exists()
    assert len(escl_https_scanner.seen("POST")) == posted


def test_a_ca_file_is_used_instead_of_trust_on_first_use(
    escl_https_scanner: EsclScanner,
    use: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use(escl_https_scanner)  # type: ignore[operator]
    ca = tmp_path / "ca.pem"
    ca.write_bytes(escl_https_scanner.certificate_pem)
    monkeypatch.setenv("DESK_SCANNER_ESCL_CA_FILE", str(ca))
    assert scan(escl_https_scanner, tmp_path / "ca.pdf") == 0
    assert not (user_data_dir() / ESCL_TRUST_FILE).exists()
    # Another certificate, not signed by that CA: refused.
    escl_https_scanner.new_certificate()
    capsys.readouterr()
    assert scan(escl_https_scanner, tmp_path / "other.pdf") == 1
    err = capsys.readouterr().err
    assert ScanFault(FaultKind.CERTIFICATE_REFUSED).message in err
    assert str(ca) in err


# ---------------------------------------------------------------------- parsing


def test_capabilities_with_a_resolution_range_and_duplex_as_an_option() -> None:
    xml = b"""<?xml version="1.0"?>
    <scan:ScannerCapabilities xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03"
        xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
      <pwg:MakeAndModel>ACME Scan 9</pwg:MakeAndModel><pwg:ModelName>Scan 9</pwg:ModelName>
      <scan:Adf><scan:AdfSimplexInputCaps>
        <scan:MaxWidth>2550</scan:MaxWidth><scan:MaxHeight>4200</scan:MaxHeight>
        <scan:SettingProfiles><scan:SettingProfile>
          <scan:ColorModes><scan:ColorMode>Grayscale8</scan:ColorMode></scan:ColorModes>
          <scan:DocumentFormats><pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
          </scan:DocumentFormats>
          <scan:SupportedResolutions><scan:ResolutionRange>
            <scan:XResolutionRange><scan:Min>100</scan:Min><scan:Max>300</scan:Max>
            </scan:XResolutionRange></scan:ResolutionRange></scan:SupportedResolutions>
        </scan:SettingProfile></scan:SettingProfiles>
      </scan:AdfSimplexInputCaps>
      <scan:AdfOptions><scan:AdfOption>Duplex</scan:AdfOption></scan:AdfOptions></scan:Adf>
    </scan:ScannerCapabilities>"""
    caps = parse_capabilities(parse_xml(xml))
    assert (caps.vendor, caps.model) == ("ACME", "Scan 9")
    assert [s.kind for s in caps.sources] == [SourceKind.ADF, SourceKind.DUPLEX]
    assert caps.sources[0].resolutions == (100, 150, 200, 240, 300)
    assert not caps.sources[0].format_ext


def test_xml_with_a_dtd_or_not_escl_is_refused() -> None:
    with pytest.raises(ScanFault) as dtd:
        parse_xml(b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    assert dtd.value.kind is FaultKind.NOT_A_SCANNER
    with pytest.raises(ScanFault) as other:
        parse_capabilities(ET.fromstring("<html><body>Printer</body></html>"))
    assert other.value.kind is FaultKind.NOT_A_SCANNER
