"""The choose step: what the resident is sending, one big button per document type."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desk.ui.views.kiosk.common import StepPage, big_button, title_label
from scanning.profiles import Profile

# The built-in document types, for the translators (IT's own types show as IT wrote them).
_PROFILE_TITLES = (
    QT_TRANSLATE_NOOP("ChoosePage", "ID card / passport"),
    QT_TRANSLATE_NOOP("ChoosePage", "Bank statement / payslip"),
    QT_TRANSLATE_NOOP("ChoosePage", "Letter"),
    QT_TRANSLATE_NOOP("ChoosePage", "Photo"),
)


class ChoosePage(StepPage):
    """A button per scan profile; `chosen` says which profile's name."""

    chosen = Signal(str)

    def __init__(self, profiles: Mapping[str, Profile]) -> None:
        super().__init__()
        self._profiles = dict(profiles)
        self.title = title_label()
        self.profile_buttons: dict[str, QPushButton] = {}
        self.column.addWidget(self.title)
        for name in self._profiles:
            choice = big_button()
            choice.clicked.connect(lambda _checked=False, n=name: self.chosen.emit(n))
            self.profile_buttons[name] = choice
            self.column.addWidget(choice)
        self.column.addStretch(1)

    error_at = 1  # under the title

    def next_action(self) -> QWidget | None:
        return next(iter(self.profile_buttons.values()), None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What are you sending?"))
        for name, choice in self.profile_buttons.items():
            choice.setText(self.tr(self._profiles[name].title))
