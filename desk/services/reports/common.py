"""What every report's queries share: the scope (period, sites, stations) and grouping by hour."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Select, func, select
from sqlalchemy.orm import QueryableAttribute

from desk.errors import DeskError
from desk.services.reports.periods import ROW_HEADINGS, Grouping, Period, key_part
from desk.services.reports.sql import local_key
from desk.services.reports.tables import NOT_RECORDED, Table, TableKind, categories, crosstab
from desk.storage.models import Site, Station

Expression = ColumnElement[Any] | QueryableAttribute[Any]
"""A column or an expression a query groups or filters by."""


class ReportError(DeskError):
    """A report that cannot be made as asked (an unknown site, a bad period); says why."""


@dataclass(frozen=True)
class Scope:
    """What a report covers: a period, the sites and stations chosen (none: all), a grouping."""

    period: Period
    by: Grouping
    site_ids: tuple[uuid.UUID, ...] = ()
    station_ids: tuple[uuid.UUID, ...] = ()
    site_codes: tuple[str, ...] = ()
    station_names: tuple[str, ...] = ()

    def within(self, when: Expression) -> list[ColumnElement[bool]]:
        """Conditions: `when` falls in the period."""
        return [when >= self.period.start_utc, when < self.period.end_utc]

    def at(
        self,
        site_column: Expression | None,
        station_column: Expression | None,
    ) -> list[ColumnElement[bool]]:
        """Conditions: the row is at one of the chosen sites and stations."""
        conditions: list[ColumnElement[bool]] = []
        if self.site_ids and site_column is not None:
            conditions.append(site_column.in_(self.site_ids))
        if self.station_ids and station_column is not None:
            conditions.append(station_column.in_(self.station_ids))
        return conditions


@dataclass(frozen=True)
class ReportSite:
    """A site a report can be filtered to."""

    code: str
    name: str


def report_sites(engine: Engine) -> list[ReportSite]:
    """Every site in the database, by name, for choosing one to report on."""
    with engine.connect() as connection:
        found = connection.execute(select(Site.code, Site.name).order_by(Site.name)).all()
    return [ReportSite(code, name) for code, name in found]


def resolve_scope(
    connection: Connection,
    period: Period,
    by: Grouping,
    sites: Sequence[str] = (),
    stations: Sequence[str] = (),
) -> Scope:
    """The scope for sites named by code or name and stations by name (any case)."""
    known_sites = connection.execute(select(Site.id, Site.code, Site.name)).all()
    site_ids: list[uuid.UUID] = []
    site_codes: list[str] = []
    for wanted in sites:
        match = [
            s for s in known_sites if wanted.casefold() in {s.code.casefold(), s.name.casefold()}
        ]
        if not match:
            names = ", ".join(sorted(s.code for s in known_sites)) or "none yet"
            raise ReportError(f"there is no site {wanted!r} (sites: {names})")
        site_ids.append(match[0].id)
        site_codes.append(match[0].code)
    known_stations = connection.execute(select(Station.id, Station.name, Station.site_id)).all()
    station_ids: list[uuid.UUID] = []
    station_names: list[str] = []
    for wanted in stations:
        found = [s for s in known_stations if s.name.casefold() == wanted.casefold()]
        if not found:
            names = ", ".join(sorted(s.name for s in known_stations)) or "none yet"
            raise ReportError(f"there is no station {wanted!r} (stations: {names})")
        station_ids.extend(s.id for s in found)
        station_names.append(found[0].name)
    return Scope(
        period=period,
        by=by,
        site_ids=tuple(dict.fromkeys(site_ids)),
        station_ids=tuple(dict.fromkeys(station_ids)),
        site_codes=tuple(dict.fromkeys(site_codes)),
        station_names=tuple(dict.fromkeys(station_names)),
    )


def grouped(
    connection: Connection,
    scope: Scope,
    when: Expression,
    dimensions: Sequence[Expression],
    base: Select[Any],
    *,
    amount: Expression | None = None,
) -> Counter[tuple[object, ...]]:
    """Counts (or sums of `amount`) by (bucket, *dimensions) for the rows `base` selects,
    grouped in the database by local date, month or hour, then into the scope's buckets."""
    key = local_key(when, scope.period, key_part(scope.by)).label("local_key")
    value = func.count() if amount is None else func.coalesce(func.sum(amount), 0)
    statement = (
        base.add_columns(key, *dimensions, value.label("n"))
        .where(*scope.within(when))
        .group_by(key, *dimensions)
    )
    result: Counter[tuple[object, ...]] = Counter()
    for row in connection.execute(statement):
        bucket = scope.period.bucket_of_key(str(row[0]), scope.by)
        result[(bucket, *row[1:-1])] += int(row[-1])
    return result


def summed(
    connection: Connection,
    scope: Scope,
    when: Expression,
    dimensions: Sequence[Expression],
    base: Select[Any],
    *,
    values: Sequence[Expression | None],
) -> list[Counter[tuple[object, ...]]]:
    """As `grouped`, for several figures of the same rows in one query (one scan of the
    table, not one per figure): for each of `values` (None: the count of rows, else the sum
    of that amount), its figures by (bucket, *dimensions)."""
    key = local_key(when, scope.period, key_part(scope.by)).label("local_key")
    figures = [
        (func.count() if value is None else func.coalesce(func.sum(value), 0)).label(f"v{n}")
        for n, value in enumerate(values)
    ]
    statement = (
        base.add_columns(key, *dimensions, *figures)
        .where(*scope.within(when))
        .group_by(key, *dimensions)
    )
    results: list[Counter[tuple[object, ...]]] = [Counter() for _ in values]
    width = len(dimensions)
    for row in connection.execute(statement):
        bucket = scope.period.bucket_of_key(str(row[0]), scope.by)
        group = (bucket, *row[1 : 1 + width])
        for result, n in zip(results, row[1 + width :], strict=True):
            result[group] += int(n)
    return results


def fold(
    counts: Counter[tuple[object, ...]],
    position: int,
    relabel: Callable[[object], object] | None = None,
) -> Counter[tuple[str, str]]:
    """Counts by (bucket, one category): `position` names the dimension kept (1 is the first
    after the bucket); `relabel` maps its value to a column. None becomes `not_recorded`."""
    result: Counter[tuple[str, str]] = Counter()
    for key, n in counts.items():
        value = key[position]
        if relabel is not None:
            value = relabel(value)
        label = NOT_RECORDED if value is None else str(value)
        result[(str(key[0]), label)] += n
    return result


def period_table(
    scope: Scope,
    key: str,
    title: str,
    counts: Counter[tuple[str, str]],
    known: Sequence[str],
    *,
    row_totals: bool = True,
    kind: TableKind = TableKind.COUNTS,
) -> Table:
    """A table of counts by (bucket, column), a row for every bucket of the period, the known
    columns first and any others seen after them."""
    return crosstab(
        key,
        title,
        ROW_HEADINGS[scope.by],
        scope.period.buckets(scope.by),
        categories(known, [column for _bucket, column in counts]),
        counts,
        row_totals=row_totals,
        kind=kind,
    )
