"""Every report on the hand-made fixture (tests/reports/fixture.py), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import Engine

from desk.services.reports import (
    Grouping,
    Period,
    Report,
    ReportError,
    ReportKind,
    make_report,
)
from desk.storage.uow import SqlUnitOfWork
from tests.reports.fixture import NOW, build

JUNE = Period(date(2026, 6, 10), date(2026, 6, 12))


@pytest.fixture
def data(migrated: Engine, uow: Callable[[], SqlUnitOfWork]) -> Engine:
    build(uow)
    return migrated


def _report(engine: Engine, kind: ReportKind, period: Period = JUNE, **kw: object) -> Report:
    return make_report(engine, kind, period, now=NOW, **kw)  # type: ignore[arg-type]


def test_footfall_by_day_puts_00_30_bst_on_its_local_day(data: Engine) -> None:
    report = _report(data, ReportKind.FOOTFALL, by=Grouping.DAY)
    by_site = report.table("by_site")
    assert by_site.columns == ("eltham", "woolwich")
    assert [r.label for r in by_site.rows] == ["2026-06-10", "2026-06-11", "2026-06-12"]
    assert [r.values for r in by_site.rows] == [(0, 0), (1, 2), (1, 0)]
    assert by_site.totals == (2, 2)
    assert by_site.grand_total == 4
    stations = report.table("by_station")
    assert stations.columns == ("eltham/EL-1", "woolwich/WC-1", "woolwich/WC-2")
    assert stations.cell("2026-06-11", "woolwich/WC-1") == 1
    routes = report.table("by_entry_route")
    assert routes.totals[routes.columns.index("appointment")] == 1
    assert routes.totals[routes.columns.index("walk_in")] == 3
    kiosk = report.table("kiosk_or_assisted")
    assert kiosk.columns == ("kiosk", "assisted", "not_recorded")
    assert kiosk.cell("2026-06-11", "kiosk") == 1
    assert kiosk.cell("2026-06-11", "assisted") == 2
    assert kiosk.cell("2026-06-12", "not_recorded") == 1


def test_footfall_for_one_site_and_one_station(data: Engine) -> None:
    site = _report(data, ReportKind.FOOTFALL, sites=["Woolwich Centre"])
    assert site.sites == ("woolwich",)
    assert site.table("by_site").grand_total == 2
    station = _report(data, ReportKind.FOOTFALL, stations=["wc-2"])
    assert station.table("by_station").columns == ("woolwich/WC-2",)
    assert station.table("by_station").grand_total == 1


def test_an_unknown_site_or_station_is_refused_with_the_known_ones(data: Engine) -> None:
    with pytest.raises(ReportError, match=r"no site 'Deptford' \(sites: eltham, woolwich\)"):
        _report(data, ReportKind.FOOTFALL, sites=["Deptford"])
    with pytest.raises(ReportError, match="no station 'X-9'"):
        _report(data, ReportKind.FOOTFALL, stations=["X-9"])


def test_waits_median_p90_estimates_and_left_before_seen(data: Engine) -> None:
    report = _report(data, ReportKind.WAITS, by=Grouping.DAY)
    table = report.table("all_sites")
    totals = dict(zip(table.columns, table.totals, strict=True))
    # waits 0, 15 (typed) and 7.5 (measured) minutes; lengths 10, 30, 20; one left unseen
    assert totals == {
        "visits": 4,
        "seen": 3,
        "median_wait_min": 7.5,
        "p90_wait_min": 13.5,
        "waits_estimated": 2,
        "timed": 3,
        "median_length_min": 20.0,
        "p90_length_min": 28.0,
        "left_before_seen": 1,
    }
    assert table.cell("2026-06-12", "left_before_seen") == 1
    assert table.cell("2026-06-12", "median_wait_min") is None
    assert {t.key for t in report.tables} == {"all_sites", "site_eltham", "site_woolwich"}
    eltham = report.table("site_eltham")
    assert eltham.totals[eltham.columns.index("median_wait_min")] == 7.5


def test_services_tasks_and_outcomes(data: Engine) -> None:
    report = _report(data, ReportKind.SERVICES)
    assert [r.label for r in report.table("tasks_by_type").rows] == ["2026-06"]
    areas = report.table("tasks_by_service_area")
    assert areas.cell("2026-06", "housing") == 1
    assert areas.cell("2026-06", "council_tax") == 1
    assert areas.cell("2026-06", "benefits_evidence") == 1
    assert report.table("task_outcomes").cell("2026-06", "done_with_help") == 2
    outcomes = report.table("visit_outcomes")
    assert outcomes.cell("2026-06", "completed") == 2
    assert outcomes.cell("2026-06", "left_before_seen") == 1


def test_channel_shift_modes_and_next_time(data: Engine) -> None:
    report = _report(data, ReportKind.CHANNEL_SHIFT)
    modes = report.table("mode_of_help")
    assert modes.columns == (
        "resident_alone",
        "champion_nearby",
        "paired",
        "on_behalf",
        "not_recorded",
    )
    assert modes.rows[0].values == (1, 0, 1, 1, 1)
    assert report.table("next_time").rows[0].values == (1, 1, 1, 0)


def test_needs_triage_barriers_referrals_and_loans(data: Engine) -> None:
    report = _report(data, ReportKind.NEEDS)
    assert report.table("inclusion_level").cell("2026-06", "3") == 1
    needs = report.table("needs")
    assert needs.rows[0].values == (1, 1, 0, 1)
    assert needs.rows[0].total is None  # a triage may find several needs: no row total
    barriers = report.table("barriers")
    assert barriers.cell("2026-06", "no_device") == 1
    assert barriers.cell("2026-06", "skills_foundation") == 1
    assert report.table("referrals_by_kind").cell("2026-06", "device_bank") == 1
    assert report.table("referrals_by_target").columns == ("device_bank: Device bank",)
    assert report.table("loans_after_triage").cell("2026-06", "take_home") == 1


def test_work_pages_documents_prints(data: Engine) -> None:
    report = _report(data, ReportKind.WORK)
    pages = report.table("pages")
    assert dict(zip(pages.columns, pages.rows[0].values, strict=True)) == {
        "pages_scanned": 3,
        "documents_uploaded": 1,
        "document_pages": 8,
        "pages_printed": 2,
        "pages_printed_by_printers": 4,
    }
    documents = report.table("documents")
    assert documents.rows[0].values == (2, 1, 0, 1)
    prints = report.table("prints")
    assert prints.cell("2026-06", "completed") == 1
    assert prints.cell("2026-06", "failed") == 1
    only_eltham = _report(data, ReportKind.WORK, sites=["eltham"])
    assert only_eltham.table("documents").grand_total == 0
    assert only_eltham.table("prints").grand_total == 2


def test_loans_out_back_overdue_waitlist_devices(data: Engine) -> None:
    report = _report(data, ReportKind.LOANS)
    moves = report.table("loans_out_and_back")
    assert dict(zip(moves.columns, moves.rows[0].values, strict=True)) == {
        "out_in_centre": 1,
        "out_take_home": 1,
        "back_in_centre": 1,
        "back_take_home": 0,
    }
    assert report.table("overdue_now").cell("eltham", "laptop") == 1
    states = report.table("devices_by_state_now")
    assert states.cell("woolwich", "available") == 1
    assert states.cell("woolwich", "awaiting_wipe") == 1
    assert states.cell("eltham", "on_loan") == 1
    assert report.table("waitlist_now").cell("eltham", "laptop") == 1
    assert report.table("waitlist_joined").grand_total == 2
    waited = report.table("waitlist_time")
    assert waited.cell("eltham", "median_days") == 2.0


def test_the_weeks_of_the_spring_clock_change(data: Engine) -> None:
    period = Period(date(2026, 3, 16), date(2026, 4, 5))
    weeks = _report(data, ReportKind.FOOTFALL, period, by=Grouping.WEEK).table("by_site")
    assert [(r.label, r.total) for r in weeks.rows] == [
        ("2026-03-16", 1),  # 23:30 GMT on Sunday 22 March
        ("2026-03-23", 1),  # 00:30 GMT on Sunday 29 March, before the clocks go forward
        ("2026-03-30", 1),  # 23:30 UTC on 29 March is 00:30 BST on Monday 30 March
    ]
    days = _report(data, ReportKind.FOOTFALL, period, by=Grouping.DAY).table("by_site")
    assert days.cell("2026-03-29", "woolwich") == 1
    assert days.cell("2026-03-30", "woolwich") == 1


def test_the_day_the_clocks_go_back_has_25_hours(data: Engine) -> None:
    day = Period(date(2026, 10, 25), date(2026, 10, 25))
    hours = _report(data, ReportKind.FOOTFALL, day, by=Grouping.HOUR).table("by_site")
    assert hours.grand_total == 4
    assert hours.cell("00:00", "woolwich") == 1
    assert hours.cell("01:00", "woolwich") == 2  # 01:30 BST and 01:30 GMT
    assert hours.cell("23:00", "woolwich") == 1
    weekday = _report(data, ReportKind.FOOTFALL, day, by=Grouping.WEEKDAY).table("by_site")
    assert weekday.cell("7 Sunday", "woolwich") == 4


def test_reports_counting_the_same_things_agree(data: Engine) -> None:
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    footfall = _report(data, ReportKind.FOOTFALL, period)
    services = _report(data, ReportKind.SERVICES, period)
    shift = _report(data, ReportKind.CHANNEL_SHIFT, period)
    waits = _report(data, ReportKind.WAITS, period)
    visits = {t.grand_total for t in footfall.tables}
    visits.add(services.table("visit_outcomes").grand_total)
    visits.add(shift.table("mode_of_help").grand_total)
    visits.add(waits.table("all_sites").totals[0])
    assert visits == {11}
    tasks = {
        services.table(key).grand_total
        for key in ("tasks_by_service_area", "tasks_by_type", "task_outcomes")
    }
    tasks.add(shift.table("next_time").grand_total)
    assert tasks == {3}
