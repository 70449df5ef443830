"""`desk` / `desk gui` (start the station app), `desk self-test` (check it starts, offscreen) and
`desk display` (the waiting-area display)."""

from __future__ import annotations

import argparse
import os

from desk import STARTED_AT
from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import loaded_settings
from desk.errors import DeskError
from desk.runtime import open_runtime
from desk.services.checks import CheckResult, Status, check_spool


def register(sub: SubParsers) -> None:
    """Add `desk gui` and `desk self-test`."""
    gui = sub.add_parser("gui", help="start the station app (the default)")
    gui.set_defaults(handler=_gui)
    test = sub.add_parser(
        "self-test", help="start the app offscreen, run the start-up checks, report, exit 0/1"
    )
    add_json_flag(test)
    test.set_defaults(handler=_self_test)
    display = sub.add_parser(
        "display", help="the waiting-area display: tickets called and where to go, full screen"
    )
    display.set_defaults(handler=_display)


def _needs_display() -> None:
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")) and (
        os.name == "posix" and os.uname().sysname == "Linux"
    ):
        raise DeskError(
            "no display found. Run `desk self-test` to check the installation, or "
            "QT_QPA_PLATFORM=offscreen desk to run without a screen."
        )
    from desk.ui.platform import window_problem  # noqa: PLC0415  (Qt loads only for the GUI)

    problem = window_problem()
    if problem is not None:
        raise DeskError(problem)


def _display(args: argparse.Namespace) -> int:
    """The display opens the database when it can: started while the database is away, it
    asks residents to wait and keeps trying."""
    _needs_display()
    loaded = loaded_settings(args)
    from desk.ui.app import run_display  # noqa: PLC0415  (Qt loads only here)

    return run_display(loaded.settings, lambda: open_runtime(loaded))


def _gui(args: argparse.Namespace) -> int:
    _needs_display()
    runtime = open_runtime(loaded_settings(args))
    spool = check_spool(runtime.settings.spool_path)
    if spool.status is Status.FAIL:
        raise DeskError(spool.detail)
    from desk.ui.app import run_gui  # noqa: PLC0415

    try:
        return run_gui(runtime)
    finally:
        runtime.close()


def _self_test(args: argparse.Namespace) -> int:
    real_start = dict(os.environ)  # the platform a real start would use, before going offscreen
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    checks: list[CheckResult] = []
    loaded = loaded_settings(args)
    checks.append(CheckResult("configuration", Status.OK, "valid"))
    runtime = open_runtime(loaded)
    try:
        checks.append(CheckResult("database", Status.OK, "reachable and migrated"))
        checks.append(check_spool(runtime.settings.spool_path))
        from desk.ui.app import self_test  # noqa: PLC0415  (Qt loads only here)

        report = self_test(runtime, STARTED_AT)
    finally:
        runtime.close()
    from desk.ui.platform import check_platform  # noqa: PLC0415

    platform = check_platform(real_start)
    checks.append(
        CheckResult(
            "platform",
            Status.OK if platform.problem is None else Status.FAIL,
            f"Qt's '{platform.platform}' platform plugin loads (the real window can open)"
            if platform.problem is None
            else f"the real window cannot open: {platform.problem}",
        )
    )
    checks.append(
        CheckResult(
            "window",
            Status.OK if report.shown else Status.FAIL,
            f"first window shown after {report.seconds_to_window:.2f} s"
            if report.shown
            else "the main window did not appear",
        )
    )
    checks.append(
        CheckResult(
            "staff",
            Status.OK if report.staff_listed else Status.FAIL,
            "the sign-in screen read the staff list"
            if report.staff_listed
            else "the sign-in screen could not read the staff list (see the log)",
        )
    )
    ok = all(c.status is not Status.FAIL for c in checks)
    lines = [f"{'ok  ' if c.status is Status.OK else 'FAIL'}  {c.name}: {c.detail}" for c in checks]
    lines.append("self-test passed" if ok else "self-test FAILED")
    emit(
        args,
        {
            "ok": ok,
            "seconds_to_first_window": round(report.seconds_to_window, 3),
            "checks": [c.as_dict() for c in checks],
        },
        "\n".join(lines),
    )
    return 0 if ok else 1
