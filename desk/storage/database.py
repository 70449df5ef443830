"""Engines and sessions: SQLite (embedded) and PostgreSQL (shared) set up the way the app needs."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desk.config import user_data_dir
from desk.errors import ConfigError
from desk.private import private_dir, private_sqlite

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
"""How long a SQLite writer waits for another writer before giving up."""

POSTGRES_CONNECT_TIMEOUT_S = 10
"""How long to wait for the PostgreSQL server to answer before calling it unreachable."""

_POSTGRES_DRIVERS = {"postgresql", "postgresql+psycopg", "postgres"}


def parse_url(url: str | URL, *, password: str | None = None) -> URL:
    """A database URL with the driver filled in (PostgreSQL -> psycopg 3) and the password set.

    Raises ConfigError for a malformed URL or a database other than SQLite or PostgreSQL.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(
            "the database_url setting is not a valid database URL; "
            "use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE"
        ) from None
    if parsed.drivername in _POSTGRES_DRIVERS:
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername not in {"sqlite", "sqlite+pysqlite"}:
        raise ConfigError(
            f"the database_url setting names an unsupported database ({parsed.drivername}); "
            "use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE"
        )
    if password is not None:
        parsed = parsed.set(password=password)
    return parsed


def display_url(url: str | URL) -> str:
    """A URL fit for messages and logs: no password, no driver name (postgresql://desk@host/db)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "<unparseable database URL>"
    shown = URL.create(
        parsed.get_backend_name(),
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return unquote(shown.render_as_string(hide_password=True))


def make_engine(
    url: str | URL,
    *,
    password: str | None = None,
    echo: bool = False,
    connect_timeout: float = POSTGRES_CONNECT_TIMEOUT_S,
    pooled: bool = True,
) -> Engine:
    """An engine for `url`; `password` (from the OS keyring) is never part of the configured URL.

    SQLite: the parent folder is created if missing; every connection enforces foreign keys,
    uses the WAL journal and waits for a busy database. PostgreSQL: psycopg 3, a short connect
    timeout and a liveness check before a pooled connection is reused (with `pooled=False`, a
    new connection each time: what the journal's replay uses, so that no check of an old one
    can hang outside its watchdog).

    A database error never carries the values of the row it refused (residents' names, phone
    numbers): bound parameters are hidden, and PostgreSQL's DETAIL ("Failing row contains (...)",
    "Key (...)=(...) already exists") is dropped from the message; the constraint's name stays.
    """
    parsed = parse_url(url, password=password)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, echo=echo)
    connect_args: dict[str, Any] = {
        "connect_timeout": max(1, round(connect_timeout)),
        "application_name": "station-desk",
    }
    engine = (
        create_engine(
            parsed,
            echo=echo,
            pool_pre_ping=True,
            connect_args=connect_args,
            hide_parameters=True,
        )
        if pooled
        else create_engine(
            parsed, echo=echo, poolclass=NullPool, connect_args=connect_args, hide_parameters=True
        )
    )
    event.listen(engine, "handle_error", _without_row_values)
    log.info("database engine backend=postgresql")
    return engine


def sqlite_file(url: str | URL) -> Path | None:
    """The file of a SQLite URL (None for another database, an in-memory or a URI one)."""
    parsed = parse_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in {"", ":memory:"}:
        return None
    if database.startswith("file:"):
        return None
    return Path(database).expanduser()


def make_inspection_engine(url: str | URL, *, password: str | None = None) -> Engine:
    """An engine that only looks: a SQLite file is opened as it is (never created, its folder
    never made, its journal mode left alone); PostgreSQL as by `make_engine`."""
    parsed = parse_url(url, password=password)
    path = sqlite_file(parsed)
    if path is None:
        return make_engine(parsed)
    location = f"file:{quote(path.as_posix())}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(location, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)

    return create_engine(parsed, creator=connect)


def _sqlite_engine(url: URL, *, echo: bool) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database).expanduser()
        try:
            # Made private if missing; a folder IT chose that is there already may be shared on
            # purpose, while the app's own data folder is tightened if an older version left it
            # open.
            private_dir(path.parent, tighten_existing=path.parent == user_data_dir())
            # The file holds residents' and staff's data: this account's alone, side files too.
            private_sqlite(path)
        except OSError:
            log.info("cannot create the SQLite database file; check_database will report it")
    engine = create_engine(
        url,
        echo=echo,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    log.info("database engine backend=sqlite")
    return engine


def _without_row_values(context: ExceptionContext) -> BaseException | None:
    """The same error, with only the server's primary message (no DETAIL, HINT or CONTEXT).

    psycopg's message is the server's whole report, and its DETAIL quotes the refused row's
    values; its `diag` keeps the fields a caller may need (sqlstate, constraint name).
    """
    original = context.original_exception
    wrapped = context.sqlalchemy_exception
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if not isinstance(wrapped, DBAPIError) or not primary:
        return None
    original.args = (primary,)
    return DBAPIError.instance(
        wrapped.statement,
        wrapped.params,
        original,
        context.dialect.loaded_dbapi.Error,
        hide_parameters=True,
        connection_invalidated=wrapped.connection_invalidated,
        dialect=context.dialect,
        ismulti=wrapped.ismulti,
    )


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS:d}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for units of work; objects stay readable after commit so services can copy them."""
    return sessionmaker(engine, expire_on_commit=False)
