"""The unit of work: one transaction, its repositories, and "rolls back unless you commit"."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desk.errors import DeskError
from desk.storage.database import display_url
from desk.storage.errors import ConcurrentUpdate, DatabaseUnreachable, RecordConflict
from desk.storage.migrate import connection_failure_reason
from desk.storage.repositories import (
    AppointmentRepository,
    AuditRepository,
    BorrowerRepository,
    DeviceRepository,
    DocumentRepository,
    LoanRepository,
    PrintJobRepository,
    QueueRepository,
    SiteRepository,
    StaffRepository,
    StationRepository,
    VisitRepository,
)

log = logging.getLogger(__name__)

_RECORD_NAMES = {
    "visit": "visit",
    "device": "device",
    "loan": "loan",
    "document": "document",
    "staff": "staff member",
    "queue_ticket": "ticket",
}


class SqlUnitOfWork:
    """A session and its repositories for one `with` block.

    Use it as `with SqlUnitOfWork(factory) as uow: ...; uow.commit()`. Leaving the block without
    a commit, or with an exception, rolls everything back. A record another station changed
    first raises ConcurrentUpdate; a change a rule of the database refuses raises RecordConflict;
    a lost database raises DatabaseUnreachable.
    """

    sites: SiteRepository
    stations: StationRepository
    staff: StaffRepository
    visits: VisitRepository
    documents: DocumentRepository
    print_jobs: PrintJobRepository
    devices: DeviceRepository
    loans: LoanRepository
    borrowers: BorrowerRepository
    audit: AuditRepository
    queue: QueueRepository
    appointments: AppointmentRepository

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("this unit of work is already open")
        session = self._session_factory()
        self._session = session
        self.sites = SiteRepository(session)
        self.stations = StationRepository(session)
        self.staff = StaffRepository(session)
        self.visits = VisitRepository(session)
        self.documents = DocumentRepository(session)
        self.print_jobs = PrintJobRepository(session)
        self.devices = DeviceRepository(session)
        self.loans = LoanRepository(session)
        self.borrowers = BorrowerRepository(session)
        self.audit = AuditRepository(session)
        self.queue = QueueRepository(session)
        self.appointments = AppointmentRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session = self._require_session()
        try:
            session.rollback()
        except SQLAlchemyError:
            log.info("rollback failed after the database went away")
        finally:
            session.close()
            self._session = None
        translated = self._translate(exc, session) if exc is not None else None
        if translated is not None:
            raise translated from exc

    def commit(self) -> None:
        """Write everything staged in this unit of work, or raise and roll it all back."""
        self._run(self._require_session().commit)

    def flush(self) -> None:
        """Send staged changes to the database now (to see constraint errors early)."""
        self._run(self._require_session().flush)

    def rollback(self) -> None:
        """Discard everything staged since the last commit."""
        self._require_session().rollback()

    def _run(self, operation: Callable[[], None]) -> None:
        session = self._require_session()
        try:
            operation()
        except (StaleDataError, IntegrityError, OperationalError, InterfaceError) as error:
            try:
                session.rollback()
            except SQLAlchemyError:
                log.info("rollback failed after the database went away")
            translated = self._translate(error, session)
            if translated is None:  # a rule broken by a bug (an audit event deleted): as it is
                raise
            raise translated from error

    @staticmethod
    def _translate(error: BaseException, session: Session) -> DeskError | None:
        """The user-facing error for a storage failure, or None if it is not one we explain."""
        if isinstance(error, StaleDataError):
            record = _record_name(str(error))
            log.info("concurrent update refused record=%s", record)
            return ConcurrentUpdate(
                f"this {record} was changed at another station while you were working on it. "
                "Reload it and try again."
            )
        if isinstance(error, IntegrityError) and _is_conflict(error):
            constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
            log.info("change refused by the database constraint=%s", constraint or "unknown")
            return RecordConflict(
                "the database refused the change: another station may have saved the same "
                "record at the same moment. Nothing was saved; try again.",
                constraint,
            )
        if isinstance(error, OperationalError | InterfaceError):
            where = display_url(session.get_bind().engine.url)
            return DatabaseUnreachable(
                f"could not reach the database at {where} "
                f"({connection_failure_reason(error)}); nothing was saved. Try again."
            )
        return None

    def _require_session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work in a `with` block")
        return self._session


def _record_name(message: str) -> str:
    match = re.search(r"table '(\w+)'", message)
    table = match.group(1) if match else ""
    return _RECORD_NAMES.get(table, "record")


_CONFLICT_STATES = {"23505", "23503"}
"""PostgreSQL's unique and foreign-key violations: what two stations saving at once can cause."""


def _is_conflict(error: IntegrityError) -> bool:
    """True for a unique or foreign-key violation (another station's save won the race); other
    refusals (a CHECK constraint, the audit trail's append-only trigger) are bugs, left as they
    are."""
    state = getattr(error.orig, "sqlstate", None)
    if state is not None:
        return state in _CONFLICT_STATES
    message = str(error.orig)
    return message.startswith(("UNIQUE constraint failed", "FOREIGN KEY constraint failed"))
