"""Small building blocks every screen uses, so that each is accessible the same way."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar, cast

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from desk.ui.labels import label

E = TypeVar("E", bound=Enum)

FIELD_CHARS = 16  # the least room a text box or group in a form keeps, in average characters


def wrap(widget: QLabel) -> QLabel:
    """Let a label's text wrap onto as many lines as it needs at any width: never cut off, and
    never wider than the screen (a word-wrapped QLabel otherwise asks for a wide minimum)."""
    widget.setWordWrap(True)
    widget.setMinimumWidth(1)
    return widget


def heading(text: str) -> QLabel:
    """A screen's heading."""
    widget = QLabel(text)
    widget.setObjectName("heading")
    wrap(widget)
    widget.setAccessibleName(text)
    return widget


def hint(text: str = "", *, quiet: bool = True) -> QLabel:
    """Quieter explanatory text (`quiet=False`: ordinary text), wrapping onto more lines."""
    widget = QLabel(text)
    if quiet:
        widget.setObjectName("hint")
    wrap(widget)
    return widget


def error_label(name: str) -> QLabel:
    """A hidden message that appears, named for screen readers, when something goes wrong."""
    widget = QLabel()
    widget.setObjectName("error")
    wrap(widget)
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
    widget = WrapButton(text)
    widget.setAccessibleName(name or text.replace("&", ""))
    if secondary:
        widget.setProperty("secondary", True)
    return widget


def drop_down(parent: QWidget | None = None) -> QComboBox:
    """A drop-down that can be narrower than its longest choice (large text, long translations):
    it takes the width the screen has, and its list of choices wraps long ones."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    view = QListView()
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.setView(view)
    return combo


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
    combo = drop_down(parent)
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


# ---------------------------------------------------------------------- text that wraps


def wrap_text(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` broken into lines no wider than `width` where it has spaces (measured as a button
    measures it, a mnemonic `&` taking no room); a word wider than `width` keeps a line of its
    own."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.size(Qt.TextFlag.TextShowMnemonic, candidate).width() > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


def _longest_word(metrics: QFontMetrics, text: str) -> int:
    return max(
        (metrics.size(Qt.TextFlag.TextShowMnemonic, word).width() for word in text.split()),
        default=0,
    )


def _let_wrap(widget: QWidget) -> None:
    """Narrower than its text when room is short (the text then wraps), and taller to match."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)


class _Wrapping:
    """What a button or tick box whose text wraps adds to it: its width can fall to its longest
    word, its height follows its width, and its text is broken at spaces to fit when drawn."""

    CONTENTS = QStyle.ContentsType.CT_PushButton
    CONTROL = QStyle.ControlElement.CE_PushButton

    def _button(self) -> QPushButton | QCheckBox:
        return cast("QPushButton | QCheckBox", self)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self._button().initStyleOption(option)
        return option

    def _size_for(self, option: QStyleOptionButton, text: str) -> QSize:
        button = self._button()
        contents = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text or "X")
        size = button.style().sizeFromContents(self.CONTENTS, option, contents, button)
        return size.expandedTo(button.minimumSize())

    def _room(self, option: QStyleOptionButton) -> QSize:
        """The room the style takes round the text (borders, padding, a tick box)."""
        button = self._button()
        text = button.text() or "X"
        contents = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        full = button.style().sizeFromContents(self.CONTENTS, option, contents, button)
        return QSize(full.width() - contents.width(), full.height() - contents.height())

    def _lines(self, option: QStyleOptionButton, width: int) -> str:
        """The text as shown at `width`: on one line while it fits, else broken at spaces."""
        button = self._button()
        text = button.text()
        room = self._room(option).width()
        metrics = button.fontMetrics()
        if metrics.size(Qt.TextFlag.TextShowMnemonic, text).width() + room <= width:
            return text
        return wrap_text(metrics, text, max(1, width - room))

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word."""
        option = self._option()
        words = _longest_word(self._button().fontMetrics(), self._button().text())
        return QSize(words + self._room(option).width(), self._size_for(option, "X").height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        option = self._option()
        return self._size_for(option, self._lines(option, width)).height()

    def paintEvent(self, _event: QPaintEvent) -> None:
        button = self._button()
        painter = QStylePainter(button)
        option = self._option()
        option.text = self._lines(option, button.width())
        painter.drawControl(self.CONTROL, option)


class WrapButton(_Wrapping, QPushButton):
    """A push button whose text wraps onto more lines, never cut off, when it is narrow (large
    text, longer translations)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, text, parent)
        _let_wrap(self)


class WrapCheckBox(_Wrapping, QCheckBox):
    """A tick box whose text wraps onto more lines, never cut off, when it is narrow."""

    CONTENTS = QStyle.ContentsType.CT_CheckBox
    CONTROL = QStyle.ControlElement.CE_CheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        _let_wrap(self)


class FlowLayout(QLayout):
    """Lays its widgets out in a row that wraps onto the next line when the row is too narrow
    (rows of buttons at large text sizes and in longer languages)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width, height = 0, 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + self._gap()
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            max(0, width - self._gap()) + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 8

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else QApplication.layoutDirection()

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self._gap()
        for item in self._shown():
            width = min(item.sizeHint().width(), area.width())
            width = max(width, item.minimumSize().width())
            if x > area.x() and x + width > area.x() + area.width():
                x, y, line = area.x(), y + line + gap, 0
            height = (
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            )
            if move:  # mirrored for right-to-left languages: the first item on the right
                item.setGeometry(
                    QStyle.visualRect(self._direction(), area, QRect(x, y, width, height))
                )
            x += width + gap
            line = max(line, height)
        return y + line - rect.y() + margins.bottom()


def flow(*widgets: QWidget) -> FlowLayout:
    """A row of widgets that wraps when it is too narrow."""
    row = FlowLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


class FieldLabel(QLabel):
    """A form label that asks for one line, so that a `fields()` form puts the field under it
    when the row is too narrow for both, and wraps onto more lines only when even a line of
    its own is too narrow (long labels: longer languages at the largest text size)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        wrap(self)
        self._room = 0  # the width of its form, once laid out (a form places a label at its hint)

    def set_room(self, width: int) -> None:
        if width != self._room:
            self._room = width
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        room = margins.left() + margins.right() + 2 * max(0, self.margin())
        one_line = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        width = one_line + room + 2  # a little slack: the text layout rounds differently
        if self._room > 0:
            width = min(width, self._room)
        return QSize(width, self.heightForWidth(width))


class Fields(QFormLayout):
    """A form whose fields go under their labels when a row is too wide, and whose
    `FieldLabel`s wrap when even a line of their own is too wide."""

    def setGeometry(self, rect: QRect) -> None:
        margins = self.contentsMargins()
        width = rect.width() - margins.left() - margins.right()
        for index in range(self.count()):
            item = self.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, FieldLabel):
                widget.set_room(width)
        super().setGeometry(rect)


def fields() -> Fields:
    """A form whose fields go under their labels when a row is too wide (large text)."""
    layout = Fields()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return layout


def add_field(form: QFormLayout, text: str, field: QWidget | QLayout) -> FieldLabel:
    """Add a row to a `fields()` form with a `FieldLabel` that wraps when it is long, named for
    the keyboard as a plain `addRow` label is (a mnemonic `&` moves to the field). A text box or
    a group of controls keeps room for a few words: narrower than that, it goes under its
    label."""
    name = FieldLabel(text)
    if isinstance(field, QLayout):
        group = QWidget()
        field.setContentsMargins(0, 0, 0, 0)
        group.setLayout(field)
        roomy: QWidget | None = group
        form.addRow(name, group)
    else:
        name.setBuddy(field)
        roomy = field if isinstance(field, QLineEdit) else None
        form.addRow(name, field)
    if roomy is not None:
        roomy.setMinimumWidth(roomy.fontMetrics().averageCharWidth() * FIELD_CHARS)
    return name


def scrolling(content: QWidget, *, max_chars: int = 0) -> QScrollArea:
    """`content` in a frameless area that scrolls when the window is too small for it; at most
    `max_chars` average characters wide when given (so the width follows the text size)."""
    if max_chars:
        content.setMaximumWidth(content.fontMetrics().averageCharWidth() * max_chars)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls in it take the focus, not it
    area.setWidget(content)
    return area
