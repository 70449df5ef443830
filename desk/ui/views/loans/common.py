"""What the loan tabs share: tables, dates in station time, a tab's page, running their jobs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.services.devices import DeviceView
from desk.ui.jobs import Failure, JobRunner
from desk.ui.labels import label
from desk.ui.widgets import WrapCheckBox, clear_layout, scrolling, show_error, wrap

T = TypeVar("T")


def checkbox(text: str) -> QCheckBox:
    """A checkbox whose text wraps, named for screen readers."""
    box = WrapCheckBox(text)
    box.setAccessibleName(text)
    return box


def table(accessible: str, columns: Sequence[str], stretch: int) -> QTableWidget:
    """A read-only table chosen a row at a time; column `stretch` takes the spare width."""
    widget = QTableWidget(0, len(columns))
    widget.setAccessibleName(accessible)
    widget.setHorizontalHeaderLabels(list(columns))
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setTabKeyNavigation(False)
    widget.verticalHeader().hide()
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[object]) -> None:
    """Replace a table's rows; each row's first cell keeps its key for `current_key`."""
    widget.setRowCount(0)
    widget.setRowCount(len(rows))
    for row, (cells, key) in enumerate(zip(rows, keys, strict=True)):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            widget.setItem(row, column, item)


def current_key(widget: QTableWidget) -> object:
    """The key of the row chosen, or None."""
    row = widget.currentRow()
    item = widget.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def day(when: datetime | None) -> str:
    """A date in station time, in the user's language: "7 Dec 2026"."""
    return _local(when, "d MMM yyyy") if when is not None else ""


def day_and_time(when: datetime) -> str:
    """A day and time in station time: "7 Dec 14:05"."""
    return _local(when, "d MMM HH:mm")


def _local(when: datetime, pattern: str) -> str:
    local = when.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, pattern)


def device_name(device: DeviceView) -> str:
    """How the screens name a device: "Laptop LT-042", with the kind translated."""
    return f"{label(device.kind)} {device.asset_tag}"


def lay_out(
    page: QWidget, *parts: QWidget | QLayout, footer: Sequence[QWidget | QLayout] = ()
) -> None:
    """Lay a tab out: a column of parts that scrolls when the window is small, and a footer
    (messages, results) that stays in view."""
    content = QWidget()
    column = QVBoxLayout(content)
    for part in parts:
        _add(column, part)
    column.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addWidget(scrolling(content, max_chars=110), stretch=1)
    for part in footer:
        _add(layout, part)


def _add(layout: QVBoxLayout, part: QWidget | QLayout) -> None:
    if isinstance(part, QWidget):
        layout.addWidget(part)
    else:
        layout.addLayout(part)


def section(text: str) -> QLabel:
    """A heading within a tab: bold, a little larger than the text."""
    widget = QLabel(text)
    wrap(widget)
    widget.setAccessibleName(text)
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    widget.setFont(font)
    return widget


def empty_now(layout: QVBoxLayout) -> None:
    """Empty a layout at once: hidden now, deleted when Qt next gets round to it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
    clear_layout(layout)


def add_shown(layout: QVBoxLayout, widget: QWidget) -> None:
    """Add a widget to a layout already on screen and show it now, not on the next event."""
    layout.addWidget(widget)
    widget.show()


def note(where: QLabel, text: str) -> None:
    """Say what happened, for the eye and for a screen reader."""
    where.setText(text)
    where.setAccessibleDescription(text)
    where.show()


class LoansTab(QWidget):
    """One loan tab: it refreshes itself when shown and runs its work in the background."""

    def __init__(self, jobs: JobRunner, failed: Callable[[str], None]) -> None:
        super().__init__()
        self._jobs = jobs
        self._failed = failed

    def refresh(self) -> None:
        """Reload what the tab shows (called when it is shown)."""
        raise NotImplementedError

    def enable(self) -> None:
        """Enable the tab's buttons as its state allows (after a failure, for one)."""

    def run(self, fn: Callable[[], T], done: Callable[[T], None], name: str, where: QLabel) -> None:
        """Run `fn` in the background; a failure is shown in `where`."""

        def failed(failure: Failure) -> None:
            show_error(where, failure.message)
            self._failed(failure.message)
            self.enable()

        self._jobs.run(fn, done, scope=self._jobs.scopes.session, on_error=failed, name=name)
