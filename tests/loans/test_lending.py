"""Pairing in the centre, take-home loans, check-in and the wipe gate, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from desk.domain.loans import (
    DeviceCondition,
    DeviceEvent,
    DeviceState,
    IdTypeSeen,
    LoanKind,
    WipeStep,
)
from desk.domain.records import AuditAction, RecordType, RetentionClass
from desk.services import devices as device_service
from desk.services import loans as loan_service
from desk.services.devices import DeviceRefused
from desk.services.loans import BorrowerDetails, LoanRefused
from tests.loans.conftest import NOW, World

LATER = NOW + timedelta(hours=1)


def state(world: World, tag: str) -> DeviceState:
    return device_service.get_device(world.uow, tag).state


def pair(world: World, tag: str = "TB-001") -> loan_service.LoanView:
    return loan_service.pair_in_centre(
        world.uow, tag, visit_id=world.visit_id, staff_id=world.staff_id, now=NOW
    )


def wipe(world: World, tag: str, staff: uuid.UUID | None = None) -> device_service.WipeView:
    return device_service.record_wipe(
        world.uow, tag, list(WipeStep), staff_id=staff or world.staff_id, now=LATER
    )


def verify(world: World, tag: str) -> device_service.WipeVerified:
    return device_service.verify_wipe(
        world.uow, tag, staff_id=world.colleague_id, now=LATER + timedelta(minutes=5)
    )


# ---------------------------------------------------------------- in the centre


def test_pairing_lifecycle(world: World) -> None:
    loan = pair(world)
    assert loan.kind is LoanKind.IN_CENTRE
    assert loan.visit_id == world.visit_id
    assert loan.staff_id == world.staff_id
    assert loan.kit_out == ("charger", "case")
    assert state(world, "TB-001") is DeviceState.IN_USE_IN_CENTRE

    back = loan_service.end_visit_pairings(
        world.uow, world.visit_id, staff_id=world.staff_id, now=LATER
    )
    assert [b.id for b in back] == [loan.id]
    assert back[0].back_at == LATER
    assert back[0].device.state is DeviceState.AWAITING_WIPE
    assert loan_service.end_visit_pairings(world.uow, world.visit_id, staff_id=world.staff_id) == []

    with pytest.raises(LoanRefused, match="awaiting a verified wipe and cannot be lent"):
        loan_service.pair_in_centre(
            world.uow, "TB-001", visit_id=world.new_visit().id, staff_id=world.staff_id
        )
    wipe(world, "TB-001")
    verified = verify(world, "TB-001")
    assert verified.device.state is DeviceState.AVAILABLE
    assert verified.wipe.loan_id == loan.id
    (history,) = loan_service.loan_history(world.uow, "TB-001")
    assert history.wipe_verified_by == world.colleague_id
    assert history.wipe_verified_at == LATER + timedelta(minutes=5)


def test_pairing_needs_an_open_visit_and_a_free_device(world: World) -> None:
    pair(world, "LT-042")
    with pytest.raises(LoanRefused, match="LT-042 is already in use in the centre"):
        pair(world, "LT-042")
    loan_service.end_visit_pairings(world.uow, world.visit_id, staff_id=world.staff_id)
    with world.uow() as unit:
        visit = unit.visits.get(world.visit_id)
        assert visit is not None
        visit.ended_at = LATER
        unit.commit()
    with pytest.raises(LoanRefused, match="This visit has ended"):
        pair(world, "LT-043")


def test_loan_refusals_are_desk_errors_of_one_line(world: World) -> None:
    world.lend("LT-042")
    with pytest.raises(LoanRefused) as caught:
        pair(world, "LT-042")
    assert str(caught.value) == "Laptop LT-042 is already on loan. Choose another device."
    assert isinstance(caught.value, DeviceRefused)


# ---------------------------------------------------------------- take home


def test_take_home_lifecycle_stores_the_agreement_version(world: World) -> None:
    agreement = loan_service.current_agreement()
    assert agreement.version == "LA-2026-01"
    assert "belongs to the council" in agreement.text
    lent = world.lend("LT-042", name="  Ada   Lovelace ", contact="07700 900123")
    loan = lent.loan
    assert loan.kind is LoanKind.TAKE_HOME
    assert loan.agreement_version == "LA-2026-01"
    assert loan.agreement_accepted_at == NOW
    assert loan.due_at == NOW + timedelta(days=14)
    assert loan.kit_out == ("charger", "sleeve")
    assert loan.condition_out is DeviceCondition.GOOD
    assert lent.borrower.name == "Ada Lovelace"
    assert lent.borrower.contact_number == "07700900123"
    assert lent.borrower.id_type_seen is IdTypeSeen.PASSPORT
    assert lent.borrower.retention_class is RetentionClass.LOAN_CONTACT
    assert (lent.take_home_loans, lent.offer_referral) == (1, False)
    assert state(world, "LT-042") is DeviceState.ON_LOAN

    with world.uow() as unit:
        events = unit.audit.list(record_type=RecordType.LOAN, record_id=loan.id)
        (out,) = events
        assert out.action is AuditAction.LOAN_OUT
        assert out.details is not None
        assert out.details["agreement_version"] == "LA-2026-01"
        flat = repr([(e.details, e.record_id) for e in unit.audit.list()])
    assert "Ada" not in flat and "900123" not in flat


def test_kit_handed_over_can_be_part_of_the_kit(world: World) -> None:
    lent = loan_service.lend_take_home(
        world.uow,
        "LT-042",
        BorrowerDetails("Ada Lovelace", "07700900123", IdTypeSeen.DRIVING_LICENCE),
        due_at=NOW + timedelta(days=7),
        typed_name="ada lovelace",
        agreement_version="LA-2026-01",
        kit_handed_over=["Charger"],
        condition_out=DeviceCondition.WORN,
        staff_id=world.staff_id,
        now=NOW,
    )
    assert lent.loan.kit_out == ("charger",)
    assert lent.loan.condition_out is DeviceCondition.WORN
    with pytest.raises(LoanRefused, match="has no 'sleeve': it has charger"):
        loan_service.check_in(
            world.uow, "LT-042", staff_id=world.staff_id, missing_items=["sleeve", "mouse"]
        )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"typed_name": "Ada"}, "types their name exactly"),
        ({"agreement_version": "LA-2025-01"}, "agreement is now version LA-2026-01"),
        ({"due_at": NOW - timedelta(days=1)}, "due date must be after today"),
        ({"due_at": NOW + timedelta(days=120)}, "at most 90 days"),
        ({"kit_handed_over": ["mouse"]}, "has no 'mouse'"),
    ],
)
def test_take_home_refusals(world: World, change: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {
        "due_at": NOW + timedelta(days=7),
        "typed_name": "Ada Lovelace",
        "agreement_version": "LA-2026-01",
        "staff_id": world.staff_id,
        "now": NOW,
    } | change
    with pytest.raises(LoanRefused, match=message):
        loan_service.lend_take_home(
            world.uow,
            "LT-042",
            BorrowerDetails("Ada Lovelace", "07700900123", IdTypeSeen.PASSPORT),
            **arguments,  # type: ignore[arg-type]  # a test table of keyword arguments
        )
    assert state(world, "LT-042") is DeviceState.AVAILABLE


def test_third_take_home_loan_prompts_a_referral(world: World) -> None:
    first = world.lend("LT-042", name="Ada Lovelace", contact="07700 900123")
    assert not first.offer_referral
    back_and_wiped(world, "LT-042")
    second = world.lend("LT-042", name="ADA LOVELACE", contact="07700-900-123")
    assert second.borrower.id == first.borrower.id
    assert (second.take_home_loans, second.offer_referral) == (2, False)
    other = world.lend("LT-043", name="Grace Hopper", contact="07700 900999")
    assert other.borrower.id != first.borrower.id
    assert not other.offer_referral
    back_and_wiped(world, "LT-042")
    third = world.lend("LT-042", name="Ada Lovelace", contact="07700900123")
    assert (third.take_home_loans, third.offer_referral) == (3, True)


def back_and_wiped(world: World, tag: str) -> None:
    loan_service.check_in(
        world.uow, tag, staff_id=world.staff_id, wipe_steps=list(WipeStep), now=LATER
    )
    verify(world, tag)


# ---------------------------------------------------------------- check in and the wipe gate


def test_check_in_records_condition_and_missing_kit_then_needs_a_verified_wipe(
    world: World,
) -> None:
    lent = world.lend("LT-042")
    back = loan_service.check_in(
        world.uow, "lt-042", staff_id=world.staff_id, missing_items=["Sleeve"], now=LATER
    )
    assert not back.wipe_recorded
    assert back.loan.back_at == LATER
    assert back.loan.missing_items == ("sleeve",)
    assert back.loan.condition_in is DeviceCondition.MISSING_PARTS
    assert back.loan.device.state is DeviceState.AWAITING_WIPE
    with world.uow() as unit:
        borrower = unit.borrowers.get(lent.borrower.id)
        assert borrower is not None
        assert borrower.retention_class is RetentionClass.LOAN_DISPUTE

    with pytest.raises(LoanRefused, match="awaiting a verified wipe and cannot be lent"):
        world.lend("LT-042")
    with pytest.raises(DeviceRefused, match="No wipe of Laptop LT-042 has been recorded"):
        verify(world, "LT-042")
    with pytest.raises(DeviceRefused, match="still to do: signed out of"):
        device_service.record_wipe(world.uow, "LT-042", [WipeStep.CLEANED], staff_id=world.staff_id)
    recorded = wipe(world, "LT-042")
    assert recorded.loan_id == lent.loan.id
    assert recorded.verified_at is None
    assert [w.id for w in device_service.pending_wipes(world.uow)] == [recorded.id]
    with pytest.raises(DeviceRefused, match="already recorded and waits for a colleague"):
        wipe(world, "LT-042")
    with pytest.raises(LoanRefused, match="awaiting a verified wipe"):
        world.lend("LT-042")
    with pytest.raises(DeviceRefused, match="A different member of staff must verify"):
        device_service.verify_wipe(world.uow, "LT-042", staff_id=world.staff_id)

    verified = verify(world, "LT-042")
    assert verified.wipe.verified_by == world.colleague_id
    assert verified.device.state is DeviceState.AVAILABLE
    assert device_service.pending_wipes(world.uow) == []
    with pytest.raises(DeviceRefused, match="no wipe to verify"):
        verify(world, "LT-042")
    assert world.lend("LT-042").loan.device.state is DeviceState.ON_LOAN

    with world.uow() as unit:
        device = unit.devices.get_by_asset_tag("LT-042")
        assert device is not None
        actions = [e.action for e in unit.audit.list(record_type=RecordType.DEVICE)]
        loan_actions = [e.action for e in unit.audit.list(record_type=RecordType.LOAN)]
    assert AuditAction.DEVICE_WIPE_VERIFIED in actions
    assert loan_actions.count(AuditAction.LOAN_IN) == 1
    assert loan_actions.count(AuditAction.LOAN_OUT) == 2


def test_check_in_with_the_checklist_records_the_wipe(world: World) -> None:
    world.lend("LT-042")
    back = loan_service.check_in(
        world.uow,
        "LT-042",
        staff_id=world.staff_id,
        condition=DeviceCondition.DAMAGED,
        wipe_steps=list(WipeStep),
        now=LATER,
    )
    assert back.wipe_recorded
    assert back.loan.condition_in is DeviceCondition.DAMAGED
    (pending,) = device_service.pending_wipes(world.uow)
    assert pending.wiped_by == world.staff_id
    assert pending.steps == frozenset(WipeStep)


def test_an_incomplete_checklist_at_check_in_saves_nothing(world: World) -> None:
    world.lend("LT-042")
    with pytest.raises(LoanRefused, match="Nothing was saved"):
        loan_service.check_in(
            world.uow, "LT-042", staff_id=world.staff_id, wipe_steps=[WipeStep.CLEANED]
        )
    assert state(world, "LT-042") is DeviceState.ON_LOAN


def test_nothing_to_check_in(world: World) -> None:
    with pytest.raises(LoanRefused, match="LT-042 is available, not out"):
        loan_service.check_in(world.uow, "LT-042", staff_id=world.staff_id)


def test_a_device_back_from_repair_is_wiped_without_a_loan(world: World) -> None:
    for event in (
        DeviceEvent.SEND_TO_REPAIR,
        DeviceEvent.BACK_FROM_REPAIR,
    ):
        device_service.change_device_state(world.uow, "LT-043", event, staff_id=world.staff_id)
    recorded = wipe(world, "LT-043")
    assert recorded.loan_id is None
    assert verify(world, "LT-043").device.state is DeviceState.AVAILABLE
