"""Staff accounts and sign-in: PINs checked in the background, lockout after 10 wrong guesses."""

from __future__ import annotations

import getpass
import logging
import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desk.domain import pins
from desk.domain.records import AuditAction, RecordType
from desk.errors import DeskError
from desk.storage.models import AuditEvent, SignInAttempt, Staff

if TYPE_CHECKING:
    from desk.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

UowFactory = Callable[[], "SqlUnitOfWork"]


@dataclass(frozen=True)
class StaffMember:
    """What the screens need to know about a member of staff (never the PIN hash)."""

    id: uuid.UUID
    display_name: str
    first_name: str

    @classmethod
    def of(cls, staff: Staff) -> StaffMember:
        """The plain view of a staff record."""
        return cls(staff.id, staff.display_name, staff.first_name)


class SignInRefused(DeskError):
    """A wrong PIN, an unknown or inactive account; the message says what to do."""


class SignInLocked(DeskError):
    """Too many wrong PINs: sign-in is locked for a while; the message says until when."""


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
) -> StaffMember:
    """Create an account; the PIN is kept only as a slow salted hash."""
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
    )
    with uow_factory() as uow:
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
            )
        )
        uow.commit()
    log.info("staff added staff=%s", staff.id)
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
    """Check a PIN; after 10 wrong PINs in 5 minutes sign-in is locked until the 5 minutes pass."""
    at = now or datetime.now(UTC)
    with uow_factory() as uow:
        staff = uow.staff.get(staff_id)
        if staff is None or not staff.active:
            raise SignInRefused("That account is not active. Ask your manager to check it.")
        failures = list(uow.staff.failed_sign_in_times(staff_id, at - pins.FAILURE_WINDOW))
        lock = pins.lockout_state(failures, at)
        if lock.locked:
            raise SignInLocked(_locked_message(lock.until))
        ok = pins.verify_pin(pin, staff.pin_hash)
        uow.staff.add_sign_in_attempt(
            SignInAttempt(staff_id=staff_id, station_id=station_id, at=at, succeeded=ok)
        )
        if not ok:
            failures.append(at)
        lock = pins.lockout_state(failures, at)
        actions = [AuditAction.STAFF_SIGNED_IN if ok else AuditAction.STAFF_SIGN_IN_FAILED]
        if lock.locked:
            actions.append(AuditAction.STAFF_LOCKED_OUT)
        for action in actions:
            uow.audit.add(
                AuditEvent(
                    action=action,
                    record_type=RecordType.STAFF,
                    record_id=staff_id,
                    station_id=station_id,
                    staff_id=staff_id,
                    at=at,
                )
            )
        uow.commit()
        member = StaffMember.of(staff)
    if ok:
        return member
    if lock.locked:
        raise SignInLocked(_locked_message(lock.until))
    left = pins.MAX_FAILURES - lock.failures
    raise SignInRefused(
        f"That PIN is not right. Try again ({left} {'try' if left == 1 else 'tries'} left "
        "before sign-in is locked for 5 minutes)."
    )


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
            raise SignInRefused(
                "This PC's account is not linked to a member of staff: choose your name and "
                "enter your PIN."
            )
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


def _locked_message(until: datetime | None) -> str:
    when = until.astimezone().strftime("%H:%M") if until else "in a few minutes"
    return (
        f"Too many wrong PINs. Sign-in is locked until {when}. Ask a colleague to sign in, or wait."
    )
