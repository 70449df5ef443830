"""Overdue loans, the waitlist, and the retention job with injected time (SQLite and PostgreSQL)."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from desk.domain.loans import DeviceKind, LoanKind, WaitlistOutcome, WipeStep
from desk.domain.records import DEFAULT_RETENTION, AuditAction, RecordType, RetentionClass
from desk.services import devices as device_service
from desk.services import loans as loan_service
from desk.services.loans import LoanRefused
from desk.services.retention import run_retention
from tests.components import require_tools
from tests.loans.conftest import NOW, World


def test_overdue_lists_loans_past_due_most_overdue_first(world: World) -> None:
    world.lend("LT-042", name="Ada Lovelace", days=3)
    world.lend("LT-043", name="Grace Hopper", contact="07700 900999", days=7)
    loan_service.pair_in_centre(
        world.uow, "TB-001", visit_id=world.visit_id, staff_id=world.staff_id, now=NOW
    )
    assert loan_service.list_overdue(world.uow, NOW + timedelta(days=3)) == []
    overdue = loan_service.list_overdue(world.uow, NOW + timedelta(days=10, hours=1))
    assert [o.loan.device.asset_tag for o in overdue] == ["LT-042", "LT-043"]
    assert [o.days_overdue for o in overdue] == [7, 3]
    first = overdue[0].borrower
    assert first is not None
    assert (first.name, first.contact_number) == ("Ada Lovelace", "07700900123")
    assert loan_service.list_overdue(world.uow, NOW + timedelta(days=10), site_id=world.site_id)
    assert len(loan_service.list_open_loans(world.uow, world.site_id)) == 3

    loan_service.check_in(world.uow, "LT-042", staff_id=world.staff_id)
    later = loan_service.list_overdue(world.uow, NOW + timedelta(days=10, hours=1))
    assert [o.loan.device.asset_tag for o in later] == ["LT-043"]


def test_waitlist_queues_by_site_and_kind(world: World) -> None:
    def join(kind: DeviceKind, minutes: int) -> loan_service.WaitlistPlace:
        return loan_service.join_waitlist(
            world.uow,
            world.site_id,
            kind,
            loan_kind=LoanKind.TAKE_HOME,
            staff_id=world.staff_id,
            visit_id=world.visit_id,
            now=NOW + timedelta(minutes=minutes),
        )

    first = join(DeviceKind.LAPTOP, 1)
    tablet = join(DeviceKind.TABLET, 2)
    second = join(DeviceKind.LAPTOP, 3)
    assert (first.position, tablet.position, second.position) == (1, 1, 2)
    laptops = loan_service.list_waitlist(world.uow, world.site_id, DeviceKind.LAPTOP)
    assert [p.id for p in laptops] == [first.id, second.id]
    assert len(loan_service.list_waitlist(world.uow, world.site_id)) == 3

    world.lend("LT-042")
    loan_service.check_in(world.uow, "LT-042", staff_id=world.staff_id, wipe_steps=list(WipeStep))
    verified = device_service.verify_wipe(world.uow, "LT-042", staff_id=world.colleague_id)
    assert verified.waiting == 2

    lent = world.lend("LT-042", name="Grace Hopper")
    loan_service.close_waitlist_place(
        world.uow, first.id, WaitlistOutcome.SERVED, loan_id=lent.loan.id
    )
    (now_first,) = loan_service.list_waitlist(world.uow, world.site_id, DeviceKind.LAPTOP)
    assert (now_first.id, now_first.position) == (second.id, 1)
    with pytest.raises(LoanRefused, match="already been dealt with"):
        loan_service.close_waitlist_place(world.uow, first.id, WaitlistOutcome.CANCELLED)
    loan_service.close_waitlist_place(world.uow, second.id, WaitlistOutcome.CANCELLED)
    assert loan_service.list_waitlist(world.uow, world.site_id, DeviceKind.LAPTOP) == []


def borrower_names(world: World) -> dict[str, str | None]:
    with world.uow() as unit:
        return {str(b.id): b.name for b in unit.borrowers.list_not_anonymised()}


def test_retention_anonymises_on_time_and_records_that_it_ran(world: World) -> None:
    contact_keep = DEFAULT_RETENTION[RetentionClass.LOAN_CONTACT]
    dispute_keep = DEFAULT_RETENTION[RetentionClass.LOAN_DISPUTE]
    back_at = NOW + timedelta(days=5)
    quiet = world.lend("LT-042", name="Ada Lovelace")
    damaged = world.lend("LT-043", name="Grace Hopper", contact="07700 900999")
    still_out = world.lend("TB-001", name="Alan Turing", contact="07700 900555", days=60)
    loan_service.check_in(world.uow, "LT-042", staff_id=world.staff_id, now=back_at)
    loan_service.check_in(
        world.uow, "LT-043", staff_id=world.staff_id, missing_items=["charger"], now=back_at
    )

    early = run_retention(world.uow, back_at + contact_keep - timedelta(seconds=1))
    assert (early.anonymised, early.kept, early.still_out) == (0, 2, 1)

    on_time = run_retention(world.uow, back_at + contact_keep)
    assert on_time.anonymised == 1
    assert on_time.by_class == {"loan_contact": 1, "loan_dispute": 0}
    with world.uow() as unit:
        gone = unit.borrowers.get(quiet.borrower.id)
        assert gone is not None
        assert (gone.name, gone.contact_number) == (None, None)
        assert gone.anonymised_at == back_at + contact_keep
        loans = unit.loans.list_for_borrower(quiet.borrower.id)
        assert [loan.device.asset_tag for loan in loans] == ["LT-042"]
    assert set(borrower_names(world)) == {str(damaged.borrower.id), str(still_out.borrower.id)}

    much_later = run_retention(world.uow, back_at + dispute_keep)
    assert (much_later.anonymised, much_later.still_out) == (1, 1)
    assert set(borrower_names(world)) == {str(still_out.borrower.id)}

    with world.uow() as unit:
        runs = unit.audit.list(record_type=RecordType.RETENTION)
        assert [r.action for r in runs] == [AuditAction.RETENTION_RUN] * 3
        assert [r.details["anonymised"] for r in runs if r.details] == [0, 1, 1]
        anonymised = unit.audit.list(record_type=RecordType.BORROWER)
        assert {e.record_id for e in anonymised} == {quiet.borrower.id, damaged.borrower.id}
        assert all(e.action is AuditAction.BORROWER_ANONYMISED for e in anonymised)
        flat = repr([e.details for e in unit.audit.list()])
    assert "Lovelace" not in flat and "Hopper" not in flat


def test_a_returning_borrower_is_kept_while_a_device_is_out(world: World) -> None:
    first = world.lend("LT-042")
    loan_service.check_in(world.uow, "LT-042", staff_id=world.staff_id, now=NOW)
    again = world.lend("LT-043", at=NOW + timedelta(days=1))
    assert again.borrower.id == first.borrower.id
    report = run_retention(world.uow, NOW + timedelta(days=400))
    assert (report.anonymised, report.still_out) == (0, 1)


def test_a_custom_policy(world: World) -> None:
    world.lend("LT-042")
    loan_service.check_in(world.uow, "LT-042", staff_id=world.staff_id, now=NOW)
    policy = {RetentionClass.LOAN_CONTACT: timedelta(days=1)}
    assert run_retention(world.uow, NOW + timedelta(days=1), policy=policy).anonymised == 1


@pytest.mark.poppler
def test_reminder_letters_name_the_device_and_the_due_date(world: World, tmp_path: Path) -> None:
    require_tools("poppler", "pdftotext")
    world.lend("LT-042", name="Ada Lovelace", days=3)
    overdue = loan_service.list_overdue(world.uow, NOW + timedelta(days=10))
    (letter,) = loan_service.overdue_reminder_letters(overdue, tmp_path / "letters")
    text = subprocess.run(
        ["pdftotext", str(letter), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Dear Ada Lovelace," in text
    assert "LT-042" in text
    due = overdue[0].loan.due_at
    assert due is not None
    assert f"{due.astimezone().day} " in text
    assert "Please bring back the device you borrowed" in text
