"""The welcome step: what the kiosk is for, the languages, and Start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desk.ui.views.kiosk.common import StepPage, big_button, language_name, text_label, title_label
from desk.ui.widgets import FlowLayout


class WelcomePage(StepPage):
    """Start, and a button per language when the station has more than one."""

    language_chosen = Signal(str)

    def __init__(self, languages: Sequence[str]) -> None:
        super().__init__()
        self.title = title_label()
        self.text = text_label()
        self.start_button = big_button()
        self.language_buttons: dict[str, QPushButton] = {}
        choices = FlowLayout()
        for code in languages if len(languages) > 1 else ():
            choice = big_button(language_name(code), primary=False)
            choice.setAccessibleName(choice.text())
            choice.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.language_buttons[code] = choice
            choices.addWidget(choice)
        self.column.addWidget(self.title)
        self.column.addWidget(self.text)
        self.column.addWidget(self.start_button)
        self.column.addLayout(choices)
        self.column.addStretch(1)

    error_at = 2  # a problem is told under the text, above Start

    def next_action(self) -> QWidget:
        return self.start_button

    def retranslate(self) -> None:
        self.title.setText(self.tr("Send your documents to the council"))
        self.text.setText(
            self.tr(
                "You can scan your papers here and send them to the council yourself. It is free."
            )
        )
        self.start_button.setText(self.tr("Start"))
