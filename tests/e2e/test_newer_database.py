"""A database migrated by a newer Station Desk: every entry point says so in one line, exit 1.

This is what a station not yet upgraded meets during a rolling upgrade, once one upgraded
station (or IT) has migrated the shared database.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.storage.database import make_engine
from desk.storage.migrate import current_revision, upgrade
from tests.e2e.conftest import Desk
from tests.e2e.test_cli import one_line_error

FUTURE = "f00dfeed0999"
"""A revision id no version of Station Desk has shipped."""

# Every command here opens the database first thing.
COMMANDS = [
    ["gui"],
    ["self-test"],
    ["db", "current"],
    ["db", "current", "--json"],
    ["db", "upgrade"],
    ["staff", "list"],
    ["devices", "list"],
    ["loans", "overdue"],
    ["loans", "waitlist"],
]


def stamp_future(url: str) -> None:
    """Migrate the database, then stamp it with a revision this version does not know."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": FUTURE})
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def newer_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A real database (a SQLite file or a fresh PostgreSQL one) stamped by a 'newer' version."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    stamp_future(url)
    return url


def test_every_entry_point_says_the_database_is_newer(desk: Desk, newer_database: str) -> None:
    def run(command: list[str]) -> tuple[list[str], int, str]:
        done = desk(
            "--set",
            f"database_url={newer_database}",
            *command,
            env={"QT_QPA_PLATFORM": "offscreen"},
        )
        return command, done.returncode, done.stderr

    with ThreadPoolExecutor(max_workers=3) as pool:
        outcomes = list(pool.map(run, COMMANDS))
    for command, code, stderr in outcomes:
        assert code == 1, (command, stderr)
        line = one_line_error(stderr)
        assert "is newer than this station's Station Desk" in line, (command, line)
        assert line.endswith("Upgrade Station Desk on this station."), (command, line)
        assert FUTURE in line

    doctor = desk("--set", f"database_url={newer_database}", "doctor", "--no-devices", "--json")
    assert doctor.returncode == 1, doctor.stderr
    assert "Traceback" not in doctor.stderr
    checks = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}
    assert checks["database"]["status"] == "fail"
    assert "is newer than this station's Station Desk" in checks["database"]["detail"]
    assert "bug" not in checks["database"]["hint"]

    engine = make_engine(newer_database)
    try:
        assert current_revision(engine) == FUTURE, "no command changed the newer database"
    finally:
        engine.dispose()
