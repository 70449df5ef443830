"""The loan rules in plain Python: every device move, wipes, kit, borrowers, due dates, CSV rows."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from desk.domain import loans as rules
from desk.domain.loans import (
    DeviceCondition,
    DeviceEvent,
    DeviceKind,
    DeviceState,
    IllegalTransition,
    LoanRuleError,
    WipeStep,
)

S = DeviceState
E = DeviceEvent

LEGAL = {
    (S.AVAILABLE, E.PAIR_IN_CENTRE): S.IN_USE_IN_CENTRE,
    (S.AVAILABLE, E.LEND_TAKE_HOME): S.ON_LOAN,
    (S.IN_USE_IN_CENTRE, E.RETURN): S.AWAITING_WIPE,
    (S.ON_LOAN, E.RETURN): S.AWAITING_WIPE,
    (S.AWAITING_WIPE, E.VERIFY_WIPE): S.AVAILABLE,
    (S.AVAILABLE, E.SEND_TO_REPAIR): S.IN_REPAIR,
    (S.AWAITING_WIPE, E.SEND_TO_REPAIR): S.IN_REPAIR,
    (S.IN_REPAIR, E.BACK_FROM_REPAIR): S.AWAITING_WIPE,
    (S.AVAILABLE, E.RETIRE): S.RETIRED,
    (S.AWAITING_WIPE, E.RETIRE): S.RETIRED,
    (S.IN_REPAIR, E.RETIRE): S.RETIRED,
}
ILLEGAL = [pair for pair in itertools.product(S, E) if pair not in LEGAL]


@pytest.mark.parametrize(("state", "event"), list(LEGAL))
def test_every_legal_move(state: DeviceState, event: DeviceEvent) -> None:
    assert rules.next_state(DeviceKind.LAPTOP, "LT-042", state, event) is LEGAL[(state, event)]


@pytest.mark.parametrize(("state", "event"), ILLEGAL)
def test_every_illegal_move_is_refused_with_one_line_naming_the_device(
    state: DeviceState, event: DeviceEvent
) -> None:
    with pytest.raises(IllegalTransition) as caught:
        rules.next_state(DeviceKind.TABLET, "TB-7", state, event)
    message = str(caught.value)
    assert message.startswith("Tablet TB-7 ")
    assert "\n" not in message
    assert message.endswith(".")


def test_the_table_is_exactly_the_documented_one() -> None:
    assert rules.TRANSITIONS == LEGAL
    assert (S.IN_REPAIR, S.AVAILABLE) not in rules.LEGAL_MOVES
    assert not any(state is S.RETIRED for state, _ in rules.LEGAL_MOVES)


def test_events_allowed_match_the_table() -> None:
    assert rules.events_allowed(S.AVAILABLE) == {
        E.PAIR_IN_CENTRE,
        E.LEND_TAKE_HOME,
        E.SEND_TO_REPAIR,
        E.RETIRE,
    }
    assert rules.events_allowed(S.ON_LOAN) == {E.RETURN}
    assert rules.events_allowed(S.RETIRED) == frozenset()
    for state in S:
        for event in rules.events_allowed(state):
            assert (state, event) in LEGAL


def test_a_device_awaiting_a_wipe_cannot_be_lent() -> None:
    with pytest.raises(IllegalTransition) as caught:
        rules.next_state(DeviceKind.LAPTOP, "LT-042", S.AWAITING_WIPE, E.LEND_TAKE_HOME)
    assert str(caught.value) == (
        "Laptop LT-042 is awaiting a verified wipe and cannot be lent until the wipe is checked."
    )


@pytest.mark.parametrize(
    ("state", "event", "words"),
    [
        (S.ON_LOAN, E.PAIR_IN_CENTRE, "already on loan. Choose another device"),
        (S.IN_REPAIR, E.LEND_TAKE_HOME, "in repair and cannot be lent"),
        (S.AVAILABLE, E.RETURN, "nothing to return"),
        (S.ON_LOAN, E.RETIRE, "check it back in before retiring it"),
        (S.RETIRED, E.SEND_TO_REPAIR, "is retired"),
        (S.IN_REPAIR, E.SEND_TO_REPAIR, "already in repair"),
        (S.AVAILABLE, E.VERIFY_WIPE, "no wipe to verify"),
    ],
)
def test_refusals_say_why(state: DeviceState, event: DeviceEvent, words: str) -> None:
    assert words in rules.refusal("Laptop X", state, event)


def test_wipe_checklist_must_be_complete() -> None:
    assert rules.check_wipe_steps("Laptop X", list(WipeStep)) == frozenset(WipeStep)
    with pytest.raises(LoanRuleError, match="reset to factory settings") as caught:
        rules.check_wipe_steps("Laptop X", [WipeStep.CLEANED])
    assert "send the device for repair" in str(caught.value)


def test_wipe_steps_round_trip() -> None:
    text = rules.encode_steps([WipeStep.CLEANED, WipeStep.ACCOUNTS_REMOVED])
    assert text == "accounts_removed,cleaned"
    assert rules.decode_steps(text) == {WipeStep.CLEANED, WipeStep.ACCOUNTS_REMOVED}
    assert rules.decode_steps("") == frozenset()


def test_a_wipe_needs_a_second_pair_of_eyes() -> None:
    rules.check_second_pair_of_eyes("a", "b")
    with pytest.raises(LoanRuleError, match="different member of staff"):
        rules.check_second_pair_of_eyes("a", "a")


def test_kit_parsing_and_missing_items() -> None:
    kit = rules.parse_kit(" charger ;  sleeve;;Charger ")
    assert kit == ("charger", "sleeve")
    assert rules.format_kit(kit) == "charger; sleeve"
    assert rules.check_missing_items("Laptop X", kit, ["SLEEVE", " "]) == ("sleeve",)
    with pytest.raises(LoanRuleError, match="has no 'mouse': it has charger, sleeve"):
        rules.check_missing_items("Laptop X", kit, ["mouse"])
    with pytest.raises(LoanRuleError, match="nothing but the device itself"):
        rules.check_missing_items("Laptop X", (), ["mouse"])


def test_condition_in_and_disputes() -> None:
    assert rules.condition_in(DeviceCondition.GOOD, ["charger"]) is DeviceCondition.MISSING_PARTS
    assert rules.condition_in(DeviceCondition.DAMAGED, ["charger"]) is DeviceCondition.DAMAGED
    assert rules.condition_in(DeviceCondition.WORN, []) is DeviceCondition.WORN
    assert rules.is_disputable(DeviceCondition.DAMAGED)
    assert rules.is_disputable(DeviceCondition.MISSING_PARTS)
    assert not rules.is_disputable(DeviceCondition.WORN)
    assert not rules.is_disputable(None)


@pytest.mark.parametrize(
    ("given", "cleaned"),
    [("07700 900123", "07700900123"), ("+44 (0)7700-900123", "+4407700900123")],
)
def test_contact_numbers_are_cleaned(given: str, cleaned: str) -> None:
    assert rules.clean_contact_number(given) == cleaned


@pytest.mark.parametrize("given", ["", "ring me", "12345", "0770+0900123", "1" * 16])
def test_bad_contact_numbers_are_refused(given: str) -> None:
    with pytest.raises(LoanRuleError):
        rules.clean_contact_number(given)


def test_names() -> None:
    assert rules.clean_name("  Ada   Lovelace ") == "Ada Lovelace"
    with pytest.raises(LoanRuleError, match="Enter the borrower's name"):
        rules.clean_name("   ")
    with pytest.raises(LoanRuleError, match="longer than"):
        rules.clean_name("x" * 121)


def test_due_dates() -> None:
    out = datetime(2026, 11, 23, tzinfo=UTC)
    assert rules.check_due(out, out + timedelta(days=90)) == out + timedelta(days=90)
    with pytest.raises(LoanRuleError, match="after today"):
        rules.check_due(out, out)
    with pytest.raises(LoanRuleError, match="at most 90 days"):
        rules.check_due(out, out + timedelta(days=91))
    with pytest.raises(LoanRuleError, match="time zone"):
        rules.check_due(out, datetime(2026, 12, 1))


def test_typed_name_must_match() -> None:
    rules.check_typed_name(" ada  LOVELACE", "Ada Lovelace")
    with pytest.raises(LoanRuleError, match="types their name"):
        rules.check_typed_name("Ada", "Ada Lovelace")


def test_referral_from_the_third_loan() -> None:
    assert [rules.offer_referral(n) for n in range(1, 5)] == [False, False, True, True]


def test_overdue_and_retention_times() -> None:
    now = datetime(2026, 11, 23, tzinfo=UTC)
    assert rules.is_overdue(now - timedelta(seconds=1), None, now)
    assert not rules.is_overdue(now, None, now)
    assert not rules.is_overdue(now - timedelta(days=1), now, now)
    assert not rules.is_overdue(None, None, now)
    assert rules.retention_over(now - timedelta(days=30), timedelta(days=30), now)
    assert not rules.retention_over(now - timedelta(days=29), timedelta(days=30), now)


def test_inventory_rows() -> None:
    row = rules.parse_device_row(
        {
            "asset_tag": " lt-042 ",
            "serial": "",
            "kind": "Mobile hotspot",
            "model": " Huawei  E5576 ",
            "kit": "charger;",
            "site": "Woolwich Centre",
            "state": "in repair",
        }
    )
    assert row == rules.DeviceRow(
        "LT-042",
        None,
        DeviceKind.MOBILE_HOTSPOT,
        "Huawei E5576",
        ("charger",),
        "Woolwich Centre",
        DeviceState.IN_REPAIR,
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"asset_tag": ""}, "the asset tag is empty"),
        ({"asset_tag": "LT 42"}, "may only have letters"),
        ({"asset_tag": "L" * 33}, "longer than 32"),
        ({"kind": "phone"}, "the kind 'phone' is not one of laptop, tablet, mobile_hotspot"),
        ({"kind": ""}, "the kind is empty"),
        ({"model": ""}, "the model is empty"),
        ({"site": ""}, "the site is empty"),
        ({"state": "lost"}, "the state 'lost' is not one of"),
        ({"state": "on_loan"}, "cannot be imported as on_loan"),
        ({"serial": "s" * 65}, "serial is longer"),
        ({"kit": "x" * 201}, "kit list is longer"),
        ({"model": "m" * 121}, "model is longer"),
    ],
)
def test_bad_inventory_rows(change: dict[str, str], reason: str) -> None:
    row = {"asset_tag": "LT-1", "kind": "laptop", "model": "M", "site": "W"} | change
    with pytest.raises(LoanRuleError) as caught:
        rules.parse_device_row(row)
    assert reason in str(caught.value)


def test_labels() -> None:
    assert rules.device_label(DeviceKind.MOBILE_HOTSPOT, "MH-1") == "Mobile hotspot MH-1"
    assert WipeStep.CLEANED.label == "cleaned and sanitised"
