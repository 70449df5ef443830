"""The services' and the devices' messages in the station's language.

Below the UI nothing imports Qt, so a message there is a template with `{named}` values (a
`DeskError`, a printing `Wording`, a scanner fault's line) whose English is the translation's
source. `catalogue()` lists them for `desk.ui.i18n`, which writes them to the "messages" context;
here they are translated where they become text on a screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desk.errors import DeskError
from desk.services import staff
from printing import errors as printing_errors
from scanning.faults import DETAIL_SHOWN, FaultKind, fault_message, fault_templates

CONTEXT = "messages"


def catalogue() -> list[str]:
    """Every template the staff screens may show from below the UI."""
    return sorted({*staff.MESSAGES, *printing_errors.MESSAGES, *fault_templates()})


def translated(template: str, values: Mapping[str, str] | None = None) -> str:
    """`template` in the station's language, with its values in; unknown text stays as it is."""
    text = QCoreApplication.translate(CONTEXT, template)
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a value: the English
        return template.format(**values)


def error_text(error: DeskError) -> str:
    """What a DeskError says, in the station's language."""
    return translated(error.template, error.values)


def fault_text(kind: FaultKind, message: str, *, flatbed: bool, then: str) -> str:
    """What staff read about a scanner fault of `kind` (`message`: the worker's own line, which
    for some kinds ends with a detail for IT, kept as it is); `then` is "Continue" or "Scan"."""
    line = fault_message(kind, flatbed=flatbed, then=then)
    text = translated(line)
    if kind in DETAIL_SHOWN and message.startswith(fault_message(kind)):
        detail = message.removeprefix(fault_message(kind)).strip()
        return f"{text} {detail}" if detail else text
    return text
