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
from desk.storage.migrate import check_database, upgrade
from desk.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """The settings, the database engine and how to open a unit of work on it."""

    loaded: LoadedSettings
    engine: Engine
    session_factory: sessionmaker[Session] = field(init=False)
    station: StationRef = field(init=False)

    def __post_init__(self) -> None:
        self.session_factory = make_session_factory(self.engine)
        self.station = register_station(self.uow, self.settings.site, self.settings.station)

    @property
    def settings(self) -> Settings:
        """The effective settings."""
        return self.loaded.settings

    def uow(self) -> SqlUnitOfWork:
        """A new unit of work (use it in a `with` block; it rolls back unless committed)."""
        return SqlUnitOfWork(self.session_factory)

    @property
    def uow_factory(self) -> Callable[[], SqlUnitOfWork]:
        """A factory services can call from any thread."""
        return self.uow

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


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
        runtime = Runtime(loaded, engine)
    except Exception:
        engine.dispose()
        raise
    log.info("database ready embedded=%s", settings.is_embedded_database)
    # Print records kept while the database could not be reached are saved now.
    from desk.services.printing import save_pending_records  # noqa: PLC0415  (pikepdf: lazily)

    save_pending_records(runtime.uow_factory)
    return runtime
