"""The migrations build exactly the models, both ways, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import CheckConstraint, Engine, Uuid, bindparam, inspect, text
from sqlalchemy.exc import IntegrityError

from desk.domain.visits import EntryRoute
from desk.storage.database import make_engine
from desk.storage.migrate import (
    current_revision,
    downgrade,
    head_revision,
    upgrade,
    upgrade_sql,
)
from desk.storage.models import Base, Triage, Visit
from desk.storage.types import UtcDateTime, utcnow
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed


def _differences(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_migrations_match_models(migrated: Engine) -> None:
    assert current_revision(migrated) == head_revision()
    assert _differences(migrated) == []


def test_check_constraints_have_the_models_names(migrated: Engine) -> None:
    inspector = inspect(migrated)
    for table in Base.metadata.sorted_tables:
        expected = {
            str(constraint.name)
            for constraint in table.constraints
            if isinstance(constraint, CheckConstraint)
        }
        found = {check["name"] for check in inspector.get_check_constraints(table.name)}
        assert found == expected, table.name


def test_downgrade_to_base_and_upgrade_again(migrated: Engine) -> None:
    downgrade(migrated, "base")
    assert current_revision(migrated) is None
    assert set(inspect(migrated).get_table_names()) <= {"alembic_version"}
    upgrade(migrated)
    assert current_revision(migrated) == head_revision()
    assert _differences(migrated) == []


def test_upgrade_twice_is_harmless(migrated: Engine) -> None:
    upgrade(migrated)
    assert current_revision(migrated) == head_revision()


def test_upgrade_by_url_string(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def _insert_visit(engine: Engine, seed: Seed, **override: str) -> None:
    values = {"entry_route": "walk_in", "mode_of_help": "paired", "age_band": "25_34"} | override
    statement = text(
        "INSERT INTO visit (id, site_id, station_id, entry_route, mode_of_help, age_band, "
        "arrived_at, interpreter_used, created_at, updated_at, version) VALUES (:id, :site, "
        ":station, :entry_route, :mode_of_help, :age_band, :now, false, :now, :now, 1)"
    ).bindparams(
        bindparam("id", type_=Uuid()),
        bindparam("site", type_=Uuid()),
        bindparam("station", type_=Uuid()),
        bindparam("now", type_=UtcDateTime()),
    )
    with engine.begin() as connection:
        connection.execute(
            statement,
            {"id": uuid.uuid4(), "site": seed.site_id, "station": seed.station_id, "now": utcnow()}
            | values,
        )


def test_plain_sql_with_known_values_is_accepted(migrated: Engine, seed: Seed) -> None:
    _insert_visit(migrated, seed)


@pytest.mark.parametrize(
    "override",
    [{"entry_route": "teleported"}, {"mode_of_help": "telepathy"}, {"age_band": "AGE_18_24"}],
)
def test_database_refuses_unknown_enum_values(
    migrated: Engine, seed: Seed, override: dict[str, str]
) -> None:
    with pytest.raises(IntegrityError):
        _insert_visit(migrated, seed, **override)


def test_database_refuses_an_inclusion_level_off_the_scale(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    with uow() as unit:
        visit = unit.visits.add(
            Visit(site_id=seed.site_id, station_id=seed.station_id, entry_route=EntryRoute.WALK_IN)
        )
        visit.triage = Triage(inclusion_level=10)
        with pytest.raises(IntegrityError):
            unit.commit()


@pytest.mark.parametrize("url", ["postgresql://desk@db.example/desk", "sqlite:///desk.sqlite3"])
def test_upgrade_sql_for_a_dba(url: str) -> None:
    script = upgrade_sql(url)
    assert "CREATE TABLE visit" in script
    assert "TRIGGER audit_event" in script
    assert "INSERT INTO alembic_version" in script


def test_staff_from_before_roles_are_champions(migrated: Engine) -> None:
    downgrade(migrated, "0007")
    statement = text(
        "INSERT INTO staff (id, display_name, first_name, pin_hash, active, created_at, "
        "updated_at, version) VALUES (:id, 'Asha Patel', 'Asha', 'x', true, :now, :now, 1)"
    ).bindparams(bindparam("id", type_=Uuid()), bindparam("now", type_=UtcDateTime()))
    with migrated.begin() as connection:
        connection.execute(statement, {"id": uuid.uuid4(), "now": utcnow()})
    upgrade(migrated)
    with migrated.connect() as connection:
        assert connection.execute(text("SELECT role FROM staff")).scalars().all() == ["champion"]
    downgrade(migrated, "0007")  # and back, keeping the member of staff
    with migrated.connect() as connection:
        assert connection.execute(text("SELECT display_name FROM staff")).scalars().all() == [
            "Asha Patel"
        ]


def _insert_document(engine: Engine, seed: Seed, kind: str) -> uuid.UUID:
    document_id = uuid.uuid4()
    statement = text(
        "INSERT INTO document (id, station_id, kind, page_count, size_bytes, sha256, state, "
        "attempts, created_at, updated_at, version) VALUES (:id, :station, :kind, 2, 10, "
        "'ab', 'confirmed', 1, :now, :now, 1)"
    ).bindparams(
        bindparam("id", type_=Uuid()),
        bindparam("station", type_=Uuid()),
        bindparam("now", type_=UtcDateTime()),
    )
    with engine.begin() as connection:
        connection.execute(
            statement,
            {"id": document_id, "station": seed.station_id, "kind": kind, "now": utcnow()},
        )
    return document_id


def test_documents_keep_their_rows_and_gain_a_service_and_the_kinds_letter_and_photo(
    migrated: Engine, seed: Seed
) -> None:
    downgrade(migrated, "0008")
    with pytest.raises(IntegrityError):
        _insert_document(migrated, seed, "letter")
    kept = _insert_document(migrated, seed, "payslip")
    upgrade(migrated)
    _insert_document(migrated, seed, "letter")
    _insert_document(migrated, seed, "photo")
    with migrated.begin() as connection:
        connection.execute(
            text(
                "UPDATE document SET service = 'housing', case_reference = 'HR1234567', "
                "back_office_status = 'accepted' WHERE id = :id"
            ).bindparams(bindparam("id", type_=Uuid())),
            {"id": kept},
        )
    with pytest.raises(IntegrityError), migrated.begin() as connection:
        connection.execute(text("UPDATE document SET back_office_status = 'lost'"))
    with migrated.connect() as connection:
        row = connection.execute(
            text("SELECT kind, service, case_reference FROM document WHERE service IS NOT NULL")
        ).one()
    assert tuple(row) == ("payslip", "housing", "HR1234567")
    with migrated.begin() as connection:
        connection.execute(text("DELETE FROM document WHERE kind IN ('letter', 'photo')"))
    downgrade(migrated, "0008")  # and back, keeping the payslip
    with migrated.connect() as connection:
        assert connection.execute(text("SELECT kind FROM document")).scalars().all() == ["payslip"]
