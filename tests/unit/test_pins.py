"""The PIN rules: which new PINs are refused, and how wrong PINs lock sign-in (pure rules)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk.domain import pins

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "pin",
    [
        "1234", "0000", "1111", "9999", "4321", "2345", "7890", "0987", "8901",
        "1212", "1010", "6969", "2580", "1122", "1930", "1985", "2000", "2015",
        "123456", "654321", "111111", "121212", "123123", "112233", "147258",
        "010190", "311299", "12251985", "25121985", "19851225", "1234567890", "12341234",
    ],
)  # fmt: skip
def test_the_commonest_pins_are_refused(pin: str) -> None:
    with pytest.raises(pins.PinRuleError, match="harder to guess"):
        pins.check_pin_rules(pin)


@pytest.mark.parametrize("pin", ["1357", "2468", "5739", "1929", "2016", "8264", "928461"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    pins.check_pin_rules(pin)


def test_only_a_small_part_of_the_four_digit_pins_is_refused() -> None:
    refused = [p for p in (f"{n:04d}" for n in range(10_000)) if pins.weak_pin_reason(p)]
    assert 250 < len(refused) < 400
    # Every birth year, every repeated digit and every run up or down is among them.
    assert {str(year) for year in pins.BIRTH_YEARS} <= set(refused)
    assert {d * 4 for d in "0123456789"} <= set(refused)
    assert {"0123", "3456", "6543", "9012", "2109"} <= set(refused)


@pytest.mark.parametrize("pin", ["12a4", "123", "1234567890123", "١٢٣٤٥"])
def test_digits_and_length(pin: str) -> None:
    with pytest.raises(pins.PinRuleError):
        pins.check_pin_rules(pin)


def _wrong(
    count: int, start: datetime = T0, every: timedelta = timedelta(seconds=10)
) -> list[datetime]:
    return [start + every * n for n in range(count)]


def test_nine_wrong_pins_do_not_lock_however_slowly_or_quickly() -> None:
    state = pins.lockout_state(_wrong(9), T0 + timedelta(minutes=2))
    assert not state.locked
    assert state.tries_left == 1
    assert state.next_lock == timedelta(minutes=5)


def test_locks_double_then_hold_until_unlocked() -> None:
    failures: list[datetime] = []
    now = T0
    lengths = []
    for _lock in range(pins.TIMED_LOCKS + 1):
        failures += _wrong(pins.MAX_FAILURES, now)
        now = failures[-1]
        state = pins.lockout_state(failures, now)
        assert state.locked
        if state.held:
            break
        assert state.until is not None
        lengths.append(state.until - now)
        assert not pins.lockout_state(failures, state.until).locked
        assert pins.lockout_state(failures, state.until - timedelta(seconds=1)).locked
        now = state.until
    assert lengths == [timedelta(minutes=m) for m in (5, 10, 20)]
    assert state.held and state.left(now) is None
    # Held means held: a week later it still is.
    assert pins.lockout_state(failures, now + timedelta(days=7)).held
    assert len(failures) == pins.GUESSES_BEFORE_HOLD < 50


def test_slow_guessing_is_counted_too() -> None:
    # One guess an hour never met the old 10-in-5-minutes rule; it is counted now.
    state = pins.lockout_state(_wrong(10, every=timedelta(hours=1)), T0 + timedelta(hours=9))
    assert state.locked and state.locks == 1


def test_cyber_essentials_floor_no_more_than_ten_guesses_in_five_minutes() -> None:
    state = pins.lockout_state(_wrong(10, every=timedelta(seconds=1)), T0 + timedelta(seconds=9))
    assert state.until is not None
    assert state.until - T0 >= timedelta(minutes=5)


def test_guesses_landing_during_a_lock_are_not_counted_twice() -> None:
    # Two stations at once: the 11th and 12th wrong PINs landed while the first lock was on.
    failures = _wrong(12, every=timedelta(seconds=1))
    state = pins.lockout_state(failures, T0 + timedelta(minutes=6))
    assert not state.locked
    assert (state.locks, state.failures) == (1, 0)


def test_waits_are_said_in_whole_minutes_rounded_up() -> None:
    assert pins.wait_minutes(timedelta(seconds=20)) == 1
    assert pins.wait_minutes(timedelta(minutes=4, seconds=1)) == 5
    assert pins.wait_minutes(timedelta(minutes=20)) == 20
