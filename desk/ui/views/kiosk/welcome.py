"""The welcome step: what the kiosk is for, the languages, and Start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desk.ui.views.kiosk.common import big_button, language_name, text_label, title_label
from desk.ui.widgets import FlowLayout


class WelcomePage(QWidget):
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
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.start_button)
        column.addLayout(choices)
        column.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Send your documents to the council"))
        self.text.setText(
            self.tr(
                "You can scan your papers here and send them to the council yourself. It is free."
            )
        )
        self.start_button.setText(self.tr("Start"))
