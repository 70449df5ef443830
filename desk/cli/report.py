"""`desk report KIND`: what the stations did, from the shared database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk.cli.common import SubParsers
from desk.cli.settings import loaded_settings
from desk.runtime import open_engine
from desk.services.reports import Grouping, ReportKind, make_report, publish
from desk.services.reports.output import CSV_ENCODING, as_csv, as_json, as_text
from desk.services.reports.periods import PeriodError, parse_date, period_from
from desk.storage.migrate import check_database, upgrade

FORMATS = ("table", "csv", "json")
PUBLISHED_BY_DEFAULT: frozenset[str] = frozenset()
"""Formats published (small counts withheld) unless --no-publish: the xlsx file and the PDF
pack will be; the table, CSV and JSON are for the council's own use unless --publish."""


def register(sub: SubParsers) -> None:
    """Add `desk report`."""
    kinds = ", ".join(kind.value for kind in ReportKind)
    parser = sub.add_parser(
        "report",
        help="figures on visits, waits, services, channel shift, needs, work and loans",
        description=f"Make a report. KIND is one of: {kinds}.",
    )
    parser.add_argument("kind", metavar="KIND", help=f"one of: {kinds}")
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument(
        "--site", action="append", default=[], metavar="SITE", help="a site's code or name"
    )
    parser.add_argument(
        "--station", action="append", default=[], metavar="STATION", help="a station's name"
    )
    parser.add_argument(
        "--by",
        choices=[g.value for g in Grouping],
        default=Grouping.MONTH.value,
        help="what each row is (default: month)",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="default: table")
    parser.add_argument("--output", type=Path, metavar="FILE", help="write to FILE, not stdout")
    parser.add_argument(
        "--publish",
        action=argparse.BooleanOptionalAction,
        default=None,
        help='withhold small counts ("<5") for figures that leave the council',
    )
    parser.set_defaults(handler=_report)


def _usage(message: str) -> int:
    print(f"desk report: {message}", file=sys.stderr)
    return 2


def _report(args: argparse.Namespace) -> int:
    try:
        kind = ReportKind(args.kind.strip().lower())
    except ValueError:
        kinds = ", ".join(k.value for k in ReportKind)
        return _usage(f"there is no report {args.kind!r}: choose one of {kinds}")
    try:
        first = parse_date(args.first, "--from") if args.first else None
        last = parse_date(args.last, "--to") if args.last else None
        period = period_from(first, last)
    except PeriodError as error:
        return _usage(str(error))
    settings = loaded_settings(args).settings
    engine = open_engine(settings)
    try:
        if settings.is_embedded_database and settings.database.auto_migrate:
            upgrade(engine)
        check_database(engine)
        report = make_report(
            engine,
            kind,
            period,
            by=Grouping(args.by),
            sites=args.site,
            stations=args.station,
        )
    finally:
        engine.dispose()
    wanted = args.publish if args.publish is not None else args.format in PUBLISHED_BY_DEFAULT
    if wanted:
        report = publish(report)
    text = {"table": as_text, "csv": as_csv, "json": as_json}[args.format](report)
    if args.output is None:
        sys.stdout.write(text)
    else:
        encoding = CSV_ENCODING if args.format == "csv" else "utf-8"
        with args.output.open("w", encoding=encoding, newline="") as target:
            target.write(text)
    return 0
