"""A report as an Excel workbook: an "About" sheet, then one sheet per table.

Each table's sheet has its title in the first row, a header row under it, and a row per period
(or site) with the totals last. Figures are numbers (a measure with one decimal place); a
withheld figure is the text "<5" or "*", and a figure with nothing to measure is empty. Every
text cell goes through the CSV writer's rule (desk.domain.csvcells): text that a spreadsheet
would take for a formula starts with a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk.domain import csvcells
from desk.services.reports.method import how_made
from desk.services.reports.output import TOTAL
from desk.services.reports.tables import Cell, Report, Table

ABOUT = "About"
TITLE_ROW = 1
HEADER_ROW = 2
FIRST_DATA_ROW = 3
INTEGER_FORMAT = "#,##0"
MEASURE_FORMAT = "0.0"
_MAX_SHEET_NAME = 31
_BAD_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")
_MIN_WIDTH, _MAX_WIDTH = 8, 60


def _value(cell: Cell | str) -> object:
    """What goes in a worksheet cell: numbers as they are, text made safe."""
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int | float) or cell is None:
        return cell
    return csvcells.neutralise_cell(str(cell))


def sheet_names(report: Report) -> list[str]:
    """A sheet name for each table, in order: its key, made valid and unique for Excel."""
    used = {ABOUT.casefold()}
    names: list[str] = []
    for table in report.tables:
        base = _BAD_SHEET_CHARACTERS.sub("_", table.key).strip("'")[:_MAX_SHEET_NAME] or "table"
        name, number = base, 2
        while name.casefold() in used:
            suffix = f"_{number}"
            name = base[: _MAX_SHEET_NAME - len(suffix)] + suffix
            number += 1
        used.add(name.casefold())
        names.append(name)
    return names


def _widths(sheet: Worksheet, columns: int, rows: Sequence[Sequence[object]]) -> None:
    for index in range(columns):
        longest = max(
            (len(_shown(row[index])) for row in rows if index < len(row)), default=_MIN_WIDTH
        )
        width = min(_MAX_WIDTH, max(_MIN_WIDTH, longest + 2))
        sheet.column_dimensions[get_column_letter(index + 1)].width = width


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _table_sheet(sheet: Worksheet, table: Table) -> None:
    header: list[Cell] = [table.row_heading, *table.columns]
    if table.row_totals:
        header.append(TOTAL)
    body: list[list[Cell]] = []
    for row in table.rows:
        body.append([row.label, *row.values, *([row.total] if table.row_totals else [])])
    if table.rows:
        totals = [TOTAL, *table.totals]
        if table.row_totals:
            totals.append(table.grand_total)
        body.append(totals)
    sheet.cell(TITLE_ROW, 1, _value(table.title)).font = Font(bold=True, size=13)
    for column, name in enumerate(header, start=1):
        cell = sheet.cell(HEADER_ROW, column, _value(name))
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="left" if column == 1 else "right")
    for offset, cells in enumerate(body):
        row_number = FIRST_DATA_ROW + offset
        for column, figure in enumerate(cells, start=1):
            cell = sheet.cell(row_number, column, _value(figure))
            if isinstance(figure, float):
                cell.number_format = MEASURE_FORMAT
            elif isinstance(figure, int):
                cell.number_format = INTEGER_FORMAT
            if column > 1:
                cell.alignment = Alignment(horizontal="right")
        if table.rows and offset == len(body) - 1:
            for column in range(1, len(cells) + 1):
                sheet.cell(row_number, column).font = Font(bold=True)
    sheet.freeze_panes = sheet.cell(FIRST_DATA_ROW, 2)
    _widths(sheet, len(header), [header, *body])


def _about_sheet(sheet: Worksheet, report: Report, names: Sequence[str], made_at: datetime) -> None:
    sites = ", ".join(report.sites) or "every site"
    stations = ", ".join(report.stations) or "every station"
    zone = report.period.zone.key
    rows: list[tuple[str, str]] = [
        ("Report", report.title),
        ("From", report.period.first.isoformat()),
        ("To", report.period.last.isoformat()),
        ("Time zone", f"{zone} (dates are local and both included)"),
        ("Each row", report.by.value),
        ("Sites", sites),
        ("Stations", stations),
        ("Made", made_at.astimezone(report.period.zone).strftime("%Y-%m-%d %H:%M")),
        ("Published", "yes: small numbers withheld" if report.published else "no"),
    ]
    rows.extend(("Note", note) for note in report.notes)
    rows.extend(how_made(published=report.published))
    rows.extend(
        (f"Sheet {name}", table.title) for name, table in zip(names, report.tables, strict=True)
    )
    sheet.cell(1, 1, _value(report.title)).font = Font(bold=True, size=14)
    for offset, (label, value) in enumerate(rows, start=3):
        sheet.cell(offset, 1, _value(label)).font = Font(bold=True)
        cell = sheet.cell(offset, 2, _value(value))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(offset, 1).alignment = Alignment(vertical="top")
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 100


def write_xlsx(report: Report, target: Path | IO[bytes], *, made_at: datetime) -> None:
    """Write the report as a workbook (see the module's notes)."""
    book = Workbook()
    about = book.active
    assert about is not None  # a new workbook has its first sheet
    about.title = ABOUT
    names = sheet_names(report)
    _about_sheet(about, report, names, made_at)
    for name, table in zip(names, report.tables, strict=True):
        _table_sheet(book.create_sheet(name), table)
    book.properties.title = report.title
    book.properties.creator = "Station Desk"
    book.save(target)
