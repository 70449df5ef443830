"""The analysts' read-only PostgreSQL role (docs/reports.md, "A read-only role for analysts"),
on the real PostgreSQL fixture: it reads the report views, and can neither write nor read the
tables behind them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from desk.storage.database import make_engine, make_session_factory
from desk.storage.migrate import upgrade
from desk.storage.uow import SqlUnitOfWork
from tests.reports.fixture import build

pytestmark = pytest.mark.postgres
DOCS = Path(__file__).resolve().parents[2] / "docs" / "reports.md"
PASSWORD = "analyst-test-password"


def recipe() -> list[str]:
    """The SQL statements of the recipe, as the document gives them."""
    document = DOCS.read_text(encoding="utf-8")
    section = document.split("## A read-only role for analysts", 1)[1]
    block = re.search(r"```sql\n(.*?)```", section, re.DOTALL)
    assert block is not None
    statements = [s.strip() for s in block.group(1).split(";") if s.strip()]
    return [re.sub(r"(?m)^--.*\n?", "", s).strip() for s in statements]


def test_the_analyst_role_reads_the_views_and_nothing_else(postgres_url: str) -> None:
    engine: Engine = make_engine(postgres_url)
    try:
        upgrade(engine)
        factory = make_session_factory(engine)
        make_uow: Callable[[], SqlUnitOfWork] = lambda: SqlUnitOfWork(factory)  # noqa: E731
        build(make_uow)
        database = engine.url.database
        with engine.connect() as connection:
            connection.exec_driver_sql("DROP ROLE IF EXISTS desk_analyst")
            for statement in recipe():
                sql = statement.replace("CHANGE-ME", PASSWORD).replace(
                    "station_desk", str(database)
                )
                connection.exec_driver_sql(sql)
            connection.commit()
        analyst = create_engine(
            engine.url.set(username="desk_analyst", password=PASSWORD), poolclass=None
        )
        try:
            with analyst.connect() as connection:
                visits = connection.execute(text("SELECT count(*) FROM report_visits")).scalar()
                tasks = connection.execute(text("SELECT count(*) FROM report_tasks")).scalar()
                assert isinstance(visits, int) and visits > 0
                assert isinstance(tasks, int) and tasks > 0
                assert (
                    connection.execute(
                        text("SELECT current_setting('transaction_read_only')")
                    ).scalar()
                    == "on"
                )
            for forbidden in (
                "SELECT name FROM borrower",
                "SELECT count(*) FROM visit",
                "SELECT display_name FROM staff",
                "SELECT postcode_outward FROM visit",
                "SELECT count(*) FROM loan",
                "SELECT count(*) FROM audit_event",
                "DELETE FROM report_visits",
                "UPDATE site SET name = 'x'",
                "INSERT INTO site (id, code, name) VALUES (gen_random_uuid(), 'x', 'x')",
                "CREATE TABLE mine (n int)",
            ):
                with analyst.connect() as connection, pytest.raises(DBAPIError):
                    connection.execute(text(forbidden))
        finally:
            analyst.dispose()
        with engine.connect() as connection:
            connection.exec_driver_sql(f'REVOKE ALL ON DATABASE "{database}" FROM desk_analyst')
            connection.exec_driver_sql("DROP OWNED BY desk_analyst")
            connection.exec_driver_sql("DROP ROLE desk_analyst")
            connection.commit()
    finally:
        engine.dispose()
