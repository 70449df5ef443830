"""Audit events are append-only: the repository only adds and lists, the database refuses edits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import object_session

from desk.domain.records import AuditAction, RecordType, check_audit_details
from desk.storage.models import AuditEvent
from desk.storage.repositories import AuditRepository
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed


def _add_event(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    with uow() as unit:
        unit.audit.add(
            AuditEvent(
                action=AuditAction.DOCUMENT_UPLOADED,
                record_type=RecordType.DOCUMENT,
                record_id=seed.site_id,
                station_id=seed.station_id,
                staff_id=seed.staff_id,
                details=check_audit_details({"pages": 3, "destination": "housing-portal"}),
            )
        )
        unit.commit()


def test_events_are_added_and_listed(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    _add_event(uow, seed)
    with uow() as unit:
        [event] = unit.audit.list(record_type=RecordType.DOCUMENT, record_id=seed.site_id)
        assert event.action is AuditAction.DOCUMENT_UPLOADED
        assert event.details == {"pages": 3, "destination": "housing-portal"}
        assert event.at.tzinfo is not None
        assert unit.audit.list(record_type=RecordType.LOAN) == []


def test_the_repository_offers_no_update_or_delete() -> None:
    public = {name for name in vars(AuditRepository) if not name.startswith("_")}
    assert public == {"add", "list"}


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET action = 'loan_in'", "DELETE FROM audit_event"]
)
def test_the_database_refuses_changes(
    migrated: Engine, uow: Callable[[], SqlUnitOfWork], seed: Seed, statement: str
) -> None:
    _add_event(uow, seed)
    with pytest.raises(IntegrityError, match="append-only"), migrated.begin() as connection:
        connection.execute(text(statement))
    with migrated.connect() as connection:
        assert connection.execute(text("SELECT action FROM audit_event")).scalars().all() == [
            "document_uploaded"
        ]


def test_the_orm_cannot_delete_events(uow: Callable[[], SqlUnitOfWork], seed: Seed) -> None:
    _add_event(uow, seed)
    with uow() as unit:
        [event] = unit.audit.list()
        session = object_session(event)
        assert session is not None
        session.delete(event)
        with pytest.raises(IntegrityError, match="append-only"):
            unit.commit()


@pytest.mark.postgres
def test_postgres_refuses_truncate(postgres_url: str) -> None:
    from desk.storage.database import make_engine  # noqa: PLC0415
    from desk.storage.migrate import upgrade  # noqa: PLC0415

    engine = make_engine(postgres_url)
    try:
        upgrade(engine)
        with pytest.raises(IntegrityError, match="append-only"), engine.begin() as connection:
            connection.execute(text("TRUNCATE audit_event"))
    finally:
        engine.dispose()


def test_every_action_the_app_knows_is_accepted(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    with uow() as unit:
        for action in AuditAction:
            unit.audit.add(
                AuditEvent(action=action, record_type=RecordType.DOCUMENT, record_id=seed.site_id)
            )
        unit.commit()
    with uow() as unit:
        assert {event.action for event in unit.audit.list()} == set(AuditAction)


def test_events_written_before_the_0005_rebuild_survive_it_and_stay_append_only(
    engine: Engine, uow: Callable[[], SqlUnitOfWork]
) -> None:
    from desk.storage.migrate import downgrade, upgrade  # noqa: PLC0415

    downgrade(engine, "0004")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_event (id, at, action, record_type) "
                "VALUES ('0123456789abcdef0123456789abcdef', CURRENT_TIMESTAMP, 'loan_in', 'loan')"
            )
        )
    upgrade(engine)
    with uow() as unit:
        [event] = unit.audit.list()
        assert event.action is AuditAction.LOAN_IN
        unit.audit.add(
            AuditEvent(action=AuditAction.DOCUMENT_FILES_DELETED, record_type=RecordType.DOCUMENT)
        )
        unit.commit()
    with pytest.raises(IntegrityError, match="append-only"), engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event"))
