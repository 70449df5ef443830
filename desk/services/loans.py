"""Lending devices: pair in the centre, lend to take home, check back in, overdue and waitlist."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain import loans as rules
from desk.domain.filenames import UniqueNames
from desk.domain.loans import (
    DeviceCondition,
    DeviceEvent,
    DeviceKind,
    IdTypeSeen,
    LoanKind,
    WaitlistOutcome,
    WipeStep,
)
from desk.domain.records import AuditAction, RecordType, RetentionClass
from desk.services.devices import (
    DeviceRefused,
    DeviceView,
    apply_event,
    audit,
    device_by_tag,
    stage_wipe,
)
from desk.services.ports import UnitOfWork, UowFactory
from desk.storage.errors import ConcurrentUpdate
from desk.storage.models import Borrower, Device, Loan, WaitlistEntry
from printing.documents import DocumentTextsError, load_texts

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


class LoanRefused(DeviceRefused):
    """A loan rule refused the action; the message says what to do instead."""


class DeviceTaken(LoanRefused):
    """Another station lent or changed the device first; choose another device."""


# ---------------------------------------------------------------- the agreement


@dataclass(frozen=True)
class Agreement:
    """The loan agreement the borrower accepts by typing their name, and its version."""

    version: str
    title: str
    text: str


def current_agreement(texts_folder: Path | None = None) -> Agreement:
    """The wording the station prints: resources/documents/loan-agreement.toml, or the council's
    own in `texts_folder` (the documents_dir setting). One wording, one place."""
    try:
        texts = load_texts(texts_folder) if texts_folder is not None else load_texts()
    except DocumentTextsError as error:
        raise LoanRefused(
            f"The loan agreement cannot be read ({error}), so no device can go home. "
            "Ask IT to check it."
        ) from None
    wording = texts.agreement
    clauses = [f"{number}. {clause}" for number, clause in enumerate(wording.clauses, start=1)]
    return Agreement(
        version=wording.version,
        title=wording.title,
        text="\n\n".join([wording.intro, *clauses, wording.returns]),
    )


# ---------------------------------------------------------------- views


@dataclass(frozen=True)
class BorrowerDetails:
    """What a champion takes down for a take-home loan: no more than this."""

    name: str
    contact_number: str
    id_type_seen: IdTypeSeen


@dataclass(frozen=True)
class BorrowerView:
    """A borrower's details for the screens (None once anonymised)."""

    id: uuid.UUID
    name: str | None
    contact_number: str | None
    id_type_seen: IdTypeSeen | None
    retention_class: RetentionClass
    anonymised: bool

    @classmethod
    def of(cls, borrower: Borrower) -> BorrowerView:
        """The plain view of a borrower record."""
        return cls(
            borrower.id,
            borrower.name,
            borrower.contact_number,
            borrower.id_type_seen,
            borrower.retention_class,
            borrower.anonymised_at is not None,
        )


@dataclass(frozen=True)
class LoanView:
    """A loan as the screens show it; the borrower only where the screen needs to reach them."""

    id: uuid.UUID
    device: DeviceView
    kind: LoanKind
    visit_id: uuid.UUID | None
    staff_id: uuid.UUID
    out_at: datetime
    due_at: datetime | None
    back_at: datetime | None
    condition_out: DeviceCondition
    condition_in: DeviceCondition | None
    kit_out: tuple[str, ...]
    missing_items: tuple[str, ...]
    agreement_version: str | None
    agreement_accepted_at: datetime | None
    wipe_verified_by: uuid.UUID | None
    wipe_verified_at: datetime | None
    borrower_id: uuid.UUID | None

    @classmethod
    def of(cls, loan: Loan) -> LoanView:
        """The plain view of a loan record."""
        return cls(
            id=loan.id,
            device=DeviceView.of(loan.device),
            kind=loan.kind,
            visit_id=loan.visit_id,
            staff_id=loan.staff_id,
            out_at=loan.out_at,
            due_at=loan.due_at,
            back_at=loan.back_at,
            condition_out=loan.condition_out,
            condition_in=loan.condition_in,
            kit_out=rules.parse_kit(loan.kit_out or ""),
            missing_items=rules.parse_kit(loan.missing_items or ""),
            agreement_version=loan.agreement_version,
            agreement_accepted_at=loan.agreement_accepted_at,
            wipe_verified_by=loan.wipe_verified_by,
            wipe_verified_at=loan.wipe_verified_at,
            borrower_id=loan.borrower_id,
        )

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping without personal data (for `--json`)."""
        return {
            "id": str(self.id),
            "asset_tag": self.device.asset_tag,
            "device_kind": self.device.kind.value,
            "kind": self.kind.value,
            "out_at": self.out_at.isoformat(),
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "back_at": self.back_at.isoformat() if self.back_at else None,
            "condition_out": self.condition_out.value,
            "condition_in": self.condition_in.value if self.condition_in else None,
            "kit_out": list(self.kit_out),
            "missing_items": list(self.missing_items),
            "agreement_version": self.agreement_version,
            "device_state": self.device.state.value,
        }


@dataclass(frozen=True)
class LentOut:
    """A take-home loan made; `offer_referral` prompts a device bank, data bank or tariff."""

    loan: LoanView
    borrower: BorrowerView
    take_home_loans: int
    offer_referral: bool


@dataclass(frozen=True)
class CheckedIn:
    """A device back: the loan closed, and the wipe recorded if its checklist came with it."""

    loan: LoanView
    wipe_recorded: bool


@dataclass(frozen=True)
class OverdueLoan:
    """A take-home loan past its due time, with whom to call."""

    loan: LoanView
    borrower: BorrowerView | None
    overdue_by: timedelta

    @property
    def days_overdue(self) -> int:
        """Whole days past due (0 on the day it fell due)."""
        return self.overdue_by.days


@dataclass(frozen=True)
class WaitlistPlace:
    """A place in the queue for a device of a kind at a site."""

    id: uuid.UUID
    site_id: uuid.UUID
    kind: DeviceKind
    loan_kind: LoanKind
    visit_id: uuid.UUID | None
    joined_at: datetime
    position: int

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping."""
        return {
            "id": str(self.id),
            "kind": self.kind.value,
            "loan_kind": self.loan_kind.value,
            "joined_at": self.joined_at.isoformat(),
            "position": self.position,
        }


# ---------------------------------------------------------------- helpers


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def _refuse(error: rules.LoanRuleError) -> LoanRefused:
    return LoanRefused(str(error))


def _taken_message(asset_tag: str) -> str:
    return f"Someone at another station has just lent {asset_tag}. Choose another device."


def _check_kit(device: Device, kit_handed_over: Iterable[str] | None) -> tuple[str, ...]:
    kit = rules.parse_kit(device.accessories)
    if kit_handed_over is None:
        return kit
    label = rules.device_label(device.kind, device.asset_tag)
    try:
        return rules.check_missing_items(label, kit, kit_handed_over)
    except rules.LoanRuleError as error:
        raise _refuse(error) from None


def _move(
    uow: UnitOfWork,
    device: Device,
    event: DeviceEvent,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None,
    at: datetime,
) -> None:
    try:
        apply_event(uow, device, event, staff_id=staff_id, station_id=station_id, at=at)
    except DeviceRefused as error:
        raise LoanRefused(str(error)) from None


def _tag(asset_tag: str) -> str:
    try:
        return rules.clean_asset_tag(asset_tag)
    except rules.LoanRuleError:
        return asset_tag.strip()


# ---------------------------------------------------------------- in-centre pairing


def pair_in_centre(
    uow_factory: UowFactory,
    asset_tag: str,
    *,
    visit_id: uuid.UUID,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None = None,
    condition_out: DeviceCondition = DeviceCondition.GOOD,
    now: datetime | None = None,
) -> LoanView:
    """Pair the resident with an available device for this visit; it comes back when it ends."""
    at = _now(now)
    try:
        return _pair(
            uow_factory,
            asset_tag,
            visit_id=visit_id,
            staff_id=staff_id,
            station_id=station_id,
            condition_out=condition_out,
            at=at,
        )
    except ConcurrentUpdate:
        raise DeviceTaken(_taken_message(_tag(asset_tag))) from None


def _pair(
    uow_factory: UowFactory,
    asset_tag: str,
    *,
    visit_id: uuid.UUID,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None,
    condition_out: DeviceCondition,
    at: datetime,
) -> LoanView:
    with uow_factory() as uow:
        visit = uow.visits.get(visit_id)
        if visit is None or visit.ended_at is not None:
            raise LoanRefused("This visit has ended: start a new visit to pair a device.")
        device = device_by_tag(uow, asset_tag)
        if device.site_id != visit.site_id:
            raise LoanRefused(
                f"{rules.device_label(device.kind, device.asset_tag)} belongs to another site."
            )
        _move(
            uow,
            device,
            DeviceEvent.PAIR_IN_CENTRE,
            staff_id=staff_id,
            station_id=station_id,
            at=at,
        )
        loan = uow.loans.add(
            Loan(
                device_id=device.id,
                visit_id=visit_id,
                staff_id=staff_id,
                kind=LoanKind.IN_CENTRE,
                out_at=at,
                condition_out=condition_out,
                kit_out=device.accessories or None,
            )
        )
        loan.device = device
        _audit_loan(
            uow, AuditAction.LOAN_OUT, loan, staff_id=staff_id, station_id=station_id, at=at
        )
        uow.commit()
        log.info("device paired loan=%s device=%s visit=%s", loan.id, device.id, visit_id)
        return LoanView.of(loan)


def end_visit_pairings(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> list[LoanView]:
    """When a visit ends, every device paired in it comes back and awaits a wipe."""
    at = _now(now)
    with uow_factory() as uow:
        loans = list(uow.loans.open_for_visit(visit_id, LoanKind.IN_CENTRE))
        for loan in loans:
            _close(
                uow,
                loan,
                condition=DeviceCondition.GOOD,
                missing=(),
                staff_id=staff_id,
                station_id=station_id,
                at=at,
            )
        uow.commit()
        return [LoanView.of(loan) for loan in loans]


# ---------------------------------------------------------------- take-home loans


def lend_take_home(
    uow_factory: UowFactory,
    asset_tag: str,
    borrower: BorrowerDetails,
    *,
    due_at: datetime,
    typed_name: str,
    agreement_version: str,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
    kit_handed_over: Iterable[str] | None = None,
    condition_out: DeviceCondition = DeviceCondition.GOOD,
    now: datetime | None = None,
    agreement_folder: Path | None = None,
) -> LentOut:
    """Lend a device to take home until `due_at`, once the borrower accepts the agreement.

    `agreement_version` is the version the screen showed; if it is no longer the one in force
    the loan is refused so the borrower can read the new wording.
    """
    at = _now(now)
    try:
        name = rules.clean_name(borrower.name)
        contact = rules.clean_contact_number(borrower.contact_number)
        rules.check_due(at, due_at)
        rules.check_typed_name(typed_name, name)
    except rules.LoanRuleError as error:
        raise _refuse(error) from None
    agreement = current_agreement(agreement_folder)
    if agreement_version != agreement.version:
        raise LoanRefused(
            f"The loan agreement is now version {agreement.version}: show the borrower the "
            "current wording and ask them to accept it again."
        )
    details = BorrowerDetails(name, contact, borrower.id_type_seen)
    try:
        return _lend_take_home(
            uow_factory,
            asset_tag,
            details,
            due_at=due_at,
            agreement=agreement,
            staff_id=staff_id,
            station_id=station_id,
            visit_id=visit_id,
            kit_handed_over=kit_handed_over,
            condition_out=condition_out,
            at=at,
        )
    except ConcurrentUpdate:
        raise DeviceTaken(_taken_message(_tag(asset_tag))) from None


def _lend_take_home(
    uow_factory: UowFactory,
    asset_tag: str,
    borrower: BorrowerDetails,
    *,
    due_at: datetime,
    agreement: Agreement,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None,
    visit_id: uuid.UUID | None,
    kit_handed_over: Iterable[str] | None,
    condition_out: DeviceCondition,
    at: datetime,
) -> LentOut:
    with uow_factory() as uow:
        device = device_by_tag(uow, asset_tag)
        kit = _check_kit(device, kit_handed_over)
        record = uow.borrowers.find_returning(borrower.name, borrower.contact_number)
        _move(
            uow,
            device,
            DeviceEvent.LEND_TAKE_HOME,
            staff_id=staff_id,
            station_id=station_id,
            at=at,
        )
        if record is None:
            record = uow.borrowers.add(
                Borrower(
                    name=borrower.name,
                    contact_number=borrower.contact_number,
                    id_type_seen=borrower.id_type_seen,
                    retention_class=RetentionClass.LOAN_CONTACT,
                )
            )
        else:
            record.id_type_seen = borrower.id_type_seen
        loan = uow.loans.add(
            Loan(
                device_id=device.id,
                visit_id=visit_id,
                staff_id=staff_id,
                borrower_id=record.id,
                kind=LoanKind.TAKE_HOME,
                out_at=at,
                due_at=due_at,
                condition_out=condition_out,
                kit_out=rules.format_kit(kit) or None,
                agreement_version=agreement.version,
                agreement_accepted_at=at,
            )
        )
        loan.device = device
        _audit_loan(
            uow,
            AuditAction.LOAN_OUT,
            loan,
            staff_id=staff_id,
            station_id=station_id,
            at=at,
            agreement_version=agreement.version,
            borrower_id=str(record.id),
        )
        uow.flush()
        count = uow.loans.count_for_borrower(record.id)
        uow.commit()
        log.info("device lent loan=%s device=%s borrower=%s", loan.id, device.id, record.id)
        return LentOut(
            LoanView.of(loan), BorrowerView.of(record), count, rules.offer_referral(count)
        )


def default_due(today: date | None = None, days: int | None = None) -> datetime:
    """The end of the day (station time) `days` from today: the usual due time to offer."""
    start = today or datetime.now().astimezone().date()
    length = timedelta(days=days) if days is not None else rules.DEFAULT_TAKE_HOME
    return due_at_end_of(start + length)


def due_at_end_of(day: date) -> datetime:
    """A due date as the end of that day in the station's time zone, in UTC."""
    local = datetime(day.year, day.month, day.day, 23, 59, 59).astimezone()
    return local.astimezone(UTC)


# ---------------------------------------------------------------- check in


def check_in(
    uow_factory: UowFactory,
    asset_tag: str,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None = None,
    condition: DeviceCondition = DeviceCondition.GOOD,
    missing_items: Sequence[str] = (),
    wipe_steps: Iterable[WipeStep] | None = None,
    now: datetime | None = None,
) -> CheckedIn:
    """A device comes back: record condition and missing kit; it then awaits a verified wipe.

    With `wipe_steps` (the whole checklist) the wipe is recorded now, by this member of staff;
    a colleague verifies it later with `verify_wipe`.
    """
    at = _now(now)
    with uow_factory() as uow:
        device = device_by_tag(uow, asset_tag)
        loan = uow.loans.open_for_device(device.id)
        if loan is None:
            label = rules.device_label(device.kind, device.asset_tag)
            raise LoanRefused(rules.refusal(label, device.state, DeviceEvent.RETURN))
        kit = rules.parse_kit(loan.kit_out or device.accessories)
        label = rules.device_label(device.kind, device.asset_tag)
        try:
            missing = rules.check_missing_items(label, kit, missing_items)
        except rules.LoanRuleError as error:
            raise _refuse(error) from None
        _close(
            uow,
            loan,
            condition=condition,
            missing=missing,
            staff_id=staff_id,
            station_id=station_id,
            at=at,
        )
        recorded = False
        if wipe_steps is not None:
            try:
                stage_wipe(uow, device, wipe_steps, staff_id=staff_id, loan_id=loan.id, at=at)
            except DeviceRefused as error:
                raise LoanRefused(f"{error} Nothing was saved.") from None
            recorded = True
        uow.commit()
        return CheckedIn(LoanView.of(loan), recorded)


def _close(
    uow: UnitOfWork,
    loan: Loan,
    *,
    condition: DeviceCondition,
    missing: Sequence[str],
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None,
    at: datetime,
) -> None:
    device = loan.device
    _move(uow, device, DeviceEvent.RETURN, staff_id=staff_id, station_id=station_id, at=at)
    loan.back_at = at
    loan.condition_in = rules.condition_in(condition, missing)
    loan.missing_items = rules.format_kit(missing) or None
    if loan.borrower is not None and rules.is_disputable(loan.condition_in):
        loan.borrower.retention_class = RetentionClass.LOAN_DISPUTE
    _audit_loan(
        uow,
        AuditAction.LOAN_IN,
        loan,
        staff_id=staff_id,
        station_id=station_id,
        at=at,
        condition_in=loan.condition_in.value,
        missing_items=len(missing),
    )
    log.info("device back loan=%s device=%s", loan.id, device.id)


def _audit_loan(
    uow: UnitOfWork,
    action: AuditAction,
    loan: Loan,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None,
    at: datetime,
    **details: str | int,
) -> None:
    audit(
        uow,
        action,
        RecordType.LOAN,
        loan.id,
        staff_id=staff_id,
        station_id=station_id,
        at=at,
        details={"device_id": str(loan.device_id), "kind": loan.kind.value, **details},
    )


# ---------------------------------------------------------------- lists


def list_open_loans(uow_factory: UowFactory, site_id: uuid.UUID | None = None) -> list[LoanView]:
    """Loans not back yet, oldest first."""
    with uow_factory() as uow:
        return [LoanView.of(loan) for loan in uow.loans.list_open(site_id)]


def list_overdue(
    uow_factory: UowFactory, now: datetime | None = None, *, site_id: uuid.UUID | None = None
) -> list[OverdueLoan]:
    """Take-home loans past their due time, most overdue first, with whom to call."""
    at = _now(now)
    with uow_factory() as uow:
        found: list[OverdueLoan] = []
        for loan in uow.loans.list_overdue(at):
            if site_id is not None and loan.device.site_id != site_id:
                continue
            borrower = BorrowerView.of(loan.borrower) if loan.borrower else None
            assert loan.due_at is not None  # list_overdue only returns loans with a due time
            found.append(OverdueLoan(LoanView.of(loan), borrower, at - loan.due_at))
        return found


def loan_history(uow_factory: UowFactory, asset_tag: str) -> list[LoanView]:
    """A device's loans, newest first."""
    with uow_factory() as uow:
        device = device_by_tag(uow, asset_tag)
        return [LoanView.of(loan) for loan in uow.loans.list_for_device(device.id)]


# ---------------------------------------------------------------- waitlist


def join_waitlist(
    uow_factory: UowFactory,
    site_id: uuid.UUID,
    kind: DeviceKind,
    *,
    loan_kind: LoanKind,
    staff_id: uuid.UUID | None,
    visit_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> WaitlistPlace:
    """Queue a resident for the next device of a kind at a site (no personal data kept)."""
    at = _now(now)
    with uow_factory() as uow:
        entry = uow.devices.add_waitlist_entry(
            WaitlistEntry(
                site_id=site_id,
                kind=kind,
                loan_kind=loan_kind,
                visit_id=visit_id,
                staff_id=staff_id,
                created_at=at,
            )
        )
        uow.commit()
        waiting = uow.devices.list_waiting(site_id, kind)
        log.info("waitlist joined entry=%s kind=%s", entry.id, kind.value)
        return _places(waiting)[entry.id]


def list_waitlist(
    uow_factory: UowFactory, site_id: uuid.UUID, kind: DeviceKind | None = None
) -> list[WaitlistPlace]:
    """Open places on a site's waitlist, first come first (positions counted per kind)."""
    with uow_factory() as uow:
        places = _places(uow.devices.list_waiting(site_id, kind))
        return sorted(places.values(), key=lambda p: (p.joined_at, p.id))


def close_waitlist_place(
    uow_factory: UowFactory,
    entry_id: uuid.UUID,
    outcome: WaitlistOutcome,
    *,
    loan_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> None:
    """Take a place off the waitlist: served (with the loan that served it) or cancelled."""
    at = _now(now)
    with uow_factory() as uow:
        entry = uow.devices.get_waitlist_entry(entry_id)
        if entry is None or entry.closed_at is not None:
            raise LoanRefused("That place on the waitlist has already been dealt with.")
        entry.closed_at = at
        entry.outcome = outcome
        entry.loan_id = loan_id
        uow.commit()


def _places(entries: Sequence[WaitlistEntry]) -> dict[uuid.UUID, WaitlistPlace]:
    positions: dict[DeviceKind, int] = {}
    places: dict[uuid.UUID, WaitlistPlace] = {}
    for entry in entries:
        positions[entry.kind] = positions.get(entry.kind, 0) + 1
        places[entry.id] = WaitlistPlace(
            entry.id,
            entry.site_id,
            entry.kind,
            entry.loan_kind,
            entry.visit_id,
            entry.created_at,
            positions[entry.kind],
        )
    return places


def overdue_reminder_letters(
    overdue: Sequence[OverdueLoan],
    folder: Path,
    *,
    texts_folder: Path | None = None,
) -> list[Path]:
    """One printable reminder letter per overdue loan whose borrower can still be named.

    The letters hold the borrower's name: write them to a folder that is printed and then
    emptied, never to a shared one.
    """
    from printing.documents import OverdueReminder, compose_overdue_reminder  # noqa: PLC0415

    texts = load_texts(texts_folder) if texts_folder is not None else load_texts()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    written: list[Path] = []
    names = UniqueNames(folder)  # tags name the files: never a path, never the same twice
    for item in overdue:
        loan, borrower = item.loan, item.borrower
        if borrower is None or not borrower.name or loan.due_at is None:
            continue
        reminder = OverdueReminder(
            borrower_name=borrower.name,
            device=f"{rules.KIND_LABELS[loan.device.kind]} {loan.device.model}",
            asset_tag=loan.device.asset_tag,
            lent_on=loan.out_at.astimezone().date(),
            due_on=loan.due_at.astimezone().date(),
            site=loan.device.site_name,
        )
        output = names.path(f"reminder-{loan.device.asset_tag}", ".pdf")
        compose_overdue_reminder(reminder, output, texts=texts)
        written.append(output)
    log.info("overdue reminders written count=%d", len(written))
    return written
