"""Publishable figures: small counts withheld so that no one can be singled out.

The rule (as the ONS and NHS Digital publish): a count of 1 to 4 is shown as "<5" (primary
suppression; 0 is shown). Then, so that no withheld count can be worked out by subtracting the
figures shown from a row's or a column's total, more cells are withheld ("*": secondary
suppression) until every withheld cell can take more than one value given everything shown.

How: a table with its totals is a set of equations (each row's cells add up to the row's total,
each column's to the column's total, the totals to the grand total). Write it as a graph with a
node per row and per column and an edge per cell: a withheld cell can be worked out exactly
when its edge is a bridge among the withheld edges (on no cycle of them); on a cycle, adding
1 and taking 1 in turn round the cycle keeps every total, so the cell could be other values.
A row or column without a published total is no equation: its nodes are merged into one free
node. Each bridge is closed into a cycle along the cheapest path of cells (the smallest counts,
avoiding zeros and totals where it can), and that is repeated until no bridge is left.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from desk.services.reports.tables import SMALL, WITHHELD, Cell, Report, Row, Table, TableKind

THRESHOLD = 5
"""Counts from 1 to THRESHOLD - 1 are withheld."""

Position = tuple[int, int]
"""A cell of the grid: (row, column); the totals are the row and column after the last."""

_FREE = ("free",)
_ZERO_COST = 1_000_000
_TOTAL_COST = 1_000


def is_small(value: int) -> bool:
    """A count that must not be published."""
    return 0 < value < THRESHOLD


@dataclass(frozen=True)
class Suppressed:
    """Which cells of a grid (totals included) are withheld, and why."""

    primary: frozenset[Position]
    secondary: frozenset[Position]

    @property
    def cells(self) -> frozenset[Position]:
        """Every withheld cell."""
        return self.primary | self.secondary


def grid_with_totals(
    values: Sequence[Sequence[int]], *, row_totals: bool = True
) -> dict[Position, int]:
    """The grid's cells and its totals as published: row totals in column `len(cols)` (when
    the rows add up), column totals in row `len(rows)`, the grand total at their corner."""
    n_rows = len(values)
    n_cols = len(values[0]) if values else 0
    grid: dict[Position, int] = {}
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            grid[(i, j)] = int(value)
        if row_totals:
            grid[(i, n_cols)] = sum(int(v) for v in row)
    for j in range(n_cols):
        grid[(n_rows, j)] = sum(int(values[i][j]) for i in range(n_rows))
    if row_totals:
        grid[(n_rows, n_cols)] = sum(grid[(n_rows, j)] for j in range(n_cols))
    return grid


def suppress(
    values: Sequence[Sequence[int]], *, row_totals: bool = True
) -> tuple[dict[Position, int], Suppressed]:
    """The grid with totals (see `grid_with_totals`) and the cells to withhold in it."""
    grid = grid_with_totals(values, row_totals=row_totals)
    n_rows = len(values)
    n_cols = len(values[0]) if values else 0

    def ends(position: Position) -> tuple[tuple[object, ...], tuple[object, ...]]:
        i, j = position
        row_node: tuple[object, ...] = ("r", i) if row_totals else _FREE
        column_node: tuple[object, ...] = ("c", j)
        return row_node, column_node

    primary = frozenset(p for p, v in grid.items() if is_small(v))
    withheld = set(primary)
    edges = {p: ends(p) for p in grid}
    while True:
        bridge = next(iter(_bridges(edges, withheld)), None)
        if bridge is None:
            break
        path = _cheapest_path(edges, grid, withheld, bridge, n_rows=n_rows, n_cols=n_cols)
        if path is None:  # nothing can hide it: withhold the whole table
            withheld = set(grid)
            break
        withheld.update(path)
    return grid, Suppressed(primary, frozenset(withheld - primary))


def _bridges(
    edges: dict[Position, tuple[tuple[object, ...], tuple[object, ...]]],
    withheld: Iterable[Position],
) -> list[Position]:
    """The withheld cells whose edges are bridges among the withheld edges (Tarjan)."""
    adjacency: dict[tuple[object, ...], list[tuple[tuple[object, ...], Position]]] = {}
    for position in sorted(withheld):
        u, v = edges[position]
        if u == v:
            continue  # a cell between two free nodes is a loop: never determined
        adjacency.setdefault(u, []).append((v, position))
        adjacency.setdefault(v, []).append((u, position))
    order: dict[tuple[object, ...], int] = {}
    low: dict[tuple[object, ...], int] = {}
    found: list[Position] = []
    counter = 0
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack: list[tuple[tuple[object, ...], Position | None, int]] = [(root, None, 0)]
        while stack:
            node, via, index = stack[-1]
            neighbours = adjacency[node]
            if index < len(neighbours):
                stack[-1] = (node, via, index + 1)
                nxt, edge = neighbours[index]
                if edge == via:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, edge, 0))
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent] and via is not None:
                        found.append(via)
    return sorted(found)


def _cost(position: Position, value: int, n_rows: int, n_cols: int) -> int:
    cost = value if value > 0 else _ZERO_COST
    if position[0] == n_rows or position[1] == n_cols:
        cost += _TOTAL_COST
    return cost


def _cheapest_path(
    edges: dict[Position, tuple[tuple[object, ...], tuple[object, ...]]],
    grid: dict[Position, int],
    withheld: set[Position],
    bridge: Position,
    *,
    n_rows: int,
    n_cols: int,
) -> list[Position] | None:
    """The cells (not yet withheld) of the cheapest path joining the bridge's two ends without
    it, so that withholding them puts the bridge on a cycle; None if there is no such path."""
    start, goal = edges[bridge]
    adjacency: dict[tuple[object, ...], list[tuple[tuple[object, ...], Position]]] = {}
    for position, (u, v) in edges.items():
        if position == bridge or u == v:
            continue
        adjacency.setdefault(u, []).append((v, position))
        adjacency.setdefault(v, []).append((u, position))
    best: dict[tuple[object, ...], int] = {start: 0}
    came: dict[tuple[object, ...], tuple[tuple[object, ...], Position]] = {}
    queue: list[tuple[int, int, tuple[object, ...]]] = [(0, 0, start)]
    tick = 0
    while queue:
        cost, _, node = heapq.heappop(queue)
        if node == goal:
            break
        if cost > best.get(node, cost):
            continue
        for nxt, position in adjacency.get(node, []):
            step = 0 if position in withheld else _cost(position, grid[position], n_rows, n_cols)
            if cost + step < best.get(nxt, cost + step + 1):
                best[nxt] = cost + step
                came[nxt] = (node, position)
                tick += 1
                heapq.heappush(queue, (cost + step, tick, nxt))
    if goal not in came:
        return None
    path: list[Position] = []
    node = goal
    while node != start:
        node, position = came[node]
        if position not in withheld:
            path.append(position)
    return path


def _shown(value: Cell, position: Position, suppressed: Suppressed) -> Cell:
    if position in suppressed.primary:
        return SMALL
    if position in suppressed.secondary:
        return WITHHELD
    return value


def publish_table(table: Table) -> Table:
    """The table as it may be published (see the module's notes)."""
    if table.kind is TableKind.AMOUNTS or not table.rows:
        return table
    count_columns = [c for c in table.columns if c not in table.based_on]
    indexes = [table.columns.index(c) for c in count_columns]
    row_totals = table.row_totals and table.kind is TableKind.COUNTS
    values = [[int(row.values[i] or 0) for i in indexes] for row in table.rows]
    grid, suppressed = suppress(values, row_totals=row_totals)
    n_rows, n_cols = len(table.rows), len(indexes)
    rows: list[Row] = []
    for r, row in enumerate(table.rows):
        cells = list(row.values)
        for k, i in enumerate(indexes):
            cells[i] = _shown(grid[(r, k)], (r, k), suppressed)
        for measure, base in table.based_on.items():
            base_cell = cells[table.columns.index(base)]
            if not isinstance(base_cell, int) or base_cell < THRESHOLD:
                cells[table.columns.index(measure)] = WITHHELD
        total = _shown(grid[(r, n_cols)], (r, n_cols), suppressed) if row_totals else row.total
        rows.append(Row(row.label, tuple(cells), total))
    totals = list(table.totals)
    for k, i in enumerate(indexes):
        totals[i] = _shown(grid[(n_rows, k)], (n_rows, k), suppressed)
    for measure, base in table.based_on.items():
        base_total = totals[table.columns.index(base)]
        if not isinstance(base_total, int) or base_total < THRESHOLD:
            totals[table.columns.index(measure)] = WITHHELD
    grand = (
        _shown(grid[(n_rows, n_cols)], (n_rows, n_cols), suppressed)
        if row_totals
        else table.grand_total
    )
    return replace(table, rows=tuple(rows), totals=tuple(totals), grand_total=grand)


def publish(report: Report) -> Report:
    """The report as it may be published: every table's small counts withheld."""
    if report.published:
        return report
    note = (
        'Published figures: a count of 1 to 4 is shown as "<5", and "*" marks a figure '
        "withheld so that no such count can be worked out from the totals; a wait or visit "
        "length measured on fewer than 5 visits is withheld."
    )
    return replace(
        report,
        tables=tuple(publish_table(t) for t in report.tables),
        notes=(*report.notes, note),
        published=True,
    )
