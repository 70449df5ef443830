"""`desk doctor` names the backend and the driver behind each scanner it finds."""

from __future__ import annotations

import pytest

from desk.services.checks import Status, check_scanners
from tests.fixtures.escl import EsclScanner
from tests.fixtures.sane import SaneEnv

TIMEOUT = 60.0


@pytest.mark.sane
def test_a_sane_scanner_is_named_with_its_sane_backend(
    sane_env: SaneEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)
    result = check_scanners("", timeout=TIMEOUT, backend="sane")
    assert result.status is Status.OK
    assert "(test:0) through SANE backend test" in result.detail


def test_an_escl_scanner_is_named_with_the_servers_make_and_model(
    escl_scanner: EsclScanner,
) -> None:
    escl_scanner.state.make_and_model = "Example Office MFP 5300"
    result = check_scanners(
        "", timeout=TIMEOUT, backend="escl", backend_options={"escl": {"urls": [escl_scanner.url]}}
    )
    assert result.status is Status.OK
    assert result.detail == (
        f"found: Example Office MFP 5300 ({escl_scanner.device_id}) through eSCL 2.63 server "
        "Example Office MFP 5300"
    )


def test_a_wia_scanner_is_named_with_its_driver_from_its_properties() -> None:
    # The stand-in for the COM layer lists one scanner, as IWiaDevMgr2::EnumDeviceInfo would.
    result = check_scanners("", timeout=TIMEOUT, backend="tests.scanning.fake_wia:backend")
    assert result.status is Status.OK
    assert result.detail == (
        "found: Canon CanoScan LiDE 400 (wia:{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0000) "
        "through WIA 2 driver CanoScan LiDE 400 (WIA) 6.1.7600.16385"
    )
