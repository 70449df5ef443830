"""Report tests run on the storage fixtures: a SQLite file and a fresh PostgreSQL database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from desk.cli.main import main
from desk.storage.uow import SqlUnitOfWork
from tests.reports.fixture import build
from tests.storage.conftest import db_url, engine, migrated, seed, session_factory, uow

__all__ = ["db_url", "desk", "engine", "migrated", "seed", "session_factory", "uow"]


@pytest.fixture
def desk(
    db_url: str,
    migrated: Engine,
    uow: Callable[[], SqlUnitOfWork],
    capsys: pytest.CaptureFixture[str],
) -> Callable[..., tuple[int, str, str]]:
    """The `desk` command on the hand-counted fixture: returns (exit code, stdout, stderr)."""
    build(uow)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--set", f"database_url={db_url}", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
