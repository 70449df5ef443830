"""The job runner: typed results delivered on the GUI thread, only while their scope lives."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk.errors import DeskError
from desk.ui.jobs import Failure, JobRunner, Progress, Reporter, Scope


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    assert jobs.shutdown(10_000), "a job was still running at teardown"


def test_a_result_reaches_its_callback_on_the_gui_thread(qtbot: QtBot, runner: JobRunner) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    runner.run(lambda: 6 * 7, lambda n: seen.append((n, threading.get_ident())), scope=Scope("s"))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, gui)]
    assert runner.running == 0


def test_a_result_for_an_ended_scope_is_dropped_and_can_be_tidied(
    qtbot: QtBot, runner: JobRunner
) -> None:
    release = threading.Event()
    scope = Scope("resident")
    shown: list[str] = []
    tidied: list[str] = []

    def start() -> str:
        release.wait(10)
        return "visit-1"

    runner.run(
        start,
        shown.append,
        scope=scope,
        on_late=tidied.append,
        name="start-visit",
    )
    scope.end()  # the resident left (idle reset, hand-over, sign-out) before the result came
    release.set()
    qtbot.waitUntil(lambda: runner.running == 0)
    assert shown == []
    assert tidied == ["visit-1"]


def test_ending_a_session_ends_the_visits_inside_it(qtbot: QtBot, runner: JobRunner) -> None:
    session = Scope("session")
    visit = session.child("visit")
    ended: list[str] = []
    visit.when_ended(lambda: ended.append("visit"))
    release = threading.Event()
    shown: list[int] = []
    runner.run(lambda: release.wait(10) and 1, shown.append, scope=visit)
    session.end()
    release.set()
    qtbot.waitUntil(lambda: runner.running == 0)
    assert not visit.active and ended == ["visit"]
    assert shown == []
    assert not session.child("late").active, "a scope made inside an ended one is ended"


def test_an_error_for_an_ended_scope_is_dropped(qtbot: QtBot, runner: JobRunner) -> None:
    shown: list[str] = []
    runner.set_error_sink(shown.append)
    scope = Scope("kiosk")
    release = threading.Event()

    def fail() -> None:
        release.wait(10)
        raise DeskError("The scanner is not answering.")

    runner.run(fail, scope=scope)
    scope.end()
    release.set()
    qtbot.waitUntil(lambda: runner.running == 0)
    assert shown == []


def test_a_desk_error_shows_its_own_words(qtbot: QtBot, runner: JobRunner) -> None:
    shown: list[str] = []
    runner.set_error_sink(shown.append)

    def fail() -> None:
        raise DeskError("The printer 'Front desk' is switched off.")

    runner.run(fail, scope=Scope("s"))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["The printer 'Front desk' is switched off."]


@pytest.mark.allow_log_warnings
def test_a_bug_shows_a_plain_line_with_a_reference_and_logs_the_traceback(
    qtbot: QtBot, runner: JobRunner, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[Failure] = []

    def crash() -> None:
        raise KeyError("Ms Ada Resident, 07700 900123")  # what a bug's text can hold

    runner.run(crash, scope=Scope("s"), on_error=failures.append, name="lookup")
    qtbot.waitUntil(lambda: bool(failures))
    (failure,) = failures
    assert isinstance(failure.error, KeyError)
    assert "Ada" not in failure.message and "KeyError" not in failure.message
    (record,) = [r for r in caplog.records if r.name == "desk.ui.jobs"]
    logged = record.getMessage()
    incident = logged.split("incident=", 1)[1].split()[0]
    assert incident in failure.message, "the message names the incident in the log"
    assert "test_jobs.py" in logged and "KeyError" in logged, "the log says where it happened"
    assert "Ada" not in logged and "07700" not in logged, "and never what the error said"


def test_progress_arrives_and_cancel_stops_the_work(qtbot: QtBot, runner: JobRunner) -> None:
    steps: list[Progress] = []
    results: list[int] = []
    go_on = threading.Event()

    def count(reporter: Reporter) -> int:
        done = 0
        for done in range(1, 1000):
            reporter.report(done, 999, "counting")
            if done == 3:
                go_on.wait(10)
            if reporter.cancelled:
                break
        return done

    job = runner.run_reporting(count, results.append, scope=Scope("s"), on_progress=steps.append)
    qtbot.waitUntil(lambda: len(steps) >= 3)
    job.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: runner.running == 0)
    assert results == [], "a cancelled job's result is not delivered"
    assert steps[:3] == [Progress(n, 999, "counting") for n in (1, 2, 3)]
    assert all(p.done <= 4 for p in steps)


def test_shutdown_waits_for_running_jobs_and_delivers_nothing(qtbot: QtBot) -> None:
    jobs = JobRunner()
    started, release = threading.Event(), threading.Event()
    shown: list[int] = []

    def slow() -> int:
        started.set()
        release.wait(10)
        return 1

    jobs.run(slow, shown.append, scope=Scope("s"))
    assert started.wait(10)
    threading.Timer(0.05, release.set).start()
    assert jobs.shutdown(10_000)
    qtbot.wait(0)  # let any queued delivery run: there must be none
    assert shown == []


def _a_callback_of_the_wrong_type_is_a_type_error(jobs: JobRunner) -> None:
    """Never called: mypy checks it. Were `run` untyped, this ignore would be unused, and
    mypy --strict (warn_unused_ignores) would fail the suite."""

    def takes_str(value: str) -> None: ...

    jobs.run(lambda: 1, takes_str, scope=Scope("s"))  # type: ignore[misc]
