"""Run the real `desk` command as a subprocess, in the test's isolated home."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

DESK = [sys.executable, "-m", "desk.cli.main"]

Desk = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def desk(isolated_home: Path) -> Desk:
    """Call `desk ARGS...`; returns the completed process (text output)."""

    def run(
        *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, **(env or {})}
        return subprocess.run(
            [*DESK, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=environment,
            timeout=timeout,
            check=False,
        )

    return run
