"""The unit of work: commit persists, anything else rolls back; records round-trip whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import text

from desk.domain.documents import DocumentKind, UploadState
from desk.domain.loans import DeviceCondition, DeviceKind, LoanKind
from desk.domain.records import AuditAction, RecordType
from desk.domain.triage import Barrier, ReferralKind
from desk.domain.visits import (
    AccessibilitySupport,
    AgeBand,
    EntryRoute,
    ModeOfHelp,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
)
from desk.storage.database import make_engine, make_session_factory
from desk.storage.errors import DatabaseUnreachable, RecordConflict
from desk.storage.migrate import upgrade
from desk.storage.models import (
    AuditEvent,
    Device,
    Document,
    Loan,
    PrintJob,
    Referral,
    SignInAttempt,
    Site,
    Staff,
    Station,
    Triage,
    Visit,
    VisitTask,
)
from desk.storage.types import utcnow
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed


class Boom(Exception):
    """A failure inside a unit of work."""


def test_commit_persists(uow: Callable[[], SqlUnitOfWork]) -> None:
    with uow() as unit:
        site = unit.sites.add(Site(code="eltham", name="Eltham Centre"))
        unit.commit()
    with uow() as unit:
        found = unit.sites.get_by_code("eltham")
        assert found is not None
        assert found.id == site.id
        assert found.name == "Eltham Centre"


def test_leaving_without_commit_rolls_back(uow: Callable[[], SqlUnitOfWork]) -> None:
    with uow() as unit:
        unit.sites.add(Site(code="eltham", name="Eltham Centre"))
        unit.flush()
    with uow() as unit:
        assert unit.sites.get_by_code("eltham") is None


def test_an_exception_rolls_back(uow: Callable[[], SqlUnitOfWork]) -> None:
    def fail_midway() -> None:
        with uow() as unit:
            unit.sites.add(Site(code="eltham", name="Eltham Centre"))
            unit.flush()
            raise Boom

    with pytest.raises(Boom):
        fail_midway()
    with uow() as unit:
        assert unit.sites.list() == []


def test_explicit_rollback_discards_since_last_commit(uow: Callable[[], SqlUnitOfWork]) -> None:
    with uow() as unit:
        unit.sites.add(Site(code="woolwich", name="Woolwich Centre"))
        unit.commit()
        unit.sites.add(Site(code="eltham", name="Eltham Centre"))
        unit.rollback()
        unit.commit()
    with uow() as unit:
        assert [site.code for site in unit.sites.list()] == ["woolwich"]


def test_objects_stay_readable_after_the_unit_closes(uow: Callable[[], SqlUnitOfWork]) -> None:
    with uow() as unit:
        site = unit.sites.add(Site(code="eltham", name="Eltham Centre"))
        unit.commit()
    assert site.name == "Eltham Centre"


def test_a_unit_of_work_is_used_in_a_with_block(uow: Callable[[], SqlUnitOfWork]) -> None:
    unit = uow()
    with pytest.raises(RuntimeError):
        unit.commit()


def test_a_visit_round_trips_with_tasks_triage_support_and_referrals(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    arrived = utcnow().replace(microsecond=0)
    with uow() as unit:
        visit = unit.visits.add(
            Visit(
                site_id=seed.site_id,
                station_id=seed.station_id,
                staff_id=seed.staff_id,
                entry_route=EntryRoute.APPOINTMENT,
                mode_of_help=ModeOfHelp.PAIRED,
                arrived_at=arrived,
                first_seen_at=arrived + timedelta(minutes=12),
                language="pl",
                interpreter_used=True,
                age_band=AgeBand.FROM_65_TO_74,
                postcode_outward="SE18",
            )
        )
        visit.accessibility_support.update(
            {AccessibilitySupport.LARGE_TEXT, AccessibilitySupport.HEARING_LOOP}
        )
        visit.tasks.append(
            VisitTask(
                service_area=ServiceArea.HOUSING,
                task_type=TaskType.SCAN_AND_UPLOAD,
                outcome=TaskOutcome.DONE_WITH_HELP,
                next_time=NextTime.SOME_HELP,
                pages_scanned=4,
                documents_uploaded=2,
            )
        )
        triage = Triage(inclusion_level=3, needs_device=True, needs_data=True)
        triage.barriers.update({Barrier.NO_DEVICE, Barrier.CANNOT_AFFORD_DATA})
        visit.triage = triage
        visit.referrals.append(Referral(kind=ReferralKind.DATA_BANK, target="National Databank"))
        unit.commit()
        visit_id = visit.id

    with uow() as unit:
        loaded = unit.visits.get(visit_id)
        assert loaded is not None
        assert loaded.version == 1
        assert loaded.arrived_at == arrived
        assert loaded.mode_of_help is ModeOfHelp.PAIRED
        assert loaded.age_band is AgeBand.FROM_65_TO_74
        assert set(loaded.accessibility_support) == {
            AccessibilitySupport.LARGE_TEXT,
            AccessibilitySupport.HEARING_LOOP,
        }
        [task] = loaded.tasks
        assert task.task_type is TaskType.SCAN_AND_UPLOAD
        assert task.service_area == "housing"
        assert (task.pages_scanned, task.pages_printed, task.documents_uploaded) == (4, 0, 2)
        assert loaded.triage is not None
        assert loaded.triage.inclusion_level == 3
        assert set(loaded.triage.barriers) == {Barrier.NO_DEVICE, Barrier.CANNOT_AFFORD_DATA}
        assert [r.kind for r in loaded.referrals] == [ReferralKind.DATA_BANK]
        assert unit.visits.list_open(seed.station_id) == [loaded]


def test_documents_listed_by_state_for_the_outbox(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    with uow() as unit:
        for state in (UploadState.QUEUED, UploadState.CONFIRMED, UploadState.FAILED):
            unit.documents.add(
                Document(
                    station_id=seed.station_id,
                    kind=DocumentKind.PAYSLIP,
                    page_count=2,
                    size_bytes=123_456,
                    sha256="ab" * 32,
                    state=state,
                )
            )
        unit.commit()
    with uow() as unit:
        pending = unit.documents.list_in_states([UploadState.QUEUED, UploadState.FAILED])
        assert sorted(doc.state for doc in pending) == [UploadState.FAILED, UploadState.QUEUED]
        assert all(doc.attempts == 0 and doc.version == 1 for doc in pending)


def test_one_unit_of_work_writes_related_rows_in_dependency_order(
    uow: Callable[[], SqlUnitOfWork],
) -> None:
    with uow() as unit:
        site = unit.sites.add(Site(code="eltham", name="Eltham Centre"))
        station = unit.stations.add(Station(site_id=site.id, name="EC-01"))
        staff = unit.staff.add(Staff(display_name="Jo", first_name="Jo", pin_hash="x"))
        device = unit.devices.add(
            Device(asset_tag="RBG-0009", kind=DeviceKind.TABLET, model="Tab", site_id=site.id)
        )
        visit = unit.visits.add(
            Visit(site_id=site.id, station_id=station.id, entry_route=EntryRoute.WALK_IN)
        )
        unit.documents.add(
            Document(
                visit_id=visit.id,
                station_id=station.id,
                kind=DocumentKind.IDENTITY,
                page_count=1,
                size_bytes=1,
                sha256="0" * 64,
            )
        )
        unit.print_jobs.add(
            PrintJob(visit_id=visit.id, station_id=station.id, printer="P", pages=1)
        )
        unit.loans.add(
            Loan(
                device_id=device.id,
                visit_id=visit.id,
                staff_id=staff.id,
                kind=LoanKind.IN_CENTRE,
                condition_out=DeviceCondition.GOOD,
            )
        )
        unit.audit.add(
            AuditEvent(
                action=AuditAction.LOAN_OUT,
                record_type=RecordType.LOAN,
                station_id=station.id,
                staff_id=staff.id,
            )
        )
        unit.staff.add_sign_in_attempt(
            SignInAttempt(staff_id=staff.id, station_id=station.id, succeeded=True)
        )
        unit.commit()
    with uow() as unit:
        assert len(unit.audit.list()) == 1


@pytest.mark.postgres
def test_a_lost_connection_becomes_database_unreachable(postgres_url: str) -> None:
    engine = make_engine(postgres_url)

    def query_after_the_server_drops_us() -> None:
        with SqlUnitOfWork(make_session_factory(engine)) as unit:
            assert unit.sites.list() == []
            with engine.connect() as other:
                other.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            unit.sites.list()

    try:
        upgrade(engine)
        with pytest.raises(DatabaseUnreachable) as caught:
            query_after_the_server_drops_us()
    finally:
        engine.dispose()
    message = str(caught.value)
    assert message.startswith("could not reach the database at postgresql://")
    assert message.endswith("(the connection was closed); nothing was saved. Try again.")


def test_a_change_the_database_refuses_is_one_plain_error_naming_its_rule(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    # Two stations of one site with the same name, as two stations saving at once would make.
    with uow() as unit:
        unit.stations.add(Station(site_id=seed.site_id, name="WC-STATION-01"))
        with pytest.raises(RecordConflict, match="another station may have saved") as refused:
            unit.commit()
    assert "WC-STATION-01" not in str(refused.value)
    assert refused.value.constraint is None or "station" in refused.value.constraint
    with uow() as unit:  # nothing of it was kept; the unit of work is usable again
        assert [s.name for s in unit.stations.list(seed.site_id)] == ["WC-STATION-01"]
