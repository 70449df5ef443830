"""What the kiosk's steps are made of: big buttons, a title and plain text, in the kiosk's style."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services import languages
from desk.ui.i18n import PSEUDO_LOCALE
from desk.ui.widgets import WrapButton, wrap


def big_button(text: str = "", *, primary: bool = True) -> QPushButton:
    """A big button that wraps its text: the main next step, or (not `primary`) another."""
    widget = WrapButton(text)
    widget.setObjectName("kioskPrimary" if primary else "kioskSecondary")
    widget.setMinimumHeight(72)
    return widget


def title_label() -> QLabel:
    """A step's title."""
    widget = QLabel()
    widget.setObjectName("kioskTitle")
    wrap(widget)
    return widget


def text_label() -> QLabel:
    """A step's plain text, at the size residents read."""
    widget = QLabel()
    widget.setObjectName("kioskText")
    wrap(widget)
    return widget


def language_name(code: str) -> str:
    """A language as its speakers write it ("Polski", "नेपाली"); plain "English" for English."""
    if code == PSEUDO_LOCALE:
        return "[Ƥşḗŭḓǿ ŀǿƈȧŀḗ]"
    known = languages.language(code)
    if known is not None:
        return known.native
    return QLocale(code).nativeLanguageName().capitalize() or code


class StepPage(QWidget):
    """A step's page: its controls in one column, where a problem is told (`error_at`, next to
    the text it is about) and the control the keyboard starts on (the resident's next action)."""

    error_at = 1

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)

    def next_action(self) -> QWidget | None:
        """The control the resident most likely wants next."""
        return None

    def retranslate(self) -> None:
        """Set the page's texts in the current language."""
