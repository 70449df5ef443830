"""Case references: every check digit rule and pattern with good and bad references."""

from __future__ import annotations

import pytest

from desk.domain.references import CheckDigit, ReferenceRule, check_reference, normalise

HOUSING = ReferenceRule(pattern=r"HR\d{7}", check_digit=CheckDigit.MOD11, example="HR1234560")
COUNCIL_TAX = ReferenceRule(pattern=r"\d{8}", check_digit=CheckDigit.LUHN, example="12345674")
ADMISSIONS = ReferenceRule(pattern=r"SA\d{6}")


@pytest.mark.parametrize(
    ("rule", "good"),
    [
        (ReferenceRule(check_digit=CheckDigit.MOD11), "0306406152"),  # ISBN-10
        (ReferenceRule(check_digit=CheckDigit.MOD11), "080442957X"),  # ten written X
        (HOUSING, "HR1234560"),  # 1*7+2*6+3*5+4*4+5*3+6*2 = 77, 11 - 77 % 11 = 11: 0
        (COUNCIL_TAX, "12345674"),
        (ReferenceRule(check_digit=CheckDigit.LUHN), "79927398713"),
        (ADMISSIONS, "SA123456"),
        (ADMISSIONS, "sa 123-456"),  # spaces, dashes and small letters are forgiven
    ],
)
def test_good_references_pass(rule: ReferenceRule, good: str) -> None:
    result = check_reference(rule, good, service="housing")
    assert result.ok, result.problem
    assert result.reference == normalise(good)


@pytest.mark.parametrize(
    ("rule", "bad", "says"),
    [
        (ReferenceRule(check_digit=CheckDigit.MOD11), "0306406153", "mistyped"),
        (ReferenceRule(check_digit=CheckDigit.LUHN), "79927398710", "mistyped"),
        (COUNCIL_TAX, "12345675", "mistyped"),
        (COUNCIL_TAX, "1234567", "not in the form"),
        (HOUSING, "HR12345", "not in the form"),
        (HOUSING, "XY1234560", "not in the form"),
        (ADMISSIONS, "SA12345X", "not in the form"),
    ],
)
def test_bad_references_say_why_and_that_one_may_go_on(
    rule: ReferenceRule, bad: str, says: str
) -> None:
    result = check_reference(rule, bad, service="Council Tax")
    assert not result.ok
    assert says in result.problem
    assert "go on without one" in result.problem
    assert "Council Tax" in result.problem


def test_the_example_is_offered() -> None:
    assert "HR1234560" in check_reference(HOUSING, "HR1", service="housing").problem


@pytest.mark.parametrize("text", ["", "  ", "anything at all 123", "HR0000000"])
def test_a_service_with_no_rule_accepts_any_reference(text: str) -> None:
    assert check_reference(None, text).ok
    assert check_reference(ReferenceRule(), text).ok


def test_no_reference_is_always_allowed() -> None:
    assert check_reference(HOUSING, "").ok


def test_a_bad_pattern_fails_when_read() -> None:
    import re  # noqa: PLC0415

    with pytest.raises(re.error):
        ReferenceRule(pattern="HR(")
