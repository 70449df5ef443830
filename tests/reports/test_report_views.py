"""The analysts' views: the documented columns, anonymous, and the same counts as the reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import Engine, bindparam, inspect, text

from desk.services.reports import Period, ReportKind, make_report
from desk.storage.types import UtcDateTime
from desk.storage.uow import SqlUnitOfWork
from tests.conftest import ROOT
from tests.reports.fixture import NOW, build, utc

VISIT_COLUMNS = [
    "visit_id",
    "site_code",
    "station_name",
    "arrived_at",
    "first_seen_at",
    "started_at",
    "ended_at",
    "entry_route",
    "mode_of_help",
    "self_serve",
    "outcome",
    "wait_seconds",
    "wait_estimated",
    "visit_seconds",
    "language",
    "interpreter_used",
    "age_band",
    "tasks",
    "inclusion_level",
    "referrals",
]
TASK_COLUMNS = [
    "task_id",
    "visit_id",
    "site_code",
    "station_name",
    "arrived_at",
    "service_area",
    "task_type",
    "outcome",
    "next_time",
    "pages_scanned",
    "pages_printed",
    "documents_uploaded",
]


@pytest.fixture
def data(migrated: Engine, uow: Callable[[], SqlUnitOfWork]) -> Engine:
    build(uow)
    return migrated


def test_the_views_have_the_documented_columns(data: Engine) -> None:
    inspector = inspect(data)
    assert {"report_visits", "report_tasks"} <= set(inspector.get_view_names())
    assert [c["name"] for c in inspector.get_columns("report_visits")] == VISIT_COLUMNS
    assert [c["name"] for c in inspector.get_columns("report_tasks")] == TASK_COLUMNS
    dictionary = (ROOT / "docs" / "reports.md").read_text(encoding="utf-8")
    for column in {*VISIT_COLUMNS, *TASK_COLUMNS}:
        assert f"`{column}`" in dictionary, column


def test_the_views_count_what_the_reports_count(data: Engine) -> None:
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    footfall = make_report(data, ReportKind.FOOTFALL, year, now=NOW)
    services = make_report(data, ReportKind.SERVICES, year, now=NOW)
    with data.connect() as connection:
        visits = connection.execute(text("SELECT count(*) FROM report_visits")).scalar_one()
        tasks = connection.execute(text("SELECT sum(tasks) FROM report_visits")).scalar_one()
        rows = connection.execute(text("SELECT count(*) FROM report_tasks")).scalar_one()
        kiosk = connection.execute(
            text("SELECT count(*) FROM report_visits WHERE self_serve = 'kiosk'")
        ).scalar_one()
    assert visits == footfall.table("by_site").grand_total == 11
    assert tasks == rows == services.table("tasks_by_type").grand_total == 3
    kiosk_table = footfall.table("kiosk_or_assisted")
    assert kiosk == kiosk_table.totals[kiosk_table.columns.index("kiosk")]


def test_waits_in_the_view_are_seconds_and_marked_estimated(data: Engine) -> None:
    with data.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT station_name, wait_seconds, wait_estimated, visit_seconds, outcome "
                "FROM report_visits WHERE arrived_at >= :start AND arrived_at < :end "
                "ORDER BY arrived_at"
            ).bindparams(
                bindparam("start", utc("2026-06-10 00:00:00"), type_=UtcDateTime()),
                bindparam("end", utc("2026-06-13 00:00:00"), type_=UtcDateTime()),
            )
        ).all()
    found = [
        (
            r[0],
            None if r[1] is None else round(float(r[1]), 3),
            None if r[2] is None else bool(r[2]),
            None if r[3] is None else round(float(r[3])),
            str(r[4]),
        )
        for r in rows
    ]
    assert found == [
        ("WC-1", 0.0, True, 600, "completed"),
        ("WC-2", 900.0, True, 1800, "completed"),
        ("EL-1", 450.0, False, 1200, "partly_completed"),
        ("EL-1", None, None, None, "left_before_seen"),
    ]


def test_the_views_name_no_person(data: Engine) -> None:
    inspector = inspect(data)
    for view in ("report_visits", "report_tasks"):
        names = {c["name"] for c in inspector.get_columns(view)}
        assert not {n for n in names if "staff" in n or "borrower" in n or n == "name"}
        assert "postcode_outward" not in names
