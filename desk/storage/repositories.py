"""Repositories: add, get and list records by their obvious keys; nothing else touches a session."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import case, func, select, text, update
from sqlalchemy.orm import Session

from desk.domain.documents import UploadState
from desk.domain.loans import DeviceKind, DeviceState, LoanKind
from desk.domain.queue import TicketState
from desk.domain.records import RecordType
from desk.storage.models import (
    Appointment,
    AuditEvent,
    Borrower,
    Device,
    DeviceWipe,
    Document,
    Loan,
    PrintJob,
    QueueEvent,
    QueueTicket,
    SignInAttempt,
    Site,
    Staff,
    Station,
    Visit,
    WaitlistEntry,
)

ModelT = TypeVar("ModelT", Site, Station, Staff, Visit, Document, PrintJob, Device, Loan, Borrower)


class _Repository(Generic[ModelT]):
    """Add and get by id; subclasses add the lists their records need."""

    model: type[ModelT]

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, record: ModelT) -> ModelT:
        """Stage a new record; it is written on commit (or when a later query needs it)."""
        self._session.add(record)
        return record

    def get(self, record_id: uuid.UUID) -> ModelT | None:
        """The record with this id, or None."""
        return self._session.get(self.model, record_id)


class SiteRepository(_Repository[Site]):
    """Service centres."""

    model = Site

    def get_by_code(self, code: str) -> Site | None:
        """The site with this short code (e.g. "woolwich"), or None."""
        return self._session.scalars(select(Site).where(Site.code == code)).one_or_none()

    def list(self) -> Sequence[Site]:
        """Every site, by name."""
        return self._session.scalars(select(Site).order_by(Site.name)).all()


class StationRepository(_Repository[Station]):
    """Station PCs."""

    model = Station

    def get_by_name(self, site_id: uuid.UUID, name: str) -> Station | None:
        """The station called `name` at a site, or None."""
        query = select(Station).where(Station.site_id == site_id, Station.name == name)
        return self._session.scalars(query).one_or_none()

    def list(self, site_id: uuid.UUID | None = None) -> Sequence[Station]:
        """Every station, or those at one site, by name."""
        query = select(Station).order_by(Station.name)
        if site_id is not None:
            query = query.where(Station.site_id == site_id)
        return self._session.scalars(query).all()


class StaffRepository(_Repository[Staff]):
    """Staff members and their sign-in attempts."""

    model = Staff

    def list(self, *, active_only: bool = True) -> Sequence[Staff]:
        """Staff members by display name (only active ones unless asked)."""
        query = select(Staff).order_by(Staff.display_name)
        if active_only:
            query = query.where(Staff.active.is_(True))
        return self._session.scalars(query).all()

    def add_sign_in_attempt(self, attempt: SignInAttempt) -> SignInAttempt:
        """Record one PIN entry."""
        self._session.add(attempt)
        return attempt

    def by_os_account(self, account: str) -> Staff | None:
        """The member of staff linked to an OS account (stored lower-case)."""
        return self._session.scalars(select(Staff).where(Staff.os_account == account)).first()

    def failed_sign_in_times(
        self, staff_id: uuid.UUID, after: datetime | None = None
    ) -> Sequence[datetime]:
        """When each failed PIN entry after `after` (all when None) happened, oldest first."""
        query = (
            select(SignInAttempt.at)
            .where(SignInAttempt.staff_id == staff_id, SignInAttempt.succeeded.is_(False))
            .order_by(SignInAttempt.at)
        )
        if after is not None:
            query = query.where(SignInAttempt.at > after)
        return self._session.scalars(query).all()

    def last_sign_in(self, staff_id: uuid.UUID) -> datetime | None:
        """When this member of staff last signed in (a right PIN or their OS account), or None."""
        query = select(func.max(SignInAttempt.at)).where(
            SignInAttempt.staff_id == staff_id, SignInAttempt.succeeded.is_(True)
        )
        return self._session.scalars(query).one()


class VisitRepository(_Repository[Visit]):
    """Visits, with their tasks, triage and referrals reached through the visit."""

    model = Visit

    def list_open(self, station_id: uuid.UUID) -> Sequence[Visit]:
        """Visits at a station that have not ended, oldest first."""
        query = (
            select(Visit)
            .where(Visit.station_id == station_id, Visit.ended_at.is_(None))
            .order_by(Visit.arrived_at)
        )
        return self._session.scalars(query).all()

    def list_arrived_between(
        self, site_id: uuid.UUID, start: datetime, end: datetime
    ) -> Sequence[Visit]:
        """Visits at a site that arrived in [start, end), oldest first (for reports)."""
        query = (
            select(Visit)
            .where(Visit.site_id == site_id, Visit.arrived_at >= start, Visit.arrived_at < end)
            .order_by(Visit.arrived_at)
        )
        return self._session.scalars(query).all()


class DocumentRepository(_Repository[Document]):
    """Scanned documents' metadata and upload state."""

    model = Document

    def list_for_visit(self, visit_id: uuid.UUID) -> Sequence[Document]:
        """A visit's documents, oldest first."""
        query = select(Document).where(Document.visit_id == visit_id).order_by(Document.created_at)
        return self._session.scalars(query).all()

    def list_in_states(
        self, states: Iterable[UploadState], station_id: uuid.UUID | None = None
    ) -> Sequence[Document]:
        """Documents in any of `states` (e.g. the outbox's queued and failed), oldest first."""
        query = (
            select(Document).where(Document.state.in_(list(states))).order_by(Document.created_at)
        )
        if station_id is not None:
            query = query.where(Document.station_id == station_id)
        return self._session.scalars(query).all()


class PrintJobRepository(_Repository[PrintJob]):
    """Print jobs."""

    model = PrintJob

    def list_for_visit(self, visit_id: uuid.UUID) -> Sequence[PrintJob]:
        """A visit's print jobs, oldest first."""
        query = (
            select(PrintJob).where(PrintJob.visit_id == visit_id).order_by(PrintJob.submitted_at)
        )
        return self._session.scalars(query).all()

    def list_for_station(self, station_id: uuid.UUID, since: datetime) -> Sequence[PrintJob]:
        """A station's print jobs submitted at or after `since`, oldest first."""
        query = (
            select(PrintJob)
            .where(PrintJob.station_id == station_id, PrintJob.submitted_at >= since)
            .order_by(PrintJob.submitted_at)
        )
        return self._session.scalars(query).all()


class DeviceRepository(_Repository[Device]):
    """Loan devices."""

    model = Device

    def get_by_asset_tag(self, asset_tag: str) -> Device | None:
        """The device with this asset tag, or None."""
        return self._session.scalars(
            select(Device).where(Device.asset_tag == asset_tag)
        ).one_or_none()

    def list(
        self, *, site_id: uuid.UUID | None = None, state: DeviceState | None = None
    ) -> Sequence[Device]:
        """Devices, optionally at one site and in one state, by asset tag."""
        query = select(Device).order_by(Device.asset_tag)
        if site_id is not None:
            query = query.where(Device.site_id == site_id)
        if state is not None:
            query = query.where(Device.state == state)
        return self._session.scalars(query).all()

    def list_kind(
        self, site_id: uuid.UUID, kind: DeviceKind, state: DeviceState
    ) -> Sequence[Device]:
        """Devices of one kind at a site in one state, by asset tag."""
        query = (
            select(Device)
            .where(Device.site_id == site_id, Device.kind == kind, Device.state == state)
            .order_by(Device.asset_tag)
        )
        return self._session.scalars(query).all()

    def add_wipe(self, wipe: DeviceWipe) -> DeviceWipe:
        """Stage a wipe checklist."""
        self._session.add(wipe)
        return wipe

    def pending_wipe(self, device_id: uuid.UUID) -> DeviceWipe | None:
        """The device's wipe that is done but not yet verified, or None."""
        query = (
            select(DeviceWipe)
            .where(DeviceWipe.device_id == device_id, DeviceWipe.verified_at.is_(None))
            .order_by(DeviceWipe.wiped_at.desc())
        )
        return self._session.scalars(query).first()

    def add_waitlist_entry(self, entry: WaitlistEntry) -> WaitlistEntry:
        """Stage a new place on the waitlist."""
        self._session.add(entry)
        return entry

    def get_waitlist_entry(self, entry_id: uuid.UUID) -> WaitlistEntry | None:
        """One place on the waitlist, or None."""
        return self._session.get(WaitlistEntry, entry_id)

    def list_waiting(
        self, site_id: uuid.UUID, kind: DeviceKind | None = None
    ) -> Sequence[WaitlistEntry]:
        """Open places on a site's waitlist (optionally for one kind), first come first."""
        query = (
            select(WaitlistEntry)
            .where(WaitlistEntry.site_id == site_id, WaitlistEntry.closed_at.is_(None))
            .order_by(WaitlistEntry.created_at, WaitlistEntry.id)
        )
        if kind is not None:
            query = query.where(WaitlistEntry.kind == kind)
        return self._session.scalars(query).all()


class LoanRepository(_Repository[Loan]):
    """Loans of devices."""

    model = Loan

    def open_for_device(self, device_id: uuid.UUID) -> Loan | None:
        """The device's loan that has not come back, or None."""
        query = select(Loan).where(Loan.device_id == device_id, Loan.back_at.is_(None))
        return self._session.scalars(query).first()

    def list_for_device(self, device_id: uuid.UUID) -> Sequence[Loan]:
        """A device's loans, newest first."""
        query = select(Loan).where(Loan.device_id == device_id).order_by(Loan.out_at.desc())
        return self._session.scalars(query).all()

    def list_overdue(self, now: datetime) -> Sequence[Loan]:
        """Loans not back whose due time has passed, most overdue first."""
        query = (
            select(Loan)
            .where(Loan.back_at.is_(None), Loan.due_at.is_not(None), Loan.due_at < now)
            .order_by(Loan.due_at)
        )
        return self._session.scalars(query).all()

    def list_open(self, site_id: uuid.UUID | None = None) -> Sequence[Loan]:
        """Loans not back yet (optionally of devices at one site), oldest first."""
        query = select(Loan).where(Loan.back_at.is_(None)).order_by(Loan.out_at)
        if site_id is not None:
            query = query.join(Device, Loan.device_id == Device.id).where(Device.site_id == site_id)
        return self._session.scalars(query).all()

    def open_for_visit(self, visit_id: uuid.UUID, kind: LoanKind) -> Sequence[Loan]:
        """A visit's loans of one kind that are not back yet, oldest first."""
        query = (
            select(Loan)
            .where(Loan.visit_id == visit_id, Loan.kind == kind, Loan.back_at.is_(None))
            .order_by(Loan.out_at)
        )
        return self._session.scalars(query).all()

    def count_for_borrower(self, borrower_id: uuid.UUID) -> int:
        """How many loans a borrower has had (this one included, once it is flushed)."""
        query = select(func.count()).select_from(Loan).where(Loan.borrower_id == borrower_id)
        return int(self._session.scalar(query) or 0)

    def list_for_borrower(self, borrower_id: uuid.UUID) -> Sequence[Loan]:
        """A borrower's loans, newest first."""
        query = select(Loan).where(Loan.borrower_id == borrower_id).order_by(Loan.out_at.desc())
        return self._session.scalars(query).all()


class BorrowerRepository(_Repository[Borrower]):
    """Borrowers of take-home devices (personal data with a retention class)."""

    model = Borrower

    def list_not_anonymised(self) -> Sequence[Borrower]:
        """Borrowers whose contact details are still held (for the retention job)."""
        query = (
            select(Borrower).where(Borrower.anonymised_at.is_(None)).order_by(Borrower.created_at)
        )
        return self._session.scalars(query).all()

    def find_returning(self, name: str, contact_number: str) -> Borrower | None:
        """A borrower still on record with this contact number and name (any letter case)."""
        query = (
            select(Borrower)
            .where(
                Borrower.anonymised_at.is_(None),
                Borrower.contact_number == contact_number,
                func.lower(Borrower.name) == name.lower(),
            )
            .order_by(Borrower.created_at)
        )
        return self._session.scalars(query).first()

    def retention_candidates(
        self,
    ) -> Sequence[tuple[Borrower, datetime | None, int]]:
        """Borrowers still on record, each with their loans' last return time and open count."""
        open_count = func.count(Loan.id) - func.count(Loan.back_at)
        query = (
            select(Borrower, func.max(Loan.back_at), open_count)
            .outerjoin(Loan, Loan.borrower_id == Borrower.id)
            .where(Borrower.anonymised_at.is_(None))
            .group_by(Borrower.id)
            .order_by(Borrower.created_at)
        )
        return [(row[0], row[1], int(row[2])) for row in self._session.execute(query).all()]


class AppointmentRepository:
    """Booked slots imported from the booking system."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, appointment: Appointment) -> Appointment:
        """Stage a new appointment."""
        self._session.add(appointment)
        return appointment

    def get_by_ref(self, site_id: uuid.UUID, ref: str) -> Appointment | None:
        """The site's appointment with this booking reference, or None."""
        query = select(Appointment).where(Appointment.site_id == site_id, Appointment.ref == ref)
        return self._session.scalars(query).one_or_none()

    def list_between(
        self, site_id: uuid.UUID, start: datetime, end: datetime
    ) -> Sequence[Appointment]:
        """A site's appointments whose slot starts in [start, end), earliest first."""
        query = (
            select(Appointment)
            .where(
                Appointment.site_id == site_id,
                Appointment.slot_start >= start,
                Appointment.slot_start < end,
            )
            .order_by(Appointment.slot_start, Appointment.ref)
        )
        return self._session.scalars(query).all()

    def claim(self, appointment_id: uuid.UUID, at: datetime) -> bool:
        """Record the check-in for an appointment unless one is recorded already (by another
        station at the same moment, say); True if this one was."""
        statement = (
            update(Appointment)
            .where(Appointment.id == appointment_id, Appointment.checked_in_at.is_(None))
            .values(checked_in_at=at)
            .execution_options(synchronize_session=False)
        )
        return getattr(self._session.execute(statement), "rowcount", 0) == 1

    def missed_before(self, site_id: uuid.UUID, end: datetime) -> Sequence[Appointment]:
        """A site's appointments that started before `end` with no check-in and no no-show yet."""
        query = select(Appointment).where(
            Appointment.site_id == site_id,
            Appointment.slot_start < end,
            Appointment.checked_in_at.is_(None),
            Appointment.no_show_at.is_(None),
        )
        return self._session.scalars(query).all()


class QueueRepository:
    """Queue tickets and their events. A ticket's state changes only through `transition`: a
    conditional update from the states the change allows, so two stations can never both win."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def locks_rows(self) -> bool:
        """True where a query can lock rows and pass over those locked (PostgreSQL)."""
        return self._session.get_bind().dialect.name == "postgresql"

    def add(self, ticket: QueueTicket) -> QueueTicket:
        """Stage a new ticket."""
        self._session.add(ticket)
        return ticket

    def add_event(self, queue_event: QueueEvent) -> QueueEvent:
        """Stage an event of a ticket."""
        self._session.add(queue_event)
        return queue_event

    def get(self, ticket_id: uuid.UUID) -> QueueTicket | None:
        """The ticket as the database has it now (not as this session last saw it)."""
        return self._session.get(QueueTicket, ticket_id, populate_existing=True)

    def find(self, site_id: uuid.UUID, day: date, letter: str, number: int) -> QueueTicket | None:
        """The ticket with this number at a site on a day, or None."""
        query = select(QueueTicket).where(
            QueueTicket.site_id == site_id,
            QueueTicket.service_day == day,
            QueueTicket.letter == letter,
            QueueTicket.number == number,
        )
        return self._session.scalars(query).one_or_none()

    def last_number(self, site_id: uuid.UUID, day: date, letter: str) -> int:
        """The highest number given with this letter at a site on a day (0 before the first).

        On PostgreSQL the numbering of that letter, site and day is locked until this
        transaction ends, so that stations checking in at once take turns rather than pick the
        same number (SQLite's one writer at a time, and the unique rule, see to it there).
        """
        if self.locks_rows:
            key = hashlib.blake2b(f"queue:{site_id}:{day}:{letter}".encode(), digest_size=8)
            lock = int.from_bytes(key.digest(), "big", signed=True)
            self._session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock})
        query = select(func.max(QueueTicket.number)).where(
            QueueTicket.site_id == site_id,
            QueueTicket.service_day == day,
            QueueTicket.letter == letter,
        )
        return int(self._session.scalar(query) or 0)

    def list_in_states(
        self, site_id: uuid.UUID, states: Iterable[TicketState], day: date | None = None
    ) -> Sequence[QueueTicket]:
        """A site's tickets in any of `states` (of one day, or any day), by check-in time."""
        query = (
            select(QueueTicket)
            .where(QueueTicket.site_id == site_id, QueueTicket.state.in_(list(states)))
            .order_by(QueueTicket.checked_in_at, QueueTicket.id)
        )
        if day is not None:
            query = query.where(QueueTicket.service_day == day)
        return self._session.scalars(query).all()

    def list_open_before(
        self, site_id: uuid.UUID, day: date, states: Iterable[TicketState]
    ) -> Sequence[QueueTicket]:
        """A site's tickets of days before `day` still in any of `states`."""
        query = select(QueueTicket).where(
            QueueTicket.site_id == site_id,
            QueueTicket.service_day < day,
            QueueTicket.state.in_(list(states)),
        )
        return self._session.scalars(query).all()

    def next_ids(
        self,
        site_id: uuid.UUID,
        day: date,
        states: Iterable[TicketState],
        now: datetime,
        *,
        limit: int,
        skip_locked: bool = False,
    ) -> list[uuid.UUID]:
        """The ids of the next tickets to call, in queue order (see desk.domain.queue).

        With `skip_locked` (PostgreSQL) the rows are locked FOR UPDATE, passing over those
        another transaction holds: two stations asking at once get different tickets.
        """
        due = QueueTicket.appointment_at.is_not(None) & (QueueTicket.appointment_at <= now)
        query = (
            select(QueueTicket.id)
            .where(
                QueueTicket.site_id == site_id,
                QueueTicket.service_day == day,
                QueueTicket.state.in_(list(states)),
            )
            .order_by(
                case((due, 0), else_=1),
                case((due, QueueTicket.appointment_at), else_=QueueTicket.checked_in_at),
                QueueTicket.checked_in_at,
                QueueTicket.id,
            )
            .limit(limit)
        )
        if skip_locked:
            query = query.with_for_update(skip_locked=True, of=QueueTicket)
        return list(self._session.scalars(query).all())

    def transition(
        self, ticket_id: uuid.UUID, from_states: Iterable[TicketState], **values: Any
    ) -> QueueTicket | None:
        """Change a ticket only if it is still in one of `from_states`; the changed ticket, or
        None when another station changed it first (or it is in none of them)."""
        statement = (
            update(QueueTicket)
            .where(QueueTicket.id == ticket_id, QueueTicket.state.in_(list(from_states)))
            .values(**values)
            .returning(QueueTicket)
        )
        options = {"synchronize_session": False, "populate_existing": True}
        return self._session.scalars(statement, execution_options=options).one_or_none()

    def list_events(self, ticket_id: uuid.UUID) -> Sequence[QueueEvent]:
        """A ticket's events, oldest first."""
        query = (
            select(QueueEvent)
            .where(QueueEvent.ticket_id == ticket_id)
            .order_by(QueueEvent.at, QueueEvent.id)
        )
        return self._session.scalars(query).all()

    def change_mark(self, site_id: uuid.UUID) -> tuple[int, datetime | None]:
        """Something that changes whenever a site's queue does (for polling)."""
        query = select(func.count(QueueEvent.id), func.max(QueueEvent.at)).where(
            QueueEvent.site_id == site_id
        )
        count, latest = self._session.execute(query).one()
        return int(count), latest

    def notify_changed(self, site_id: uuid.UUID) -> None:
        """Tell the stations listening (PostgreSQL) that a site's queue changed, on commit."""
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.execute(
                text("SELECT pg_notify(:channel, :site)"),
                {"channel": QUEUE_CHANNEL, "site": str(site_id)},
            )


QUEUE_CHANNEL = "queue_changed"
"""The PostgreSQL notification channel a change of a queue is announced on (payload: site id)."""


class AuditRepository:
    """Append-only audit events: add and list, never change or remove."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, event: AuditEvent) -> AuditEvent:
        """Stage a new audit event."""
        self._session.add(event)
        return event

    def list(
        self,
        *,
        record_type: RecordType | None = None,
        record_id: uuid.UUID | None = None,
        since: datetime | None = None,
        limit: int = 500,
    ) -> Sequence[AuditEvent]:
        """Events, oldest first, optionally for one record or from a time on."""
        query = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id).limit(limit)
        if record_type is not None:
            query = query.where(AuditEvent.record_type == record_type)
        if record_id is not None:
            query = query.where(AuditEvent.record_id == record_id)
        if since is not None:
            query = query.where(AuditEvent.at >= since)
        return self._session.scalars(query).all()
