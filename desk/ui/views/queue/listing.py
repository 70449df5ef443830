"""A list of tickets whose lines wrap, as tall as its rows (a few at most): at large text and in
longer languages a ticket's line is never cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListWidget

ITEM_PADDING = 24
"""The room an item takes above and below its text (the style sheets pad items by 10 px)."""


class TicketList(QListWidget):
    """Each row as tall as its wrapped text; the list as tall as its first `rows` rows."""

    def __init__(self, rows: int = 6) -> None:
        super().__init__()
        self._rows = rows
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit(self) -> None:
        """Size every row for the width the list has now, and the list for its rows."""
        width = max(1, self.viewport().width() - 2 * ITEM_PADDING)
        metrics = self.fontMetrics()
        total = 0
        for index in range(self.count()):
            item = self.item(index)
            text = metrics.boundingRect(
                QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, item.text()
            )
            height = text.height() + ITEM_PADDING
            item.setSizeHint(QSize(width, height))
            if index < self._rows:
                total += height
        self.setFixedHeight(max(total, metrics.height() + ITEM_PADDING) + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped again at the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
