"""Visit value objects: enum values are stable storage codes; postcodes keep only the district."""

from __future__ import annotations

import pytest

from desk.domain.visits import (
    MAX_SERVICE_AREA_LENGTH,
    AgeBand,
    EntryRoute,
    ModeOfHelp,
    ServiceArea,
    TaskOutcome,
    outward_code,
)


@pytest.mark.parametrize(
    ("postcode", "expected"),
    [
        ("SE18 6HQ", "SE18"),
        ("se186hq", "SE18"),
        (" SE9 5  ", "SE9"),
        ("SE9 5LU", "SE9"),
        ("W1A 1AA", "W1A"),
        ("EC1A1BB", "EC1A"),
        ("M1", "M1"),
    ],
)
def test_outward_code_keeps_only_the_district(postcode: str, expected: str) -> None:
    assert outward_code(postcode) == expected


@pytest.mark.parametrize("postcode", ["", "12345", "SE", "not a postcode", "SE18 6HQ 9"])
def test_outward_code_refuses_what_is_not_a_postcode(postcode: str) -> None:
    with pytest.raises(ValueError, match="outward code"):
        outward_code(postcode)


def test_values_are_lowercase_codes() -> None:
    for enum in (EntryRoute, ModeOfHelp, AgeBand, TaskOutcome, ServiceArea):
        for member in enum:
            assert member.value == member.value.lower()
            assert len(member.value) <= 40


def test_default_service_areas_fit_the_column() -> None:
    assert all(len(area.value) <= MAX_SERVICE_AREA_LENGTH for area in ServiceArea)


def test_modes_of_help_run_from_alone_to_on_behalf() -> None:
    modes = list(ModeOfHelp)
    assert (modes[0], modes[-1]) == (ModeOfHelp.RESIDENT_ALONE, ModeOfHelp.ON_BEHALF)
