"""Reports on visits and their tasks: footfall, waits, what people came for, channel shift."""

from __future__ import annotations

from collections import Counter, defaultdict
from enum import StrEnum

from sqlalchemy import Connection, select

from desk.domain.visits import (
    EntryRoute,
    ModeOfHelp,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.services.reports import returning
from desk.services.reports.common import Scope, fold, grouped, period_table
from desk.services.reports.periods import ROW_HEADINGS, key_part
from desk.services.reports.sql import local_key, seconds_between
from desk.services.reports.tables import (
    Row,
    Table,
    TableKind,
    minutes,
    percentile,
)
from desk.storage.models import Site, Station, Visit, VisitTask

KIOSK = "kiosk"
ASSISTED = "assisted"


def _values(enum: type[StrEnum]) -> list[str]:
    return [str(member.value) for member in enum]


def self_serve(mode: object) -> str | None:
    """Kiosk (the resident alone) or assisted (a champion helped), from the mode of help."""
    if mode is None:
        return None
    return KIOSK if mode == ModeOfHelp.RESIDENT_ALONE else ASSISTED


def _site_and_station_names(connection: Connection) -> tuple[dict[object, str], dict[object, str]]:
    sites = {row.id: row.code for row in connection.execute(select(Site.id, Site.code))}
    stations = {
        row.id: f"{sites.get(row.site_id, '?')}/{row.name}"
        for row in connection.execute(select(Station.id, Station.name, Station.site_id))
    }
    return sites, stations


def footfall(connection: Connection, scope: Scope) -> tuple[Table, ...]:
    """Visits by site, by station, by how the resident came, and kiosk against assisted."""
    counts = grouped(
        connection,
        scope,
        Visit.arrived_at,
        [Visit.site_id, Visit.station_id, Visit.entry_route, Visit.mode_of_help],
        select().select_from(Visit).where(*scope.at(Visit.site_id, Visit.station_id)),
    )
    sites, stations = _site_and_station_names(connection)
    chosen_sites = [sites[i] for i in scope.site_ids] or sorted({sites[k[1]] for k in counts})
    chosen_stations = sorted({stations[k[2]] for k in counts})
    return (
        period_table(scope, "by_site", "Visits by site", fold(counts, 1, sites.get), chosen_sites),
        period_table(
            scope, "by_station", "Visits by station", fold(counts, 2, stations.get), chosen_stations
        ),
        period_table(
            scope,
            "by_entry_route",
            "Visits by how the resident came",
            fold(counts, 3),
            _values(EntryRoute),
        ),
        period_table(
            scope,
            "kiosk_or_assisted",
            "Visits at the kiosk (the resident alone) and assisted",
            fold(counts, 4, self_serve),
            [KIOSK, ASSISTED],
        ),
    )


WAIT_COLUMNS = (
    "visits",
    "seen",
    "median_wait_min",
    "p90_wait_min",
    "waits_estimated",
    "timed",
    "median_length_min",
    "p90_length_min",
    "left_before_seen",
)
WAIT_MEASURES = {
    "median_wait_min": "seen",
    "p90_wait_min": "seen",
    "median_length_min": "timed",
    "p90_length_min": "timed",
}


class _Waits:
    def __init__(self) -> None:
        self.visits = 0
        self.left = 0
        self.waits: list[float] = []
        self.estimated = 0
        self.lengths: list[float] = []

    def add(
        self, outcome: object, wait_s: float | None, length_s: float | None, measured: bool
    ) -> None:
        self.visits += 1
        if outcome == VisitOutcome.LEFT_BEFORE_SEEN:
            self.left += 1
            return
        if wait_s is not None:
            wait = max(0.0, wait_s)
            self.waits.append(wait)
            self.estimated += not measured
        if length_s is not None:
            self.lengths.append(max(0.0, length_s))

    def values(self) -> tuple[int | float | None, ...]:
        return (
            self.visits,
            len(self.waits),
            minutes(percentile(self.waits, 0.5)),
            minutes(percentile(self.waits, 0.9)),
            self.estimated,
            len(self.lengths),
            minutes(percentile(self.lengths, 0.5)),
            minutes(percentile(self.lengths, 0.9)),
            self.left,
        )


def waits(connection: Connection, scope: Scope) -> tuple[Table, ...]:
    """Wait from arrival to first seen and time spent, median and 90th percentile; left before
    being seen. One table for every site chosen together, then one per site."""
    statement = select(
        local_key(Visit.arrived_at, scope.period, key_part(scope.by)),
        Visit.site_id,
        Visit.outcome,
        seconds_between(Visit.first_seen_at, Visit.arrived_at),
        seconds_between(Visit.ended_at, Visit.started_at),
        Visit.arrival_measured,
    ).where(*scope.within(Visit.arrived_at), *scope.at(Visit.site_id, Visit.station_id))
    buckets = scope.period.buckets(scope.by)
    every: dict[str, _Waits] = defaultdict(_Waits)
    by_site: dict[object, dict[str, _Waits]] = defaultdict(lambda: defaultdict(_Waits))
    whole: _Waits = _Waits()
    site_whole: dict[object, _Waits] = defaultdict(_Waits)
    for hour, site_id, outcome, wait_s, length_s, measured in connection.execute(statement):
        bucket = scope.period.bucket_of_key(str(hour), scope.by)
        for target in (every[bucket], by_site[site_id][bucket], whole, site_whole[site_id]):
            target.add(outcome, wait_s, length_s, bool(measured))
    sites, _stations = _site_and_station_names(connection)

    def table(key: str, title: str, rows: dict[str, _Waits], total: _Waits) -> Table:
        made = [Row(b, rows[b].values() if b in rows else _Waits().values()) for b in buckets]
        return Table(
            key=key,
            title=title,
            row_heading=ROW_HEADINGS[scope.by],
            columns=WAIT_COLUMNS,
            rows=tuple(made),
            totals=total.values(),
            row_totals=False,
            kind=TableKind.MEASURES,
            based_on=WAIT_MEASURES,
        )

    tables = [table("all_sites", "Waits and time spent, every site chosen", every, whole)]
    site_order: list[object] = list(scope.site_ids) or sorted(
        by_site, key=lambda i: sites.get(i, "")
    )
    if len(site_order) > 1:
        for chosen in site_order:
            code = sites.get(chosen, str(chosen))
            tables.append(
                table(
                    f"site_{code}",
                    f"Waits and time spent at {code}",
                    by_site[chosen],
                    site_whole[chosen],
                )
            )
    return tuple(tables)


def _task_counts(connection: Connection, scope: Scope) -> Counter[tuple[object, ...]]:
    return grouped(
        connection,
        scope,
        Visit.arrived_at,
        [VisitTask.service_area, VisitTask.task_type, VisitTask.outcome, VisitTask.next_time],
        select()
        .select_from(VisitTask)
        .join(Visit, VisitTask.visit_id == Visit.id)
        .where(*scope.at(Visit.site_id, Visit.station_id)),
    )


def _visit_counts(connection: Connection, scope: Scope) -> Counter[tuple[object, ...]]:
    return grouped(
        connection,
        scope,
        Visit.arrived_at,
        [Visit.outcome, Visit.mode_of_help],
        select().select_from(Visit).where(*scope.at(Visit.site_id, Visit.station_id)),
    )


def services(connection: Connection, scope: Scope) -> tuple[Table, ...]:
    """Tasks by service area and type, how tasks went, how visits ended."""
    tasks = _task_counts(connection, scope)
    visits = _visit_counts(connection, scope)
    return (
        period_table(
            scope,
            "tasks_by_service_area",
            "Tasks by service area",
            fold(tasks, 1),
            _values(ServiceArea),
        ),
        period_table(scope, "tasks_by_type", "Tasks by type", fold(tasks, 2), _values(TaskType)),
        period_table(
            scope, "task_outcomes", "How tasks went", fold(tasks, 3), _values(TaskOutcome)
        ),
        period_table(
            scope, "visit_outcomes", "How visits ended", fold(visits, 1), _values(VisitOutcome)
        ),
    )


def channel_shift(connection: Connection, scope: Scope) -> tuple[Table, ...]:
    """Who typed (from the resident alone to on their behalf) and how residents could do their
    tasks next time, period by period."""
    tasks = _task_counts(connection, scope)
    visits = _visit_counts(connection, scope)
    return (
        period_table(
            scope, "mode_of_help", "Visits by who typed", fold(visits, 2), _values(ModeOfHelp)
        ),
        period_table(
            scope,
            "next_time",
            "Tasks by how the resident could do them next time",
            fold(tasks, 4),
            _values(NextTime),
        ),
        returning.seen_again(connection, scope),
    )
