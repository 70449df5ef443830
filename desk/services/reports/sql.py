"""SQL the two databases spell differently: a time's local date, month or hour, and the seconds
between two times."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from desk.services.reports.periods import KeyPart, Period


class local_key(FunctionElement[str]):
    """A stored (UTC) time's local date `YYYY-MM-DD`, month `YYYY-MM` or hour of the day `HH`
    in the period's zone."""

    type = String()
    inherit_cache = False  # the zone's offsets are part of the SQL
    name = "local_key"

    def __init__(self, when: Any, period: Period, part: KeyPart) -> None:
        super().__init__(when)
        self.period = period
        self.part = part


_PG_FORMATS = {KeyPart.DATE: "YYYY-MM-DD", KeyPart.MONTH: "YYYY-MM", KeyPart.HOUR: "HH24"}
_SQLITE_SLICES = {KeyPart.DATE: (1, 10), KeyPart.MONTH: (1, 7), KeyPart.HOUR: (12, 2)}


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@compiles(local_key, "postgresql")
def _local_key_postgresql(element: local_key, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    zone = _quoted(element.period.zone.key)
    return f"to_char(timezone({zone}, {column}), '{_PG_FORMATS[element.part]}')"


@compiles(local_key, "sqlite")
def _local_key_sqlite(element: local_key, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite holds a UTC time as text, `YYYY-MM-DD HH:MM:SS.ffffff`, and knows no zones: each
    # stretch between the period's clock changes is shifted by its own offset.
    column = compiler.process(element.clauses, **kw)
    offsets = element.period.offsets()

    def shifted(minutes: int) -> str:
        return column if minutes == 0 else f"datetime({column}, '{minutes:+d} minutes')"

    local = shifted(offsets[-1][1])
    if len(offsets) > 1:
        branches = " ".join(
            f"WHEN {column} < '{until[0].strftime('%Y-%m-%d %H:%M:%S')}' THEN {shifted(since[1])}"
            for since, until in itertools.pairwise(offsets)
        )
        local = f"CASE {branches} ELSE {local} END"
    start, length = _SQLITE_SLICES[element.part]
    return f"substr({local}, {start}, {length})"


class seconds_between(FunctionElement[float]):
    """Seconds from the second time to the first (NULL if either is NULL)."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


@compiles(seconds_between, "postgresql")
def _seconds_postgresql(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({later}) - ({earlier}))"
