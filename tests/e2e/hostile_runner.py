"""Run many `desk` command lines fast: each in a process of its own, forked from one that has
already imported the command's modules (a new interpreter per case would take minutes).

    python -m tests.e2e.hostile_runner CASES.json RESULTS.json

CASES.json is a list of {"argv": [...], "home": TEMPLATE_HOME}; each case runs in a fresh copy
of its home (so cases never share a database or keyring), with standard input from /dev/null,
and RESULTS.json gets, per case, its exit code and what it wrote on stdout and stderr. A case
runs as `python -m desk.cli.main` would: an exception that escapes `main` prints its traceback
and exits 1, like the interpreter.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

PARALLEL = 4  # many cases wait on a scanner, a printer or the disk: more than the cores
CASE_TIMEOUT = 60.0


def _preload() -> None:
    """Import what most commands need once, in the parent (no threads, no connections)."""
    import alembic.command  # noqa: F401, PLC0415
    import keyring  # noqa: F401, PLC0415
    import sqlalchemy.orm  # noqa: F401, PLC0415
    from sqlalchemy.orm import configure_mappers  # noqa: PLC0415

    import desk.cli.main  # noqa: PLC0415
    import desk.runtime  # noqa: PLC0415
    import desk.storage.models  # noqa: PLC0415
    from desk.storage.migrate import script_directory  # noqa: PLC0415

    for module in dict.fromkeys(desk.cli.main.COMMANDS.values()):
        __import__(module)
    configure_mappers()  # what each command's first query would spend most of its time on
    script_directory()


def _child(argv: list[str], home: Path, out: Path, err: Path) -> None:
    """In the forked process: point the standard streams and the user folders, then run."""
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
    os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
    os.chdir(home)
    os.environ["HOME"] = str(home)
    for name, sub in {
        "XDG_CONFIG_HOME": ".config",
        "XDG_DATA_HOME": ".local/share",
        "XDG_STATE_HOME": ".local/state",
        "XDG_CACHE_HOME": ".cache",
    }.items():
        os.environ[name] = str(home / sub)
    if not argv or {"gui", "display"} & set(argv):
        # Without a display `desk gui` and `desk display` must say so; with one they would open
        # their window and wait there.
        for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
            os.environ.pop(name, None)
    import desk.cli.main  # noqa: PLC0415  (already loaded by the parent)

    code: int
    try:
        sys.argv = ["desk", *argv]
        code = desk.cli.main.main(argv)
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            code = stop.code or 0
        else:
            print(stop.code, file=sys.stderr)
            code = 1
    except BaseException:  # noqa: BLE001  (what the interpreter would print)
        traceback.print_exc()
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            traceback.print_exc(file=sys.__stderr__)
            code = 120
    os._exit(code)


def run(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run every case, PARALLEL at a time; return their results in the same order."""
    _preload()
    work = Path(tempfile.mkdtemp(prefix="desk-hostile-"))
    results: list[dict[str, Any]] = [{} for _ in cases]
    running: dict[int, tuple[int, float]] = {}
    pending = list(range(len(cases)))
    try:
        while pending or running:
            while pending and len(running) < PARALLEL:
                index = pending.pop(0)
                home = work / f"case-{index}"
                shutil.copytree(cases[index]["home"], home, symlinks=True)
                pid = os.fork()
                if pid == 0:
                    try:
                        _child(cases[index]["argv"], home, home / "stdout", home / "stderr")
                    finally:
                        os._exit(99)
                running[pid] = (index, time.monotonic())
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                for other, (index, started) in list(running.items()):
                    if time.monotonic() - started > CASE_TIMEOUT:
                        os.kill(other, 9)
                        results[index]["timed_out"] = True
                time.sleep(0.005)
                continue
            index, started = running.pop(pid)
            home = work / f"case-{index}"
            results[index].update(
                argv=cases[index]["argv"],
                returncode=os.waitstatus_to_exitcode(status),
                stdout=(home / "stdout").read_text(errors="replace"),
                stderr=(home / "stderr").read_text(errors="replace"),
                seconds=round(time.monotonic() - started, 3),
            )
            shutil.rmtree(home, ignore_errors=True)
    finally:
        for pid in running:
            os.kill(pid, 9)
        shutil.rmtree(work, ignore_errors=True)
    return results


def main() -> int:
    """Read the cases, run them, write the results."""
    cases_file, results_file = sys.argv[1:3]
    cases = json.loads(Path(cases_file).read_text(encoding="utf-8", errors="surrogateescape"))
    results = run(cases)
    Path(results_file).write_text(
        json.dumps(results, ensure_ascii=True), encoding="utf-8", errors="surrogateescape"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
