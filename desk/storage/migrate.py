"""Alembic migrations run from code (no alembic.ini, no reliance on the working folder).

`upgrade` applies them, `current_revision` and `head_revision` say where a database and this
version of the app stand, and `check_database` turns every way a database can be unusable into
one line that says what to do.
"""

from __future__ import annotations

import functools
import io
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeAlias

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import InterfaceError, OperationalError

from desk.storage.database import display_url, make_engine, parse_url
from desk.storage.errors import (
    DatabaseAhead,
    DatabaseBehind,
    DatabaseNotMigrated,
    DatabaseNotOurs,
    DatabaseUnreachable,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
"""The Alembic script folder shipped inside the package."""

VERSION_TABLE = "alembic_version"

_Operation: TypeAlias = Callable[[Config], None]


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code; `connection` is what env.py migrates."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def script_directory() -> ScriptDirectory:
    """The migration scripts this version of Station Desk ships (read once: they are files
    of this installation, and every check asks for them)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The revision this version of Station Desk needs."""
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    """Every revision this version of Station Desk knows."""
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or None if it was never migrated. Raises DatabaseUnreachable."""
    with _reachable(engine), engine.connect() as connection:
        return _current(connection)


def upgrade(target: Engine | str, revision: str = "head", *, password: str | None = None) -> None:
    """Bring the database to `revision` (the latest by default).

    Raises DatabaseUnreachable, or DatabaseAhead when a newer Station Desk migrated it.
    """
    _run(target, password, _guarded(lambda config: command.upgrade(config, revision)))


def downgrade(target: Engine | str, revision: str, *, password: str | None = None) -> None:
    """Take the database back to `revision` ("base" empties it). For tests and IT only."""
    _run(target, password, _guarded(lambda config: command.downgrade(config, revision)))


def refuse_newer(where: str, current: str | None) -> None:
    """Raise DatabaseAhead when `current` is a revision this version of Station Desk lacks."""
    if current is not None and current not in known_revisions():
        raise DatabaseAhead(
            f"the database at {where} is newer than this station's Station Desk (it is at "
            f"revision {current}; this version knows up to {head_revision()}). "
            "Upgrade Station Desk on this station."
        )


def _guarded(operation: _Operation) -> _Operation:
    """`operation`, refused with one line on a database a newer Station Desk migrated (Alembic
    would fail with "Can't locate revision"), also when one migrates it while we wait."""

    def run(config: Config) -> None:
        connection: Connection = config.attributes["connection"]
        where = display_url(connection.engine.url)
        refuse_newer(where, _current(connection))
        try:
            operation(config)
        except CommandError:
            refuse_newer(where, _current(connection))
            raise

    return run


def upgrade_sql(url: str, revision: str = "head") -> str:
    """The SQL that `upgrade` would run on a fresh database of `url`'s kind, for a DBA to review.

    Nothing connects to the database; only the URL's dialect matters.
    """
    buffer = io.StringIO()
    config = alembic_config()
    config.output_buffer = buffer
    config.set_main_option("sqlalchemy.url", parse_url(url).render_as_string(hide_password=True))
    command.upgrade(config, revision, sql=True)
    return buffer.getvalue()


def new_revision(engine: Engine, message: str) -> None:
    """Autogenerate a migration from the models against an up-to-date database (developers)."""

    def make(config: Config) -> None:
        command.revision(config, message=message, autogenerate=True)

    _run(engine, None, make)


def check_database(engine: Engine) -> None:
    """Return if the database is reachable and at this version's revision; else raise one line.

    Raises DatabaseUnreachable, DatabaseNotMigrated, DatabaseBehind or DatabaseAhead.
    """
    where = display_url(engine.url)
    with _reachable(engine), engine.connect() as connection:
        current = _current(connection)
        tables = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
    head = head_revision()
    if current == head:
        return
    if current is None:
        if tables:
            raise DatabaseNotOurs(
                f"the database at {where} has tables but no Station Desk migration record. "
                "Check that the database_url setting names the Station Desk database."
            )
        raise DatabaseNotMigrated(
            f"the database at {where} is not migrated (it has no Station Desk tables). "
            "Run: desk db upgrade"
        )
    refuse_newer(where, current)
    raise DatabaseBehind(
        f"the database at {where} is at revision {current} but this version of Station Desk "
        f"needs {head}. Run: desk db upgrade"
    )


def _current(connection: Connection) -> str | None:
    heads = MigrationContext.configure(connection).get_current_heads()
    return heads[0] if heads else None


def _run(target: Engine | str, password: str | None, operation: _Operation) -> None:
    engine = target if isinstance(target, Engine) else make_engine(target, password=password)
    try:
        with _reachable(engine), engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                # Batch migrations copy and drop tables; enforced foreign keys would cascade.
                connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            try:
                operation(alembic_config(connection))
                connection.commit()
            finally:
                if sqlite:
                    connection.rollback()
                    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            revision = _current(connection)
        log.info("database migrated backend=%s revision=%s", engine.dialect.name, revision)
    finally:
        if engine is not target:
            engine.dispose()


@contextmanager
def _reachable(engine: Engine) -> Iterator[None]:
    """Turn a failure to connect into DatabaseUnreachable with a redacted URL and a short reason."""
    try:
        yield
    except (OperationalError, InterfaceError) as error:
        where = display_url(engine.url)
        reason = connection_failure_reason(error)
        raise DatabaseUnreachable(
            f"could not connect to the database at {where} ({reason}). {_advice(reason)}"
        ) from error


def _advice(reason: str) -> str:
    """What to do about a failure to connect, by its reason."""
    if reason in {"password authentication failed", "no password given"}:
        return (
            "Store the database user's password on this station with: "
            "desk secret set database-password (and check the user name in database_url)."
        )
    return "Check the database_url setting and that the server is running."


_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in (
        (r"connection refused", "connection refused"),
        (r"timeout expired|timed out", "timed out"),
        (
            r"could not translate host name|name or service not known|nodename nor servname",
            "unknown host name",
        ),
        (r"password authentication failed", "password authentication failed"),
        (r"no password supplied|fe_sendauth", "no password given"),
        (r"no pg_hba\.conf entry", "the server does not accept this station"),
        (r"(database|role) \"[^\"]+\" does not exist", r"\g<0>"),
        (r"unable to open database file", "cannot open the database file"),
        (r"no such file or directory", "no server at that socket"),
        (r"permission denied", "permission denied"),
        (r"database is locked", "the database is locked by another program"),
        (
            r"server closed the connection|terminating connection|connection.*closed",
            "the connection was closed",
        ),
        (r"invalid response to ssl negotiation", "the server there does not speak PostgreSQL"),
        (r"ssl", "SSL problem"),
    )
)


def connection_failure_reason(error: BaseException) -> str:
    """A few words on why a connection failed, from the driver's message (no secrets in it)."""
    text = str(getattr(error, "orig", None) or error)
    for pattern, reason in _REASONS:
        match = pattern.search(text)
        if match:
            return match.expand(reason)
    first = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return first[:80]
