"""Suppression: no published count under 5, and no withheld count can be worked out from the
totals. Checked against an independent test (linear algebra over the rationals) on every small
table of a seeded random family, with and without row totals."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

from desk.services.reports.suppression import Position, is_small, publish_table, suppress
from desk.services.reports.tables import SMALL, WITHHELD, crosstab


def _equations(n_rows: int, n_cols: int, row_totals: bool) -> list[dict[Position, int]]:
    """Every equation the published table satisfies, as {cell: coefficient} = 0."""
    equations: list[dict[Position, int]] = []
    if row_totals:
        for i in range(n_rows + 1):  # each row, the totals row too, adds up to its total
            equation = {(i, j): 1 for j in range(n_cols)}
            equation[(i, n_cols)] = -1
            equations.append(equation)
    for j in range(n_cols + (1 if row_totals else 0)):
        equation = {(i, j): 1 for i in range(n_rows)}
        equation[(n_rows, j)] = -1
        equations.append(equation)
    return equations


def _rank(matrix: list[list[Fraction]]) -> int:
    rows = [row[:] for row in matrix]
    rank = 0
    width = len(rows[0]) if rows else 0
    for column in range(width):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][column] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][column] != 0:
                factor = rows[r][column] / rows[rank][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rank


def determined_cells(
    n_rows: int, n_cols: int, row_totals: bool, withheld: set[Position]
) -> set[Position]:
    """The withheld cells whose value follows from the cells shown (by linear algebra)."""
    unknowns = sorted(withheld)
    if not unknowns:
        return set()
    matrix = [
        [Fraction(equation.get(cell, 0)) for cell in unknowns]
        for equation in _equations(n_rows, n_cols, row_totals)
    ]
    base = _rank(matrix)
    found = set()
    for k, cell in enumerate(unknowns):
        probe = [Fraction(1 if i == k else 0) for i in range(len(unknowns))]
        if _rank([*matrix, probe]) == base:
            found.add(cell)
    return found


def _tables(seed: int, count: int) -> list[list[list[int]]]:
    rng = random.Random(seed)
    tables = []
    for _ in range(count):
        n_rows, n_cols = rng.randint(1, 5), rng.randint(1, 5)
        tables.append(
            [
                [rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 12, 30]) for _ in range(n_cols)]
                for _ in range(n_rows)
            ]
        )
    return tables


@pytest.mark.parametrize("row_totals", [True, False])
def test_no_withheld_cell_can_be_worked_out_from_the_totals(row_totals: bool) -> None:
    for values in _tables(seed=17 + row_totals, count=250):
        grid, suppressed = suppress(values, row_totals=row_totals)
        assert {p for p, v in grid.items() if is_small(v)} <= suppressed.cells
        n_rows, n_cols = len(values), len(values[0])
        assert determined_cells(n_rows, n_cols, row_totals, set(suppressed.cells)) == set(), values


def test_every_two_by_two_table_of_small_and_large_counts() -> None:
    """Exhaustively: each cell 0, 1, 4, 5 or 20 in a 2 x 2 table with its totals."""
    for flat in itertools.product([0, 1, 4, 5, 20], repeat=4):
        values = [list(flat[:2]), list(flat[2:])]
        grid, suppressed = suppress(values)
        assert {p for p, v in grid.items() if is_small(v)} <= suppressed.cells
        assert determined_cells(2, 2, True, set(suppressed.cells)) == set(), values


def test_a_single_small_cell_takes_three_others_with_it() -> None:
    values = [[3, 10], [20, 30]]
    _grid, suppressed = suppress(values)
    assert suppressed.primary == {(0, 0)}
    # the cheapest rectangle: the cell beside it, the one below, and the one across
    assert suppressed.secondary == {(0, 1), (1, 0), (1, 1)}


def test_a_bridge_between_two_protected_blocks_is_closed() -> None:
    """Two blocks of small counts joined by a single small cell: each block is safe by itself
    (every line has two withheld cells) but the joining cell would follow from the totals."""
    values = [
        [2, 2, 0, 0, 50],
        [2, 2, 0, 0, 50],
        [0, 0, 2, 2, 50],
        [0, 0, 2, 2, 50],
        [50, 50, 50, 50, 50],
    ]
    values[0][2] = 3
    _grid, suppressed = suppress(values)
    assert determined_cells(5, 5, True, set(suppressed.cells)) == set()


def test_published_table_shows_small_and_withheld_marks_and_keeps_the_rest() -> None:
    table = crosstab(
        "t",
        "T",
        "month",
        ["2026-01", "2026-02"],
        ["walk_in", "appointment"],
        {
            ("2026-01", "walk_in"): 3,
            ("2026-01", "appointment"): 10,
            ("2026-02", "walk_in"): 20,
            ("2026-02", "appointment"): 30,
        },
    )
    published = publish_table(table)
    assert published.rows[0].values == (SMALL, WITHHELD)
    assert published.rows[1].values == (WITHHELD, WITHHELD)
    assert published.rows[0].total == 13
    assert published.totals == (23, 40)
    assert published.grand_total == 63
    shown = [v for r in published.rows for v in (*r.values, r.total)]
    assert all(not (isinstance(v, int) and 0 < v < 5) for v in shown)


def test_a_small_total_is_withheld_too() -> None:
    table = crosstab("t", "T", "m", ["a", "b"], ["x", "y"], {("a", "x"): 1, ("b", "x"): 2})
    published = publish_table(table)
    assert published.totals[0] == SMALL
    assert published.grand_total == SMALL
