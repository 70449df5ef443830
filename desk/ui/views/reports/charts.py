"""A report's table as a Qt chart: counts as stacked bars (or side by side where a row's columns
overlap), measures and amounts side by side. Drawn from the service's plain tables."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import QApplication, QSizePolicy

from desk.services.reports import Table, TableKind
from desk.services.reports.tables import Cell
from desk.ui.views.reports.labels import TableLabels

# Each at least 3:1 against the chart's background (WCAG 1.4.11, graphics): on white, Okabe and
# Ito's colours for colour vision deficiencies, the light ones darkened; on black, the
# high-contrast theme's bright ones.
SERIES_COLOURS = {
    "standard": (
        "#0072b2",
        "#d55e00",
        "#009e73",
        "#cc79a7",
        "#4c2c92",
        "#a35a00",
        "#0b0c0c",
        "#6f72af",
        "#c2185b",
        "#6f777b",
    ),
    "high-contrast": (
        "#ffff00",
        "#00ffff",
        "#ff66ff",
        "#66ff66",
        "#ffffff",
        "#ff9933",
        "#99ccff",
        "#ffcccc",
        "#ccff99",
        "#cc99ff",
    ),
}
INK = {
    "standard": ("#0b0c0c", "#ffffff", "#b1b4b6"),
    "high-contrast": ("#ffffff", "#000000", "#ffffff"),
}
"""Text, background and grid lines of a chart, by theme."""

MOST_BARS = 400
"""More bars than this (days over a year, by many columns) draw as totals only."""


def chart_columns(table: Table) -> list[str]:
    """The columns a chart draws: a measures table's measures (its counts are in the figures),
    every column of the others."""
    if table.kind is TableKind.MEASURES and table.based_on:
        return [c for c in table.columns if c in table.based_on]
    return list(table.columns)


def _number(value: Cell) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _scale(axis: QValueAxis, top: float, *, whole: bool) -> None:
    """From 0 to a round number above `top`; counts in whole steps."""
    if whole and top <= 8:
        steps = max(1, math.ceil(top))
        axis.setRange(0, steps)
        axis.setTickCount(steps + 1)
        axis.setLabelFormat("%d")
        return
    axis.setRange(0, max(top * 1.05, 1.0))
    axis.applyNiceNumbers()
    axis.setLabelFormat("%d" if whole else "%.1f")


class ReportChart(QChartView):
    """The chart of one table of a report, in the theme's colours, at the text size."""

    def __init__(self, theme: str) -> None:
        super().__init__()
        self._theme = theme if theme in SERIES_COLOURS else "standard"
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the figures are what the keyboard reads
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 14)
        chart = QChart()
        ink, paper, _grid = (QColor(c) for c in INK[self._theme])
        chart.setBackgroundBrush(paper)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitleBrush(ink)
        legend = chart.legend()
        legend.setLabelColor(ink)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)  # one chart for the view's life: each table redraws it
        self._chart = chart
        self._table: Table | None = None
        self._labels: TableLabels | None = None
        self.show_table(None)

    def showEvent(self, event: QShowEvent) -> None:
        """Drawn again when shown: a chart drawn while hidden (behind the figures) is laid out
        for the room it has now."""
        super().showEvent(event)
        self.show_table(self._table, self._labels)

    def show_table(self, table: Table | None, labels: TableLabels | None = None) -> None:
        """Draw `table` (nothing for None) with its labels."""
        self._table = table
        self._labels = labels
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        ink, _paper, grid = (QColor(c) for c in INK[self._theme])
        font = QFont(QApplication.font())  # the text size chosen
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.8)
        chart.setTitleFont(font)
        chart.legend().setFont(small)
        if table is not None and labels is not None and table.rows:
            chart.setTitle(labels.title)
            chart.legend().show()
            self._draw(chart, table, labels, (ink, grid), small)
            self.setAccessibleName(labels.title)
        else:
            chart.setTitle("")
            chart.legend().hide()
            self.setAccessibleName("")

    def _draw(
        self,
        chart: QChart,
        table: Table,
        labels: TableLabels,
        colours_of: tuple[QColor, QColor],
        font: QFont,
    ) -> None:
        ink, grid = colours_of
        columns = chart_columns(table)
        indexes = [table.columns.index(c) for c in columns]
        names = [labels.column(table, c) for c in columns]
        if len(table.rows) * len(columns) > MOST_BARS and table.row_totals:
            columns, indexes, names = ["total"], [], [labels.total]
        stacked = table.kind is TableKind.COUNTS and table.row_totals
        # Every part is made with its parent, so that Qt, not Python's collector, owns it.
        series: QAbstractBarSeries = QStackedBarSeries(chart) if stacked else QBarSeries(chart)
        colours = SERIES_COLOURS[self._theme]
        top = 0.0
        for n in range(len(columns)):
            bars = QBarSet(names[n], series)
            if indexes:
                values = [_number(row.values[indexes[n]]) for row in table.rows]
            else:
                values = [_number(row.total) for row in table.rows]
            bars.append(values)
            bars.setColor(QColor(colours[n % len(colours)]))
            bars.setBorderColor(QColor(colours[n % len(colours)]))
            series.append(bars)
            top = max(top, *values) if values else top
        if stacked:
            top = max((_number(row.total) for row in table.rows), default=0.0)
        chart.addSeries(series)
        categories = QBarCategoryAxis(chart)
        categories.append(list(labels.rows))
        values_axis = QValueAxis(chart)
        _scale(values_axis, top, whole=table.kind is not TableKind.MEASURES)
        for axis, where in (
            (categories, Qt.AlignmentFlag.AlignBottom),
            (values_axis, Qt.AlignmentFlag.AlignLeft),
        ):
            axis.setLabelsFont(font)
            axis.setLabelsBrush(ink)
            axis.setLinePen(QPen(ink))
            axis.setGridLineColor(grid)
            chart.addAxis(axis, where)
            series.attachAxis(axis)
        # Labels that do not fit side by side stand on end; too many even for that, and the
        # axis says what it runs from and to (the figures have every row).
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(label) for label in labels.rows)
        room = (self.width() or 800) * 0.8 / len(table.rows)
        if widest > room and metrics.height() * 1.5 <= room:
            categories.setLabelsAngle(-90)
        elif widest > room:
            categories.setLabelsVisible(False)
            categories.setTitleFont(font)
            categories.setTitleBrush(ink)
            categories.setTitleText(
                QCoreApplication.translate("ReportChart", "{first} to {last}").format(
                    first=labels.rows[0], last=labels.rows[-1]
                )
            )
