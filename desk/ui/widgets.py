"""Small building blocks every screen uses, so that each is accessible the same way."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QPushButton, QWidget

from desk.ui.labels import label

E = TypeVar("E", bound=Enum)


def heading(text: str) -> QLabel:
    """A screen's heading."""
    widget = QLabel(text)
    widget.setObjectName("heading")
    widget.setWordWrap(True)
    widget.setAccessibleName(text)
    return widget


def hint(text: str = "") -> QLabel:
    """Quieter explanatory text."""
    widget = QLabel(text)
    widget.setObjectName("hint")
    widget.setWordWrap(True)
    return widget


def error_label(name: str) -> QLabel:
    """A hidden message that appears, named for screen readers, when something goes wrong."""
    widget = QLabel()
    widget.setObjectName("error")
    widget.setWordWrap(True)
    widget.setAccessibleName(name)
    widget.hide()
    return widget


def show_error(widget: QLabel, message: str) -> None:
    """Show a message in an error label and describe it to screen readers."""
    widget.setText(message)
    widget.setAccessibleDescription(message)
    widget.show()


def button(text: str, *, secondary: bool = False, name: str = "") -> QPushButton:
    """A button named for screen readers."""
    widget = QPushButton(text)
    widget.setAccessibleName(name or text.replace("&", ""))
    if secondary:
        widget.setProperty("secondary", True)
    return widget


def selected(combo: QComboBox, kind: type[E]) -> E | None:
    """The code chosen in an `enum_combo` (Qt hands string enums back as plain strings)."""
    data = combo.currentData()
    if data is None:
        return None
    try:
        return kind(data)
    except ValueError:
        return None


def enum_combo(
    choices: Iterable[E], accessible: str, *, placeholder: str = "", parent: QWidget | None = None
) -> QComboBox:
    """A drop-down of codes shown by their labels; `placeholder` adds an empty first choice."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible)
    if placeholder:
        combo.addItem(placeholder, None)
    for choice in choices:
        combo.addItem(label(choice), choice)
    return combo


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout (before showing fresh rows)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
