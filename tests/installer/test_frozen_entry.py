"""The frozen app starts its own scan worker: the launcher's flag is the one the entry reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scanning import launch

ENTRY = Path(__file__).resolve().parents[2] / "installer" / "windows" / "entry.py"


def test_a_frozen_build_starts_its_own_executable_as_the_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert launch.worker_command()[1:] == ["-P", "-m", "scanning.worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch.worker_command() == [sys.executable, launch.FROZEN_WORKER_FLAG]
    assert f'["{launch.FROZEN_WORKER_FLAG}"]' in ENTRY.read_text(encoding="utf-8")


def test_the_entry_runs_the_worker_when_given_the_flag() -> None:
    # The real entry, run as the frozen executable would be, given a job: the first line it
    # answers is the worker's own "started" event (the command line would print usage instead).
    job = json.dumps({"command": "discover", "backend": "sane"}) + "\n"
    done = subprocess.run(
        [sys.executable, str(ENTRY), launch.FROZEN_WORKER_FLAG],
        input=job,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    first = json.loads(done.stdout.splitlines()[0])
    assert first["type"] == "started", done.stdout
    assert "usage:" not in done.stderr
