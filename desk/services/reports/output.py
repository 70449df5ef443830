"""A report as text for a terminal, as CSV (one figure a line, for BI tools and spreadsheets) and
as JSON. CSV goes through the formula-neutralising writer, as every CSV the project writes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from desk.domain import csvcells
from desk.services.reports.tables import Cell, Report, Table

TOTAL = "total"
CSV_HEADER = ("report", "table", "row_heading", "row", "column", "value")
CSV_ENCODING = "utf-8-sig"
"""A CSV file starts with a byte-order mark, so that Excel reads it as UTF-8."""


def _shown(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _about(report: Report) -> list[str]:
    sites = ", ".join(report.sites) or "every site"
    stations = ", ".join(report.stations) or "every station"
    lines = [
        report.title,
        f"{report.period.first.isoformat()} to {report.period.last.isoformat()} "
        f"(local dates, {report.period.zone.key}), by {report.by.value}; {sites}; {stations}",
    ]
    lines.extend(report.notes)
    return lines


def _text_table(table: Table) -> list[str]:
    header = [table.row_heading, *table.columns]
    if table.row_totals:
        header.append(TOTAL)
    body = []
    for row in table.rows:
        cells = [row.label, *(_shown(v) for v in row.values)]
        if table.row_totals:
            cells.append(_shown(row.total))
        body.append(cells)
    if table.rows:
        totals = [TOTAL, *(_shown(v) for v in table.totals)]
        if table.row_totals:
            totals.append(_shown(table.grand_total))
        body.append(totals)
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    return [table.title, line(header), *(line(cells) for cells in body)]


def as_text(report: Report) -> str:
    """The report as aligned tables for a terminal."""
    blocks = ["\n".join(_about(report))]
    blocks.extend("\n".join(_text_table(table)) for table in report.tables)
    return "\n\n".join(blocks) + "\n"


def csv_rows(report: Report) -> list[tuple[str, ...]]:
    """One line per figure (totals included, as row or column `total`), after a header."""
    lines: list[tuple[str, ...]] = [CSV_HEADER]
    kind = report.kind.value
    for table in report.tables:
        for row in table.rows:
            for column, value in zip(table.columns, row.values, strict=True):
                lines.append((kind, table.key, table.row_heading, row.label, column, _shown(value)))
            if table.row_totals:
                lines.append(
                    (kind, table.key, table.row_heading, row.label, TOTAL, _shown(row.total))
                )
        for column, value in zip(table.columns, table.totals, strict=True):
            lines.append((kind, table.key, table.row_heading, TOTAL, column, _shown(value)))
        if table.row_totals:
            lines.append(
                (kind, table.key, table.row_heading, TOTAL, TOTAL, _shown(table.grand_total))
            )
    return lines


def as_csv(report: Report) -> str:
    """The report as CSV (see `csv_rows`)."""
    buffer = io.StringIO()
    csvcells.writer(buffer, lineterminator="\n").writerows(csv_rows(report))
    return buffer.getvalue()


def write_csv(report: Report, path: Path) -> None:
    """Write the report to a CSV file (see `csv_rows`), as `desk report --format csv` does."""
    with path.open("w", encoding=CSV_ENCODING, newline="") as target:
        target.write(as_csv(report))


def as_data(report: Report) -> dict[str, Any]:
    """The report as plain data, for JSON."""
    return {
        "report": report.kind.value,
        "title": report.title,
        "from": report.period.first.isoformat(),
        "to": report.period.last.isoformat(),
        "time_zone": report.period.zone.key,
        "by": report.by.value,
        "sites": list(report.sites),
        "stations": list(report.stations),
        "published": report.published,
        "notes": list(report.notes),
        "tables": [
            {
                "key": table.key,
                "title": table.title,
                "kind": table.kind.value,
                "row_heading": table.row_heading,
                "columns": list(table.columns),
                "rows": [
                    {"label": row.label, "values": list(row.values), "total": row.total}
                    for row in table.rows
                ],
                "totals": list(table.totals),
                "grand_total": table.grand_total,
                "row_totals": table.row_totals,
            }
            for table in report.tables
        ],
    }


def as_json(report: Report) -> str:
    """The report as JSON (see `as_data`)."""
    return json.dumps(as_data(report), indent=2) + "\n"
