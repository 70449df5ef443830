"""What every subcommand shares: the --json flag, output and the settings it runs with."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, Protocol

Handler = Callable[[argparse.Namespace], int]


class SubParsers(Protocol):
    """The part of argparse's sub-parser action that commands use."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Offer machine-readable output."""
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print `data` as JSON with --json, otherwise the human-readable `text`."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
    elif text:
        print(text)


def enum_choice(values: list[str]) -> Callable[[str], str]:
    """An argparse type for one of an enum's `values`, written in any case, with spaces or hyphens
    for underscores ("Take home" is take_home)."""

    def parse(text: str) -> str:
        key = "_".join(text.strip().lower().replace("-", " ").split())
        if key not in values:
            raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(values)}")
        return key

    return parse
