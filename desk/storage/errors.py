"""Storage failures the user can act on, each with a one-line message that says what to do."""

from __future__ import annotations

from desk.errors import DatabaseError, DeskError


class ConcurrentUpdate(DeskError):
    """Another station changed the same record first; the caller should reload and retry."""


class RecordConflict(DeskError):
    """A rule of the database refused the change (a unique value, a required link): most often
    another station saved the same record at the same moment. `constraint` names the rule."""

    def __init__(self, message: str, constraint: str | None = None) -> None:
        super().__init__(message)
        self.constraint = constraint


class DatabaseUnreachable(DatabaseError):
    """The database server or file cannot be reached or opened."""


class DatabaseNotMigrated(DatabaseError):
    """The database has no Station Desk tables yet (or tables without a migration record)."""


class DatabaseNotOurs(DatabaseNotMigrated):
    """The database has tables but no Station Desk migration record: probably not ours."""


class DatabaseBehind(DatabaseError):
    """The database is at an older migration than this version of Station Desk needs."""


class DatabaseAhead(DatabaseError):
    """The database was migrated by a newer version of Station Desk than this one."""
