"""check_database and the migration entry points say in one line what is wrong and what to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from desk.errors import DatabaseError
from desk.storage import migrate
from desk.storage.database import make_engine
from desk.storage.errors import (
    DatabaseAhead,
    DatabaseBehind,
    DatabaseNotMigrated,
    DatabaseUnreachable,
)
from desk.storage.migrate import check_database, current_revision, head_revision, upgrade
from tests.ports import closed_port as held_closed_port


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A localhost TCP port nothing listens on (held for the test)."""
    with held_closed_port() as port:
        yield port


@pytest.fixture
def unreachable_postgres(closed_port: int) -> Iterator[Engine]:
    """An engine for a PostgreSQL server that is not there, with a password from the keyring."""
    engine = make_engine(
        f"postgresql://desk@127.0.0.1:{closed_port}/desk", password="s3cret-from-keyring"
    )
    try:
        yield engine
    finally:
        engine.dispose()


def _one_line(error: BaseException) -> str:
    message = str(error)
    assert "\n" not in message
    assert isinstance(error, DatabaseError)
    return message


def test_up_to_date_database_passes(migrated: Engine) -> None:
    check_database(migrated)


def test_unreachable_postgres_names_the_server_without_the_password(
    unreachable_postgres: Engine, closed_port: int
) -> None:
    with pytest.raises(DatabaseUnreachable) as caught:
        check_database(unreachable_postgres)
    message = _one_line(caught.value)
    assert message == (
        f"could not connect to the database at postgresql://desk@127.0.0.1:{closed_port}/desk "
        "(connection refused). Check the database_url setting and that the server is running."
    )
    assert "s3cret" not in repr(caught.value.__cause__)


def test_every_entry_point_reports_unreachable(unreachable_postgres: Engine) -> None:
    with pytest.raises(DatabaseUnreachable):
        current_revision(unreachable_postgres)
    with pytest.raises(DatabaseUnreachable, match="connection refused"):
        upgrade(unreachable_postgres)


def test_sqlite_file_that_cannot_be_opened(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    engine = make_engine(f"sqlite:///{blocker / 'desk.sqlite3'}")
    try:
        with pytest.raises(DatabaseUnreachable) as caught:
            check_database(engine)
    finally:
        engine.dispose()
    message = _one_line(caught.value)
    assert f"sqlite:///{blocker / 'desk.sqlite3'}" in message
    assert "(cannot open the database file)" in message


def test_empty_database_is_not_migrated(engine: Engine) -> None:
    with pytest.raises(DatabaseNotMigrated) as caught:
        check_database(engine)
    message = _one_line(caught.value)
    assert "is not migrated (it has no Station Desk tables). Run: desk db upgrade" in message


def test_foreign_tables_without_a_migration_record(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE payroll (id INTEGER PRIMARY KEY)"))
    with pytest.raises(DatabaseNotMigrated, match="has tables but no Station Desk migration"):
        check_database(engine)


def test_database_behind_the_app(migrated: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    current = head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "0099")
    with pytest.raises(DatabaseBehind) as caught:
        check_database(migrated)
    message = _one_line(caught.value)
    assert message.endswith(
        f"is at revision {current} but this version of Station Desk needs 0099. "
        "Run: desk db upgrade"
    )


def test_database_ahead_of_the_app(migrated: Engine) -> None:
    with migrated.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(DatabaseAhead) as caught:
        check_database(migrated)
    message = _one_line(caught.value)
    assert "is newer than this station's Station Desk (it is at revision 0999;" in message
    assert message.endswith("Upgrade Station Desk on this station.")


def test_a_newer_database_is_refused_by_upgrade_and_downgrade(migrated: Engine) -> None:
    with migrated.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed0999'"))
    for operation in (lambda: upgrade(migrated), lambda: migrate.downgrade(migrated, "base")):
        with pytest.raises(DatabaseAhead) as caught:
            operation()
        assert "newer than this station's Station Desk" in _one_line(caught.value)
    assert current_revision(migrated) == "f00dfeed0999", "nothing was changed"


@pytest.mark.postgres
def test_missing_postgres_database_is_reported(postgres_url: str) -> None:
    engine = make_engine(postgres_url.rsplit("/", 1)[0] + "/no_such_database")
    try:
        with pytest.raises(DatabaseUnreachable, match='database "no_such_database" does not exist'):
            check_database(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("driver_message", "reason"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
            "Connection refused\n\tIs the server running on that host?",
            "connection refused",
        ),
        ("connection failed: timeout expired", "timed out"),
        (
            'failed to resolve host "db.example": [Errno -2] Name or service not known',
            "unknown host name",
        ),
        (
            'connection failed: FATAL:  password authentication failed for user "desk"',
            "password authentication failed",
        ),
        (
            'connection failed: FATAL:  database "desk" does not exist',
            'database "desk" does not exist',
        ),
        ("unable to open database file", "cannot open the database file"),
        ("something nobody expected\nsecond line", "something nobody expected"),
    ],
)
def test_connection_failure_reasons_are_a_few_words(driver_message: str, reason: str) -> None:
    assert migrate.connection_failure_reason(Exception(driver_message)) == reason


def test_socket_urls_are_shown_readably() -> None:
    from desk.storage.database import display_url  # noqa: PLC0415

    shown = display_url("postgresql://desk:pw@/desk?host=/var/run/postgresql")
    assert shown == "postgresql://desk@/desk?host=/var/run/postgresql"
