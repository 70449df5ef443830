"""Loan devices and loans: device kinds and states, loan kinds, condition and ID seen."""

from __future__ import annotations

from enum import StrEnum


class DeviceKind(StrEnum):
    """What kind of loan device."""

    LAPTOP = "laptop"
    TABLET = "tablet"
    MOBILE_HOTSPOT = "mobile_hotspot"


class DeviceState(StrEnum):
    """Where a loan device is in its cycle."""

    AVAILABLE = "available"
    IN_USE_IN_CENTRE = "in_use_in_centre"
    ON_LOAN = "on_loan"
    AWAITING_WIPE = "awaiting_wipe"
    IN_REPAIR = "in_repair"
    RETIRED = "retired"

    @property
    def can_go_out(self) -> bool:
        """Only an available device (wiped and checked) may be lent."""
        return self is DeviceState.AVAILABLE


class LoanKind(StrEnum):
    """In the centre for this visit, or taken home until a date."""

    IN_CENTRE = "in_centre"
    TAKE_HOME = "take_home"


class DeviceCondition(StrEnum):
    """The state of a device and its kit when it goes out and comes back."""

    GOOD = "good"
    WORN = "worn"
    DAMAGED = "damaged"
    MISSING_PARTS = "missing_parts"


class IdTypeSeen(StrEnum):
    """The type of ID a staff member saw for a take-home loan (never a copy of it)."""

    PASSPORT = "passport"
    DRIVING_LICENCE = "driving_licence"
    RESIDENCE_PERMIT = "residence_permit"
    NATIONAL_ID_CARD = "national_id_card"
    COUNCIL_LETTER = "council_letter"
    OTHER = "other"
