"""The `desk` command: start the station app, or run one of the subcommands for IT and scripts.

Exit codes: 0 success, 1 operational failure (a one-line message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from desk import __version__
from desk.errors import DeskError

log = logging.getLogger(__name__)

# Each module has `register(subparsers)`; it adds its subcommands with `set_defaults(handler=...)`.
COMMAND_MODULES = (
    "desk.cli.app",
    "desk.cli.doctor",
    "desk.cli.db",
    "desk.cli.config_cmd",
    "desk.cli.staff",
    "desk.cli.printing",
    "desk.cli.scan",
)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="desk",
        description="Station Desk: scan, upload, print, lend devices and record visits.",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
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
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `desk` command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return int(args.handler(args))
    except DeskError as error:
        log.info("command failed: %s", type(error).__name__)
        print(f"desk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
