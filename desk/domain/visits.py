"""What a visit and its tasks record: how the resident came, who typed, what was done, next time."""

from __future__ import annotations

import re
from enum import StrEnum


class EntryRoute(StrEnum):
    """How the resident came to the station."""

    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"
    REFERRED_BY_SERVICE = "referred_by_service"
    SIGNPOSTED_BY_PHONE = "signposted_by_phone"


class ModeOfHelp(StrEnum):
    """Who typed (the GDS assisted-digital modes), from most to least independent."""

    RESIDENT_ALONE = "resident_alone"
    CHAMPION_NEARBY = "champion_nearby"
    PAIRED = "paired"
    ON_BEHALF = "on_behalf"


class AccessibilitySupport(StrEnum):
    """Support the station provided during a visit (what was used, never a health condition)."""

    LARGE_TEXT = "large_text"
    SCREEN_READER = "screen_reader"
    HEARING_LOOP = "hearing_loop"
    BSL = "bsl"


class AgeBand(StrEnum):
    """An optional equality band; the resident may always skip it."""

    UNDER_18 = "under_18"
    FROM_18_TO_24 = "18_24"
    FROM_25_TO_34 = "25_34"
    FROM_35_TO_44 = "35_44"
    FROM_45_TO_54 = "45_54"
    FROM_55_TO_64 = "55_64"
    FROM_65_TO_74 = "65_74"
    FROM_75 = "75_plus"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class VisitOutcome(StrEnum):
    """How the visit as a whole ended."""

    COMPLETED = "completed"
    PARTLY_COMPLETED = "partly_completed"
    NOT_COMPLETED = "not_completed"
    REFERRED_FACE_TO_FACE = "referred_face_to_face"
    LEFT_BEFORE_SEEN = "left_before_seen"


class ServiceArea(StrEnum):
    """The default service areas; IT may add others, so storage keeps this as free text."""

    HOUSING = "housing"
    SCHOOL_ADMISSIONS = "school_admissions"
    BENEFITS_EVIDENCE = "benefits_evidence"
    COUNCIL_TAX = "council_tax"
    PARKING_BLUE_BADGE = "parking_blue_badge"
    OTHER = "other"


class TaskType(StrEnum):
    """What the resident did at the station."""

    SCAN_AND_UPLOAD = "scan_and_upload"
    PRINT = "print"
    ONLINE_FORM = "online_form"
    ACCOUNT_HELP = "account_help"
    EMAIL = "email"
    VIDEO_CALL = "video_call"
    DEVICE_HELP = "device_help"


class TaskOutcome(StrEnum):
    """How one task ended."""

    DONE_INDEPENDENTLY = "done_independently"
    DONE_WITH_HELP = "done_with_help"
    DONE_ON_BEHALF = "done_on_behalf"
    PARTLY_DONE = "partly_done"
    NOT_DONE_SYSTEM_DOWN = "not_done_system_down"
    NOT_DONE_DOCUMENT_MISSING = "not_done_document_missing"
    NOT_DONE_NEEDS_FACE_TO_FACE = "not_done_needs_face_to_face"
    REFERRED_FACE_TO_FACE = "referred_face_to_face"


class NextTime(StrEnum):
    """How the resident could do the task next time: the channel-shift measure."""

    ALONE = "alone"
    SOME_HELP = "some_help"
    SAME_HELP = "same_help"
    WILL_NOT_GO_ONLINE = "will_not_go_online"


MAX_SERVICE_AREA_LENGTH = 64
"""The longest service-area code storage accepts (IT's own list included)."""

_OUTWARD_CODE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
_FULL_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$")
_INWARD_PART = re.compile(r"^[0-9]([A-Z]{2})?$")


def outward_code(postcode: str) -> str:
    """The outward code (e.g. "SE18") of a full or partial UK postcode; ValueError if it has none.

    Only the outward code is ever stored: it locates a visit to a district, not to a home.
    """
    parts = postcode.upper().split()
    candidate = ""
    if len(parts) == 1:
        full = _FULL_POSTCODE.match(parts[0])
        candidate = full.group(1) if full else parts[0]
    elif len(parts) == 2 and _INWARD_PART.match(parts[1]):
        candidate = parts[0]
    if not _OUTWARD_CODE.match(candidate):
        raise ValueError("not a UK postcode outward code")
    return candidate
