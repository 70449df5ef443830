"""`desk scan` killed outright (SIGKILL) leaves nothing readable behind, and the next start tidies.

The real command in a process of its own, SANE's test driver, and a real kill: the PDF being
written is the owner's alone, the pages and an ID card's front wait only encrypted in the spool
(never as plain files in a temporary folder), and the next `desk scan` (or the app's start-up)
removes what the killed run left.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pikepdf
import pytest

from desk.cli.main import main
from desk.uploads.crypto import is_encrypted
from desk.uploads.scanruns import SCANS_FOLDER
from tests.fixtures.sane import SaneEnv

pytestmark = [pytest.mark.sane, pytest.mark.timeout(120)]

JPEG_MAGIC = b"\xff\xd8\xff"
# Slow reads (the test driver waits between buffers), so that a kill lands mid-batch.
SLOW = ["--option", "read-delay=yes", "--option", "read-delay-duration=20000"]


@pytest.fixture(autouse=True)
def sane_config(sane_env: SaneEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def tmpdir_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own for the command (TMPDIR), to look into afterwards."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


@pytest.fixture
def spool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The station's spool folder, named in a config file the commands read."""
    folder = tmp_path / "spool"
    config = tmp_path / "desk.toml"
    config.write_text(f'spool_dir = "{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("DESK_CONFIG", str(config))
    return folder


@pytest.fixture
def started() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Commands started by the test; each one's process group is killed at the end."""
    processes: list[subprocess.Popen[bytes]] = []
    yield processes
    for process in processes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(30)
        for stream in (process.stdin, process.stderr):
            if stream is not None:
                stream.close()


def _desk_scan(
    started: list[subprocess.Popen[bytes]], *argv: str, stdin: int | None = None
) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "desk.cli.main", "scan", "--device", "test:0", *argv],
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # the worker too, so the test can end them all
    )
    started.append(process)
    return process


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"desk scan ended ({process.returncode}) before {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def _kill(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the command alone (its worker notices its input closing), and reap it."""
    process.kill()
    process.wait(30)
    # Let the orphaned worker finish its page and go: what it leaves is part of the test.
    with contextlib.suppress(ProcessLookupError):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            os.killpg(process.pid, 0)
            time.sleep(0.05)


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def _assert_no_plaintext_left(tmpdir: Path, spool: Path) -> None:
    assert _files(tmpdir) == [], "nothing may be written to the temporary folder"
    for path in _files(spool):
        if path.suffix == ".lock" and path.stat().st_size == 0:
            continue
        assert is_encrypted(path), f"{path.name} in the spool is not encrypted"
        assert not path.read_bytes().startswith(JPEG_MAGIC)
    for folder in [spool, *(p for p in spool.rglob("*") if p.is_dir())]:
        if folder.name == SCANS_FOLDER or folder.parent.name == SCANS_FOLDER:
            assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


def _owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def _run_folders(spool: Path) -> list[Path]:
    root = spool / SCANS_FOLDER
    return [p for p in root.iterdir() if p.is_dir()] if root.exists() else []


def test_a_scan_killed_mid_batch_leaves_only_an_owner_only_part_file_then_replaced(
    tmp_path: Path,
    tmpdir_env: Path,
    spool: Path,
    started: list[subprocess.Popen[bytes]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "out" / "batch.pdf"
    output.parent.mkdir()
    partial = output.with_name("batch.pdf.part")
    argv = ["--source", "adf", "--resolution", "75", "--mode", "color", *SLOW]
    process = _desk_scan(started, *argv, "--max-pages", "10", "--output", str(output))
    # A page is in the PDF (it is flushed as it is added), and the batch goes on.
    _wait_for(lambda: partial.exists() and partial.stat().st_size > 4096, process, "a page")
    _kill(process)

    assert partial.exists()  # SIGKILL cannot be caught: the unfinished file stays, but...
    assert _owner_only(partial)  # ... only its owner can read it
    assert not output.exists()
    _assert_no_plaintext_left(tmpdir_env, spool)

    # The next scan to the same file replaces the leftover, says so, and tidies the spool.
    code = main(["scan", "--device", "test:0", "--resolution", "75", "--output", str(output)])
    assert code == 0
    assert "left unfinished by a scan that was stopped" in capsys.readouterr().err
    assert not partial.exists()
    assert _owner_only(output)
    with pikepdf.open(output) as pdf:
        assert len(pdf.pages) == 1
    assert _run_folders(spool) == []
    assert _files(tmpdir_env) == []


def test_an_id_card_killed_while_waiting_for_its_back_leaves_its_front_encrypted_then_wiped(
    tmp_path: Path,
    tmpdir_env: Path,
    spool: Path,
    started: list[subprocess.Popen[bytes]],
) -> None:
    output = tmp_path / "card.pdf"
    argv = ["--profile", "id", "--resolution", "75", "--output", str(output)]
    process = _desk_scan(started, *argv, stdin=subprocess.PIPE)
    assert process.stderr is not None
    asked = b""
    deadline = time.monotonic() + 60
    while b"Turn the card over" not in asked:
        ready, _, _ = select.select([process.stderr], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            pytest.fail(f"desk scan never asked for the card's back: {asked!r}")
        chunk = os.read(process.stderr.fileno(), 4096)
        if not chunk:
            pytest.fail(f"desk scan ended before asking for the card's back: {asked!r}")
        asked += chunk
    _kill(process)

    assert not output.exists()
    assert not output.with_name("card.pdf.part").exists()
    (run,) = _run_folders(spool)
    assert [p for p in _files(run) if is_encrypted(p)], "the front waits in the spool"
    _assert_no_plaintext_left(tmpdir_env, spool)

    # The next start of `desk scan` wipes the killed run's folder (this one fails early).
    assert main(["scan", "--device", "test:9", "--output", str(tmp_path / "x.pdf")]) == 1
    assert _run_folders(spool) == []
    assert [p for p in _files(spool) if p.suffix != ".lock"] == []


def test_a_scan_stopped_by_sigterm_removes_its_part_file(
    tmp_path: Path,
    tmpdir_env: Path,
    spool: Path,
    started: list[subprocess.Popen[bytes]],
) -> None:
    output = tmp_path / "batch.pdf"
    partial = output.with_name("batch.pdf.part")
    argv = ["--source", "adf", "--resolution", "75", "--mode", "color", *SLOW]
    process = _desk_scan(started, *argv, "--max-pages", "10", "--output", str(output))
    _wait_for(lambda: partial.exists() and partial.stat().st_size > 4096, process, "a page")
    process.terminate()
    assert process.wait(60) == 130
    assert not partial.exists()
    assert not output.exists()
    assert _run_folders(spool) == []
    assert _files(tmpdir_env) == []
