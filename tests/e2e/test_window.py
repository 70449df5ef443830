"""The real window: `desk` and `desk self-test` on Qt's real platform plugin, not offscreen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from tests.components import missing, require_tools
from tests.e2e.conftest import Desk

ABSENT = "libdesk-absent.so.1"


def _real_start(**extra: str) -> dict[str, str]:
    """The environment of a real start: no offscreen platform forced."""
    return {"QT_QPA_PLATFORM": "", **extra}


@pytest.fixture
def broken_xcb(tmp_path: Path) -> Path:
    """A folder with a copy of Qt's xcb plugin that needs a library no machine has."""
    require_tools("patchelf", "patchelf")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    folder = tmp_path / "platforms"
    folder.mkdir()
    for name in ("libqxcb.so", "libqoffscreen.so"):
        shutil.copy2(plugins / name, folder / name)
    subprocess.run(
        ["patchelf", "--add-needed", ABSENT, str(folder / "libqxcb.so")], check=True, timeout=60
    )
    return folder


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A virtual X screen; yields its DISPLAY value."""
    if shutil.which("Xvfb") is None:
        missing("xvfb", "Xvfb is not on PATH (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as displayfd:
        number = displayfd.readline().strip()
    try:
        if not number:
            missing("xvfb", "Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_self_test_fails_when_the_real_window_cannot_open(desk: Desk, broken_xcb: Path) -> None:
    # Offscreen, the window still opens: the check is about the plugin a real start uses.
    result = desk(
        "self-test", "--json", env=_real_start(QT_QPA_PLATFORM_PLUGIN_PATH=str(broken_xcb))
    )
    assert result.returncode == 1, result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["window"]["status"] == "ok"
    assert checks["platform"]["status"] == "fail"
    assert "'xcb' platform plugin cannot load" in checks["platform"]["detail"]
    assert ABSENT in checks["platform"]["detail"]


def test_desk_says_in_one_line_why_the_window_cannot_open(desk: Desk, broken_xcb: Path) -> None:
    result = desk(
        "gui", env=_real_start(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(broken_xcb))
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "the window cannot open" in lines[0] and ABSENT in lines[0]
    assert "scripts/bootstrap app" in lines[0]


def test_desk_without_its_x_server_ends_in_one_line(desk: Desk) -> None:
    # A display that does not answer: Qt gives up (a fatal message); the command says so.
    result = desk("gui", env=_real_start(DISPLAY=":9999", QT_QPA_PLATFORM="xcb"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("desk: the window cannot open:"), result.stderr


def test_self_test_opens_a_real_window_on_an_x_screen(desk: Desk, xvfb: str) -> None:
    result = desk("self-test", "--json", env=_real_start(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb"))
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["platform"]["status"] == "ok"
    assert "'xcb'" in checks["platform"]["detail"]
    assert checks["window"]["status"] == "ok"
