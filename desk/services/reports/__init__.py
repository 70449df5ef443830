"""Reports: what the stations did, for a period and any sites and stations, from the database.

One service for every front end (`desk report`, later the manager's screen): `make_report`
returns a plain `Report` of tables; `publish` withholds small counts for figures that leave the
council. Reports read only anonymous records: visits, tasks, triages, referrals, documents'
and prints' counts, devices and loans, never a borrower or a member of staff.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, select

from desk.services.reports import needs as _needs
from desk.services.reports import visits as _visits
from desk.services.reports import work as _work
from desk.services.reports.common import ReportError, Scope, resolve_scope
from desk.services.reports.periods import Grouping, Period, PeriodError
from desk.services.reports.suppression import publish
from desk.services.reports.tables import Report, ReportKind, Row, Table, TableKind
from desk.storage.models import Site

TITLES = {
    ReportKind.FOOTFALL: "Footfall: visits",
    ReportKind.WAITS: "Waiting and time spent",
    ReportKind.SERVICES: "What people came for",
    ReportKind.CHANNEL_SHIFT: "Channel shift: who typed, and next time",
    ReportKind.NEEDS: "Digital needs",
    ReportKind.WORK: "The stations' work",
    ReportKind.LOANS: "Loan devices",
}

NOTES = {
    ReportKind.WAITS: (
        "Wait: from arrival to first seen; time spent: from the start of help to the end of the "
        "visit. Medians and 90th percentiles in minutes. A wait is measured where the resident "
        'checked in at the queue and estimated where the champion typed "arrived N minutes '
        'ago"; visits that left before being seen are counted apart and have no wait.',
    ),
    ReportKind.LOANS: (
        "Loans are at the device's site; the station filter does not apply to them. The "
        "overdue, waitlist-now and device tables are as they stand when the report is made.",
    ),
}

_Maker = Callable[[Connection, Scope, datetime], tuple[Table, ...]]

_MAKERS: dict[ReportKind, _Maker] = {
    ReportKind.FOOTFALL: lambda c, s, _now: _visits.footfall(c, s),
    ReportKind.WAITS: lambda c, s, _now: _visits.waits(c, s),
    ReportKind.SERVICES: lambda c, s, _now: _visits.services(c, s),
    ReportKind.CHANNEL_SHIFT: lambda c, s, _now: _visits.channel_shift(c, s),
    ReportKind.NEEDS: lambda c, s, _now: _needs.needs(c, s),
    ReportKind.WORK: lambda c, s, _now: _work.work(c, s),
    ReportKind.LOANS: lambda c, s, now: _work.loans(c, s, now=now),
}


def make_report(
    engine: Engine,
    kind: ReportKind,
    period: Period,
    *,
    by: Grouping = Grouping.MONTH,
    sites: Sequence[str] = (),
    stations: Sequence[str] = (),
    now: datetime | None = None,
) -> Report:
    """The report `kind` for the period at the sites (codes or names) and stations (names)
    given, every one if none; ReportError for an unknown site or station."""
    with engine.connect() as connection:
        scope = resolve_scope(connection, period, by, sites, stations)
        tables = _MAKERS[kind](connection, scope, now or datetime.now(UTC))
        names = {row.code: row.name for row in connection.execute(select(Site.code, Site.name))}
    return Report(
        kind=kind,
        title=TITLES[kind],
        period=period,
        by=by,
        sites=scope.site_codes,
        stations=scope.station_names,
        tables=tables,
        notes=NOTES.get(kind, ()),
        site_names=names,
    )


__all__ = [
    "Grouping",
    "Period",
    "PeriodError",
    "Report",
    "ReportError",
    "ReportKind",
    "Row",
    "Table",
    "TableKind",
    "make_report",
    "publish",
]
