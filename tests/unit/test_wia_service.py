"""`desk doctor`'s Windows Image Acquisition service check: `sc` output read, on any computer."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from desk.services.checks import Status, check_wia_service
from scanning.backends.wia.service import ServiceState, parse, wia_service

QC = """[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: stisvc
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : {start}   {start_name}
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\\WINDOWS\\system32\\svchost.exe -k imgsvc
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Windows Image Acquisition (WIA)
        DEPENDENCIES       : RpcSs
        SERVICE_START_NAME : NT Authority\\LocalService
"""
QUERY = """
SERVICE_NAME: stisvc
        TYPE               : 20  WIN32_SHARE_PROCESS
        STATE              : {state}  {state_name}
                                (STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)
        WIN32_EXIT_CODE    : 0  (0x0)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
"""
MISSING = (
    "[SC] OpenService FAILED 1060:\n\n"
    "The specified service does not exist as an installed service.\n"
)


def sc(start: int, state: int) -> tuple[str, str]:
    names = {2: "AUTO_START", 3: "DEMAND_START", 4: "DISABLED"}
    states = {1: "STOPPED", 4: "RUNNING"}
    return (
        QC.format(start=start, start_name=names[start]),
        QUERY.format(state=state, state_name=states[state]),
    )


@pytest.mark.parametrize(
    ("start", "state", "expected"),
    [
        (3, 1, ServiceState(True, "manual", "stopped")),
        (2, 4, ServiceState(True, "automatic", "running")),
        (4, 1, ServiceState(True, "disabled", "stopped")),
    ],
)
def test_sc_output_is_read_by_its_numbers(start: int, state: int, expected: ServiceState) -> None:
    assert parse(*sc(start, state)) == expected
    assert expected.usable is (start != 4)


def test_a_missing_service_and_a_failing_sc() -> None:
    assert parse(MISSING, MISSING, 1060) == ServiceState(present=False)
    broken = parse("FAILED: [WinError 2] sc not found", "", 1)
    assert not broken.usable
    assert "failed" in broken.error


def test_wia_service_asks_sc_about_stisvc() -> None:
    asked: list[Sequence[str]] = []

    def run(command: Sequence[str]) -> tuple[int, str]:
        asked.append(list(command))
        qc, query = sc(3, 4)
        return 0, qc if command[1] == "qc" else query

    assert wia_service(run) == ServiceState(True, "manual", "running")
    assert asked == [["sc", "qc", "stisvc"], ["sc", "query", "stisvc"]]


def test_the_doctor_check_warns_with_what_it_to_do() -> None:
    ok = check_wia_service(ServiceState(True, "manual", "stopped"))
    assert (ok.status, ok.detail) == (
        Status.OK,
        "Windows Image Acquisition (stisvc): manual start, stopped",
    )
    for state, words in (
        (ServiceState(True, "disabled", "stopped"), "is disabled"),
        (ServiceState(False), "is missing"),
        (ServiceState(False, error="sc qc stisvc failed (5)"), "failed"),
    ):
        result = check_wia_service(state)
        assert result.status is Status.WARN
        assert words in result.detail
        assert "Manual or Automatic" in result.hint
