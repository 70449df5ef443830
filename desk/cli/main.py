"""The `desk` command: start the station app, or run one of the subcommands for IT and scripts.

Exit codes: 0 success, 1 operational failure (a one-line message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desk.errors import ConfigError, DatabaseError, DeskError
from desk.private import owner_only_umask

if TYPE_CHECKING:
    from scanning.launch import PreparedWorker

log = logging.getLogger(__name__)

# Which module registers each subcommand (its `register(subparsers)` adds it with
# `set_defaults(handler=...)`). Only the module a command needs is imported, so that a quick
# command (`desk scan`, `desk print`) does not pay for the database and Qt stacks.
COMMANDS = {
    "gui": "desk.cli.app",
    "self-test": "desk.cli.app",
    "display": "desk.cli.app",
    "doctor": "desk.cli.doctor",
    "db": "desk.cli.db",
    "config": "desk.cli.config_cmd",
    "secret": "desk.cli.config_cmd",
    "staff": "desk.cli.staff",
    "devices": "desk.cli.loans",
    "loans": "desk.cli.loans",
    "printers": "desk.cli.printing",
    "print": "desk.cli.printing",
    "scanners": "desk.cli.scan",
    "scan": "desk.cli.scan",
    "upload": "desk.cli.upload",
    "outbox": "desk.cli.upload",
    "retention": "desk.cli.retention",
    "queue": "desk.cli.queue",
    "appointments": "desk.cli.queue",
    "report": "desk.cli.report",
    "demo-data": "desk.cli.report_demo",
    "sync": "desk.cli.sync",
}

_GLOBAL_OPTIONS_WITH_VALUE = {"--config", "--set"}


def _command_name(argv: Sequence[str]) -> str | None:
    """The subcommand named in `argv` (after any global options), or None."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


class _Version(argparse.Action):
    """Print the version only when asked (reading it from the installed metadata is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        import desk  # noqa: PLC0415

        print(f"desk {desk.__version__}")
        parser.exit()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line: every subcommand, or just the one named by `only` (for speed)."""
    parser = argparse.ArgumentParser(
        prog="desk",
        description="Station Desk: scan, upload, print, lend devices and record visits.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="use this configuration file instead of the machine and user files",
    )
    parser.add_argument(
        "--set",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="override one setting, e.g. --set site=Woolwich (repeatable)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[only]] if only in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def _start_scan_worker(arguments: Sequence[str]) -> PreparedWorker:
    from scanning.launch import PreparedWorker, backend_ahead  # noqa: PLC0415  (light)

    return PreparedWorker(backend=backend_ahead(_device_argument(arguments)))


def _device_argument(arguments: Sequence[str]) -> str | None:
    """The value of `--device` on a scan's command line, read before it is parsed."""
    for index, argument in enumerate(arguments):
        if argument == "--device" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--device="):
            return argument.partition("=")[2]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `desk` command and return its exit code: never a traceback, whatever happens.

    Everything the command (and the station app, and the scan worker it starts) creates is
    readable by this account alone: its files hold residents' and staff's data.
    """
    try:
        with owner_only_umask():
            code = _main(argv)
        sys.stdout.flush()  # here, not at exit, so that a closed pipe is caught below
    except BrokenPipeError:
        # `desk devices list | head`: the reader is gone, so stop quietly, as Unix tools do.
        # Point stdout at nowhere, or the interpreter's last flush would complain again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:  # noqa: BLE001  (the last line of defence: a bug)
        return _unexpected(error)
    return code


def _unexpected(error: Exception) -> int:
    """A bug: its traceback goes to the log under an incident reference, the user gets one line."""
    from desk.logs import log_file, new_incident, redacted_traceback  # noqa: PLC0415

    incident = new_incident()
    path = log_file()
    if path is not None:
        log.error("unexpected error incident=%s where=%s", incident, redacted_traceback(error))
    where = f" in the log {path}" if path is not None else ""
    print(
        f"desk: unexpected error ({type(error).__name__}); this is a bug. "
        f"Report incident {incident}{where}.",
        file=sys.stderr,
    )
    return 1


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = _command_name(arguments)
    if command is None and not {"-h", "--help", "--version"} & set(arguments):
        arguments.append("gui")
        command = "gui"
    # A scan's worker is a Python process of its own: started first, it loads alongside this one.
    worker = _start_scan_worker(arguments) if command == "scan" else None
    try:
        parser = build_parser(command)
        args = parser.parse_args(arguments)
        _refuse_undecodable(parser, args)
        if worker is not None:
            args.prepared_worker = worker
        return _run(args)
    finally:
        if worker is not None:
            worker.close()  # stops it unless a scan job took it (bad arguments, --help)


def _refuse_undecodable(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """A text argument (a name, a printer, an option) must be text: bytes that are not valid in
    this system's encoding arrive as lone surrogates, which no database or printer takes. A
    file name may be any bytes (it is a Path here), so paths are left alone."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str) and not item.isprintable() and _undecodable(item):
                option = name.replace("_", "-")
                parser.error(f"argument {option}: is not valid text (check its encoding)")


def _undecodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args))
    except DeskError as error:
        log.info("command failed: %s", type(error).__name__)
        print(f"desk: {error}", file=sys.stderr)
        if args.command == "gui" and isinstance(error, ConfigError | DatabaseError):
            # StationDesk.exe has no console: the station's screen must say it too.
            from desk.ui.crash import show_startup_failure  # noqa: PLC0415  (Qt only here)

            show_startup_failure(str(error))
        return 1
    except OSError as error:
        if error.filename is None or isinstance(error, BrokenPipeError):
            raise
        # A file or folder the command was given or uses cannot be used (a name too long, a
        # folder where a file should be, no permission, a full disk): the system's reason.
        log.info("command failed: %s errno=%s", type(error).__name__, error.errno)
        print(f"desk: cannot use {error.filename}: {error.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
