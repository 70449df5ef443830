"""Demo data: reproducible, and every report agrees with plain SQL counted independently."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, text

from desk.services.reports import Grouping, Period, ReportKind, TableKind, make_report, publish
from desk.services.reports.demo import DemoPlan, DemoRefused, fill
from desk.services.reports.periods import LONDON
from desk.services.reports.tables import SMALL, WITHHELD
from tests.reports.test_suppression import determined_cells

PLAN = DemoPlan(visits=1500, months=4, seed=7, last_day=date(2026, 11, 30))
PERIOD = Period(date(2026, 8, 1), date(2026, 11, 30))
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


@pytest.fixture
def demo(migrated: Engine) -> Engine:
    fill(migrated, PLAN)
    return migrated


def _local_months(engine: Engine) -> Counter[str]:
    """Visits by local month, converted row by row here (not through the reports' hours)."""
    found: Counter[str] = Counter()
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            rows = connection.execute(
                text(
                    "SELECT to_char(arrived_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), "
                    "count(*) FROM visit GROUP BY 1"
                )
            )
            return Counter({month: int(n) for month, n in rows})
        for (stored,) in connection.execute(text("SELECT arrived_at FROM visit")):
            when = datetime.fromisoformat(str(stored)).replace(tzinfo=UTC).astimezone(LONDON)
            found[when.strftime("%Y-%m")] += 1
    return found


def _plain(engine: Engine, sql: str) -> dict[str, int]:
    with engine.connect() as connection:
        return {str(key): int(n) for key, n in connection.execute(text(sql))}


def test_footfall_by_local_month_matches_a_count_made_apart(demo: Engine) -> None:
    months = _local_months(demo)
    assert sum(months.values()) == PLAN.visits
    table = make_report(demo, ReportKind.FOOTFALL, PERIOD).table("by_site")
    assert {row.label: row.total for row in table.rows} == {
        m: months.get(m, 0) for m in ("2026-08", "2026-09", "2026-10", "2026-11")
    }


def test_tasks_documents_and_prints_match_plain_sql(demo: Engine) -> None:
    services = make_report(demo, ReportKind.SERVICES, PERIOD)
    types = services.table("tasks_by_type")
    by_type = _plain(demo, "SELECT task_type, count(*) FROM visit_task GROUP BY task_type")
    assert {c: t for c, t in zip(types.columns, types.totals, strict=True) if t} == by_type
    outcomes = services.table("visit_outcomes")
    by_outcome = _plain(demo, "SELECT outcome, count(*) FROM visit GROUP BY outcome")
    assert {c: t for c, t in zip(outcomes.columns, outcomes.totals, strict=True) if t} == (
        by_outcome
    )
    work = make_report(demo, ReportKind.WORK, PERIOD)
    documents = _plain(demo, "SELECT state, count(*) FROM document GROUP BY state")
    assert work.table("documents").grand_total == sum(documents.values())
    assert work.table("documents").totals[0] == documents["confirmed"]
    pages = _plain(demo, "SELECT 'pages', sum(pages_scanned) FROM visit_task")
    assert work.table("pages").totals[0] == pages["pages"]
    prints = _plain(demo, "SELECT outcome, count(*) FROM print_job GROUP BY outcome")
    table = work.table("prints")
    assert {c: t for c, t in zip(table.columns, table.totals, strict=True) if t} == prints


def test_needs_and_loans_match_plain_sql(demo: Engine) -> None:
    needs = make_report(demo, ReportKind.NEEDS, PERIOD)
    triages = _plain(demo, "SELECT 'n', count(*) FROM triage")["n"]
    assert needs.table("inclusion_level").grand_total == triages
    assert needs.table("needs").totals[0] == triages
    barriers = _plain(demo, "SELECT barrier, count(*) FROM triage_barrier GROUP BY barrier")
    table = needs.table("barriers")
    assert {c: t for c, t in zip(table.columns, table.totals, strict=True) if t} == barriers
    loans = make_report(demo, ReportKind.LOANS, PERIOD, now=NOW)
    out = _plain(demo, "SELECT kind, count(*) FROM loan GROUP BY kind")
    moves = loans.table("loans_out_and_back")
    assert moves.totals[moves.columns.index("out_take_home")] == out["take_home"]
    states = _plain(demo, "SELECT state, count(*) FROM device GROUP BY state")
    table = loans.table("devices_by_state_now")
    assert {c: t for c, t in zip(table.columns, table.totals, strict=True) if t} == states


def test_the_median_wait_matches_the_databases_own(demo: Engine) -> None:
    """PostgreSQL's percentile_cont; on SQLite, the median of the waits it subtracts itself."""
    waits = make_report(demo, ReportKind.WAITS, PERIOD).table("all_sites")
    median = waits.totals[waits.columns.index("median_wait_min")]
    seen = "FROM visit WHERE outcome <> 'left_before_seen'"
    with demo.connect() as connection:
        if demo.dialect.name == "postgresql":
            sql = (
                "SELECT percentile_cont(%s) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "
                f"first_seen_at - arrived_at)) / 60 {seen}"
            )
            p90 = connection.execute(text(sql % 0.9)).scalar_one()
            assert waits.totals[waits.columns.index("p90_wait_min")] == round(float(p90), 1)
            expected = float(connection.execute(text(sql % 0.5)).scalar_one())
        else:
            sql = f"SELECT strftime('%s', first_seen_at) - strftime('%s', arrived_at) {seen}"
            expected = statistics.median(float(s) for (s,) in connection.execute(text(sql))) / 60
    assert median == round(expected, 1)


def test_reports_counting_visits_agree_on_demo_data(demo: Engine) -> None:
    totals = {
        make_report(demo, ReportKind.FOOTFALL, PERIOD, by=by).table(key).grand_total
        for by in Grouping
        for key in ("by_site", "by_station", "by_entry_route", "kiosk_or_assisted")
    }
    totals.add(
        make_report(demo, ReportKind.CHANNEL_SHIFT, PERIOD).table("mode_of_help").grand_total
    )
    assert totals == {PLAN.visits}


def test_the_same_plan_gives_the_same_data(migrated: Engine, tmp_path: object) -> None:
    from desk.storage.database import make_engine  # noqa: PLC0415
    from desk.storage.migrate import upgrade  # noqa: PLC0415

    small = DemoPlan(visits=200, months=2, seed=3, last_day=date(2026, 11, 30))
    other = make_engine(f"sqlite:///{tmp_path}/other.sqlite3")
    try:
        upgrade(other)
        fill(migrated, small)
        fill(other, small)
        query = "SELECT arrived_at, entry_route, mode_of_help, outcome FROM visit ORDER BY id"
        with migrated.connect() as a, other.connect() as b:
            ours = [tuple(str(v) for v in r) for r in a.execute(text(query))]
            theirs = [tuple(str(v) for v in r) for r in b.execute(text(query))]
        normal = [(t[0][:19].replace("T", " "), *t[1:]) for t in ours]
        assert normal == [(t[0][:19].replace("T", " "), *t[1:]) for t in theirs]
        assert len(ours) == 200
    finally:
        other.dispose()


def test_more_demo_data_can_be_added_but_not_over_real_visits(demo: Engine) -> None:
    summary = fill(demo, DemoPlan(visits=50, months=1, seed=7, last_day=date(2026, 11, 30)))
    assert summary.rows["visit"] == 50
    with demo.begin() as connection:
        connection.execute(text("UPDATE site SET code = 'woolwich' WHERE code = 'demo-woolwich'"))
    with pytest.raises(DemoRefused, match="real visits"):
        fill(demo, PLAN)


@pytest.mark.parametrize("by", [Grouping.MONTH, Grouping.WEEKDAY])
def test_every_published_table_hides_small_counts_for_good(demo: Engine, by: Grouping) -> None:
    """Every kind, published: no count of 1 to 4 shown, and no withheld count follows from the
    figures shown (checked by linear algebra, apart from the suppression's own rule)."""
    withheld_anywhere = 0
    for kind in ReportKind:
        report = publish(make_report(demo, kind, PERIOD, by=by, now=NOW))
        for table in report.tables:
            if table.kind is TableKind.AMOUNTS:
                continue
            counts = [i for i, c in enumerate(table.columns) if c not in table.based_on]
            grid = [[row.values[i] for i in counts] for row in table.rows]
            grid.append([table.totals[i] for i in counts])
            if table.row_totals:
                for line, row in zip(grid, table.rows, strict=False):
                    line.append(row.total)
                grid[-1].append(table.grand_total)
            shown = [v for line in grid for v in line]
            assert not [v for v in shown if isinstance(v, int) and 0 < v < 5], table.key
            withheld = {
                (r, c)
                for r, line in enumerate(grid)
                for c, v in enumerate(line)
                if v in {SMALL, WITHHELD}
            }
            withheld_anywhere += len(withheld)
            n_rows, n_cols = len(table.rows), len(counts)
            assert determined_cells(n_rows, n_cols, table.row_totals, withheld) == set(), (
                kind,
                table.key,
            )
    assert withheld_anywhere > 10  # the demo data has small counts to hide
