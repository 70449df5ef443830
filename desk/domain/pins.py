"""Staff PINs: a slow salted hash (scrypt) and the sign-in lockout rule."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

# scrypt at n=2**14, r=8: ~16 MiB and tens of milliseconds. Slow to guess, fine to sign in.
_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
MAX_FAILURES = 10
FAILURE_WINDOW = timedelta(minutes=5)


class PinRuleError(ValueError):
    """A PIN that does not follow the rules; the message says which rule."""


def check_pin_rules(pin: str) -> None:
    """A PIN is 4 to 12 digits and not all the same digit."""
    if not pin.isdigit():
        raise PinRuleError("A PIN is made of digits only.")
    if not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
        raise PinRuleError(f"A PIN has {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits.")
    if len(set(pin)) == 1:
        raise PinRuleError("A PIN cannot be the same digit repeated.")


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
    """Whether sign-in is locked, and until when."""

    locked: bool
    until: datetime | None = None
    failures: int = 0


def lockout_state(failure_times: Sequence[datetime], now: datetime) -> Lockout:
    """At most 10 wrong PINs in any 5 minutes; the 10th locks until it is 5 minutes old."""
    recent = sorted(t for t in failure_times if now - t < FAILURE_WINDOW)
    if len(recent) >= MAX_FAILURES:
        return Lockout(True, recent[-MAX_FAILURES] + FAILURE_WINDOW, len(recent))
    return Lockout(False, None, len(recent))
