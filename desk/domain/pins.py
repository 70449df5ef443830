"""Staff PINs: a slow salted hash (scrypt), the rules a new PIN follows and the lockout rule.

Lockout: every `MAX_FAILURES` wrong PINs in a row (no right PIN, PIN reset or manager's unlock in
between) lock sign-in; the locks last 5, 10 then 20 minutes, and the next one holds until a
manager lifts it (`desk staff unlock`). A guesser gets at most `GUESSES_BEFORE_HOLD` guesses
(40) between two unlocks, however slowly they go; Cyber Essentials' floor (no more than 10
guesses in 5 minutes) is met by the first lock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import math
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

# scrypt at n=2**14, r=8: ~16 MiB and tens of milliseconds. Slow to guess, fine to sign in.
_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
MAX_FAILURES = 10
"""Wrong PINs in a row that lock sign-in."""
FIRST_LOCK = timedelta(minutes=5)
"""How long the first lock lasts; each further timed lock lasts twice as long."""
TIMED_LOCKS = 3
"""Locks that end by themselves (5, 10, 20 minutes); the next one holds until a manager unlocks."""
GUESSES_BEFORE_HOLD = MAX_FAILURES * (TIMED_LOCKS + 1)
"""The most wrong PINs anyone can try between two unlocks (40)."""

BIRTH_YEARS = range(1930, 2016)
"""Years of birth refused as a PIN (4 digits) and inside dates of birth (longer PINs)."""

COMMON_PINS = frozenset(
    {
        # Lines on a phone keypad: down and up the middle and the sides, and the diagonals.
        "2580", "0852", "1470", "0741", "7410", "0147", "3690", "0963", "9630", "0369",
        "1590", "0951", "3570", "0753", "1397", "7913", "159753", "357951",
        "147258369", "963852741", "147258", "258369", "741852", "852963",
        # Among the most chosen PINs in published studies of leaked PINs.
        "6969", "1004", "4200", "5683", "0007", "1001", "2001", "0690", "1029384756",
    }
)  # fmt: skip
"""The commonest PINs that no simpler rule (a run, a repeat, a year, a date) already refuses."""


class PinRuleError(ValueError):
    """A PIN that does not follow the rules; the message says which rule."""


def check_pin_rules(pin: str) -> None:
    """A PIN is 4 to 12 digits and not one of the first that anyone would guess.

    Refused: one digit repeated (1111), a block repeated (1212, 123123), digits in pairs (1122),
    a run up or down (1234, 4321, 2345, 7890), a year of birth (1930 to 2015), a date of birth
    (DDMMYY, MMDDYY, DDMMYYYY, MMDDYYYY, YYYYMMDD, years 1930 to 2015) and the commonest others
    (keypad lines such as 2580, and the like: `COMMON_PINS`).
    """
    if not pin.isdigit() or not pin.isascii():
        raise PinRuleError("A PIN is made of digits only.")
    if not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
        raise PinRuleError(f"A PIN has {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits.")
    reason = weak_pin_reason(pin)
    if reason:
        raise PinRuleError(f"{reason} Choose a PIN that is harder to guess.")


def weak_pin_reason(pin: str) -> str:
    """Why `pin` (digits) is among the first that a guesser tries, or "" when it is not."""
    for weak, reason in _WEAK_PINS:
        if weak(pin):
            return reason
    return ""


def _divisors(length: int) -> list[int]:
    return [size for size in range(1, length) if length % size == 0]


def _is_run(pin: str) -> bool:
    """Each digit one more (or one less) than the one before, 9 followed by 0 (or 0 by 9)."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps in ({1}, {9})


def _is_date(pin: str) -> bool:
    def valid(day: str, month: str, year: int) -> bool:
        try:
            datetime(year, int(month), int(day))
        except ValueError:
            return False
        return True

    def short(year: str) -> int:
        # Two-digit years of people alive and of age: 30-99 are 1930-1999, 00-15 are 2000-2015.
        value = int(year)
        return 1900 + value if value >= BIRTH_YEARS.start % 100 else 2000 + value

    if len(pin) == 6:
        years = int(pin[4:]) in {y % 100 for y in BIRTH_YEARS}
        return years and (
            valid(pin[0:2], pin[2:4], short(pin[4:])) or valid(pin[2:4], pin[0:2], short(pin[4:]))
        )
    if len(pin) == 8:
        tail, head = int(pin[4:]), int(pin[:4])
        return (
            tail in BIRTH_YEARS
            and (valid(pin[0:2], pin[2:4], tail) or valid(pin[2:4], pin[0:2], tail))
        ) or (head in BIRTH_YEARS and valid(pin[6:8], pin[4:6], head))
    return False


_WEAK_PINS: tuple[tuple[Callable[[str], bool], str], ...] = (
    (lambda pin: len(set(pin)) == 1, "A PIN cannot be the same digit repeated."),
    (_is_run, "A PIN cannot be a run of digits such as 1234, 4321 or 7890."),
    (
        lambda pin: any(pin == pin[:size] * (len(pin) // size) for size in _divisors(len(pin))),
        "A PIN cannot be a few digits repeated, such as 1212.",
    ),
    (
        lambda pin: len(pin) % 2 == 0 and pin[0::2] == pin[1::2],
        "A PIN cannot be digits in pairs, such as 1122.",
    ),
    (
        lambda pin: len(pin) == 4 and int(pin) in BIRTH_YEARS,
        "A PIN cannot be a year, such as 1985.",
    ),
    (_is_date, "A PIN cannot be a date, such as a date of birth."),
    (lambda pin: pin in COMMON_PINS, "That PIN is one of the commonest PINs."),
)


def hash_pin(pin: str) -> str:
    """A self-describing salted hash: scrypt$n$r$p$salt$digest (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"{_PREFIX}${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored hash (constant-time comparison)."""
    try:
        prefix, n, r, p, salt, digest = stored.split("$")
        if prefix != _PREFIX:
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True)
class Lockout:
    """Whether sign-in is locked, until when, and how many wrong PINs the next lock is away.

    `until` is None on a lock that holds until a manager unlocks it (`held`).
    """

    locked: bool
    until: datetime | None = None
    failures: int = 0
    """Wrong PINs since the last lock, right PIN or unlock."""
    locks: int = 0
    """Locks since the last right PIN or unlock."""

    @property
    def held(self) -> bool:
        """Locked until a manager unlocks it."""
        return self.locked and self.until is None

    @property
    def tries_left(self) -> int:
        """Wrong PINs that may still be entered before the next lock."""
        return max(0, MAX_FAILURES - self.failures)

    @property
    def next_lock(self) -> timedelta | None:
        """How long the next lock will last; None when it will hold until a manager unlocks."""
        return lock_length(self.locks + 1)

    def left(self, now: datetime) -> timedelta | None:
        """How long the lock has left (zero when it is not locked, None when it is held)."""
        if not self.locked:
            return timedelta(0)
        return None if self.until is None else max(timedelta(0), self.until - now)


def lock_length(number: int) -> timedelta | None:
    """How long the `number`th lock in a row lasts (5, 10, 20 minutes); None: until unlocked."""
    if number > TIMED_LOCKS:
        return None
    return FIRST_LOCK * (1 << (number - 1))


def lockout_state(failure_times: Sequence[datetime], now: datetime) -> Lockout:
    """The lock that the wrong PINs since the last right PIN, PIN reset or unlock have earned.

    Every `MAX_FAILURES` wrong PINs lock sign-in for `lock_length(n)`; a wrong PIN that landed
    while a lock was on (two stations at once) is not counted again.
    """
    failures, locks, until = 0, 0, None
    for at in sorted(failure_times):
        if until is not None and at < until:
            continue
        failures += 1
        if failures >= MAX_FAILURES:
            locks, failures = locks + 1, 0
            length = lock_length(locks)
            if length is None:
                return Lockout(True, None, 0, locks)
            until = at + length
    if until is not None and now < until:
        return Lockout(True, until, failures, locks)
    return Lockout(False, None, failures, locks)


def wait_minutes(left: timedelta) -> int:
    """A wait in whole minutes, rounded up (at least 1), for a message."""
    return max(1, math.ceil(left.total_seconds() / 60))
