"""What every entry point needs once settings are read: the database and a unit-of-work factory.

The CLI and the GUI build one `Runtime`; services receive its unit-of-work factory, never a session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desk.config import LoadedSettings, Settings, get_secret, load_settings
from desk.services.station import StationRef, register_station
from desk.storage.database import make_engine, make_session_factory
from desk.storage.journal import Journal, journal_path
from desk.storage.migrate import check_database, upgrade
from desk.storage.sync import JournalledUnitOfWork, Replicator, capture_writes
from desk.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Sync:
    """A station's journal and what replays it into the shared database (docs/offline.md)."""

    journal: Journal
    replicator: Replicator

    def close(self) -> None:
        """Close the journal and the replay's connections."""
        self.replicator.engine.dispose()
        self.journal.close()


def open_sync(settings: Settings) -> Sync | None:
    """The journal of a station on a shared database (None on the embedded one, which is the
    station's only store). Raises NoKeyring: the journal is sealed with the spool key."""
    if settings.is_embedded_database:
        return None
    from desk.uploads.crypto import load_spool_key  # noqa: PLC0415  (only for a shared database)

    journal = Journal(journal_path(), load_spool_key())
    try:
        replay_engine = make_engine(
            settings.database_url, password=get_secret("database-password"), pooled=False
        )
    except Exception:
        journal.close()
        raise
    return Sync(journal, Replicator(replay_engine, journal))


@dataclass
class Runtime:
    """The settings, the database engine and how to open a unit of work on it."""

    loaded: LoadedSettings
    engine: Engine
    sync: Sync | None = None
    """The journal every write goes through first, on a shared database."""
    session_factory: sessionmaker[Session] = field(init=False)
    station: StationRef = field(init=False)

    def __post_init__(self) -> None:
        self.session_factory = make_session_factory(self.engine)
        if self.sync is not None:
            capture_writes(self.engine)
            self.sync.replicator.replay()  # what an earlier run left waiting, if it can
        self.station = register_station(self.uow, self.settings.site, self.settings.station)

    @property
    def settings(self) -> Settings:
        """The effective settings."""
        return self.loaded.settings

    def uow(self) -> SqlUnitOfWork:
        """A new unit of work (use it in a `with` block; it rolls back unless committed)."""
        if self.sync is None:
            return SqlUnitOfWork(self.session_factory)
        station = getattr(self, "station", None)  # None while the station registers itself
        return JournalledUnitOfWork(
            self.session_factory,
            self.sync.journal,
            self.sync.replicator,
            station.station_id if station is not None else None,
        )

    @property
    def uow_factory(self) -> Callable[[], SqlUnitOfWork]:
        """A factory services can call from any thread."""
        return self.uow

    def close(self) -> None:
        """Release the database connections (and close the journal)."""
        self.engine.dispose()
        if self.sync is not None:
            self.sync.close()


def open_engine(settings: Settings) -> Engine:
    """Connect to the configured database; the password, if any, comes from the OS keyring."""
    password = None if settings.is_embedded_database else get_secret("database-password")
    return make_engine(settings.database_url, password=password)


def open_runtime(loaded: LoadedSettings | None = None, *, migrate: bool | None = None) -> Runtime:
    """Open the database, bring an embedded one up to date, and check it is ready.

    A shared database is never migrated implicitly: IT runs `desk db upgrade`.
    Raises ConfigError or DatabaseError with a one-line message.
    """
    loaded = loaded or load_settings()
    settings = loaded.settings
    from desk import fonts  # noqa: PLC0415  (PDF fonts load pikepdf: only for the app)

    fonts.use_for_documents()
    engine = open_engine(settings)
    try:
        auto = settings.is_embedded_database and settings.database.auto_migrate
        if migrate if migrate is not None else auto:
            upgrade(engine)
        check_database(engine)
        sync = open_sync(settings)
    except Exception:
        engine.dispose()
        raise
    try:
        runtime = Runtime(loaded, engine, sync)
    except Exception:
        engine.dispose()
        if sync is not None:
            sync.close()
        raise
    log.info("database ready embedded=%s", settings.is_embedded_database)
    # Print records kept while the database could not be reached are saved now.
    from desk.services.printing import save_pending_records  # noqa: PLC0415  (pikepdf: lazily)

    save_pending_records(runtime.uow_factory)
    return runtime
