"""Staff accounts and sign-in: PINs checked in the background, escalating locks on wrong guesses.

The rules are `desk.domain.pins`; the state is the sign-in attempts and the staff record's
`sign_in_cleared_at` (a manager's unlock or PIN reset), so stations that share a database share
the count.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desk.domain import pins
from desk.domain.records import AuditAction, AuditDetailValue, RecordType, StaffRole
from desk.errors import DeskError
from desk.services.ports import UnitOfWork, UowFactory
from desk.storage.models import AuditEvent, SignInAttempt, Staff

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffMember:
    """What the screens need to know about a member of staff (never the PIN hash)."""

    id: uuid.UUID
    display_name: str
    first_name: str
    role: StaffRole = StaffRole.CHAMPION

    @property
    def is_manager(self) -> bool:
        """A manager also sees the Reports screen."""
        return self.role is StaffRole.MANAGER

    @classmethod
    def of(cls, staff: Staff) -> StaffMember:
        """The plain view of a staff record."""
        return cls(staff.id, staff.display_name, staff.first_name, StaffRole(staff.role))


NOT_ACTIVE = "That account is not active. Ask your manager to check it."
PC_ACCOUNT_NOT_LINKED = (
    "This PC's account is not linked to a member of staff: choose your name and enter your PIN."
)
WRONG_PIN_ONE_TRY_TIMED = (
    "That PIN is not right. Try again (1 try left before sign-in is locked for {minutes} minutes)."
)
WRONG_PIN_TIMED = (
    "That PIN is not right. Try again ({left} tries left before sign-in is locked for "
    "{minutes} minutes)."
)
WRONG_PIN_ONE_TRY_HELD = (
    "That PIN is not right. Try again (1 try left before sign-in is locked until a manager "
    "unlocks it)."
)
WRONG_PIN_HELD = (
    "That PIN is not right. Try again ({left} tries left before sign-in is locked until a "
    "manager unlocks it)."
)
LOCKED_HELD = (
    "Too many wrong PINs. Sign-in is locked until a manager unlocks it (desk staff unlock). "
    "Ask a colleague to sign in."
)
LOCKED_ONE_MINUTE = (
    "Too many wrong PINs. Sign-in is locked for 1 minute more (until {until}). "
    "Ask a colleague to sign in, or wait."
)
LOCKED_MINUTES = (
    "Too many wrong PINs. Sign-in is locked for {minutes} minutes more (until {until}). "
    "Ask a colleague to sign in, or wait."
)
MESSAGES: tuple[str, ...] = (
    NOT_ACTIVE,
    PC_ACCOUNT_NOT_LINKED,
    WRONG_PIN_ONE_TRY_TIMED,
    WRONG_PIN_TIMED,
    WRONG_PIN_ONE_TRY_HELD,
    WRONG_PIN_HELD,
    LOCKED_HELD,
    LOCKED_ONE_MINUTE,
    LOCKED_MINUTES,
)
"""What signing in can be refused with: the templates translators translate."""


class SignInRefused(DeskError):
    """A wrong PIN, an unknown or inactive account; the message says what to do."""


class SignInLocked(DeskError):
    """Too many wrong PINs: sign-in is locked for a while (`until`), or until a manager unlocks
    it (`until` is None); the message says which and what to do."""

    def __init__(self, message: str, until: datetime | None = None, /, **values: object) -> None:
        super().__init__(message, **values)
        self.until = until

    @property
    def held(self) -> bool:
        """Locked until a manager unlocks it (`desk staff unlock`)."""
        return self.until is None


def list_staff(uow_factory: UowFactory) -> list[StaffMember]:
    """Active staff, by name, for the sign-in list."""
    with uow_factory() as uow:
        return [StaffMember.of(s) for s in uow.staff.list()]


def current_os_account() -> str:
    """The account signed in to this PC: DOMAIN\\user on Windows, the user name elsewhere."""
    user = getpass.getuser()
    domain = os.environ.get("USERDOMAIN") if sys.platform == "win32" else None
    return f"{domain}\\{user}" if domain else user


def add_staff(
    uow_factory: UowFactory,
    display_name: str,
    pin: str,
    *,
    station_id: uuid.UUID | None = None,
    os_account: str | None = None,
    role: StaffRole = StaffRole.CHAMPION,
) -> StaffMember:
    """Create an account (a champion unless `role` says otherwise); the PIN is kept only as a
    slow salted hash."""
    name = " ".join(display_name.split())
    if not name:
        raise DeskError("Enter the name of the member of staff.")
    try:
        pins.check_pin_rules(pin)
    except pins.PinRuleError as error:
        raise DeskError(str(error)) from None
    staff = Staff(
        display_name=name,
        first_name=name.split()[0],
        pin_hash=pins.hash_pin(pin),
        os_account=(os_account or "").strip().lower() or None,
        role=role,
    )
    with uow_factory() as uow:
        for same in _named(uow.staff.list(), name):
            raise DeskError(
                f"An active member of staff is already called {same.display_name!r}: add an "
                "initial or a surname to tell them apart."
            )
        if staff.os_account and uow.staff.by_os_account(staff.os_account) is not None:
            raise DeskError(f"The OS account {staff.os_account} already belongs to someone.")
        uow.staff.add(staff)
        uow.flush()
        uow.audit.add(
            AuditEvent(
                action=AuditAction.STAFF_ADDED,
                record_type=RecordType.STAFF,
                record_id=staff.id,
                station_id=station_id,
                details={"role": role.value},
            )
        )
        uow.commit()
    log.info("staff added staff=%s role=%s", staff.id, role.value)
    return StaffMember.of(staff)


def add_first_staff(
    uow_factory: UowFactory, display_name: str, pin: str, *, station_id: uuid.UUID | None = None
) -> StaffMember:
    """Create the first account on a new station; refused once any account exists."""
    with uow_factory() as uow:
        if uow.staff.list(active_only=False):
            raise DeskError("This station already has staff accounts: choose your name to sign in.")
    return add_staff(uow_factory, display_name, pin, station_id=station_id)


def sign_in(
    uow_factory: UowFactory,
    staff_id: uuid.UUID,
    pin: str,
    *,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> StaffMember:
    """Check a PIN; every 10 wrong PINs in a row lock sign-in, for longer each time (5, 10, 20
    minutes), and then until a manager unlocks it (`desk.domain.pins`)."""
    at = now or datetime.now(UTC)
    with uow_factory() as uow:
        staff = uow.staff.get(staff_id)
        if staff is None or not staff.active:
            raise SignInRefused(NOT_ACTIVE)
        failures = list(uow.staff.failed_sign_in_times(staff_id, _counted_after(uow, staff)))
        lock = pins.lockout_state(failures, at)
        if lock.locked:
            raise _locked(lock, at)
        ok = pins.verify_pin(pin, staff.pin_hash)
        uow.staff.add_sign_in_attempt(
            SignInAttempt(staff_id=staff_id, station_id=station_id, at=at, succeeded=ok)
        )
        if not ok:
            failures.append(at)
            lock = pins.lockout_state(failures, at)
        events: list[tuple[AuditAction, dict[str, AuditDetailValue] | None]] = [
            (AuditAction.STAFF_SIGNED_IN if ok else AuditAction.STAFF_SIGN_IN_FAILED, None)
        ]
        if lock.locked:
            length = pins.lock_length(lock.locks)
            minutes = None if length is None else int(length.total_seconds() // 60)
            details: dict[str, AuditDetailValue] = {"lock": lock.locks, "minutes": minutes}
            events.append((AuditAction.STAFF_LOCKED_OUT, details))
        for action, extra in events:
            uow.audit.add(
                AuditEvent(
                    action=action,
                    record_type=RecordType.STAFF,
                    record_id=staff_id,
                    station_id=station_id,
                    staff_id=staff_id,
                    at=at,
                    details=extra,
                )
            )
        uow.commit()
        member = StaffMember.of(staff)
    if ok:
        return member
    if lock.locked:
        log.warning(
            "sign-in locked staff=%s lock=%d until=%s",
            staff_id,
            lock.locks,
            lock.until.isoformat() if lock.until else "unlocked-by-manager",
        )
        raise _locked(lock, at)
    left, length = lock.tries_left, lock.next_lock
    if length is None:
        raise SignInRefused(WRONG_PIN_ONE_TRY_HELD if left == 1 else WRONG_PIN_HELD, left=left)
    minutes = pins.wait_minutes(length)
    template = WRONG_PIN_ONE_TRY_TIMED if left == 1 else WRONG_PIN_TIMED
    raise SignInRefused(template, left=left, minutes=minutes)


def sign_in_os_account(
    uow_factory: UowFactory,
    account: str,
    *,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> StaffMember:
    """Sign in the member of staff whose OS account is signed in to the PC (where configured)."""
    at = now or datetime.now(UTC)
    with uow_factory() as uow:
        staff = uow.staff.by_os_account(account.strip().lower())
        if staff is None or not staff.active:
            raise SignInRefused(PC_ACCOUNT_NOT_LINKED)
        uow.staff.add_sign_in_attempt(
            SignInAttempt(staff_id=staff.id, station_id=station_id, at=at, succeeded=True)
        )
        uow.audit.add(
            AuditEvent(
                action=AuditAction.STAFF_SIGNED_IN,
                record_type=RecordType.STAFF,
                record_id=staff.id,
                station_id=station_id,
                staff_id=staff.id,
                at=at,
                details={"method": "os_account"},
            )
        )
        uow.commit()
        return StaffMember.of(staff)


def _locked(lock: pins.Lockout, now: datetime) -> SignInLocked:
    left = lock.left(now)
    if lock.until is None or left is None:
        return SignInLocked(LOCKED_HELD)
    when = lock.until.astimezone().strftime("%H:%M")
    minutes = pins.wait_minutes(left)
    template = LOCKED_ONE_MINUTE if minutes == 1 else LOCKED_MINUTES
    return SignInLocked(template, lock.until, minutes=minutes, until=when)


def _counted_after(uow: UnitOfWork, staff: Staff) -> datetime | None:
    """Wrong PINs count from the last sign-in, unlock or PIN reset, whichever is latest."""
    marks = [m for m in (uow.staff.last_sign_in(staff.id), staff.sign_in_cleared_at) if m]
    return max(marks, default=None)


def _named(members: Sequence[Staff], name: str) -> list[Staff]:
    wanted = " ".join(name.split()).casefold()
    return [m for m in members if " ".join(m.display_name.split()).casefold() == wanted]


def _find(uow: UnitOfWork, who: str) -> Staff:
    """The one active member of staff called `who` (any case), or with that id."""
    try:
        staff = uow.staff.get(uuid.UUID(who.strip()))
    except ValueError:
        staff = None
    if staff is not None and staff.active:
        return staff
    found = _named(uow.staff.list(), who)
    if not found:
        raise DeskError(
            f"no active member of staff is called {who!r}; `desk staff list` shows who is"
        )
    if len(found) > 1:
        raise DeskError(
            f"{len(found)} active members of staff are called {who!r}: name one by its id "
            "(`desk staff list --json` shows them)"
        )
    return found[0]


def find_staff(uow_factory: UowFactory, who: str) -> StaffMember:
    """The one active member of staff called `who` (case and spacing aside), or with that id;
    DeskError when there is none or more than one."""
    with uow_factory() as uow:
        return StaffMember.of(_find(uow, who))


@dataclass(frozen=True)
class StaffChange:
    """What a manager's change did: to whom, and (for an unlock) whether sign-in was locked."""

    member: StaffMember
    was_locked: bool = False


def deactivate_staff(
    uow_factory: UowFactory, who: str, *, station_id: uuid.UUID | None = None
) -> StaffChange:
    """Take a member of staff off the sign-in list for good (their records stay theirs)."""
    with uow_factory() as uow:
        staff = _find(uow, who)
        if len(uow.staff.list()) == 1:
            raise DeskError(
                f"{staff.display_name} is the last active member of staff: add another first "
                "(desk staff add), or nobody could sign in."
            )
        staff.active = False
        _audit_change(uow, staff, "deactivated", station_id)
        uow.commit()
        change = StaffChange(StaffMember.of(staff))
    log.info("staff deactivated staff=%s", change.member.id)
    return change


def reset_pin(
    uow_factory: UowFactory,
    who: str,
    pin: str,
    *,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> StaffChange:
    """Give a member of staff a new PIN (it follows the PIN rules); this also lifts any lock."""
    try:
        pins.check_pin_rules(pin)
    except pins.PinRuleError as error:
        raise DeskError(str(error)) from None
    pin_hash = pins.hash_pin(pin)
    at = now or datetime.now(UTC)
    with uow_factory() as uow:
        staff = _find(uow, who)
        was_locked = _is_locked(uow, staff, at)
        staff.pin_hash = pin_hash
        staff.sign_in_cleared_at = at
        _audit_change(uow, staff, "pin_reset", station_id, at)
        uow.commit()
        change = StaffChange(StaffMember.of(staff), was_locked)
    log.info("staff PIN reset staff=%s", change.member.id)
    return change


def unlock_staff(
    uow_factory: UowFactory,
    who: str,
    *,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> StaffChange:
    """Lift a sign-in lock (the one only a manager can lift, or a timed one) and forgive the
    wrong PINs so far."""
    at = now or datetime.now(UTC)
    with uow_factory() as uow:
        staff = _find(uow, who)
        was_locked = _is_locked(uow, staff, at)
        staff.sign_in_cleared_at = at
        _audit_change(uow, staff, "unlocked", station_id, at)
        uow.commit()
        change = StaffChange(StaffMember.of(staff), was_locked)
    log.info("staff sign-in unlocked staff=%s was_locked=%s", change.member.id, was_locked)
    return change


def change_role(
    uow_factory: UowFactory, who: str, role: StaffRole, *, station_id: uuid.UUID | None = None
) -> StaffChange:
    """Make a member of staff a manager (who also sees the Reports screen) or a champion."""
    with uow_factory() as uow:
        staff = _find(uow, who)
        if staff.role != role:
            staff.role = role
            _audit_change(uow, staff, "role", station_id, role=role.value)
            uow.commit()
        change = StaffChange(StaffMember.of(staff))
    log.info("staff role staff=%s role=%s", change.member.id, role.value)
    return change


def _is_locked(uow: UnitOfWork, staff: Staff, at: datetime) -> bool:
    failures = uow.staff.failed_sign_in_times(staff.id, _counted_after(uow, staff))
    return pins.lockout_state(failures, at).locked


def _audit_change(
    uow: UnitOfWork,
    staff: Staff,
    change: str,
    station_id: uuid.UUID | None,
    at: datetime | None = None,
    **more: AuditDetailValue,
) -> None:
    uow.audit.add(
        AuditEvent(
            action=AuditAction.STAFF_CHANGED,
            record_type=RecordType.STAFF,
            record_id=staff.id,
            station_id=station_id,
            at=at or datetime.now(UTC),
            details={"change": change, **more},
        )
    )
