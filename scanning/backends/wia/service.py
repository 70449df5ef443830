"""The Windows Image Acquisition service (`stisvc`): is it there, and may it start?

Read from `sc qc stisvc` (start type) and `sc query stisvc` (state). Their field names are not
translated, and only the numbers are read (START_TYPE 4 is DISABLED, STATE 4 is RUNNING), so
the parsing holds on every Windows language. WIA's service is manual or trigger-started on a
fresh Windows, and disabled on some hardened images: then no WIA scanner can be used.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass

SERVICE = "stisvc"
ERROR_SERVICE_DOES_NOT_EXIST = 1060

START_TYPES = {0: "boot", 1: "system", 2: "automatic", 3: "manual", 4: "disabled"}
STATES = {
    1: "stopped",
    2: "starting",
    3: "stopping",
    4: "running",
    5: "continuing",
    6: "pausing",
    7: "paused",
}

_START = re.compile(r"^\s*START_TYPE\s*:\s*(\d+)", re.MULTILINE)
_STATE = re.compile(r"^\s*STATE\s*:\s*(\d+)", re.MULTILINE)
_FAILED = re.compile(r"FAILED\s+(\d+)")

Runner = Callable[[Sequence[str]], tuple[int, str]]


@dataclass(frozen=True)
class ServiceState:
    """What `sc` says of the service."""

    present: bool
    start_type: str = ""
    state: str = ""
    error: str = ""

    @property
    def usable(self) -> bool:
        """Present and not disabled (a stopped manual service starts when a scanner is used)."""
        return self.present and self.start_type != "disabled" and not self.error


def parse(qc_output: str, query_output: str, qc_status: int = 0) -> ServiceState:
    """The service's state from the text (and exit status) of `sc qc` and `sc query`."""
    failed = _FAILED.search(qc_output)
    code = int(failed.group(1)) if failed else qc_status
    if code == ERROR_SERVICE_DOES_NOT_EXIST:
        return ServiceState(present=False)
    start = _START.search(qc_output)
    if start is None:
        return ServiceState(present=False, error=f"sc qc {SERVICE} failed ({code})")
    state = _STATE.search(query_output)
    return ServiceState(
        present=True,
        start_type=START_TYPES.get(int(start.group(1)), start.group(1)),
        state=STATES.get(int(state.group(1)), state.group(1)) if state else "",
    )


def _run(command: Sequence[str]) -> tuple[int, str]:
    try:
        done = subprocess.run(
            list(command), capture_output=True, text=True, errors="replace", timeout=15, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return 1, f"FAILED: {error}"
    return done.returncode, done.stdout + done.stderr


def wia_service(run: Runner = _run) -> ServiceState:
    """Ask `sc` about the Windows Image Acquisition service."""
    qc_status, qc_output = run(["sc", "qc", SERVICE])
    _, query_output = run(["sc", "query", SERVICE])
    return parse(qc_output, query_output, qc_status)
