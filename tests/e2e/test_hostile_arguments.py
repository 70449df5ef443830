"""Every `desk` subcommand, given hostile arguments, answers in one line: never a traceback.

The subcommands and their arguments are read from the real argparse parser, so a new command
or option is covered without touching this file. Each argument in turn gets each hostile value
(empty, huge, negative, not a number, a folder, /dev/null, a missing file, a file that is not a
PDF, bytes that are not UTF-8...) while the others keep ordinary values, and every command line
runs as a process of its own (forked from one runner: see tests/e2e/hostile_runner.py), on a
station with a migrated database, a member of staff and a loan device, the SANE test scanner and
the private CUPS printer.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped,unused-ignore]
from reportlab.pdfgen import canvas  # type: ignore[import-untyped,unused-ignore]

from desk.cli.main import build_parser
from tests.e2e.conftest import Desk
from tests.fixtures.cups import CupsScheduler
from tests.fixtures.sane import SaneEnv

pytestmark = [pytest.mark.sane, pytest.mark.cups]

# Relative paths: each case runs in a fresh copy of the station's home, its working folder.
FOLDER = "a-folder"
NOT_PDF = "not-a.pdf"
SAMPLE_PDF = "sample.pdf"

HOSTILE = [
    "",
    "0",
    "-1",
    "9" * 30,
    "nan",
    "x" * 300,  # longer than a file name may be
    FOLDER,
    "/dev/null",
    "no-such-file.pdf",
    NOT_PDF,
    os.fsdecode(b"bad-\xff\xfe-bytes"),
]
"""What goes into each argument in turn."""
FEW = ["", "x" * 300, HOSTILE[-1]]

# Ordinary values for required arguments, by destination, else the first value the argument's
# own type accepts from CANDIDATES.
ORDINARY = {
    "asset_tag": "T-1",
    "staff": "Sam Example",
    "name": "Alex Example",
    "model": "Laptop 14",
    "file": SAMPLE_PDF,
    "output": "out.pdf",
    "visit": str(uuid.UUID(int=1)),
}
# Options given as well, unless they are the hostile one: what makes the command really work
# on the test components (a scan at 75 dpi on SANE's test scanner writes a PDF in a moment).
USUAL: dict[tuple[str, ...], dict[str, str]] = {
    ("scan",): {"device": "test:0", "resolution": "75", "mode": "gray"}
}
CANDIDATES = ["laptop", "passport", "good", "1", "2030-01-31", str(uuid.UUID(int=1)), "x"]


def leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable subcommand, as (words, its parser)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, sub in subs[0].choices.items():
        yield from leaves(sub, (*path, name))


def takes_value(action: argparse.Action) -> bool:
    return (
        not isinstance(
            action,
            argparse._HelpAction
            | argparse._StoreTrueAction
            | argparse._StoreFalseAction
            | argparse._SubParsersAction,
        )
        and action.nargs != 0
    )


def ordinary(action: argparse.Action) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    if action.dest in ORDINARY:
        return ORDINARY[action.dest]
    convert = action.type if callable(action.type) else str
    for candidate in CANDIDATES:
        try:
            convert(candidate)
        except (argparse.ArgumentTypeError, ValueError, TypeError):
            continue
        return candidate
    raise AssertionError(f"no ordinary value for {action.dest}")


def words(action: argparse.Action, value: str) -> list[str]:
    return [action.option_strings[0], value] if action.option_strings else [value]


def command_line(
    path: tuple[str, ...],
    parser: argparse.ArgumentParser,
    hostile: argparse.Action | None,
    value: str,
) -> list[str]:
    """The subcommand with its required arguments ordinary, and `hostile` set to `value`."""
    argv = list(path)
    usual = USUAL.get(path, {})
    for action in parser._actions:
        if not takes_value(action):
            continue
        if action is hostile:
            argv += words(action, value)
        elif action.required:
            argv += words(action, ordinary(action))
        elif action.dest in usual:
            argv += words(action, usual[action.dest])
    return argv


def all_cases() -> list[list[str]]:
    cases: list[list[str]] = [[], ["--version"], ["no-such-command"], ["--help"]]
    seen: set[tuple[str, object]] = set()
    for path, parser in leaves(build_parser()):
        cases.append(command_line(path, parser, None, ""))
        if any(a.option_strings == ["--json"] for a in parser._actions):
            cases.append([*command_line(path, parser, None, ""), "--json"])
        for action in parser._actions:
            if not takes_value(action):
                continue
            # A closed set of choices is argparse's to refuse, and a plain text argument that
            # another command has already had in full goes the same way: a few values do.
            plain = action.choices or (
                action.type in {None, str} and (action.dest, action.type) in seen
            )
            seen.add((action.dest, action.type))
            values = FEW if plain else HOSTILE
            cases += [command_line(path, parser, action, value) for value in values]
    for value in HOSTILE:
        cases.append(["--config", value, "config"])
        cases.append(["--set", value, "config"])
        cases.append(["--set", f"database_url={value}", "staff", "list"])
        cases.append(["--set", f"spool_dir={value}", "doctor", "--no-devices"])
    return cases


def make_pdf(path: Path) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 700, "Sample")
    pdf.showPage()
    pdf.save()


@pytest.fixture
def station_home(desk: Desk, isolated_home: Path) -> Path:
    """The test's home, set up as a station in use: a migrated database, staff, a device."""
    for args, stdin in (
        (["db", "upgrade"], ""),
        (["staff", "add", "Sam Example"], "2468\n"),
        (["devices", "add", "T-1", "--kind", "laptop", "--model", "Laptop 14"], ""),
    ):
        done = desk(*args, stdin=stdin)
        assert done.returncode == 0, (args, done.stderr)
    (isolated_home / FOLDER).mkdir()
    (isolated_home / NOT_PDF).write_text("plain text, not a PDF\n")
    make_pdf(isolated_home / SAMPLE_PDF)
    return isolated_home


def test_no_command_line_gets_a_traceback(
    station_home: Path, tmp_path: Path, sane_env: SaneEnv, cups: CupsScheduler
) -> None:
    cases = all_cases()
    cases_file, results_file = tmp_path / "cases.json", tmp_path / "results.json"
    cases_file.write_text(json.dumps([{"argv": argv, "home": str(station_home)} for argv in cases]))
    env = {**os.environ, **sane_env.env, "CUPS_SERVER": cups.server, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "tests.e2e.hostile_runner", str(cases_file), str(results_file)],
        env=env,
        check=True,
        timeout=600,
    )
    results = json.loads(results_file.read_text())
    if os.environ.get("DESK_TEST_HOSTILE_RESULTS"):  # for looking into what is slow
        Path(os.environ["DESK_TEST_HOSTILE_RESULTS"]).write_text(json.dumps(results))
    assert len(results) == len(cases) > 300
    problems = []
    for result in results:
        output = result.get("stdout", "") + result.get("stderr", "")
        lines = [line for line in result.get("stderr", "").splitlines() if line.strip()]
        if result.get("timed_out"):
            problems.append((result["argv"], "timed out"))
        elif "Traceback" in output or "is a bug" in output.lower():
            problems.append((result["argv"], result["stderr"][-2000:]))
        elif result["returncode"] not in {0, 1, 2}:
            problems.append((result["argv"], f"exit {result['returncode']}: {result['stderr']}"))
        elif result["returncode"] == 1 and not (
            (lines and lines[-1].startswith("desk: ")) or (not lines and result["stdout"])
        ):  # a failure says why on stderr, or (doctor, self-test) in the report on stdout
            problems.append((result["argv"], f"no one-line error: {result['stderr'][-500:]}"))
    slowest = max(results, key=lambda r: r.get("seconds", 0))
    print(f"{len(results)} command lines; slowest {slowest['seconds']} s: {shown(slowest['argv'])}")
    assert not problems, "\n\n".join(f"desk {shown(argv)}\n{p}" for argv, p in problems)


def shown(argv: list[str]) -> str:
    """A command line as it could be typed, each word cut to a readable length."""
    return " ".join(repr(word if len(word) < 60 else word[:20] + "...") for word in argv)
