"""A handful of visits, small enough to count by hand, with times on the clock changes' edges.

Sites woolwich (stations WC-1, WC-2) and eltham (EL-1). All times below are UTC; London is on
BST (UTC+1) from 01:00 UTC on 29 March 2026 to 01:00 UTC on 25 October 2026.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desk.domain.documents import DocumentKind, PrintOutcome, UploadState
from desk.domain.loans import DeviceCondition, DeviceKind, DeviceState, LoanKind
from desk.domain.records import RetentionClass
from desk.domain.triage import Barrier, ReferralKind
from desk.domain.visits import (
    EntryRoute,
    ModeOfHelp,
    NextTime,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.storage.models import (
    Borrower,
    Device,
    Document,
    Loan,
    PrintJob,
    Referral,
    Site,
    Staff,
    Station,
    Triage,
    Visit,
    VisitTask,
    WaitlistEntry,
)
from desk.storage.uow import SqlUnitOfWork


def utc(text: str) -> datetime:
    """A UTC time from `2026-06-11 09:00:00`."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


NOW = utc("2026-06-20 12:00:00")


@dataclass
class Ids:
    """The fixture's sites and stations."""

    woolwich: uuid.UUID
    eltham: uuid.UUID
    wc1: uuid.UUID
    wc2: uuid.UUID
    el1: uuid.UUID
    staff: uuid.UUID


def _visit(
    ids: Ids,
    station: str,
    arrived: str,
    *,
    wait: timedelta = timedelta(0),
    length: timedelta | None = timedelta(minutes=10),
    route: EntryRoute = EntryRoute.WALK_IN,
    mode: ModeOfHelp | None = ModeOfHelp.RESIDENT_ALONE,
    outcome: VisitOutcome = VisitOutcome.COMPLETED,
    measured: bool = False,
) -> Visit:
    station_id = getattr(ids, station)
    site_id = ids.woolwich if station.startswith("wc") else ids.eltham
    arrived_at = utc(arrived)
    seen = arrived_at + wait
    return Visit(
        site_id=site_id,
        station_id=station_id,
        staff_id=ids.staff,
        entry_route=route,
        mode_of_help=mode,
        arrived_at=arrived_at,
        first_seen_at=seen,
        started_at=seen,
        ended_at=None if length is None else seen + length,
        outcome=outcome,
        arrival_measured=measured,
    )


def build(make_uow: Callable[[], SqlUnitOfWork]) -> Ids:
    """Write the fixture; see the module's notes and each report's test for the counts."""
    with make_uow() as unit:
        woolwich = unit.sites.add(Site(code="woolwich", name="Woolwich Centre"))
        eltham = unit.sites.add(Site(code="eltham", name="Eltham Centre"))
        unit.flush()
        wc1 = unit.stations.add(Station(site_id=woolwich.id, name="WC-1"))
        wc2 = unit.stations.add(Station(site_id=woolwich.id, name="WC-2"))
        el1 = unit.stations.add(Station(site_id=eltham.id, name="EL-1"))
        staff = unit.staff.add(Staff(display_name="Sam P.", first_name="Sam", pin_hash="x"))
        unit.flush()
        ids = Ids(woolwich.id, eltham.id, wc1.id, wc2.id, el1.id, staff.id)

        # June (BST). 1: 00:30 BST on 11 June, at the kiosk, seen at once.
        unit.visits.add(_visit(ids, "wc1", "2026-06-10 23:30:00"))
        # 2: 10:00 BST, "arrived 15 minutes ago", paired, 30 minutes' help, one task.
        two = unit.visits.add(
            _visit(
                ids,
                "wc2",
                "2026-06-11 09:00:00",
                wait=timedelta(minutes=15),
                length=timedelta(minutes=30),
                route=EntryRoute.APPOINTMENT,
                mode=ModeOfHelp.PAIRED,
            )
        )
        two.tasks.append(
            VisitTask(
                service_area="housing",
                task_type=TaskType.SCAN_AND_UPLOAD,
                outcome=TaskOutcome.DONE_WITH_HELP,
                next_time=NextTime.SOME_HELP,
                pages_scanned=3,
                documents_uploaded=1,
            )
        )
        # 3: a measured wait of 7.5 minutes at Eltham, on the resident's behalf, two tasks,
        # a triage, a referral and a take-home loan.
        three = unit.visits.add(
            _visit(
                ids,
                "el1",
                "2026-06-11 12:00:07.500000",
                wait=timedelta(minutes=7, seconds=30),
                length=timedelta(minutes=20),
                mode=ModeOfHelp.ON_BEHALF,
                outcome=VisitOutcome.PARTLY_COMPLETED,
                measured=True,
            )
        )
        three.tasks.extend(
            [
                VisitTask(
                    service_area="council_tax",
                    task_type=TaskType.ONLINE_FORM,
                    outcome=TaskOutcome.DONE_ON_BEHALF,
                    next_time=NextTime.SAME_HELP,
                ),
                VisitTask(
                    service_area="benefits_evidence",
                    task_type=TaskType.PRINT,
                    outcome=TaskOutcome.DONE_WITH_HELP,
                    next_time=NextTime.ALONE,
                    pages_printed=2,
                ),
            ]
        )
        three.triage = Triage(inclusion_level=3, needs_device=True, needs_skills=True)
        three.triage.barriers.update({Barrier.NO_DEVICE, Barrier.SKILLS_FOUNDATION})
        three.referrals.append(Referral(kind=ReferralKind.DEVICE_BANK, target="Device bank"))
        # 4: left before being seen, at Eltham on 12 June; no mode of help recorded.
        unit.visits.add(
            _visit(
                ids,
                "el1",
                "2026-06-12 08:00:00",
                length=None,
                mode=None,
                outcome=VisitOutcome.LEFT_BEFORE_SEEN,
            )
        )
        # Spring: 23:30 GMT on Sunday 22 March; 00:30 GMT and 00:30 BST on 29 and 30 March.
        for when in ("2026-03-22 23:30:00", "2026-03-29 00:30:00", "2026-03-29 23:30:00"):
            unit.visits.add(_visit(ids, "wc1", when))
        # Autumn: 00:30 BST on 25 October, 01:30 BST and 01:30 GMT (the same local hour twice),
        # 23:30 GMT that evening.
        for when in (
            "2026-10-24 23:30:00",
            "2026-10-25 00:30:00",
            "2026-10-25 01:30:00",
            "2026-10-25 23:30:00",
        ):
            unit.visits.add(_visit(ids, "wc1", when))
        unit.flush()

        # Documents and prints at WC-2 on 11 June.
        for state in (
            UploadState.CONFIRMED,
            UploadState.CONFIRMED,
            UploadState.REJECTED,
            UploadState.FAILED,
        ):
            unit.documents.add(
                Document(
                    visit_id=two.id,
                    station_id=wc2.id,
                    kind=DocumentKind.TENANCY,
                    page_count=2,
                    size_bytes=1000,
                    sha256="0" * 64,
                    state=state,
                    created_at=utc("2026-06-11 09:20:00"),
                )
            )
        for outcome, pages, copies in (
            (PrintOutcome.COMPLETED, 2, 2),
            (PrintOutcome.FAILED, 5, 1),
        ):
            unit.print_jobs.add(
                PrintJob(
                    visit_id=three.id,
                    station_id=el1.id,
                    printer="EL-Printer",
                    pages=pages,
                    copies=copies,
                    outcome=outcome,
                    submitted_at=utc("2026-06-11 12:15:00"),
                )
            )

        # Loans: a laptop at Eltham lent home in visit 3, due 18 June, not back (overdue on
        # NOW); a tablet at Woolwich lent in the centre on 11 June and back the same day.
        laptop = unit.devices.add(
            Device(
                asset_tag="LT-1",
                kind=DeviceKind.LAPTOP,
                model="L",
                site_id=eltham.id,
                state=DeviceState.ON_LOAN,
            )
        )
        tablet = unit.devices.add(
            Device(
                asset_tag="TB-1",
                kind=DeviceKind.TABLET,
                model="T",
                site_id=woolwich.id,
                state=DeviceState.AWAITING_WIPE,
            )
        )
        unit.devices.add(
            Device(asset_tag="TB-2", kind=DeviceKind.TABLET, model="T", site_id=woolwich.id)
        )
        borrower = unit.borrowers.add(
            Borrower(
                name="A Resident",
                contact_number="07700900000",
                retention_class=RetentionClass.LOAN_CONTACT,
            )
        )
        unit.flush()
        unit.loans.add(
            Loan(
                device_id=laptop.id,
                visit_id=three.id,
                staff_id=staff.id,
                borrower_id=borrower.id,
                kind=LoanKind.TAKE_HOME,
                out_at=utc("2026-06-11 12:25:00"),
                due_at=utc("2026-06-18 16:00:00"),
                condition_out=DeviceCondition.GOOD,
            )
        )
        unit.loans.add(
            Loan(
                device_id=tablet.id,
                visit_id=two.id,
                staff_id=staff.id,
                kind=LoanKind.IN_CENTRE,
                out_at=utc("2026-06-11 09:20:00"),
                back_at=utc("2026-06-11 09:45:00"),
                condition_out=DeviceCondition.GOOD,
            )
        )
        # The waitlist at Eltham: one place still open (a laptop), one served after 2 days.
        unit.devices.add_waitlist_entry(
            WaitlistEntry(
                site_id=eltham.id,
                kind=DeviceKind.LAPTOP,
                loan_kind=LoanKind.TAKE_HOME,
                created_at=utc("2026-06-12 10:00:00"),
            )
        )
        unit.devices.add_waitlist_entry(
            WaitlistEntry(
                site_id=eltham.id,
                kind=DeviceKind.TABLET,
                loan_kind=LoanKind.TAKE_HOME,
                created_at=utc("2026-06-10 10:00:00"),
                closed_at=utc("2026-06-12 10:00:00"),
            )
        )
        unit.commit()
    return ids
