"""Sign-in against the real service and database: escalating locks, a manager's unlock, the log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from desk.domain import pins
from desk.domain.records import AuditAction, StaffRole
from desk.errors import DeskError
from desk.services import staff as staff_service
from desk.services.staff import SignInLocked, SignInRefused
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed

Uow = Callable[[], SqlUnitOfWork]


def _guesses() -> list[str]:
    """An attacker's list: the commonest PINs first (as published), then every other one."""
    first = ["1234", "1111", "0000", "1212", "7777", "1004", "2000", "4444", "2222", "6969"]
    return first + [f"{n:04d}" for n in range(10_000) if f"{n:04d}" not in first]


@pytest.mark.allow_log_warnings
def test_an_attacker_gets_under_fifty_guesses_and_then_none(
    uow: Uow, seed: Seed, caplog: pytest.LogCaptureFixture
) -> None:
    """Guess as fast as the locks allow, for a week: the lock holds after 40 guesses."""
    victim = staff_service.add_staff(uow, "Dana Whitfield", "8264", station_id=seed.station_id)
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)
    week = start + timedelta(days=7)
    now, locks, held_at = start, [], None
    guesses = iter(_guesses())
    while now < week:
        try:
            staff_service.sign_in(uow, victim.id, next(guesses), now=now)
        except SignInRefused:
            now += timedelta(seconds=2)
        except SignInLocked as locked:
            locks.append(locked.until)
            if locked.until is None:
                held_at = held_at or now
                now += timedelta(minutes=97)  # keep trying now and then, all week
            else:
                now = locked.until  # wait out the lock, then guess on
        else:
            pytest.fail("the attacker found the PIN")
    assert held_at is not None
    with uow() as unit:
        tried = len(unit.staff.failed_sign_in_times(victim.id))
    assert tried == pins.GUESSES_BEFORE_HOLD < 50
    # Three timed locks (5, 10 and 20 minutes: the audit below), then it held.
    timed = [until for until in locks if until is not None]
    assert len(timed) == pins.TIMED_LOCKS
    assert all(locked is None for locked in locks[pins.TIMED_LOCKS :])
    assert held_at - start < timedelta(hours=1)
    with pytest.raises(SignInLocked, match="until a manager unlocks it"):
        staff_service.sign_in(uow, victim.id, "8264", now=week)
    guesses_per_day = tried / ((week - start) / timedelta(days=1))
    assert guesses_per_day < 10

    # Every lock was logged as a WARNING, by staff id, never by name.
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == pins.TIMED_LOCKS + 1
    for record in warnings:
        assert str(victim.id) in record.getMessage()
        assert "Dana" not in record.getMessage() and "Whitfield" not in record.getMessage()
    with uow() as unit:
        actions = [e.action for e in unit.audit.list(record_id=victim.id, limit=5000)]
        details = [
            e.details for e in unit.audit.list(record_id=victim.id, limit=5000)
            if e.action is AuditAction.STAFF_LOCKED_OUT
        ]  # fmt: skip
    assert actions.count(AuditAction.STAFF_SIGN_IN_FAILED) == pins.GUESSES_BEFORE_HOLD
    assert details == [
        {"lock": 1, "minutes": 5},
        {"lock": 2, "minutes": 10},
        {"lock": 3, "minutes": 20},
        {"lock": 4, "minutes": None},
    ]

    # A manager's unlock lifts it; the right PIN works again.
    later = held_at + timedelta(days=8)
    change = staff_service.unlock_staff(uow, "dana whitfield", now=later)
    assert change.was_locked
    signed = staff_service.sign_in(uow, victim.id, "8264", now=later + timedelta(seconds=1))
    assert signed == victim


@pytest.mark.allow_log_warnings
def test_the_messages_say_how_long_is_left(uow: Uow, seed: Seed) -> None:
    member = staff_service.add_staff(uow, "Ben Okoro", "1357")
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)
    with pytest.raises(SignInRefused, match=r"9 tries left before sign-in is locked for 5 minutes"):
        staff_service.sign_in(uow, member.id, "0000", now=start)
    for n in range(1, 9):
        with pytest.raises(SignInRefused):
            staff_service.sign_in(uow, member.id, "0000", now=start + timedelta(seconds=n))
    tenth = start + timedelta(seconds=9)
    with pytest.raises(SignInLocked, match="locked for 5 minutes more") as locked:
        staff_service.sign_in(uow, member.id, "0000", now=tenth)
    assert locked.value.until == tenth + timedelta(minutes=5)
    with pytest.raises(SignInLocked, match="locked for 2 minutes more"):
        staff_service.sign_in(uow, member.id, "1357", now=tenth + timedelta(minutes=3, seconds=30))
    after = tenth + timedelta(minutes=5)
    with pytest.raises(SignInRefused, match="9 tries left before sign-in is locked for 10 minutes"):
        staff_service.sign_in(uow, member.id, "0000", now=after)
    # A right PIN forgives the wrong ones so far: the count starts again from the first lock.
    assert staff_service.sign_in(uow, member.id, "1357", now=after + timedelta(seconds=1)) == member
    with pytest.raises(SignInRefused, match="9 tries left before sign-in is locked for 5 minutes"):
        staff_service.sign_in(uow, member.id, "0000", now=after + timedelta(seconds=2))


def test_a_new_pin_follows_the_rules_and_lifts_the_lock(uow: Uow, seed: Seed) -> None:
    member = staff_service.add_staff(uow, "Asha Patel", "2468")
    with pytest.raises(DeskError, match="harder to guess"):
        staff_service.add_staff(uow, "Chidi Obi", "1234")
    with pytest.raises(DeskError, match="harder to guess"):
        staff_service.reset_pin(uow, "Asha Patel", "1985")
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)
    for n in range(pins.MAX_FAILURES - 1):
        with pytest.raises(SignInRefused):
            staff_service.sign_in(uow, member.id, "0000", now=start + timedelta(seconds=n))
    change = staff_service.reset_pin(uow, "ASHA PATEL", "5739", now=start + timedelta(minutes=1))
    assert not change.was_locked
    later = start + timedelta(minutes=1, seconds=1)
    with pytest.raises(SignInRefused, match="9 tries left"):
        staff_service.sign_in(uow, member.id, "2468", now=later)
    assert staff_service.sign_in(uow, member.id, "5739", now=later) == member
    with uow() as unit:
        changes = [
            e.details for e in unit.audit.list(record_id=member.id)
            if e.action is AuditAction.STAFF_CHANGED
        ]  # fmt: skip
    assert changes == [{"change": "pin_reset"}]


def test_names_are_unambiguous_among_active_staff(uow: Uow, seed: Seed) -> None:
    alice = staff_service.add_staff(uow, "Alice Smith", "2468")
    with pytest.raises(DeskError, match="already called 'Alice Smith'"):
        staff_service.add_staff(uow, "alice  SMITH", "1357")
    staff_service.add_staff(uow, "Alice Smithson", "1357")
    assert staff_service.find_staff(uow, " alice smith ") == alice
    assert staff_service.find_staff(uow, str(alice.id)) == alice
    with pytest.raises(DeskError, match="no active member of staff is called 'Alicia'"):
        staff_service.find_staff(uow, "Alicia")
    # Once deactivated, the name is free again; the old account cannot sign in.
    staff_service.deactivate_staff(uow, "Alice Smith")
    with pytest.raises(SignInRefused, match="not active"):
        staff_service.sign_in(uow, alice.id, "2468")
    again = staff_service.add_staff(uow, "Alice Smith", "5739")
    assert staff_service.find_staff(uow, "Alice Smith") == again
    with uow() as unit:
        events = [(e.action, e.details, e.staff_id) for e in unit.audit.list(record_id=alice.id)]
    assert (AuditAction.STAFF_CHANGED, {"change": "deactivated"}, None) in events


def test_the_last_active_member_of_staff_cannot_be_deactivated(uow: Uow, seed: Seed) -> None:
    with pytest.raises(DeskError, match=r"Sam P\. is the last active member of staff"):
        staff_service.deactivate_staff(uow, "Sam P.")
    staff_service.add_staff(uow, "Ria Khan", "2468")
    staff_service.deactivate_staff(uow, "Sam P.")
    with pytest.raises(DeskError, match="last active member of staff"):
        staff_service.deactivate_staff(uow, "Ria Khan")


def test_a_manager_is_made_and_unmade_and_each_change_is_audited(uow: Uow, seed: Seed) -> None:
    champion = staff_service.add_staff(uow, "Asha Patel", "2468", station_id=seed.station_id)
    manager = staff_service.add_staff(
        uow, "Kemi Ade", "1357", station_id=seed.station_id, role=StaffRole.MANAGER
    )
    assert champion.role is StaffRole.CHAMPION and not champion.is_manager
    assert manager.is_manager
    assert staff_service.find_staff(uow, "kemi ade").is_manager
    promoted = staff_service.change_role(uow, "asha patel", StaffRole.MANAGER)
    assert promoted.member.is_manager
    assert staff_service.change_role(uow, "Kemi Ade", StaffRole.CHAMPION).member.role is (
        StaffRole.CHAMPION
    )
    staff_service.change_role(uow, "Kemi Ade", StaffRole.CHAMPION)  # already: nothing recorded
    listed = {m.display_name: m.role for m in staff_service.list_staff(uow)}
    assert listed == {
        "Asha Patel": StaffRole.MANAGER,
        "Kemi Ade": StaffRole.CHAMPION,
        "Sam P.": StaffRole.CHAMPION,  # the seed's, written without a role: the default
    }
    with uow() as unit:
        events = unit.audit.list(limit=100)
        added = [e.details for e in events if e.action is AuditAction.STAFF_ADDED]
        changed = [
            (e.record_id, e.details) for e in events if e.action is AuditAction.STAFF_CHANGED
        ]
    assert sorted(str(d["role"]) for d in added if d) == ["champion", "manager"]
    assert sorted(changed, key=lambda c: str(c[1])) == [
        (manager.id, {"change": "role", "role": "champion"}),
        (champion.id, {"change": "role", "role": "manager"}),
    ]


def test_the_database_refuses_an_unknown_role(uow: Uow, migrated: Engine) -> None:
    member = staff_service.add_staff(uow, "Asha Patel", "2468")
    with pytest.raises(IntegrityError), migrated.begin() as connection:
        connection.execute(text("UPDATE staff SET role = 'admin'"))
    assert staff_service.find_staff(uow, str(member.id)).role is StaffRole.CHAMPION
