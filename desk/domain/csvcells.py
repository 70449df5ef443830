"""CSV files that a spreadsheet opens safely, and read back to the values that were written.

A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is taken for a formula by
Excel, LibreOffice and Google Sheets ("CSV injection"); OWASP's rule is to prefix such a cell
with a single quote, which the spreadsheet shows as text. Every CSV the project writes goes
through `writer()`, and every CSV it reads gives its cells to `restore_cell`.

The scheme is exactly reversible: a cell gets one more leading quote when, past any quotes it
already starts with, it starts with one of those characters (so a value that really begins
with `'=` is written `''=` and read back as `'=`); reading takes one quote off such a cell and
leaves every other cell as it is.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, Protocol

FORMULA_STARTS = frozenset("=+-@\t\r")
QUOTE = "'"


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


def _looks_like_formula(value: str) -> bool:
    rest = value.lstrip(QUOTE)
    return bool(rest) and rest[0] in FORMULA_STARTS


def neutralise_cell(value: object) -> object:
    """The cell as it should be written: text that a spreadsheet would run gets a quote first."""
    if isinstance(value, str) and _looks_like_formula(value):
        return QUOTE + value
    return value


def restore_cell(value: str) -> str:
    """The value a neutralised cell stood for (the inverse of `neutralise_cell`)."""
    if value.startswith(QUOTE) and _looks_like_formula(value):
        return value[1:]
    return value


class SafeWriter:
    """`csv.writer` whose text cells are neutralised (see the module's notes)."""

    def __init__(self, target: _Writable, **options: Any) -> None:
        self._writer = csv.writer(target, **options)
        # A line end that is not the writer's own (a bare CR with lineterminator="\n") is not
        # quoted by QUOTE_MINIMAL, and then reads back as a broken row: such rows are quoted
        # whole.
        self._quoted = csv.writer(target, **{**options, "quoting": csv.QUOTE_ALL})

    def writerow(self, row: Iterable[object]) -> None:
        """Write one row."""
        cells = [neutralise_cell(cell) for cell in row]
        breaks = any(isinstance(c, str) and ("\r" in c or "\n" in c) for c in cells)
        (self._quoted if breaks else self._writer).writerow(cells)

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        """Write several rows."""
        for row in rows:
            self.writerow(row)


def writer(target: _Writable, **options: Any) -> SafeWriter:
    """A CSV writer for a file someone may open in a spreadsheet (options as `csv.writer`)."""
    return SafeWriter(target, **options)
