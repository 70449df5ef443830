"""Report benchmarks: every `desk report` kind over a year of demo data, as whole commands,
against a hand-written SQL query for the same figure run by sqlite3 / psql.

Run: DESK_BENCH=1 .venv/bin/python -m pytest tests/bench/test_report_bench.py -m bench -s
     (DESK_BENCH_VISITS=N for another size than a million visits over four years)
Figures go to stdout and to artifacts/bench/reports-<backend>.json (docs/reports.md quotes them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from desk.services.reports import ReportKind
from desk.services.reports.demo import DemoPlan, fill
from desk.storage.database import make_engine
from desk.storage.migrate import upgrade

pytestmark = [pytest.mark.bench, pytest.mark.timeout(4 * 3600)]

ROOT = Path(__file__).resolve().parents[2]
VISITS = int(os.environ.get("DESK_BENCH_VISITS", "1000000"))
MONTHS = 48
LAST_DAY = date(2026, 11, 30)
FIRST, LAST = "2025-12-01", "2026-11-30"
RUNS = 3

# The same figure each report's main table gives, by hand: a year by local month where the
# database can say it (PostgreSQL), by UTC month on SQLite (which has no time zones).
_MONTH = {
    "postgresql": "to_char({col} AT TIME ZONE 'Europe/London', 'YYYY-MM')",
    "sqlite": "substr({col}, 1, 7)",
}
_YEAR = {
    "postgresql": "{col} >= '2025-12-01 00:00:00+00' AND {col} < '2026-12-01 00:00:00+00'",
    "sqlite": "{col} >= '2025-12-01' AND {col} < '2026-12-01'",
}
HAND = {
    ReportKind.FOOTFALL: (
        "SELECT {m}, site_id, station_id, entry_route, mode_of_help, count(*) FROM visit v "
        "WHERE {y} GROUP BY 1, 2, 3, 4, 5",
        "v.arrived_at",
    ),
    ReportKind.WAITS: (
        "SELECT {m}, site_id, outcome, first_seen_at, arrived_at, ended_at, started_at "
        "FROM visit v WHERE {y}",
        "v.arrived_at",
    ),
    ReportKind.SERVICES: (
        "SELECT {m}, service_area, task_type, t.outcome, next_time, count(*) FROM visit_task t "
        "JOIN visit v ON v.id = t.visit_id WHERE {y} GROUP BY 1, 2, 3, 4, 5",
        "v.arrived_at",
    ),
    ReportKind.CHANNEL_SHIFT: (
        "SELECT {m}, mode_of_help, count(*) FROM visit v WHERE {y} GROUP BY 1, 2",
        "v.arrived_at",
    ),
    ReportKind.NEEDS: (
        "SELECT {m}, inclusion_level, needs_device, needs_data, needs_skills, count(*) "
        "FROM triage t JOIN visit v ON v.id = t.visit_id WHERE {y} GROUP BY 1, 2, 3, 4, 5",
        "v.arrived_at",
    ),
    ReportKind.WORK: (
        "SELECT {m}, state, count(*) FROM document d WHERE {y} GROUP BY 1, 2",
        "d.created_at",
    ),
    ReportKind.LOANS: (
        "SELECT {m}, kind, count(*) FROM loan l WHERE {y} GROUP BY 1, 2",
        "l.out_at",
    ),
}


def _timed(command: list[str], env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_every_report_over_a_year(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'bench.sqlite3'}"
        if backend == "sqlite"
        else str(request.getfixturevalue("postgres_url"))
    )
    engine = make_engine(url)
    results: dict[str, Any] = {"visits": VISITS, "months": MONTHS, "period": [FIRST, LAST]}
    try:
        upgrade(engine)
        started = time.perf_counter()
        rows = fill(engine, DemoPlan(visits=VISITS, months=MONTHS, seed=1, last_day=LAST_DAY))
        results["demo_data_s"] = round(time.perf_counter() - started, 1)
        results["demo_rows"] = rows.rows
        if backend == "postgres":
            with engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
                connection.commit()
    finally:
        engine.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    dialect = "sqlite" if backend == "sqlite" else "postgresql"
    if backend == "sqlite":
        hand_command = ["sqlite3", str(tmp_path / "bench.sqlite3")]
    else:
        parsed = make_url(url)
        hand_command = [
            "psql", "-q", "-h", str(parsed.host), "-p", str(parsed.port),
            "-U", str(parsed.username), "-d", str(parsed.database),
        ]  # fmt: skip
        if parsed.password:
            env["PGPASSWORD"] = str(parsed.password)
    kinds: dict[str, Any] = {}
    for kind in ReportKind:
        desk = [
            sys.executable, "-m", "desk.cli.main", "--set", f"database_url={url}",
            "report", kind.value, "--from", FIRST, "--to", LAST, "--format", "csv",
        ]  # fmt: skip
        desk_s = _timed(desk, env)
        sql, column = HAND[kind]
        query = sql.format(
            m=_MONTH[dialect].format(col=column), y=_YEAR[dialect].format(col=column)
        )
        hand = [*hand_command, query] if backend == "sqlite" else [*hand_command, "-c", query]
        hand_s = _timed(hand, env)
        kinds[kind.value] = {
            "desk_report_s": round(desk_s, 3),
            "hand_sql_s": round(hand_s, 3),
            "ratio": round(desk_s / hand_s, 1) if hand_s else None,
        }
        print(f"{backend} {kind.value}: desk report {desk_s:.2f} s, hand SQL {hand_s:.2f} s")
    results["reports"] = kinds
    out = ROOT / "artifacts" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"reports-{backend}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(json.dumps(results, indent=2))
