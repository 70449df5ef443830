"""Repositories list records by their obvious keys, the same way on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from desk.domain.documents import PrintOutcome
from desk.domain.loans import DeviceCondition, DeviceKind, DeviceState, IdTypeSeen, LoanKind
from desk.domain.pins import lockout_state
from desk.domain.records import RetentionClass
from desk.domain.visits import EntryRoute
from desk.storage.errors import RecordConflict
from desk.storage.models import (
    Borrower,
    Device,
    Loan,
    PrintJob,
    SignInAttempt,
    Staff,
    Station,
    Visit,
)
from desk.storage.types import utcnow
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed


def test_failed_sign_ins_are_counted_after_a_time(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    now = utcnow()
    with uow() as unit:
        for minutes_ago in (1, 2, 3, 10):
            unit.staff.add_sign_in_attempt(
                SignInAttempt(
                    staff_id=seed.staff_id,
                    station_id=seed.station_id,
                    at=now - timedelta(minutes=minutes_ago),
                    succeeded=False,
                )
            )
        unit.staff.add_sign_in_attempt(
            SignInAttempt(staff_id=seed.staff_id, at=now - timedelta(minutes=5), succeeded=True)
        )
        unit.commit()
    with uow() as unit:
        assert unit.staff.last_sign_in(seed.staff_id) == now - timedelta(minutes=5)
        failures = unit.staff.failed_sign_in_times(seed.staff_id, now - timedelta(minutes=5))
        assert len(failures) == 3
        assert failures == sorted(failures)
        assert len(unit.staff.failed_sign_in_times(seed.staff_id)) == 4
        assert not lockout_state(failures, now).locked


def test_staff_list_hides_inactive_members(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    with uow() as unit:
        unit.staff.add(Staff(display_name="Ana K.", first_name="Ana", pin_hash="x", active=False))
        unit.commit()
    with uow() as unit:
        assert [s.first_name for s in unit.staff.list()] == ["Sam"]
        assert [s.first_name for s in unit.staff.list(active_only=False)] == ["Ana", "Sam"]


def test_stations_by_site_and_name(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    with uow() as unit:
        station = unit.stations.get_by_name(seed.site_id, "WC-STATION-01")
        assert station is not None
        assert station.id == seed.station_id
        assert unit.stations.list(seed.site_id) == [station]
        unit.stations.add(Station(site_id=seed.site_id, name="WC-STATION-01"))
        with pytest.raises(RecordConflict):
            unit.commit()


def test_devices_and_loans(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    now = utcnow()
    with uow() as unit:
        laptop = unit.devices.add(
            Device(asset_tag="RBG-0001", kind=DeviceKind.LAPTOP, model="X1", site_id=seed.site_id)
        )
        unit.devices.add(
            Device(asset_tag="RBG-0002", kind=DeviceKind.TABLET, model="Tab", site_id=seed.site_id)
        )
        borrower = unit.borrowers.add(
            Borrower(
                name="A. Resident",
                contact_number="07700 900123",
                id_type_seen=IdTypeSeen.PASSPORT,
                retention_class=RetentionClass.LOAN_CONTACT,
            )
        )
        laptop.state = DeviceState.ON_LOAN
        unit.loans.add(
            Loan(
                device_id=laptop.id,
                staff_id=seed.staff_id,
                borrower_id=borrower.id,
                kind=LoanKind.TAKE_HOME,
                out_at=now - timedelta(days=15),
                due_at=now - timedelta(days=1),
                condition_out=DeviceCondition.GOOD,
                agreement_version="2026-01",
            )
        )
        unit.commit()
    with uow() as unit:
        assert [d.asset_tag for d in unit.devices.list(state=DeviceState.AVAILABLE)] == ["RBG-0002"]
        [overdue] = unit.loans.list_overdue(now)
        assert overdue.device_id == laptop.id
        assert unit.loans.open_for_device(laptop.id) == overdue
        assert unit.loans.list_for_device(laptop.id) == [overdue]
        assert [b.id for b in unit.borrowers.list_not_anonymised()] == [borrower.id]


def test_a_take_home_loan_needs_a_due_date(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    with uow() as unit:
        device = unit.devices.add(
            Device(asset_tag="RBG-0003", kind=DeviceKind.LAPTOP, model="X1", site_id=seed.site_id)
        )
        borrower = unit.borrowers.add(Borrower(retention_class=RetentionClass.LOAN_CONTACT))
        unit.loans.add(
            Loan(
                device_id=device.id,
                staff_id=seed.staff_id,
                borrower_id=borrower.id,
                kind=LoanKind.TAKE_HOME,
                condition_out=DeviceCondition.GOOD,
            )
        )
        with pytest.raises(IntegrityError):
            unit.commit()


def test_print_jobs_by_visit_and_station(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    with uow() as unit:
        visit = unit.visits.add(
            Visit(site_id=seed.site_id, station_id=seed.station_id, entry_route=EntryRoute.WALK_IN)
        )
        job = unit.print_jobs.add(
            PrintJob(
                visit_id=visit.id,
                station_id=seed.station_id,
                printer="Front desk",
                pages=3,
                copies=2,
            )
        )
        unit.commit()
    with uow() as unit:
        [stored] = unit.print_jobs.list_for_visit(visit.id)
        assert (stored.id, stored.outcome, stored.copies) == (job.id, PrintOutcome.QUEUED, 2)
        since = utcnow() - timedelta(hours=1)
        assert unit.print_jobs.list_for_station(seed.station_id, since) == [stored]
