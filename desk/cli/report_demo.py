"""`desk demo-data`: fill a database with realistic, reproducible demo visits (for training)."""

from __future__ import annotations

import argparse
import sys

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import loaded_settings
from desk.runtime import open_engine
from desk.services.reports.demo import DEFAULT_SITES, DemoPlan, fill
from desk.services.reports.periods import PeriodError, parse_date, today
from desk.storage.migrate import check_database, upgrade

MAX_VISITS = 10_000_000
MAX_MONTHS = 120


def register(sub: SubParsers) -> None:
    """Add `desk demo-data`."""
    parser = sub.add_parser(
        "demo-data",
        help="fill the database with demo visits for training (refused if it has real ones)",
    )
    parser.add_argument("--visits", type=int, required=True, metavar="N", help="how many visits")
    parser.add_argument(
        "--sites",
        nargs="+",
        default=list(DEFAULT_SITES),
        metavar="NAME",
        help="demo site names (default: Woolwich Eltham)",
    )
    parser.add_argument("--months", type=int, default=12, metavar="M", help="default: 12")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="default: 1")
    parser.add_argument(
        "--last-day", metavar="DATE", help="the last day with visits, YYYY-MM-DD (default: today)"
    )
    parser.add_argument(
        "--force", action="store_true", help="write even if the database has real visits"
    )
    add_json_flag(parser)
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    if not (0 <= args.visits <= MAX_VISITS and 1 <= args.months <= MAX_MONTHS):
        print(
            f"desk demo-data: --visits must be 0 to {MAX_VISITS} and --months 1 to {MAX_MONTHS}",
            file=sys.stderr,
        )
        return 2
    try:
        last = parse_date(args.last_day, "--last-day") if args.last_day else today()
    except PeriodError as error:
        print(f"desk demo-data: {error}", file=sys.stderr)
        return 2
    settings = loaded_settings(args).settings
    engine = open_engine(settings)
    plan = DemoPlan(
        visits=args.visits,
        sites=tuple(args.sites),
        months=args.months,
        seed=args.seed,
        last_day=last,
    )
    try:
        if settings.is_embedded_database and settings.database.auto_migrate:
            upgrade(engine)
        check_database(engine)
        summary = fill(engine, plan, force=args.force)
    finally:
        engine.dispose()
    rows = ", ".join(f"{n} {table}" for table, n in sorted(summary.rows.items()))
    emit(args, summary.rows, f"demo data written: {rows or 'nothing'}")
    return 0
