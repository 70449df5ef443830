"""Reading the settings a command runs with, from the global --config and --set flags."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from desk.config import LoadedSettings, load_settings, unknown_environment
from desk.logs import configure_logging
from desk.private import private_app_folders

if TYPE_CHECKING:
    from desk.runtime import Runtime


def loaded_settings(args: argparse.Namespace) -> LoadedSettings:
    """The settings for this command, with logging set up to the user log file."""
    loaded = load_settings(config_file=args.config, overrides=args.set)
    private_app_folders()
    configure_logging(loaded.settings.log_level)
    warn_unknown_environment()
    return loaded


def warn_unknown_environment() -> None:
    """One line on stderr for each DESK_* variable nothing reads (most likely a typo)."""
    for line in unknown_environment():
        logging.getLogger(__name__).info("unknown environment variable ignored: %s", line)
        print(f"desk: warning: {line}; it is ignored", file=sys.stderr)


def runtime(args: argparse.Namespace, *, migrate: bool | None = None) -> Runtime:
    """Settings plus an open, checked database."""
    from desk.runtime import open_runtime  # noqa: PLC0415  (only commands that need the database)

    return open_runtime(loaded_settings(args), migrate=migrate)
