"""What a resident reads: the kiosk, the waiting-area display, the printed documents and the
labels printed on them. Each shipped language must translate all of it (reviewed or not)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desk.ui.i18n import DOCUMENTS_CONTEXT
from desk.ui.labels import resident_labels

RESIDENT_CONTEXTS = (
    "WelcomePage",
    "ChoosePage",
    "PlacePage",
    "CheckPage",
    "DonePage",
    "KioskView",
    "KioskScan",
    "StillThere",
    "StaffPage",
    "DisplayView",
    DOCUMENTS_CONTEXT,
)
"""The contexts residents read in full: the kiosk's steps, the display and the documents."""

WHERE = {
    "WelcomePage": "Kiosk, first step: the languages and Start",
    "ChoosePage": "Kiosk: what are you sending?",
    "PlacePage": "Kiosk: put the pages on the scanner",
    "CheckPage": "Kiosk: check the pages, then send",
    "DonePage": "Kiosk: sent, the reference and the receipt",
    "KioskView": "Kiosk: the buttons under every step, and its problems",
    "KioskScan": "Kiosk: while scanning, and the scanner's problems",
    "StillThere": "Kiosk: are you still there?",
    "StaffPage": "Kiosk: the staff sign-in that leaves the kiosk",
    "DisplayView": "Waiting-area display",
    DOCUMENTS_CONTEXT: "Printed: receipt, visit summary, loan agreement, reminder letter",
    "labels": "Printed on the visit summary, the receipt and the loan agreement",
}
"""Where a resident meets each context's strings (for the reviewers' proofs)."""


@dataclass(frozen=True)
class Message:
    """One string of a .ts file, with its translation and review state."""

    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]  # one form, or the plural forms
    unfinished: bool
    comment: str = ""

    @property
    def translated(self) -> bool:
        return bool(self.forms) and all(form.strip() for form in self.forms)


def read_messages(ts: Path) -> list[Message]:
    """Every message of a .ts file, in its order."""
    found: list[Message] = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314  (our own file)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms: tuple[str, ...] = ()
            if translation is not None:
                if numerus:
                    forms = tuple(f.text or "" for f in translation.findall("numerusform"))
                elif translation.text:
                    forms = (translation.text,)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=numerus,
                    forms=forms,
                    unfinished=translation is None or translation.get("type") == "unfinished",
                    comment=message.findtext("comment") or "",
                )
            )
    return found


def is_resident_facing(message: Message, labels: frozenset[str]) -> bool:
    """Whether a resident reads `message`."""
    if message.context == "labels":
        return message.source in labels
    return message.context in RESIDENT_CONTEXTS


def resident_messages(ts: Path) -> list[Message]:
    """The resident-facing messages of a .ts file."""
    labels = frozenset(resident_labels())
    return [m for m in read_messages(ts) if is_resident_facing(m, labels)]
