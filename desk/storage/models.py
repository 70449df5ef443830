"""The typed ORM models: one class per table, shared by SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
    Uuid,
    event,
    false,
)
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from desk.domain.documents import BackOfficeStatus, DocumentKind, PrintOutcome, UploadState
from desk.domain.loans import (
    DeviceCondition,
    DeviceKind,
    DeviceState,
    IdTypeSeen,
    LoanKind,
    WaitlistOutcome,
)
from desk.domain.queue import QueueEventKind, TicketState
from desk.domain.records import (
    AuditAction,
    AuditDetailValue,
    RecordType,
    RetentionClass,
    StaffRole,
)
from desk.domain.triage import Barrier, ReferralKind
from desk.domain.visits import (
    MAX_SERVICE_AREA_LENGTH,
    AccessibilitySupport,
    AgeBand,
    EntryRoute,
    ModeOfHelp,
    NextTime,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.storage.types import UtcDateTime, enum_type, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """The declarative base: naming convention, UUID keys and UTC times for every model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        uuid.UUID: Uuid(),
    }


class _HasId:
    """A UUID key made on the station, set as soon as the object is built (not at flush)."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id, sort_order=-1)


@event.listens_for(_HasId, "init", propagate=True)
def _give_new_records_an_id(_target: _HasId, _args: Any, kwargs: dict[str, Any]) -> None:
    if kwargs.get("id") is None:
        kwargs["id"] = new_id()


class _Keyed(_HasId):
    """An id made on the station and the time the row was created."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class _Versioned:
    """Rows two stations may edit: an optimistic-locking counter and the time of the last edit."""

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        table = cls.__table__  # type: ignore[attr-defined]  # set by the declarative scan
        return {"version_id_col": table.c.version}


class Site(_Keyed, Base):
    """A service centre (e.g. Woolwich Centre)."""

    __tablename__ = "site"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))


class Station(_Keyed, Base):
    """A self-serve station PC at a site."""

    __tablename__ = "station"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))

    site: Mapped[Site] = relationship()


class Staff(_Keyed, _Versioned, Base):
    """A member of staff (digital champion) who signs in with a PIN."""

    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_os_account", "os_account", unique=True),)

    display_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    os_account: Mapped[str | None] = mapped_column(String(256))
    """The signed-in OS account (e.g. RBG\\asha.patel) that signs this person in, if configured."""
    sign_in_cleared_at: Mapped[datetime | None] = mapped_column()
    """When a manager last unlocked sign-in or reset the PIN: wrong PINs before it do not count."""
    role: Mapped[StaffRole] = mapped_column(
        enum_type(StaffRole, "role"), default=StaffRole.CHAMPION, server_default="champion"
    )
    """A champion helps residents; a manager also sees the Reports screen."""


class SignInAttempt(_HasId, Base):
    """One PIN entry, kept so that failed guesses in a window can be counted."""

    __tablename__ = "sign_in_attempt"
    __table_args__ = (Index("ix_sign_in_attempt_staff_id_at", "staff_id", "at"),)

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("station.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    succeeded: Mapped[bool]

    staff: Mapped[Staff] = relationship()
    station: Mapped[Station | None] = relationship()


class Visit(_Keyed, _Versioned, Base):
    """One resident visit; anonymous by design."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_site_id_arrived_at", "site_id", "arrived_at"),
        Index("ix_visit_station_id_ended_at", "station_id", "ended_at"),
        Index("ix_visit_arrived_at", "arrived_at"),
        Index("ix_visit_station_id_arrived_at", "station_id", "arrived_at"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    entry_route: Mapped[EntryRoute] = mapped_column(enum_type(EntryRoute, "entry_route"))
    mode_of_help: Mapped[ModeOfHelp | None] = mapped_column(enum_type(ModeOfHelp, "mode_of_help"))
    arrived_at: Mapped[datetime] = mapped_column(default=utcnow)
    first_seen_at: Mapped[datetime | None]
    arrival_measured: Mapped[bool] = mapped_column(default=False, server_default=false())
    """True when arrived_at and first_seen_at come from the queue (check-in and call); False when
    the arrival was estimated (the champion typed how long ago the resident came)."""
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    language: Mapped[str | None] = mapped_column(String(35))
    interpreter_used: Mapped[bool] = mapped_column(default=False)
    age_band: Mapped[AgeBand | None] = mapped_column(enum_type(AgeBand, "age_band"))
    postcode_outward: Mapped[str | None] = mapped_column(String(4))
    outcome: Mapped[VisitOutcome | None] = mapped_column(enum_type(VisitOutcome, "outcome"))

    site: Mapped[Site] = relationship()
    station: Mapped[Station] = relationship()
    staff: Mapped[Staff | None] = relationship()

    support_rows: Mapped[set[VisitSupport]] = relationship(
        cascade="all, delete-orphan", collection_class=set
    )
    accessibility_support: AssociationProxy[set[AccessibilitySupport]] = association_proxy(
        "support_rows", "support", creator=lambda support: VisitSupport(support=support)
    )
    tasks: Mapped[list[VisitTask]] = relationship(
        cascade="all, delete-orphan", order_by="VisitTask.created_at"
    )
    triage: Mapped[Triage | None] = relationship(cascade="all, delete-orphan")
    referrals: Mapped[list[Referral]] = relationship(
        cascade="all, delete-orphan", order_by="Referral.created_at"
    )


class VisitSupport(Base):
    """One kind of accessibility support used during a visit."""

    __tablename__ = "visit_support"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    support: Mapped[AccessibilitySupport] = mapped_column(
        enum_type(AccessibilitySupport, "support"), primary_key=True
    )


class VisitTask(_Keyed, Base):
    """Something the resident came to do, how it went and how they could do it next time."""

    __tablename__ = "visit_task"
    __table_args__ = (
        CheckConstraint("pages_scanned >= 0", name="pages_scanned_not_negative"),
        CheckConstraint("pages_printed >= 0", name="pages_printed_not_negative"),
        CheckConstraint("documents_uploaded >= 0", name="documents_uploaded_not_negative"),
    )

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    service_area: Mapped[str] = mapped_column(String(MAX_SERVICE_AREA_LENGTH))
    task_type: Mapped[TaskType] = mapped_column(enum_type(TaskType, "task_type"))
    outcome: Mapped[TaskOutcome | None] = mapped_column(enum_type(TaskOutcome, "outcome"))
    next_time: Mapped[NextTime | None] = mapped_column(enum_type(NextTime, "next_time"))
    pages_scanned: Mapped[int] = mapped_column(default=0)
    pages_printed: Mapped[int] = mapped_column(default=0)
    documents_uploaded: Mapped[int] = mapped_column(default=0)

    staff: Mapped[Staff | None] = relationship()


class Triage(_Keyed, Base):
    """The scripted digital-needs triage, at most one per visit."""

    __tablename__ = "triage"
    __table_args__ = (
        CheckConstraint("inclusion_level BETWEEN 1 AND 9", name="inclusion_level_1_to_9"),
    )

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), unique=True
    )
    inclusion_level: Mapped[int | None]
    needs_device: Mapped[bool] = mapped_column(default=False)
    needs_data: Mapped[bool] = mapped_column(default=False)
    needs_skills: Mapped[bool] = mapped_column(default=False)

    barrier_rows: Mapped[set[TriageBarrier]] = relationship(
        cascade="all, delete-orphan", collection_class=set
    )
    barriers: AssociationProxy[set[Barrier]] = association_proxy(
        "barrier_rows", "barrier", creator=lambda barrier: TriageBarrier(barrier=barrier)
    )


class TriageBarrier(Base):
    """One barrier found at triage."""

    __tablename__ = "triage_barrier"

    triage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("triage.id", ondelete="CASCADE"), primary_key=True
    )
    barrier: Mapped[Barrier] = mapped_column(enum_type(Barrier, "barrier"), primary_key=True)


class Referral(_Keyed, Base):
    """A referral or signpost; consent is recorded only where contact details are passed on."""

    __tablename__ = "referral"
    __table_args__ = (
        CheckConstraint(
            "NOT contact_passed_on OR consent_at IS NOT NULL", name="consent_when_contact_passed"
        ),
    )

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ReferralKind] = mapped_column(enum_type(ReferralKind, "kind"))
    target: Mapped[str] = mapped_column(String(120))
    contact_passed_on: Mapped[bool] = mapped_column(default=False)
    consent_at: Mapped[datetime | None]


class Document(_Keyed, _Versioned, Base):
    """A scanned document's metadata and upload state; never its content or file name."""

    __tablename__ = "document"
    __table_args__ = (
        Index("ix_document_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_document_created_at", "created_at"),
        CheckConstraint("page_count >= 0", name="page_count_not_negative"),
        CheckConstraint("size_bytes >= 0", name="size_bytes_not_negative"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
    )

    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"))
    kind: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind, "kind"))
    page_count: Mapped[int]
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[UploadState] = mapped_column(
        enum_type(UploadState, "state"), default=UploadState.QUEUED
    )
    destination: Mapped[str | None] = mapped_column(String(64))
    destination_ref: Mapped[str | None] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error_code: Mapped[str | None] = mapped_column(String(64))
    next_attempt_at: Mapped[datetime | None]
    uploaded_at: Mapped[datetime | None]
    service: Mapped[str | None] = mapped_column(String(64))
    """The council service the evidence is for (a service area, or one IT added)."""
    case_reference: Mapped[str | None] = mapped_column(String(64))
    """The resident's case reference with that service (an application number), if given."""
    back_office_status: Mapped[BackOfficeStatus | None] = mapped_column(
        enum_type(BackOfficeStatus, "back_office_status")
    )
    """What the service's back office last said about it (received, accepted, rejected)."""
    back_office_reason: Mapped[str | None] = mapped_column(String(200))
    back_office_status_at: Mapped[datetime | None]

    visit: Mapped[Visit | None] = relationship()
    station: Mapped[Station] = relationship()


class PrintJob(_Keyed, Base):
    """One print job: which printer, how much, how it ended; never the document's name."""

    __tablename__ = "print_job"
    __table_args__ = (
        Index("ix_print_job_submitted_at", "submitted_at"),
        CheckConstraint("pages >= 0", name="pages_not_negative"),
        CheckConstraint("copies >= 1", name="copies_at_least_one"),
    )

    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    printer: Mapped[str] = mapped_column(String(200))
    system_job_id: Mapped[str | None] = mapped_column(String(64))
    pages: Mapped[int]
    copies: Mapped[int] = mapped_column(default=1)
    outcome: Mapped[PrintOutcome] = mapped_column(
        enum_type(PrintOutcome, "outcome"), default=PrintOutcome.QUEUED
    )
    error_code: Mapped[str | None] = mapped_column(String(64))
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]

    visit: Mapped[Visit | None] = relationship()
    station: Mapped[Station] = relationship()


class Device(_Keyed, _Versioned, Base):
    """A loan laptop, tablet or hotspot."""

    __tablename__ = "device"

    asset_tag: Mapped[str] = mapped_column(String(32), unique=True)
    serial: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[DeviceKind] = mapped_column(enum_type(DeviceKind, "kind"))
    model: Mapped[str] = mapped_column(String(120))
    accessories: Mapped[str] = mapped_column(String(200), default="")
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), index=True)
    state: Mapped[DeviceState] = mapped_column(
        enum_type(DeviceState, "state"), default=DeviceState.AVAILABLE
    )

    site: Mapped[Site] = relationship()


class Borrower(_Keyed, Base):
    """The person a take-home device is lent to; anonymised a set time after it comes back."""

    __tablename__ = "borrower"
    __table_args__ = (
        CheckConstraint(
            "anonymised_at IS NULL OR (name IS NULL AND contact_number IS NULL)",
            name="anonymised_has_no_contact",
        ),
        Index("ix_borrower_retention_class_anonymised_at", "retention_class", "anonymised_at"),
    )

    name: Mapped[str | None] = mapped_column(String(120))
    contact_number: Mapped[str | None] = mapped_column(String(32))
    id_type_seen: Mapped[IdTypeSeen | None] = mapped_column(enum_type(IdTypeSeen, "id_type_seen"))
    retention_class: Mapped[RetentionClass] = mapped_column(
        enum_type(RetentionClass, "retention_class")
    )
    anonymised_at: Mapped[datetime | None]


class Loan(_Keyed, _Versioned, Base):
    """A device lent in the centre for a visit, or taken home until a date."""

    __tablename__ = "loan"
    __table_args__ = (
        Index("ix_loan_device_id_back_at", "device_id", "back_at"),
        Index("ix_loan_out_at", "out_at"),
        CheckConstraint("kind <> 'take_home' OR due_at IS NOT NULL", name="take_home_has_due_at"),
        CheckConstraint(
            "kind <> 'take_home' OR borrower_id IS NOT NULL", name="take_home_has_borrower"
        ),
    )

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    borrower_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("borrower.id"), index=True)
    kind: Mapped[LoanKind] = mapped_column(enum_type(LoanKind, "kind"))
    out_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_at: Mapped[datetime | None]
    back_at: Mapped[datetime | None]
    condition_out: Mapped[DeviceCondition] = mapped_column(
        enum_type(DeviceCondition, "condition_out")
    )
    condition_in: Mapped[DeviceCondition | None] = mapped_column(
        enum_type(DeviceCondition, "condition_in")
    )
    agreement_version: Mapped[str | None] = mapped_column(String(20))
    agreement_accepted_at: Mapped[datetime | None]
    kit_out: Mapped[str | None] = mapped_column(String(200))
    missing_items: Mapped[str | None] = mapped_column(String(200))
    wipe_verified_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    wipe_verified_at: Mapped[datetime | None]

    device: Mapped[Device] = relationship()
    visit: Mapped[Visit | None] = relationship()
    staff: Mapped[Staff] = relationship(foreign_keys=[staff_id])
    borrower: Mapped[Borrower | None] = relationship()
    wipe_verifier: Mapped[Staff | None] = relationship(foreign_keys=[wipe_verified_by])


class DeviceWipe(_Keyed, Base):
    """A wipe checklist done by one member of staff and verified by another."""

    __tablename__ = "device_wipe"
    __table_args__ = (
        Index("ix_device_wipe_device_id_verified_at", "device_id", "verified_at"),
        CheckConstraint(
            "verified_by IS NULL OR verified_by <> wiped_by", name="verified_by_someone_else"
        ),
    )

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    loan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan.id"))
    steps: Mapped[str] = mapped_column(String(200))
    wiped_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    wiped_at: Mapped[datetime] = mapped_column(default=utcnow)
    verified_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    verified_at: Mapped[datetime | None]

    device: Mapped[Device] = relationship()
    loan: Mapped[Loan | None] = relationship()


class WaitlistEntry(_Keyed, _Versioned, Base):
    """A resident waiting for a device of a kind at a site; anonymous (linked to the visit)."""

    __tablename__ = "waitlist_entry"
    __table_args__ = (
        Index("ix_waitlist_entry_site_id_kind_closed_at", "site_id", "kind", "closed_at"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    kind: Mapped[DeviceKind] = mapped_column(enum_type(DeviceKind, "kind"))
    loan_kind: Mapped[LoanKind] = mapped_column(enum_type(LoanKind, "loan_kind"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None]
    outcome: Mapped[WaitlistOutcome | None] = mapped_column(enum_type(WaitlistOutcome, "outcome"))
    loan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan.id"))


class AuditEvent(_HasId, Base):
    """An append-only record of a change of state; names the record, never the person."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_record_type_record_id", "record_type", "record_id"),)

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, "action"))
    record_type: Mapped[RecordType] = mapped_column(enum_type(RecordType, "record_type"))
    record_id: Mapped[uuid.UUID | None]
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("station.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    details: Mapped[dict[str, AuditDetailValue] | None] = mapped_column(JSON)

    station: Mapped[Station | None] = relationship()
    staff: Mapped[Staff | None] = relationship()


class Appointment(_Keyed, Base):
    """A booked slot imported from the council's booking system; found at check-in by its
    reference (the booking system's, which names nobody here)."""

    __tablename__ = "appointment"
    __table_args__ = (
        UniqueConstraint("site_id", "ref"),
        Index("ix_appointment_site_id_slot_start", "site_id", "slot_start"),
        CheckConstraint("slot_end > slot_start", name="slot_ends_after_start"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    ref: Mapped[str] = mapped_column(String(40))
    slot_start: Mapped[datetime]
    slot_end: Mapped[datetime]
    service_area: Mapped[str] = mapped_column(String(MAX_SERVICE_AREA_LENGTH))
    checked_in_at: Mapped[datetime | None]
    no_show_at: Mapped[datetime | None]
    """When the slot was recorded as missed (its day closed with no check-in)."""

    site: Mapped[Site] = relationship()


class QueueTicket(_Keyed, Base):
    """One resident's place in a centre's queue for a day; anonymous by design.

    Its state changes only by a conditional update (from the states a change allows), so two
    stations can never both call it.
    """

    __tablename__ = "queue_ticket"
    __table_args__ = (
        UniqueConstraint("site_id", "service_day", "letter", "number"),
        Index("ix_queue_ticket_site_id_state", "site_id", "state"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    service_day: Mapped[date] = mapped_column(Date)
    """The centre's local day (Europe/London by default) the ticket belongs to."""
    letter: Mapped[str] = mapped_column(String(1))
    number: Mapped[int]
    service_area: Mapped[str] = mapped_column(String(MAX_SERVICE_AREA_LENGTH))
    task_type: Mapped[TaskType | None] = mapped_column(enum_type(TaskType, "task_type"))
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("appointment.id"))
    appointment_at: Mapped[datetime | None]
    """The appointment's slot start, kept here so that the queue's order is one table's."""
    language: Mapped[str | None] = mapped_column(String(35))
    interpreter: Mapped[bool] = mapped_column(default=False)
    state: Mapped[TicketState] = mapped_column(
        enum_type(TicketState, "state"), default=TicketState.WAITING
    )
    checked_in_at: Mapped[datetime] = mapped_column(default=utcnow)
    checked_in_station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("station.id"))
    called_at: Mapped[datetime | None]
    called_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    called_at_station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("station.id"))
    recalled_at: Mapped[datetime | None]
    seen_at: Mapped[datetime | None]
    left_at: Mapped[datetime | None]
    requeued_at: Mapped[datetime | None]
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    need_rows: Mapped[set[QueueTicketNeed]] = relationship(
        cascade="all, delete-orphan", collection_class=set, lazy="selectin"
    )
    access_needs: AssociationProxy[set[AccessibilitySupport]] = association_proxy(
        "need_rows", "need", creator=lambda need: QueueTicketNeed(need=need)
    )
    called_at_station: Mapped[Station | None] = relationship(foreign_keys=[called_at_station_id])


class QueueTicketNeed(Base):
    """One kind of access support a resident asked for at check-in (large text, BSL...)."""

    __tablename__ = "queue_ticket_need"

    ticket_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("queue_ticket.id", ondelete="CASCADE"), primary_key=True
    )
    need: Mapped[AccessibilitySupport] = mapped_column(
        enum_type(AccessibilitySupport, "need"), primary_key=True
    )


class QueueEvent(_HasId, Base):
    """Something that happened to a ticket, and when: check-in, each call, recall, requeue..."""

    __tablename__ = "queue_event"
    __table_args__ = (
        Index("ix_queue_event_site_id_at", "site_id", "at"),
        Index("ix_queue_event_ticket_id", "ticket_id"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_ticket.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    kind: Mapped[QueueEventKind] = mapped_column(enum_type(QueueEventKind, "kind"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("station.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class SyncApplied(Base):
    """A station's journal record that the shared database has (see desk.storage.journal).

    Written in the same transaction as the record's own changes, so a record replayed twice
    (a station killed after the commit, before it noted it) is recognised and skipped.
    """

    __tablename__ = "sync_applied"
    __table_args__ = (UniqueConstraint("journal_id", "seq"),)

    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    journal_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    station_id: Mapped[uuid.UUID | None]
    kind: Mapped[str] = mapped_column(String(40))
    made_at: Mapped[datetime]
    applied_at: Mapped[datetime]
