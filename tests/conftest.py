"""Test harness: offscreen Qt, an isolated home per test, strict logs, real components.

The suite runs its files in parallel (pytest-xdist, `scripts/run-tests`): each file's tests run
together on one worker, in order, and every test marked `serial` runs on one worker of its own
group. tests/README.md says what a fixture must do to stay safe in parallel.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk import fonts

# Qt must never try to reach a display, whatever the developer's session has.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent

# Printed documents use the shipped fonts, as every entry point of the application sets them.
fonts.use_for_documents()

pytest_plugins = [
    "tests.fixtures.postgres",
    "tests.fixtures.sane",
    "tests.fixtures.escl",
    "tests.fixtures.cups",
    "tests.fixtures.msi",
]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Group the tests for `--dist loadgroup`: a file's tests stay together on one worker (as
    they run in order alone), and every `serial` test goes to one group, one at a time."""
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        group = "serial" if item.get_closest_marker("serial") else item.nodeid.split("::", 1)[0]
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Give every test its own user folders, keyring and no stray configuration."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in {
        "HOME": "",
        "XDG_CONFIG_HOME": ".config",
        "XDG_DATA_HOME": ".local/share",
        "XDG_STATE_HOME": ".local/state",
        "XDG_CACHE_HOME": ".cache",
    }.items():
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    for key in list(os.environ):
        if key.startswith("DESK_") and not key.startswith("DESK_TEST_"):
            monkeypatch.delenv(key)
    # A file keyring inside the test's home: the real keyring API, never the developer's secrets.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("DESK_MACHINE_CONFIG", str(home / "no-machine-config.toml"))
    return home


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Commands run in-process add a log file handler; take it away after the test."""
    root = logging.getLogger()
    before = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


@pytest.fixture(autouse=True)
def fail_on_unexpected_warning_logs(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """A WARNING (or worse) log record fails the test unless it is marked allow_log_warnings."""
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("allow_log_warnings"):
        return
    # Setup and teardown too: what a fixture (the window closing, say) logs counts as well.
    records = [r for when in ("setup", "call", "teardown") for r in caplog.get_records(when)]
    loud = [r for r in records if r.levelno >= logging.WARNING]
    if loud:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in loud)
        pytest.fail(f"unexpected warning logs (mark the test allow_log_warnings):\n{lines}")
