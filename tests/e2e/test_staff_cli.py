"""`desk staff` end to end: unambiguous names, deactivate, reset-pin and unlock, each audited."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk.domain import pins
from desk.domain.records import AuditAction
from desk.runtime import Runtime, open_runtime
from desk.services import staff as staff_service
from desk.services.staff import SignInLocked, SignInRefused
from tests.e2e.conftest import Desk
from tests.e2e.test_cli import one_line_error


@pytest.fixture
def station(desk: Desk, isolated_home: Path) -> Iterator[Runtime]:
    """Two members of staff added through the command; the same database, opened here."""
    for name, pin in (("Alice Smith", "2468"), ("Ben Okoro", "1357")):
        added = desk("staff", "add", name, stdin=f"{pin}\n")
        assert added.returncode == 0, added.stderr
    runtime = open_runtime()
    try:
        yield runtime
    finally:
        runtime.close()


def _staff_changes(runtime: Runtime) -> list[object]:
    with runtime.uow() as uow:
        return [
            e.details for e in uow.audit.list(limit=5000) if e.action is AuditAction.STAFF_CHANGED
        ]


def test_a_second_alice_is_refused_and_alice_is_found(desk: Desk, station: Runtime) -> None:
    again = desk("staff", "add", "alice  smith", stdin="5739\n")
    assert again.returncode == 1
    assert "already called 'Alice Smith'" in one_line_error(again.stderr)
    listed = json.loads(desk("staff", "list", "--json").stdout)
    assert [m["display_name"] for m in listed] == ["Alice Smith", "Ben Okoro"]
    # `--staff NAME` finds her, whatever the case.
    assert desk("devices", "list", "--json").returncode == 0
    found = staff_service.find_staff(station.uow_factory, "ALICE SMITH")
    assert str(found.id) == listed[0]["id"]


def test_weak_pins_are_refused_with_the_reason(desk: Desk, station: Runtime) -> None:
    for pin, reason in (("1234", "run of digits"), ("1985", "year"), ("1212", "repeated")):
        weak = desk("staff", "add", "Chidi Obi", stdin=f"{pin}\n")
        assert weak.returncode == 1
        assert reason in one_line_error(weak.stderr)
        reset = desk("staff", "reset-pin", "Ben Okoro", stdin=f"{pin}\n")
        assert reset.returncode == 1
        assert reason in one_line_error(reset.stderr)


@pytest.mark.allow_log_warnings
def test_unlock_lifts_the_lock_that_holds(desk: Desk, station: Runtime) -> None:
    ben = staff_service.find_staff(station.uow_factory, "Ben Okoro")
    now = datetime.now(UTC) - timedelta(hours=pins.GUESSES_BEFORE_HOLD + 1)
    for _guess in range(pins.GUESSES_BEFORE_HOLD):
        with pytest.raises((SignInRefused, SignInLocked)):
            staff_service.sign_in(station.uow_factory, ben.id, "0000", now=now)
        now += timedelta(hours=1)  # past every timed lock
    with pytest.raises(SignInLocked, match="until a manager unlocks it"):
        staff_service.sign_in(station.uow_factory, ben.id, "1357")
    unlocked = desk("staff", "unlock", "ben okoro", "--json")
    assert unlocked.returncode == 0, unlocked.stderr
    data = json.loads(unlocked.stdout)
    assert data == {"id": str(ben.id), "display_name": "Ben Okoro", "was_locked": True}
    assert staff_service.sign_in(station.uow_factory, ben.id, "1357") == ben
    again = desk("staff", "unlock", "Ben Okoro")
    assert again.returncode == 0
    assert again.stdout.strip() == "Ben Okoro was not locked; wrong PINs forgiven"
    assert _staff_changes(station) == [{"change": "unlocked"}, {"change": "unlocked"}]


def test_reset_pin_and_deactivate(desk: Desk, station: Runtime) -> None:
    reset = desk("staff", "reset-pin", "Alice Smith", "--json", stdin="5739\n")
    assert reset.returncode == 0, reset.stderr
    alice = json.loads(reset.stdout)
    assert alice["display_name"] == "Alice Smith"
    member = staff_service.find_staff(station.uow_factory, "Alice Smith")
    with pytest.raises(SignInRefused):
        staff_service.sign_in(station.uow_factory, member.id, "2468")
    assert staff_service.sign_in(station.uow_factory, member.id, "5739") == member

    gone = desk("staff", "deactivate", "Alice Smith")
    assert gone.returncode == 0, gone.stderr
    assert gone.stdout.strip() == "deactivated Alice Smith"
    listed = json.loads(desk("staff", "list", "--json").stdout)
    assert [m["display_name"] for m in listed] == ["Ben Okoro"]
    last = desk("staff", "deactivate", "Ben Okoro", "--json")
    assert last.returncode == 1
    assert "last active member of staff" in one_line_error(last.stderr)
    assert _staff_changes(station) == [{"change": "pin_reset"}, {"change": "deactivated"}]
    # No name in the audit trail or the log; ids only.
    logs = "".join(p.read_text() for p in Path.home().rglob("desk.log*"))
    assert "Alice" not in logs and "Smith" not in logs


@pytest.mark.parametrize("action", ["deactivate", "reset-pin", "unlock"])
def test_unknown_names_and_usage(desk: Desk, station: Runtime, action: str) -> None:
    nobody = desk("staff", action, "Nobody", stdin="5739\n")
    assert nobody.returncode == 1
    assert one_line_error(nobody.stderr) == (
        "desk: no active member of staff is called 'Nobody'; `desk staff list` shows who is"
    )
    assert desk("staff", action).returncode == 2


def test_a_manager_is_added_and_roles_are_changed_and_audited(desk: Desk, station: Runtime) -> None:
    added = desk("staff", "add", "Kemi Ade", "--role", "manager", "--json", stdin="5739\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["role"] == "manager"
    promoted = desk("staff", "role", "alice smith", "manager")
    assert promoted.returncode == 0, promoted.stderr
    assert promoted.stdout.strip() == "Alice Smith is a manager"
    demoted = desk("staff", "role", "Kemi Ade", "champion", "--json")
    assert json.loads(demoted.stdout)["role"] == "champion"
    listed = {
        m["display_name"]: m["role"] for m in json.loads(desk("staff", "list", "--json").stdout)
    }
    assert listed == {"Alice Smith": "manager", "Ben Okoro": "champion", "Kemi Ade": "champion"}
    assert desk("staff", "list").stdout.splitlines()[0] == "Alice Smith (manager)"
    assert staff_service.find_staff(station.uow_factory, "Alice Smith").is_manager
    assert sorted(str(d) for d in _staff_changes(station)) == [
        str({"change": "role", "role": "champion"}),
        str({"change": "role", "role": "manager"}),
    ]
    wrong = desk("staff", "role", "Ben Okoro", "boss")
    assert wrong.returncode == 2
    nobody = desk("staff", "role", "Nobody", "manager")
    assert nobody.returncode == 1
    assert "no active member of staff" in one_line_error(nobody.stderr)
