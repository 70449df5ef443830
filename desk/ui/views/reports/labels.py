"""A report's labels on the screen: the PDF's wording (desk.services.reports.labels: sites by
name, months as "Jun 2026"), in the station's language (the "reports" context)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desk.services.reports import Report, Table
from desk.services.reports import labels as wording

CONTEXT = "reports"
"""The translation context of the reports' titles and headings (see `wording.catalogue`)."""


def translated(english: str) -> str:
    """A report's title or heading in the station's language; unknown text as it is."""
    return QCoreApplication.translate(CONTEXT, english)


@dataclass(frozen=True)
class TableLabels:
    """What a table's chart and figures are called: its title, a label per row and column,
    and the name of its totals."""

    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    total: str

    def column(self, table: Table, code: str) -> str:
        """The label of the column `code` of `table`."""
        return self.columns[table.columns.index(code)]


def table_labels(table: Table, report: Report) -> TableLabels:
    """The labels of one of the report's tables, as the PDF words them, translated."""
    return TableLabels(
        title=wording.table_title(table, report, translated),
        rows=tuple(
            wording.row_label(table, report, row.label, translate=translated) for row in table.rows
        ),
        columns=tuple(
            wording.column_label(table, report, column, translated) for column in table.columns
        ),
        total=wording.total_label(table, translated),
    )


def report_title(report: Report) -> str:
    """The report's title, translated."""
    return translated(report.title)
