"""make_engine: SQLite set up for a station, PostgreSQL through psycopg 3, no password leaks."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.errors import ConfigError
from desk.storage.database import display_url, make_engine, parse_url
from desk.storage.models import Site


def test_sqlite_engine_creates_its_folder_and_sets_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "desk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert path.parent.is_dir()
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        engine.dispose()


def test_postgres_urls_use_psycopg_3() -> None:
    assert parse_url("postgresql://desk@db/desk").drivername == "postgresql+psycopg"
    assert parse_url("postgres://desk@db/desk").drivername == "postgresql+psycopg"


def test_password_is_added_but_never_shown() -> None:
    url = parse_url("postgresql://desk@db.example:5432/desk", password="s3cret")
    assert url.password == "s3cret"
    assert display_url(url) == "postgresql://desk@db.example:5432/desk"
    assert "s3cret" not in repr(url)


def test_no_password_in_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    engine = make_engine("postgresql://desk@127.0.0.1:1/desk", password="s3cret")
    engine.dispose()
    assert "s3cret" not in caplog.text


@pytest.mark.parametrize("url", ["mysql://desk@db/desk", "not a url"])
def test_unsupported_or_malformed_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        make_engine(url)
    assert "\n" not in str(caught.value)
    assert "sqlite:///" in str(caught.value)


def test_ids_exist_before_the_first_flush() -> None:
    assert Site(code="x", name="X").id is not None
    assert Site(code="x", name="X").id != Site(code="y", name="Y").id


def test_foreign_keys_are_enforced_on_sqlite(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError  # noqa: PLC0415

    from desk.storage.migrate import upgrade  # noqa: PLC0415

    engine = make_engine(f"sqlite:///{tmp_path / 'fk.sqlite3'}")
    try:
        upgrade(engine)
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO station (id, site_id, name, created_at) "
                    "VALUES ('aa', 'no-such-site', 'x', '2026-01-01 00:00:00')"
                )
            )
    finally:
        engine.dispose()
