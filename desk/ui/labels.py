"""Plain-English labels for the records' codes, translatable, in one place."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.domain.visits import (
    ServiceArea,
)
from desk.services.visits import TaskSummary


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


# QT_TRANSLATE_NOOP returns its text unchanged; it marks the text for pyside6-lupdate.
_LABELS: dict[str, object] = {
    "EntryRoute.WALK_IN": QT_TRANSLATE_NOOP("labels", "Walked in"),
    "EntryRoute.APPOINTMENT": QT_TRANSLATE_NOOP("labels", "Has an appointment"),
    "EntryRoute.REFERRED_BY_SERVICE": QT_TRANSLATE_NOOP("labels", "Referred by a service"),
    "EntryRoute.SIGNPOSTED_BY_PHONE": QT_TRANSLATE_NOOP("labels", "Sent by the phone team"),
    "ModeOfHelp.RESIDENT_ALONE": QT_TRANSLATE_NOOP("labels", "The resident did it alone"),
    "ModeOfHelp.CHAMPION_NEARBY": QT_TRANSLATE_NOOP(
        "labels", "The resident typed, with help nearby"
    ),
    "ModeOfHelp.PAIRED": QT_TRANSLATE_NOOP("labels", "We did it together"),
    "ModeOfHelp.ON_BEHALF": QT_TRANSLATE_NOOP("labels", "I did it for the resident"),
    "ServiceArea.HOUSING": QT_TRANSLATE_NOOP("labels", "Housing"),
    "ServiceArea.SCHOOL_ADMISSIONS": QT_TRANSLATE_NOOP("labels", "School admissions"),
    "ServiceArea.BENEFITS_EVIDENCE": QT_TRANSLATE_NOOP(
        "labels", "Universal Credit or benefits evidence"
    ),
    "ServiceArea.COUNCIL_TAX": QT_TRANSLATE_NOOP("labels", "Council Tax"),
    "ServiceArea.PARKING_BLUE_BADGE": QT_TRANSLATE_NOOP("labels", "Parking or Blue Badge"),
    "ServiceArea.OTHER": QT_TRANSLATE_NOOP("labels", "Something else"),
    "TaskType.SCAN_AND_UPLOAD": QT_TRANSLATE_NOOP("labels", "Scan and send documents"),
    "TaskType.PRINT": QT_TRANSLATE_NOOP("labels", "Print"),
    "TaskType.ONLINE_FORM": QT_TRANSLATE_NOOP("labels", "Fill in an online form"),
    "TaskType.ACCOUNT_HELP": QT_TRANSLATE_NOOP("labels", "Account or password help"),
    "TaskType.EMAIL": QT_TRANSLATE_NOOP("labels", "Email"),
    "TaskType.VIDEO_CALL": QT_TRANSLATE_NOOP("labels", "Video call"),
    "TaskType.DEVICE_HELP": QT_TRANSLATE_NOOP("labels", "Help with a device"),
    "TaskOutcome.DONE_INDEPENDENTLY": QT_TRANSLATE_NOOP("labels", "Done by the resident alone"),
    "TaskOutcome.DONE_WITH_HELP": QT_TRANSLATE_NOOP("labels", "Done with help"),
    "TaskOutcome.DONE_ON_BEHALF": QT_TRANSLATE_NOOP("labels", "Done for the resident"),
    "TaskOutcome.PARTLY_DONE": QT_TRANSLATE_NOOP("labels", "Partly done"),
    "TaskOutcome.NOT_DONE_SYSTEM_DOWN": QT_TRANSLATE_NOOP("labels", "Not done: a system was down"),
    "TaskOutcome.NOT_DONE_DOCUMENT_MISSING": QT_TRANSLATE_NOOP(
        "labels", "Not done: a document was missing"
    ),
    "TaskOutcome.NOT_DONE_NEEDS_FACE_TO_FACE": QT_TRANSLATE_NOOP(
        "labels", "Not done: needs a face-to-face appointment"
    ),
    "TaskOutcome.REFERRED_FACE_TO_FACE": QT_TRANSLATE_NOOP("labels", "Referred to face-to-face"),
    "NextTime.ALONE": QT_TRANSLATE_NOOP("labels", "Alone"),
    "NextTime.SOME_HELP": QT_TRANSLATE_NOOP("labels", "With some help"),
    "NextTime.SAME_HELP": QT_TRANSLATE_NOOP("labels", "Would need the same help"),
    "NextTime.WILL_NOT_GO_ONLINE": QT_TRANSLATE_NOOP("labels", "Will not go online"),
    "VisitOutcome.COMPLETED": QT_TRANSLATE_NOOP("labels", "Everything was done"),
    "VisitOutcome.PARTLY_COMPLETED": QT_TRANSLATE_NOOP("labels", "Some things were done"),
    "VisitOutcome.NOT_COMPLETED": QT_TRANSLATE_NOOP("labels", "Nothing could be done"),
    "VisitOutcome.REFERRED_FACE_TO_FACE": QT_TRANSLATE_NOOP("labels", "Referred to face-to-face"),
    "VisitOutcome.LEFT_BEFORE_SEEN": QT_TRANSLATE_NOOP("labels", "Left before being seen"),
    "InclusionLevel.NEVER_HAVE_NEVER_WILL": QT_TRANSLATE_NOOP(
        "labels", "1. Has never been online and does not want to"
    ),
    "InclusionLevel.WAS_ONLINE_BUT_NO_LONGER": QT_TRANSLATE_NOOP(
        "labels", "2. Used to go online but no longer does"
    ),
    "InclusionLevel.WILLING_AND_UNABLE": QT_TRANSLATE_NOOP(
        "labels", "3. Would like to go online but cannot yet"
    ),
    "InclusionLevel.RELUCTANTLY_ONLINE": QT_TRANSLATE_NOOP(
        "labels", "4. Goes online only when there is no other way"
    ),
    "InclusionLevel.LEARNING_THE_ROPES": QT_TRANSLATE_NOOP("labels", "5. Learning the basics"),
    "InclusionLevel.TASK_SPECIFIC": QT_TRANSLATE_NOOP(
        "labels", "6. Does one or two things online (for example email)"
    ),
    "InclusionLevel.BASIC_SKILLS": QT_TRANSLATE_NOOP("labels", "7. Has basic skills"),
    "InclusionLevel.CONFIDENT": QT_TRANSLATE_NOOP("labels", "8. Confident online"),
    "InclusionLevel.EXPERT": QT_TRANSLATE_NOOP("labels", "9. Expert"),
    "Barrier.NO_DEVICE": QT_TRANSLATE_NOOP("labels", "No computer, tablet or smartphone"),
    "Barrier.UNSUITABLE_DEVICE": QT_TRANSLATE_NOOP(
        "labels", "Shares a device, or it is unsuitable"
    ),
    "Barrier.NO_HOME_CONNECTION": QT_TRANSLATE_NOOP("labels", "No internet at home"),
    "Barrier.CANNOT_AFFORD_DATA": QT_TRANSLATE_NOOP("labels", "Cannot afford data or broadband"),
    "Barrier.SKILLS_FOUNDATION": QT_TRANSLATE_NOOP(
        "labels", "Using a device: turning on, typing, passwords"
    ),
    "Barrier.SKILLS_COMMUNICATING": QT_TRANSLATE_NOOP("labels", "Email, messages, video calls"),
    "Barrier.SKILLS_HANDLING_INFORMATION": QT_TRANSLATE_NOOP(
        "labels", "Finding and keeping information"
    ),
    "Barrier.SKILLS_TRANSACTING": QT_TRANSLATE_NOOP(
        "labels", "Filling in forms, applying, paying online"
    ),
    "Barrier.SKILLS_PROBLEM_SOLVING": QT_TRANSLATE_NOOP("labels", "Sorting out problems"),
    "Barrier.SKILLS_SAFE_AND_LEGAL": QT_TRANSLATE_NOOP("labels", "Staying safe online"),
    "Barrier.MOTIVATION": QT_TRANSLATE_NOOP("labels", "Does not see the point"),
    "Barrier.TRUST_AND_CONFIDENCE": QT_TRANSLATE_NOOP("labels", "Worried about scams or mistakes"),
    "Barrier.LANGUAGE": QT_TRANSLATE_NOOP("labels", "English is not their first language"),
    "Barrier.ACCESSIBILITY": QT_TRANSLATE_NOOP("labels", "Needs accessibility support"),
    "ReferralKind.TRAINING_COURSE": QT_TRANSLATE_NOOP("labels", "Free computer skills sessions"),
    "ReferralKind.DEVICE_BANK": QT_TRANSLATE_NOOP("labels", "Device bank (a free device)"),
    "ReferralKind.DATA_BANK": QT_TRANSLATE_NOOP("labels", "Data bank (free mobile data)"),
    "ReferralKind.SOCIAL_TARIFF": QT_TRANSLATE_NOOP("labels", "Cheaper broadband (social tariffs)"),
    "ReferralKind.OTHER_SERVICE": QT_TRANSLATE_NOOP("labels", "Another service"),
    "DeviceKind.LAPTOP": QT_TRANSLATE_NOOP("labels", "Laptop"),
    "DeviceKind.TABLET": QT_TRANSLATE_NOOP("labels", "Tablet"),
    "DeviceKind.MOBILE_HOTSPOT": QT_TRANSLATE_NOOP("labels", "Mobile hotspot"),
    "DocumentKind.IDENTITY": QT_TRANSLATE_NOOP("labels", "Proof of identity"),
    "DocumentKind.PROOF_OF_ADDRESS": QT_TRANSLATE_NOOP("labels", "Proof of address"),
    "DocumentKind.BANK_STATEMENT": QT_TRANSLATE_NOOP("labels", "Bank statement"),
    "DocumentKind.PAYSLIP": QT_TRANSLATE_NOOP("labels", "Payslip"),
    "DocumentKind.TENANCY": QT_TRANSLATE_NOOP("labels", "Tenancy agreement"),
    "DocumentKind.BENEFIT_LETTER": QT_TRANSLATE_NOOP("labels", "Benefit letter"),
    "DocumentKind.LETTER": QT_TRANSLATE_NOOP("labels", "Letter"),
    "DocumentKind.PHOTO": QT_TRANSLATE_NOOP("labels", "Photo"),
    "DocumentKind.OTHER": QT_TRANSLATE_NOOP("labels", "Something else"),
    "DeviceState.AVAILABLE": QT_TRANSLATE_NOOP("labels", "Available"),
    "DeviceState.IN_USE_IN_CENTRE": QT_TRANSLATE_NOOP("labels", "In use in the centre"),
    "DeviceState.ON_LOAN": QT_TRANSLATE_NOOP("labels", "On loan"),
    "DeviceState.AWAITING_WIPE": QT_TRANSLATE_NOOP("labels", "Awaiting a verified wipe"),
    "DeviceState.IN_REPAIR": QT_TRANSLATE_NOOP("labels", "In repair"),
    "DeviceState.RETIRED": QT_TRANSLATE_NOOP("labels", "Retired"),
    "DeviceCondition.GOOD": QT_TRANSLATE_NOOP("labels", "Good"),
    "DeviceCondition.WORN": QT_TRANSLATE_NOOP("labels", "Worn"),
    "DeviceCondition.DAMAGED": QT_TRANSLATE_NOOP("labels", "Damaged"),
    "DeviceCondition.MISSING_PARTS": QT_TRANSLATE_NOOP("labels", "Missing parts"),
    "LoanKind.IN_CENTRE": QT_TRANSLATE_NOOP("labels", "In the centre"),
    "LoanKind.TAKE_HOME": QT_TRANSLATE_NOOP("labels", "To take home"),
    "IdTypeSeen.PASSPORT": QT_TRANSLATE_NOOP("labels", "Passport"),
    "IdTypeSeen.DRIVING_LICENCE": QT_TRANSLATE_NOOP("labels", "Driving licence"),
    "IdTypeSeen.RESIDENCE_PERMIT": QT_TRANSLATE_NOOP("labels", "Residence permit"),
    "IdTypeSeen.NATIONAL_ID_CARD": QT_TRANSLATE_NOOP("labels", "National identity card"),
    "IdTypeSeen.COUNCIL_LETTER": QT_TRANSLATE_NOOP("labels", "Letter from the council"),
    "IdTypeSeen.OTHER": QT_TRANSLATE_NOOP("labels", "Other ID"),
    "WipeStep.ACCOUNTS_REMOVED": QT_TRANSLATE_NOOP(
        "labels", "Signed out of and removed every account the resident used"
    ),
    "WipeStep.FACTORY_RESET": QT_TRANSLATE_NOOP(
        "labels", "Reset to factory settings (or re-imaged)"
    ),
    "WipeStep.NO_PERSONAL_FILES": QT_TRANSLATE_NOOP(
        "labels", "Checked that no files, photos or downloads are left"
    ),
    "WipeStep.KIT_COMPLETE": QT_TRANSLATE_NOOP(
        "labels", "Kit checked and complete (or missing items recorded)"
    ),
    "WipeStep.CLEANED": QT_TRANSLATE_NOOP("labels", "Cleaned and sanitised"),
    "AccessibilitySupport.LARGE_TEXT": QT_TRANSLATE_NOOP("labels", "Large text"),
    "AccessibilitySupport.SCREEN_READER": QT_TRANSLATE_NOOP("labels", "Screen reader"),
    "AccessibilitySupport.HEARING_LOOP": QT_TRANSLATE_NOOP("labels", "Hearing loop"),
    "AccessibilitySupport.BSL": QT_TRANSLATE_NOOP("labels", "British Sign Language"),
}


RESIDENT_CODES = ("ServiceArea", "TaskType", "TaskOutcome", "DocumentKind", "DeviceKind")
"""The codes whose labels the resident reads on their printed documents."""


def resident_labels() -> list[str]:
    """The English labels printed on a resident's documents (translated for each language)."""
    return sorted(
        {str(text) for key, text in _LABELS.items() if key.split(".")[0] in RESIDENT_CODES}
    )


def label(code: Enum | str, translate: Callable[[str], str] = _t) -> str:
    """The translated label of a code; an unknown code (IT's own service area) shows as itself.
    `translate` turns the English label into the language wanted (the station's by default)."""
    if not isinstance(code, Enum):
        try:
            code = ServiceArea(code)
        except ValueError:
            return code
    text = _LABELS.get(f"{type(code).__name__}.{code.name}")
    return translate(str(text)) if text is not None else str(code.value)


def describe_task(task: TaskSummary, translate: Callable[[str], str] = _t) -> str:
    """One line for the resident's visit summary: the service, what was done, how it went."""
    line = f"{label(task.service_area, translate)}: {label(task.task_type, translate)}"
    if task.outcome is None:
        return line
    return f"{line} ({label(task.outcome, translate).lower()})"
