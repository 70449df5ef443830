"""What staff are told about a scanner fault speaks of where the paper was (the glass is not a
feeder) and of the button there is to press."""

from __future__ import annotations

import pytest

from scanning.faults import FLATBED_MESSAGES, MESSAGES, FaultKind, fault_message


@pytest.mark.parametrize("kind", list(FaultKind))
def test_on_the_glass_no_fault_speaks_of_a_feeder(kind: FaultKind) -> None:
    assert "feeder" not in fault_message(kind, flatbed=True)


def test_from_the_feeder_the_messages_are_as_they_were() -> None:
    for kind in FaultKind:
        assert fault_message(kind) == MESSAGES[kind]
    assert "feeder" in fault_message(FaultKind.JAMMED)
    assert "on the glass" in fault_message(FaultKind.JAMMED, flatbed=True)
    assert set(FLATBED_MESSAGES) == {kind for kind in FaultKind if "feeder" in MESSAGES[kind]}


@pytest.mark.parametrize("kind", list(FaultKind))
def test_the_button_named_is_the_one_on_screen(kind: FaultKind) -> None:
    text = fault_message(kind, flatbed=True, then="Scan")
    assert "Continue" not in text
    if "press Continue" in MESSAGES[kind]:
        assert "press Scan" in text


def test_the_detail_still_follows_where_it_is_shown() -> None:
    detail = "its fingerprint changed"
    assert fault_message(FaultKind.CERTIFICATE_REFUSED, detail, then="Scan").endswith(detail)
