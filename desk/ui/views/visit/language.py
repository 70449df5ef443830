"""The resident's language for the visit, and whether an interpreter helped: the visit's printed
documents (the receipt, the summary) are made in that language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk.services import languages
from desk.ui.widgets import WrapCheckBox, drop_down, fields


class LanguageRow(QWidget):
    """A choice of the shipped languages (each in itself and in English), or what check-in
    noted when it is none of them, and a tick for the interpreter."""

    changed = Signal(object, bool)  # the language's code or text (None: English), interpreter

    def __init__(self) -> None:
        super().__init__()
        self.language = drop_down()
        self.language.setAccessibleName(self.tr("Resident's language"))
        self.interpreter = WrapCheckBox(self.tr("An interpreter helped"))
        self._noted: str | None = None  # check-in's own words, when they name no shipped one
        self._fill()
        form = fields()
        form.addRow(self.tr("Resident's language"), self.language)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.interpreter)
        self.language.activated.connect(self._emit)
        self.interpreter.clicked.connect(self._emit)

    def _fill(self) -> None:
        self.language.clear()
        self.language.addItem(self.tr("English"), None)
        for code, known in languages.languages().items():
            self.language.addItem(f"{known.native} ({known.english})", code)
        if self._noted is not None:
            self.language.addItem(self._noted, self._noted)

    def show_language(self, language: str | None, interpreter_used: bool) -> None:
        """Show what the visit records (a shipped code, check-in's words, or None)."""
        code = languages.match_language(language)
        self._noted = language if language and code is None else None
        self._fill()
        wanted = code if code is not None else self._noted
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        if code == languages.ENGLISH:
            self.language.setCurrentIndex(0)
        self.interpreter.setChecked(interpreter_used)

    def _emit(self) -> None:
        self.changed.emit(self.language.currentData(), self.interpreter.isChecked())
