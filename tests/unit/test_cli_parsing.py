"""The command line finds the subcommand past global options and loads only its module."""

from __future__ import annotations

import sys

import pytest

from desk.cli.main import COMMANDS, _command_name, build_parser


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["doctor", "--json"], "doctor"),
        (["--config", "x.toml", "db", "current"], "db"),
        (
            ["--set", "site=Eltham", "--set", "theme=high-contrast", "scan", "--output", "a.pdf"],
            "scan",
        ),
        (["--version"], None),
    ],
)
def test_the_subcommand_is_found_after_global_options(
    argv: list[str], expected: str | None
) -> None:
    assert _command_name(argv) == expected


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out


def test_a_quick_command_does_not_load_the_database_stack() -> None:
    import subprocess  # noqa: PLC0415

    probe = (
        "import sys; from desk.cli.main import build_parser; build_parser('scan'); "
        "print('sqlalchemy' in sys.modules, 'PySide6.QtWidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
