"""Figures on paper: bar and line charts (reportlab graphics) and tables of numbers, in the
documents' fonts and colours, for reports.

Charts and tables are given plain labels and values; a value of None is not drawn (a bar left
out, a gap in a line), so that whoever composes a document decides what may be plotted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printing.documents.layout import (
    ACCENT,
    BOLD,
    CONTENT_WIDTH,
    INK,
    REGULAR,
    RULE,
    SHADE,
    Styles,
    styles,
    text,
)

PALETTE = tuple(
    colors.HexColor(value)
    for value in ("#0b4f6c", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f7f7f")
)
"""Series colours: the documents' accent, then the Okabe-Ito colours (told apart with any
colour vision), grey last."""

CHART_HEIGHT = 62 * mm
_FONT_SIZE = 9
_LEGEND_FONT_SIZE = 10
_LEGEND_ROW = 5 * mm
_AXIS_ROOM = 12 * mm


@dataclass(frozen=True)
class Series:
    """One series of a chart: its name (for the legend) and a value per category (None: not
    drawn)."""

    name: str
    values: tuple[float | None, ...]


def nice_step(largest: float, *, ticks: int = 5, least: float = 5) -> float:
    """A step for a value axis from 0 to `largest` in about `ticks` steps: 1, 2 or 5 times a
    power of ten, and never below `least` (counts under 5 are withheld: no tick needs them)."""
    if largest <= 0:
        return least
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return float(max(step, least))


def _axis_label(value: float) -> str:
    return f"{value:,.0f}"


def _largest(series: Sequence[Series], *, stacked: bool) -> float:
    if not series:
        return 0.0
    if stacked:
        count = len(series[0].values)
        sums = [sum(s.values[i] or 0 for s in series) for i in range(count)]
        return max(sums, default=0.0)
    return max((v for s in series for v in s.values if v is not None), default=0.0)


def _thinned(categories: Sequence[str], room: float) -> list[str]:
    """Category labels, every n-th kept when there are too many to read side by side in
    `room` points."""
    if not categories:
        return []
    widest = max(stringWidth(label, REGULAR, _FONT_SIZE) for label in categories) + 6
    slot = room / len(categories)
    every = max(1, math.ceil(widest / slot))
    return [label if i % every == 0 else "" for i, label in enumerate(categories)]


def _per_row(series: Sequence[Series], width: float) -> int:
    """How many legend entries fit on one line."""
    longest = max((len(s.name) for s in series), default=10)
    return max(1, int(width // (longest * 0.55 * _LEGEND_FONT_SIZE + 24)))


def _legend(drawing: Drawing, series: Sequence[Series], width: float, top: float) -> None:
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = _LEGEND_FONT_SIZE
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.x = 0
    legend.y = top
    legend.dx = legend.dy = 8
    legend.deltax = 0
    legend.deltay = _LEGEND_ROW
    legend.dxTextSpace = 4
    legend.columnMaximum = math.ceil(len(series) / _per_row(series, width))
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], s.name) for i, s in enumerate(series)]
    legend.strokeColor = None
    drawing.add(legend)


def _legend_height(series: Sequence[Series], width: float) -> float:
    if len(series) < 2:
        return 0.0
    return float(math.ceil(len(series) / _per_row(series, width)) * _LEGEND_ROW + 3 * mm)


def _style_axes(
    chart: Any, categories: Sequence[str], largest: float, *, thin: bool = True
) -> None:
    step = nice_step(largest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, math.ceil(largest / step) * step)
    chart.valueAxis.labelTextFormat = _axis_label
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = _FONT_SIZE
    chart.valueAxis.labels.fillColor = INK
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3e6")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.categoryAxis.categoryNames = (
        _thinned(categories, chart.width) if thin else list(categories)
    )
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = _FONT_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE


def _caption(drawing: Drawing, caption: str, y: float) -> None:
    if caption:
        drawing.add(String(0, y, caption, fontName=BOLD, fontSize=_FONT_SIZE + 1, fillColor=INK))


NOTHING_TO_PLOT = "Nothing to plot: the figures here are withheld or zero."


def _nothing_to_plot(caption: str, width: float) -> Drawing:
    drawing = Drawing(width, 16 * mm)
    _caption(drawing, caption, 10 * mm)
    drawing.add(String(0, 3 * mm, NOTHING_TO_PLOT, fontName=REGULAR, fontSize=11, fillColor=INK))
    return drawing


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    stacked: bool = False,
    horizontal: bool = False,
    caption: str = "",
    width: float = CONTENT_WIDTH,
    height: float = CHART_HEIGHT,
) -> Drawing:
    """Bars per category, one colour per series (stacked, or side by side), with a legend
    under the chart when there is more than one series. Horizontal bars suit long labels.
    When nothing but zeros would be drawn because the other values are None, a line says so
    instead."""
    styles()  # the fonts, registered
    values = [v for s in series for v in s.values]
    if not any(values) and None in values:
        return _nothing_to_plot(caption, width)
    legend = _legend_height(series, width)
    top_room = 10 * mm if caption else 3 * mm
    drawing = Drawing(width, height + legend)
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    longest_label = max((len(c) for c in categories), default=0)
    left = min(70 * mm, 8 + longest_label * _FONT_SIZE * 0.55) if horizontal else _AXIS_ROOM
    chart.x = left
    chart.y = legend + (8 * mm if horizontal else _AXIS_ROOM)
    chart.width = width - left - 4 * mm
    chart.height = height - (chart.y - legend) - top_room
    chart.data = [list(s.values) for s in series] or [[None] * len(categories)]
    _style_axes(chart, categories, _largest(series, stacked=stacked), thin=not horizontal)
    if stacked:
        chart.categoryAxis.style = "stacked"
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.reverseDirection = True  # the first category at the top
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, series, width, legend - 1 * mm)
    _caption(drawing, caption, height + legend - 4 * mm)
    return drawing


def _has_lone_value(values: Sequence[float | None]) -> bool:
    padded = [None, *values, None]
    return any(
        padded[i] is not None and padded[i - 1] is None and padded[i + 1] is None
        for i in range(1, len(padded) - 1)
    )


def line_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    caption: str = "",
    width: float = CONTENT_WIDTH,
    height: float = CHART_HEIGHT,
) -> Drawing:
    """A line per series across the categories, with a marker on every value; a None leaves a
    gap in the line. A series with no value at all is left out (its legend too)."""
    styles()
    series = [s for s in series if any(v is not None for v in s.values)]
    if not series:
        return _nothing_to_plot(caption, width)
    legend = _legend_height(series, width)
    top_room = 10 * mm if caption else 3 * mm
    drawing = Drawing(width, height + legend)
    chart = HorizontalLineChart()
    chart.x = _AXIS_ROOM
    chart.y = legend + _AXIS_ROOM
    chart.width = width - _AXIS_ROOM - 4 * mm
    chart.height = height - _AXIS_ROOM - top_room
    chart.data = [list(s.values) for s in series] or [[None] * len(categories)]
    _style_axes(chart, categories, _largest(series, stacked=False))
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    # A value with no neighbour would be a line of one point, which reportlab cannot draw:
    # then every series is drawn as markers alone.
    chart.joinedLines = 0 if any(_has_lone_value(s.values) for s in series) else 1
    from reportlab.graphics.widgets.markers import makeMarker  # noqa: PLC0415

    for index in range(len(series)):
        chart.lines[index].strokeColor = PALETTE[index % len(PALETTE)]
        chart.lines[index].strokeWidth = 2
        chart.lines[index].symbol = makeMarker("FilledCircle", size=4)
        chart.lines[index].symbol.fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, series, width, legend - 1 * mm)
    _caption(drawing, caption, height + legend - 4 * mm)
    return drawing


def _table_styles(st: Styles) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    cell = ParagraphStyle("figure", parent=st.small, fontSize=11, leading=14, spaceAfter=0)
    head = ParagraphStyle("figure-head", parent=cell, fontName=BOLD, alignment=2)
    label = ParagraphStyle("figure-label", parent=cell)
    return cell, head, label


MIN_LABEL_WIDTH = 45 * mm
MAX_LABEL_WIDTH = 75 * mm
MIN_NUMBER_WIDTH = 15 * mm
MAX_NUMBER_WIDTH = 26 * mm


def _label_width(labels: Sequence[str], columns: int) -> float:
    """Room for the longest label on one line, within bounds, and narrower (the labels
    wrapping) where that keeps every column in one table."""
    longest = max((stringWidth(label, REGULAR, 11) for label in labels), default=0.0)
    wanted = min(MAX_LABEL_WIDTH, max(MIN_LABEL_WIDTH, longest + 8))
    if columns * MIN_NUMBER_WIDTH <= CONTENT_WIDTH - MIN_LABEL_WIDTH:
        wanted = min(wanted, CONTENT_WIDTH - columns * MIN_NUMBER_WIDTH)
    return float(wanted)


def _parts(columns: int, label_width: float) -> tuple[int, float]:
    """How many columns to a part, and how wide each is: as few parts as fit the page, the
    columns shared out evenly between them."""
    room = CONTENT_WIDTH - label_width
    most = max(1, int(room // MIN_NUMBER_WIDTH))
    parts = max(1, math.ceil(columns / most))
    per_part = max(1, math.ceil(columns / parts))
    return per_part, min(MAX_NUMBER_WIDTH, room / per_part)


def _lines(value: str) -> str:
    return "<br/>".join(text(line) for line in value.split("\n"))


def figures_table(
    corner: str,
    headings: Sequence[str],
    rows: Sequence[tuple[str, Sequence[str]]],
    *,
    bold_last_row: bool = False,
    st: Styles | None = None,
) -> list[Flowable]:
    """A table of figures (plain text, not markup) under column headings (a heading's line
    breaks kept), a label before each row: split into several tables, the labels repeated,
    when the columns do not fit the page's width. Its rows split across pages with the
    headings repeated."""
    st = st or styles()
    _cell, head, label = _table_styles(st)
    label_width = _label_width([row_label for row_label, _values in rows], len(headings))
    per_part, width = _parts(len(headings), label_width)
    parts: list[Flowable] = []
    for start in range(0, max(1, len(headings)), per_part):
        columns = range(start, min(len(headings), start + per_part))
        data: list[list[Any]] = [
            [Paragraph(text(corner), ParagraphStyle("c", parent=head, alignment=0))]
            + [Paragraph(_lines(headings[c]), head) for c in columns]
        ]
        for row_label, values in rows:
            data.append([Paragraph(text(row_label), label)] + [values[c] for c in columns])
        table = Table(
            data,
            colWidths=[label_width] + [width] * len(columns),
            hAlign="LEFT",
            repeatRows=1,
        )
        commands: list[tuple[Any, ...]] = [
            ("FONT", (1, 1), (-1, -1), REGULAR, 11, 14),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if bold_last_row and rows:
            commands += [
                ("FONT", (1, -1), (-1, -1), BOLD, 11, 14),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
            ]
        table.setStyle(TableStyle(commands))
        parts.append(table)
        parts.append(Spacer(1, 2 * mm))
    return parts[:-1]


def note_box(heading: str, paragraphs: Sequence[str], st: Styles | None = None) -> Table:
    """A shaded box: a bold heading and short paragraphs (markup already escaped)."""
    st = st or styles()
    rows: list[list[Any]] = [[Paragraph(text(heading), st.strong)]]
    rows.extend([Paragraph(each, st.small)] for each in paragraphs)
    box = Table(rows, colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -2), 1),
            ]
        )
    )
    return box
