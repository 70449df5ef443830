"""`desk report KIND`: what the stations did, from the shared database."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desk.cli.common import SubParsers
from desk.cli.settings import loaded_settings
from desk.runtime import open_engine
from desk.services.reports import (
    Grouping,
    Report,
    ReportError,
    ReportKind,
    make_report,
    publish,
)
from desk.services.reports.output import CSV_ENCODING, as_csv, as_json, as_text
from desk.services.reports.periods import Period, PeriodError, parse_date, period_from
from desk.storage.migrate import check_database, upgrade

if TYPE_CHECKING:
    from printing.documents import DocumentTexts

FORMATS = ("table", "csv", "json", "xlsx", "pdf")
PUBLISHED_BY_DEFAULT: frozenset[str] = frozenset({"xlsx", "pdf"})
"""Formats published (small counts withheld) unless --no-publish: the xlsx and PDF files (the
PDF pack always is); the table, CSV and JSON are for the council's own use unless --publish."""
PACK = "pack"


def register(sub: SubParsers) -> None:
    """Add `desk report`."""
    kinds = ", ".join(kind.value for kind in ReportKind)
    parser = sub.add_parser(
        "report",
        help="figures on visits, waits, services, channel shift, needs, work and loans",
        description=(
            f"Make a report. KIND is one of: {kinds}; or `pack`: every report in one PDF for "
            "managers and funders, with charts (small numbers always withheld)."
        ),
    )
    parser.add_argument("kind", metavar="KIND", help=f"one of: {kinds}, or pack")
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
        default=None,
        help="what each row is (default: month; for the pack, by the period's length)",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="default: table")
    parser.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write to FILE, not stdout (xlsx and the pack: default a file named for the period)",
    )
    parser.add_argument(
        "--publish",
        action=argparse.BooleanOptionalAction,
        default=None,
        help='withhold small counts ("<5") for figures that leave the council '
        "(default: on for xlsx, always for the pack)",
    )
    parser.set_defaults(handler=_report)


def _usage(message: str) -> int:
    print(f"desk report: {message}", file=sys.stderr)
    return 2


def _default_name(stem: str, period: Period, suffix: str) -> Path:
    return Path(f"{stem}-{period.first.isoformat()}-to-{period.last.isoformat()}{suffix}")


class _UsageError(ValueError):
    """A command line that asks for what cannot be: one line, exit code 2."""


def _kind(args: argparse.Namespace) -> ReportKind | None:
    """The report asked for, or None for the pack."""
    name = args.kind.strip().lower()
    if name == PACK:
        if args.publish is False:
            raise _UsageError("the pack is always published: --no-publish does not apply to it")
        if args.format != "table":
            raise _UsageError("the pack is a PDF: --format does not apply to it")
        return None
    try:
        return ReportKind(name)
    except ValueError:
        kinds = ", ".join([*(k.value for k in ReportKind), PACK])
        raise _UsageError(f"there is no report {args.kind!r}: choose one of {kinds}") from None


def _period(args: argparse.Namespace) -> Period:
    try:
        first = parse_date(args.first, "--from") if args.first else None
        last = parse_date(args.last, "--to") if args.last else None
        return period_from(first, last)
    except PeriodError as error:
        raise _UsageError(str(error)) from None


def _report(args: argparse.Namespace) -> int:
    try:
        kind = _kind(args)
        period = _period(args)
    except _UsageError as error:
        return _usage(str(error))
    settings = loaded_settings(args).settings
    engine = open_engine(settings)
    try:
        if settings.is_embedded_database and settings.database.auto_migrate:
            upgrade(engine)
        check_database(engine)
        if kind is None:
            return _pack(args, engine, period, settings.documents_dir)
        report = make_report(
            engine,
            kind,
            period,
            by=Grouping(args.by or Grouping.MONTH.value),
            sites=args.site,
            stations=args.station,
        )
    finally:
        engine.dispose()
    wanted = args.publish if args.publish is not None else args.format in PUBLISHED_BY_DEFAULT
    _write(args, publish(report) if wanted else report, settings.documents_dir)
    return 0


def _write(args: argparse.Namespace, report: Report, texts: Path | None) -> None:
    if args.format == "pdf":
        target = args.output or _default_name(f"report-{report.kind.value}", report.period, ".pdf")
        write_pdf(report, target, texts)
        if args.output is None:
            print(target)
        return
    if args.format == "xlsx":
        from desk.services.reports.xlsx import write_xlsx  # noqa: PLC0415  (openpyxl: lazily)

        name = f"report-{report.kind.value}"
        target = args.output or _default_name(name, report.period, ".xlsx")
        write_xlsx(report, target, made_at=datetime.now(UTC))
        if args.output is None:
            print(target)
        return
    text = {"table": as_text, "csv": as_csv, "json": as_json}[args.format](report)
    if args.output is None:
        sys.stdout.write(text)
        return
    encoding = CSV_ENCODING if args.format == "csv" else "utf-8"
    with args.output.open("w", encoding=encoding, newline="") as target_file:
        target_file.write(text)


def _document_texts(texts: Path | None) -> DocumentTexts:
    """The documents' wording (the council's name in the header), with the fonts ready."""
    from desk import fonts  # noqa: PLC0415  (the document machinery: only for a PDF)
    from printing.documents import DocumentTextsError, load_texts  # noqa: PLC0415

    fonts.use_for_documents()
    try:
        return load_texts(texts) if texts is not None else load_texts()
    except DocumentTextsError as error:
        raise ReportError(f"the PDF cannot be made: {error}") from error


def write_pdf(report: Report, target: Path, texts: Path | None) -> None:
    """One report as a PDF, laid out as its section of the pack."""
    from desk.services.reports.pack import write_report_pdf  # noqa: PLC0415

    write_report_pdf(report, target, texts=_document_texts(texts))


def _pack(args: argparse.Namespace, engine: Engine, period: Period, texts: Path | None) -> int:
    from desk.services.reports.pack import make_pack  # noqa: PLC0415

    target = args.output or _default_name("report-pack", period, ".pdf")
    document_texts = _document_texts(texts)
    made = make_pack(
        engine,
        period,
        target,
        by=Grouping(args.by) if args.by else None,
        sites=args.site,
        stations=args.station,
        texts=document_texts,
    )
    if args.output is None:
        print(made.path)
    return 0
