"""A report's table as the figures a screen reader reads: a read-only table view with a header
for the rows and columns, and the totals as the last row and column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desk.services.reports import Table
from desk.services.reports.tables import Cell
from desk.ui.views.reports.labels import TableLabels


def shown(value: Cell) -> str:
    """A figure as the CSV and the terminal show it: minutes to one decimal place, nothing for
    nothing measured, "<5" and "*" as published."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


class FiguresTable(QTableView):
    """The figures of one table; arrow keys move through them, Tab moves on."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures = QStandardItemModel(self)
        self.setModel(self.figures)

    def show_table(self, table: Table | None, labels: TableLabels | None = None) -> None:
        """Show `table`'s figures (none for None), its rows and columns named by `labels`."""
        self.figures.clear()
        if table is None or labels is None:
            return
        total = labels.total
        columns = list(labels.columns)
        if table.row_totals:
            columns.append(total)
        self.figures.setHorizontalHeaderLabels(columns)
        for row in table.rows:
            cells = list(row.values) + ([row.total] if table.row_totals else [])
            self.figures.appendRow([self._item(v) for v in cells])
        rows = list(labels.rows)
        if table.rows:
            cells = list(table.totals) + ([table.grand_total] if table.row_totals else [])
            self.figures.appendRow([self._item(v) for v in cells])
            rows.append(total)
        self.figures.setVerticalHeaderLabels(rows)
        self.setCurrentIndex(self.figures.index(0, 0))

    @staticmethod
    def _item(value: Cell) -> QStandardItem:
        item = QStandardItem(shown(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def cell_text(self, row: int, column: int) -> str:
        """The text of one figure, as a screen reader reads it."""
        return str(self.figures.data(self.figures.index(row, column)))

    def row_header(self, row: int) -> str:
        """A row's label (a period, a site), as a screen reader reads it."""
        return str(self.figures.headerData(row, Qt.Orientation.Vertical))

    def column_header(self, column: int) -> str:
        """A column's name, as a screen reader reads it."""
        return str(self.figures.headerData(column, Qt.Orientation.Horizontal))
