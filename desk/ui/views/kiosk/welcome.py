"""The welcome step: what the kiosk is for, the languages, and Start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desk.ui.views.kiosk.common import (
    StepPage,
    big_button,
    language_name,
    text_label,
    title_label,
)
from desk.ui.widgets import FlowLayout


class WelcomePage(StepPage):
    """Start, and the station's languages when it has more than one: a button per language,
    each named in itself ("नेपाली", "Polski", "العربية"), no flags, one after another for the
    keyboard; the language on screen is the one pressed in."""

    language_chosen = Signal(str)

    def __init__(self, languages: Sequence[str], current: str = "en") -> None:
        super().__init__()
        self.title = title_label()
        self.text = text_label()
        self.start_button = big_button()
        self.languages_label = text_label()
        self.languages = QWidget()
        self.languages.setObjectName("kioskLanguages")
        self.language_buttons: dict[str, QPushButton] = {}
        choices = FlowLayout(self.languages)
        choices.setContentsMargins(0, 0, 0, 0)
        for code in languages if len(languages) > 1 else ():
            choice = big_button(language_name(code), primary=False)
            choice.setCheckable(True)  # not a radio group: Tab goes through every language
            choice.setLocale(QLocale(code))  # a screen reader may read the name in its language
            choice.setAccessibleName(choice.text())
            choice.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.language_buttons[code] = choice
            choices.addWidget(choice)
        self.languages_label.setVisible(bool(self.language_buttons))
        self.show_language(current)
        self.column.addWidget(self.title)
        self.column.addWidget(self.text)
        self.column.addWidget(self.start_button)
        self.column.addWidget(self.languages_label)
        self.column.addWidget(self.languages)
        self.column.addStretch(1)

    error_at = 2  # a problem is told under the text, above Start

    def next_action(self) -> QWidget:
        return self.start_button

    def show_language(self, code: str) -> None:
        """Press in the button of the language on screen."""
        shown = code if code in self.language_buttons else code.split("_", maxsplit=1)[0]
        for each, button in self.language_buttons.items():
            button.setChecked(each == shown)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Send your documents to the council"))
        self.text.setText(
            self.tr(
                "You can scan your papers here and send them to the council yourself. It is free."
            )
        )
        self.start_button.setText(self.tr("Start"))
        self.languages_label.setText(self.tr("Choose your language"))
        self.languages.setAccessibleName(self.tr("Choose your language"))
