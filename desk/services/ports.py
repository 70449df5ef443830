"""What the services need of the storage: one unit of work, opened by a factory.

Services are written against this Protocol, not against SQLAlchemy: `desk.storage.uow.
SqlUnitOfWork` is the one the station uses, on SQLite or PostgreSQL. The unit of work, not the
services, turns the database's refusals into the project's errors: `ConcurrentUpdate` (another
station changed the record first), `RecordConflict` (a rule of the database refused the change,
say a unique value another station saved at the same moment) and `DatabaseUnreachable`.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self

if TYPE_CHECKING:
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


class UnitOfWork(Protocol):
    """One transaction and its repositories; leaving its `with` block without `commit` (or with
    an exception) rolls everything back."""

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

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None:
        """Write everything staged, or raise and roll it all back."""

    def flush(self) -> None:
        """Send staged changes now (to see the database's refusals early)."""

    def rollback(self) -> None:
        """Discard everything staged since the last commit."""


UowFactory = Callable[[], UnitOfWork]
"""Opens a new unit of work; services call it, from any thread."""
