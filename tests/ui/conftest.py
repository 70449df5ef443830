"""GUI fixtures: a real runtime on a fresh SQLite database, and the main window on it."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from desk.config import load_settings
from desk.runtime import Runtime, open_runtime
from desk.ui.app import application, build_window
from desk.ui.i18n import install_translation
from desk.ui.jobs import JobRunner
from desk.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(autouse=True)
def no_job_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves background work running when it ends (every job runner it made
    must have finished its jobs by teardown, with a bound)."""
    runners: list[weakref.ref[JobRunner]] = []
    made = JobRunner.__init__

    def tracked(self: JobRunner, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        runners.append(weakref.ref(self))

    monkeypatch.setattr(JobRunner, "__init__", tracked)
    yield
    for ref in runners:
        runner = ref()
        if runner is not None and shiboken6.isValid(runner):
            assert runner.wait(10_000), "a background job was still running after the test"


@pytest.fixture(autouse=True)
def english() -> None:
    """English, as the app starts in: its plural forms ("1 page", "2 pages") are a translation."""
    install_translation(application(), "en")


@pytest.fixture
def settings_overrides() -> list[str]:
    """Extra `--set` pairs for the runtime (tests override this fixture)."""
    return []


@pytest.fixture
def runtime(tmp_path: Path, settings_overrides: list[str]) -> Iterator[Runtime]:
    loaded = load_settings(
        overrides=[
            f"database_url=sqlite:///{tmp_path / 'desk.sqlite3'}",
            "site=Woolwich Centre",
            "station=W-03",
            *settings_overrides,
        ]
    )
    rt = open_runtime(loaded)
    yield rt
    rt.close()


@pytest.fixture
def window(qtbot: QtBot, runtime: Runtime) -> Iterator[MainWindow]:
    app = application()
    win = build_window(runtime, app)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sign_in_view.staff_loaded):
        win.show()
    yield win
    app.removeEventFilter(win)
    win.close()  # as the app closes (a kiosk session ends), while the database is still open
    win.jobs.wait()
    app.setStyleSheet("")


def screenshot(widget: object, name: str) -> Path:
    """Save a picture of a widget into the ignored artifacts folder."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # Written beside it and renamed: tests in parallel workers may save the same picture.
    partial = SCREENSHOTS / f".{name}.{os.getpid()}.png"
    assert widget.grab().save(str(partial))  # type: ignore[attr-defined]
    partial.replace(path)
    return path
