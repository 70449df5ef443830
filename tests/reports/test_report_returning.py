"""Residents seen more than once: visits linked by the same borrower on two loans, or by a
waitlist place taken in one visit and served by a loan in another; counted by hand, on SQLite
and PostgreSQL, and never below 5 when published."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import Engine

from desk.domain.loans import DeviceCondition, DeviceKind, LoanKind
from desk.domain.records import RetentionClass
from desk.domain.visits import ModeOfHelp
from desk.services.reports import Grouping, Period, ReportKind, make_report, publish
from desk.services.reports.demo import DemoPlan, fill
from desk.services.reports.returning import KEY
from desk.services.reports.tables import SMALL, WITHHELD
from desk.storage.models import Borrower, Device, Loan, WaitlistEntry
from desk.storage.uow import SqlUnitOfWork
from tests.reports.fixture import NOW, Ids, _visit, build, utc

JULY = Period(date(2026, 7, 1), date(2026, 7, 31))
SUMMER = Period(date(2026, 7, 1), date(2026, 8, 31))


def _returns(make_uow: Callable[[], SqlUnitOfWork], ids: Ids) -> None:
    """Resident A: three visits in July, who typed going from on their behalf to alone, linked
    by one borrower's two loans (visits 1 and 2) and a waitlist place taken in visit 2 and
    served by a loan in visit 3 (to a borrower recorded again). Resident B: two visits in July
    (paired both times) and one in August (mode not recorded), by one borrower's loans.
    Resident C: one loan, one visit, so not counted."""
    with make_uow() as unit:
        device = unit.devices.add(
            Device(asset_tag="LT-9", kind=DeviceKind.LAPTOP, model="L", site_id=ids.eltham)
        )
        borrowers = [
            unit.borrowers.add(Borrower(retention_class=RetentionClass.LOAN_CONTACT))
            for _ in range(4)
        ]
        unit.flush()
        modes = {
            "a1": ("2026-07-01 10:00:00", ModeOfHelp.ON_BEHALF),
            "a2": ("2026-07-15 10:00:00", ModeOfHelp.CHAMPION_NEARBY),
            "a3": ("2026-07-25 10:00:00", ModeOfHelp.RESIDENT_ALONE),
            "b1": ("2026-07-02 10:00:00", ModeOfHelp.PAIRED),
            "b2": ("2026-07-02 15:00:00", ModeOfHelp.PAIRED),
            "b3": ("2026-08-03 10:00:00", None),
            "c1": ("2026-07-04 10:00:00", ModeOfHelp.PAIRED),
        }
        visits = {
            name: unit.visits.add(_visit(ids, "el1", at, mode=mode))
            for name, (at, mode) in modes.items()
        }
        unit.flush()
        lent: dict[str, uuid.UUID] = {}
        for name, borrower in (
            ("a1", 0), ("a2", 0), ("a3", 1), ("b1", 2), ("b2", 2), ("b3", 2), ("c1", 3),
        ):  # fmt: skip
            loan = unit.loans.add(
                Loan(
                    device_id=device.id,
                    visit_id=visits[name].id,
                    staff_id=ids.staff,
                    borrower_id=borrowers[borrower].id,
                    kind=LoanKind.TAKE_HOME,
                    out_at=visits[name].arrived_at,
                    due_at=utc("2026-09-30 16:00:00"),
                    back_at=visits[name].arrived_at,
                    condition_out=DeviceCondition.GOOD,
                )
            )
            unit.flush()
            lent[name] = loan.id
        unit.devices.add_waitlist_entry(
            WaitlistEntry(
                site_id=ids.eltham,
                kind=DeviceKind.LAPTOP,
                loan_kind=LoanKind.TAKE_HOME,
                visit_id=visits["a2"].id,
                created_at=visits["a2"].arrived_at,
                closed_at=visits["a3"].arrived_at,
                loan_id=lent["a3"],
            )
        )
        unit.commit()


@pytest.fixture
def data(migrated: Engine, uow: Callable[[], SqlUnitOfWork]) -> Engine:
    _returns(uow, build(uow))
    return migrated


def _counts(engine: Engine, period: Period, **kw: object) -> dict[tuple[str, str], object]:
    report = make_report(engine, ReportKind.CHANNEL_SHIFT, period, now=NOW, **kw)  # type: ignore[arg-type]
    table = report.table(KEY)
    assert table.row_heading == "first_visit" and table.columns == tuple(
        r.label for r in table.rows
    )
    return {
        (row.label, column): value
        for row in table.rows
        for column, value in zip(table.columns, row.values, strict=True)
        if value
    }


def test_residents_seen_more_than_once_by_who_typed_first_and_last(data: Engine) -> None:
    assert _counts(data, JULY) == {("on_behalf", "resident_alone"): 1, ("paired", "paired"): 1}
    # Over the summer, B's last visit is in August (who typed was not recorded).
    assert _counts(data, SUMMER) == {
        ("on_behalf", "resident_alone"): 1,
        ("paired", "not_recorded"): 1,
    }
    # June has one borrower with one visit: nobody seen twice.
    assert _counts(data, Period(date(2026, 6, 1), date(2026, 6, 30))) == {}
    # Only visits in scope count: at Woolwich, none of these.
    assert _counts(data, JULY, sites=["woolwich"]) == {}


def test_the_table_is_published_like_any_other(data: Engine) -> None:
    report = publish(make_report(data, ReportKind.CHANNEL_SHIFT, JULY, by=Grouping.MONTH))
    table = report.table(KEY)
    shown = [v for row in table.rows for v in (*row.values, row.total)]
    assert SMALL in shown
    assert all(v in {0, SMALL, WITHHELD} or (isinstance(v, int) and v >= 5) for v in shown)
    assert table.grand_total == SMALL


def test_demo_data_has_returning_borrowers_and_the_count_agrees_with_plain_sql(
    migrated: Engine,
) -> None:
    fill(migrated, DemoPlan(visits=3000, months=6, seed=3, last_day=date(2026, 11, 30)))
    period = Period(date(2026, 6, 1), date(2026, 11, 30))
    report = make_report(migrated, ReportKind.CHANNEL_SHIFT, period)
    counted = report.table(KEY).grand_total
    assert isinstance(counted, int) and counted > 0
    # Independently: borrowers with loans in two or more visits of the period (the demo's
    # waitlist places are served in the visit they were taken in, so add nothing).
    with migrated.connect() as connection:
        start, end = period.start_utc, period.end_utc
        rows = connection.exec_driver_sql(
            "SELECT count(*) FROM (SELECT l.borrower_id FROM loan l JOIN visit v "
            "ON v.id = l.visit_id WHERE l.borrower_id IS NOT NULL AND v.arrived_at >= ? "
            "AND v.arrived_at < ? GROUP BY l.borrower_id HAVING count(DISTINCT v.id) > 1) x"
            if migrated.dialect.name == "sqlite"
            else "SELECT count(*) FROM (SELECT l.borrower_id FROM loan l JOIN visit v "
            "ON v.id = l.visit_id WHERE l.borrower_id IS NOT NULL AND v.arrived_at >= %s "
            "AND v.arrived_at < %s GROUP BY l.borrower_id HAVING count(DISTINCT v.id) > 1) x",
            (start, end),
        ).scalar_one()
    assert counted == rows
