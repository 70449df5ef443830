"""Plain-English labels for the records' codes, translatable, in one place."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.domain.visits import (
    EntryRoute,
    ModeOfHelp,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


# QT_TRANSLATE_NOOP returns its text unchanged; it marks the text for pyside6-lupdate.
_LABELS: dict[Enum, object] = {
    EntryRoute.WALK_IN: QT_TRANSLATE_NOOP("labels", "Walked in"),
    EntryRoute.APPOINTMENT: QT_TRANSLATE_NOOP("labels", "Has an appointment"),
    EntryRoute.REFERRED_BY_SERVICE: QT_TRANSLATE_NOOP("labels", "Referred by a service"),
    EntryRoute.SIGNPOSTED_BY_PHONE: QT_TRANSLATE_NOOP("labels", "Sent by the phone team"),
    ModeOfHelp.RESIDENT_ALONE: QT_TRANSLATE_NOOP("labels", "The resident did it alone"),
    ModeOfHelp.CHAMPION_NEARBY: QT_TRANSLATE_NOOP("labels", "The resident typed, with help nearby"),
    ModeOfHelp.PAIRED: QT_TRANSLATE_NOOP("labels", "We did it together"),
    ModeOfHelp.ON_BEHALF: QT_TRANSLATE_NOOP("labels", "I did it for the resident"),
    ServiceArea.HOUSING: QT_TRANSLATE_NOOP("labels", "Housing"),
    ServiceArea.SCHOOL_ADMISSIONS: QT_TRANSLATE_NOOP("labels", "School admissions"),
    ServiceArea.BENEFITS_EVIDENCE: QT_TRANSLATE_NOOP(
        "labels", "Universal Credit or benefits evidence"
    ),
    ServiceArea.COUNCIL_TAX: QT_TRANSLATE_NOOP("labels", "Council Tax"),
    ServiceArea.PARKING_BLUE_BADGE: QT_TRANSLATE_NOOP("labels", "Parking or Blue Badge"),
    ServiceArea.OTHER: QT_TRANSLATE_NOOP("labels", "Something else"),
    TaskType.SCAN_AND_UPLOAD: QT_TRANSLATE_NOOP("labels", "Scan and send documents"),
    TaskType.PRINT: QT_TRANSLATE_NOOP("labels", "Print"),
    TaskType.ONLINE_FORM: QT_TRANSLATE_NOOP("labels", "Fill in an online form"),
    TaskType.ACCOUNT_HELP: QT_TRANSLATE_NOOP("labels", "Account or password help"),
    TaskType.EMAIL: QT_TRANSLATE_NOOP("labels", "Email"),
    TaskType.VIDEO_CALL: QT_TRANSLATE_NOOP("labels", "Video call"),
    TaskType.DEVICE_HELP: QT_TRANSLATE_NOOP("labels", "Help with a device"),
    TaskOutcome.DONE_INDEPENDENTLY: QT_TRANSLATE_NOOP("labels", "Done by the resident alone"),
    TaskOutcome.DONE_WITH_HELP: QT_TRANSLATE_NOOP("labels", "Done with help"),
    TaskOutcome.DONE_ON_BEHALF: QT_TRANSLATE_NOOP("labels", "Done for the resident"),
    TaskOutcome.PARTLY_DONE: QT_TRANSLATE_NOOP("labels", "Partly done"),
    TaskOutcome.NOT_DONE_SYSTEM_DOWN: QT_TRANSLATE_NOOP("labels", "Not done: a system was down"),
    TaskOutcome.NOT_DONE_DOCUMENT_MISSING: QT_TRANSLATE_NOOP(
        "labels", "Not done: a document was missing"
    ),
    TaskOutcome.NOT_DONE_NEEDS_FACE_TO_FACE: QT_TRANSLATE_NOOP(
        "labels", "Not done: needs a face-to-face appointment"
    ),
    TaskOutcome.REFERRED_FACE_TO_FACE: QT_TRANSLATE_NOOP("labels", "Referred to face-to-face"),
    NextTime.ALONE: QT_TRANSLATE_NOOP("labels", "Alone"),
    NextTime.SOME_HELP: QT_TRANSLATE_NOOP("labels", "With some help"),
    NextTime.SAME_HELP: QT_TRANSLATE_NOOP("labels", "Would need the same help"),
    NextTime.WILL_NOT_GO_ONLINE: QT_TRANSLATE_NOOP("labels", "Will not go online"),
    VisitOutcome.COMPLETED: QT_TRANSLATE_NOOP("labels", "Everything was done"),
    VisitOutcome.PARTLY_COMPLETED: QT_TRANSLATE_NOOP("labels", "Some things were done"),
    VisitOutcome.NOT_COMPLETED: QT_TRANSLATE_NOOP("labels", "Nothing could be done"),
    VisitOutcome.REFERRED_FACE_TO_FACE: QT_TRANSLATE_NOOP("labels", "Referred to face-to-face"),
    VisitOutcome.LEFT_BEFORE_SEEN: QT_TRANSLATE_NOOP("labels", "Left before being seen"),
}


def label(code: Enum | str) -> str:
    """The translated label of a code; an unknown code (IT's own service area) shows as itself."""
    if not isinstance(code, Enum):
        try:
            code = ServiceArea(code)
        except ValueError:
            return code
    text = _LABELS.get(code)
    return _t(str(text)) if text is not None else str(code.value)
