"""Triage of a resident's digital needs: inclusion scale, barriers, access needs and referrals."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class InclusionLevel(IntEnum):
    """The GDS Digital Inclusion Scale, from 1 (never have, never will) to 9 (expert)."""

    NEVER_HAVE_NEVER_WILL = 1
    WAS_ONLINE_BUT_NO_LONGER = 2
    WILLING_AND_UNABLE = 3
    RELUCTANTLY_ONLINE = 4
    LEARNING_THE_ROPES = 5
    TASK_SPECIFIC = 6
    BASIC_SKILLS = 7
    CONFIDENT = 8
    EXPERT = 9


class Barrier(StrEnum):
    """What stops a resident going online (access, the Essential Digital Skills areas, and more)."""

    NO_DEVICE = "no_device"
    UNSUITABLE_DEVICE = "unsuitable_device"
    NO_HOME_CONNECTION = "no_home_connection"
    CANNOT_AFFORD_DATA = "cannot_afford_data"
    SKILLS_FOUNDATION = "skills_foundation"
    SKILLS_COMMUNICATING = "skills_communicating"
    SKILLS_HANDLING_INFORMATION = "skills_handling_information"
    SKILLS_TRANSACTING = "skills_transacting"
    SKILLS_PROBLEM_SOLVING = "skills_problem_solving"
    SKILLS_SAFE_AND_LEGAL = "skills_safe_and_legal"
    MOTIVATION = "motivation"
    TRUST_AND_CONFIDENCE = "trust_and_confidence"
    LANGUAGE = "language"
    ACCESSIBILITY = "accessibility"


class ReferralKind(StrEnum):
    """Where a resident was referred or signposted."""

    TRAINING_COURSE = "training_course"
    DEVICE_BANK = "device_bank"
    DATA_BANK = "data_bank"
    SOCIAL_TARIFF = "social_tariff"
    OTHER_SERVICE = "other_service"
