"""What a report is: plain frozen tables of figures, with their totals, and how they are built."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desk.services.reports.periods import Grouping, Period

Cell = int | float | str | None
"""A figure: a count, a measure (minutes), None where there is nothing to measure, or, once
published, "<5" (a small count withheld) or "*" (withheld so that the totals do not give a
small count away)."""

SMALL = "<5"
WITHHELD = "*"
NOT_RECORDED = "not_recorded"


class ReportKind(StrEnum):
    """The reports `desk report` makes."""

    FOOTFALL = "footfall"
    WAITS = "waits"
    SERVICES = "services"
    CHANNEL_SHIFT = "channel-shift"
    NEEDS = "needs"
    WORK = "work"
    LOANS = "loans"


class TableKind(StrEnum):
    """What a table's figures are (see `Table`)."""

    COUNTS = "counts"
    MEASURES = "measures"
    AMOUNTS = "amounts"


@dataclass(frozen=True)
class Row:
    """One row: its label, a figure per column, and its total when the columns add up."""

    label: str
    values: tuple[Cell, ...]
    total: Cell = None


@dataclass(frozen=True)
class Table:
    """A table of figures: rows (periods, sites…) by columns (categories).

    A COUNTS table counts visits, tasks or events; every column has a total, and when
    `row_totals` its columns are exclusive (each thing counted once in a row, so a row's total
    is the sum of its cells). A MEASURES table (waits) has count columns and measure columns:
    `based_on` names, for each measure, the count column of the visits it was measured on (a
    measure on fewer than 5 visits is withheld when published); its totals row holds the
    count columns' sums and the measures over every row together. An AMOUNTS table (pages,
    sheets) counts no people or events and is never suppressed.
    """

    key: str
    title: str
    row_heading: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    totals: tuple[Cell, ...]
    grand_total: Cell = None
    row_totals: bool = True
    kind: TableKind = field(default_factory=lambda: TableKind.COUNTS)
    based_on: Mapping[str, str] = field(default_factory=dict)

    def column(self, name: str) -> list[Cell]:
        """The figures of one column, row by row."""
        index = self.columns.index(name)
        return [row.values[index] for row in self.rows]

    def cell(self, row_label: str, column: str) -> Cell:
        """One figure, by its row's label and its column."""
        index = self.columns.index(column)
        return next(row.values[index] for row in self.rows if row.label == row_label)


@dataclass(frozen=True)
class Report:
    """One report: what it covers and its tables."""

    kind: ReportKind
    title: str
    period: Period
    by: Grouping
    sites: tuple[str, ...]
    stations: tuple[str, ...]
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = ()
    published: bool = False
    site_names: Mapping[str, str] = field(default_factory=dict)
    """Every site's name by its code, for labels ("Woolwich Centre" for `woolwich`)."""

    def table(self, key: str) -> Table:
        """The table with this key."""
        return next(t for t in self.tables if t.key == key)


def crosstab(  # noqa: PLR0917  (what a table is: its key, title, rows, columns, counts)
    key: str,
    title: str,
    row_heading: str,
    row_labels: Sequence[str],
    columns: Sequence[str],
    counts: Mapping[tuple[str, str], int],
    *,
    row_totals: bool = True,
    kind: TableKind = TableKind.COUNTS,
) -> Table:
    """A table of `counts[(row, column)]` (missing pairs are 0), with its totals."""
    rows = []
    for label in row_labels:
        values = tuple(int(counts.get((label, column), 0)) for column in columns)
        rows.append(Row(label, values, sum(values) if row_totals else None))
    totals = tuple(sum(int(r.values[i] or 0) for r in rows) for i in range(len(columns)))
    return Table(
        key=key,
        title=title,
        row_heading=row_heading,
        columns=tuple(columns),
        rows=tuple(rows),
        totals=totals,
        grand_total=sum(totals) if row_totals else None,
        row_totals=row_totals,
        kind=kind,
    )


def categories(known: Iterable[str], seen: Iterable[str | None]) -> list[str]:
    """Columns for a category: the known values in their order, any others seen (sorted), and
    `not_recorded` if some rows had none."""
    known_list = list(known)
    seen_set = set(seen)
    extra = sorted(
        str(s) for s in seen_set if s not in {None, NOT_RECORDED} and s not in known_list
    )
    tail = [NOT_RECORDED] if None in seen_set or NOT_RECORDED in seen_set else []
    return [*known_list, *extra, *tail]


def percentile(values: Sequence[float], share: float) -> float | None:
    """The `share` percentile by linear interpolation between ranks (as PostgreSQL's
    percentile_cont): the median of 1, 2 is 1.5. None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def minutes(seconds: float | None) -> float | None:
    """Seconds as minutes, to one decimal place."""
    return None if seconds is None else round(seconds / 60.0, 1)
