"""Case references (an application number, a council tax account): each service's format and
check digit, as IT configures them, and a plain message when a reference does not fit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class CheckDigit(StrEnum):
    """How a reference's last character checks the others."""

    NONE = "none"
    MOD11 = "mod11"
    """Weights n+1 down to 2 on the n digits before the check; the check is 11 minus the sum
    modulo 11 (10 is written X, 11 is 0), as ISBN-10 and many council account numbers."""
    LUHN = "luhn"
    """The Luhn (mod-10) algorithm, as card and some account numbers."""


def normalise(text: str) -> str:
    """A reference as stored and sent: spaces and dashes gone, letters in capitals."""
    return re.sub(r"[\s\-]+", "", text).upper()


def _mod11_ok(text: str) -> bool:
    body, check = text[:-1], text[-1]
    if not body.isdigit() or not (check.isdigit() or check == "X"):
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(body, range(len(body) + 1, 1, -1), strict=True)
    )
    expected = (11 - total % 11) % 11
    return check == ("X" if expected == 10 else str(expected))


def _luhn_ok(text: str) -> bool:
    if not text.isdigit() or len(text) < 2:
        return False
    total = 0
    for index, char in enumerate(reversed(text)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _digits_of(text: str) -> str:
    """The characters a check digit rule reads: the digits, and a last character X (mod-11's
    ten); letters of a prefix such as "HR" are not part of the check."""
    body = "".join(char for char in text[:-1] if char.isdigit())
    last = text[-1:] if text[-1:].isdigit() or text[-1:] == "X" else ""
    return body + last


@dataclass(frozen=True)
class ReferenceRule:
    """One service's reference format: a regular expression the whole (normalised) reference
    must match, a check digit rule over its digits, and how to describe it to a person."""

    pattern: str = ""
    check_digit: CheckDigit = CheckDigit.NONE
    example: str = ""
    """A made-up reference in the right format, e.g. "HR1234567", for the message."""

    def __post_init__(self) -> None:
        re.compile(self.pattern)  # a bad pattern fails when the configuration is read


@dataclass(frozen=True)
class ReferenceCheck:
    """The result of checking a reference: `ok`, the normalised text, and why not."""

    ok: bool
    reference: str
    problem: str = ""


def check_reference(rule: ReferenceRule | None, text: str, *, service: str = "") -> ReferenceCheck:
    """Check `text` against `rule` (None, or no pattern and no check digit: anything goes).

    An empty reference is always allowed: a resident may go on without one.
    """
    reference = normalise(text)
    if not reference or rule is None:
        return ReferenceCheck(True, reference)
    which = f"a {service} reference" if service else "a reference"
    like = f" (it looks like {rule.example})" if rule.example else ""
    if rule.pattern and re.fullmatch(rule.pattern, reference) is None:
        return ReferenceCheck(
            False,
            reference,
            f"{reference} is not in the form of {which}{like}. Check it, or go on without one.",
        )
    checker = {CheckDigit.MOD11: _mod11_ok, CheckDigit.LUHN: _luhn_ok}.get(rule.check_digit)
    if checker is not None and not checker(_digits_of(reference)):
        return ReferenceCheck(
            False,
            reference,
            f"{reference} is not {which}: one of its characters may be mistyped{like}. "
            "Check it, or go on without one.",
        )
    return ReferenceCheck(True, reference)
