"""Report tests run on the storage fixtures: a SQLite file and a fresh PostgreSQL database."""

from tests.storage.conftest import db_url, engine, migrated, seed, session_factory, uow

__all__ = ["db_url", "engine", "migrated", "seed", "session_factory", "uow"]
