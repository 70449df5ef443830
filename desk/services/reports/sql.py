"""SQL the two databases spell differently: the UTC hour of a time, seconds between two times."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class utc_hour(FunctionElement[str]):
    """`YYYY-MM-DD HH`: the UTC hour of a stored time (see periods.py for why hours)."""

    type = String()
    inherit_cache = True
    name = "utc_hour"


class seconds_between(FunctionElement[float]):
    """Seconds from the second time to the first (NULL if either is NULL)."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(utc_hour, "sqlite")
def _utc_hour_sqlite(element: utc_hour, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite holds a UTC time as text, `YYYY-MM-DD HH:MM:SS.ffffff`: its first 13 characters.
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 13)"


@compiles(utc_hour, "postgresql")
def _utc_hour_postgresql(element: utc_hour, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"to_char(({column}) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')"


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


@compiles(seconds_between, "postgresql")
def _seconds_postgresql(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({later}) - ({earlier}))"
