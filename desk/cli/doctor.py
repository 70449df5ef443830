"""`desk doctor`: check configuration, database, spool, keyring, scanners and printers."""

from __future__ import annotations

import argparse

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.logs import configure_logging
from desk.private import private_app_folders
from desk.services.checks import (
    CheckResult,
    Status,
    check_config,
    check_environment,
    run_checks,
    station_checks,
)

_MARK = {Status.OK: "ok  ", Status.WARN: "warn", Status.FAIL: "FAIL"}


def register(sub: SubParsers) -> None:
    """Add `desk doctor`."""
    parser = sub.add_parser(
        "doctor", help="check configuration, database, spool, keyring, scanners and printers"
    )
    parser.add_argument(
        "--no-devices", action="store_true", help="skip the scanner and printer checks"
    )
    add_json_flag(parser)
    parser.set_defaults(handler=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    config_result, loaded = check_config(args.config, args.set)
    results: list[CheckResult] = [config_result, check_environment()]
    if loaded is not None:
        private_app_folders()
        configure_logging(loaded.settings.log_level)
        results += run_checks(station_checks(loaded, devices=not args.no_devices))
    failed = any(result.status is Status.FAIL for result in results)
    lines = [
        f"{_MARK[r.status]}  {r.name}: {r.detail}" + (f"\n      -> {r.hint}" if r.hint else "")
        for r in results
    ]
    emit(args, {"ok": not failed, "checks": [r.as_dict() for r in results]}, "\n".join(lines))
    return 1 if failed else 0
