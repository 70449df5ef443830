"""One task of a visit on the visit screen: what it was, how it went, and next time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QLabel

from desk.domain.visits import NextTime, TaskOutcome
from desk.services.visits import TaskSummary
from desk.ui.labels import label
from desk.ui.widgets import enum_combo, fields, hint, selected, wrap


def set_selected(combo: QComboBox, value: object) -> None:
    """Choose the item whose data is `value` (the first, "Choose…", when none is)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class TaskRow(QFrame):
    """One task: what it was, how it went, and how the resident could do it next time."""

    changed = Signal(object, object, object)  # task id, TaskOutcome | None, NextTime | None

    def __init__(self, task: TaskSummary) -> None:
        super().__init__()
        self.task_id = task.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = f"{label(task.service_area)}: {label(task.task_type)}"
        self.title = QLabel(title)
        wrap(self.title)
        self.outcome = enum_combo(
            TaskOutcome,
            self.tr("How did it go? ({task})").format(task=title),
            placeholder=self.tr("Choose how it went…"),
        )
        self.next_time = enum_combo(
            NextTime,
            self.tr("Next time the resident could do it ({task})").format(task=title),
            placeholder=self.tr("Choose…"),
        )
        set_selected(self.outcome, task.outcome)
        set_selected(self.next_time, task.next_time)
        counts = [
            self.tr("{n} pages scanned").format(n=task.pages_scanned) if task.pages_scanned else "",
            self.tr("{n} pages printed").format(n=task.pages_printed) if task.pages_printed else "",
            self.tr("{n} documents sent").format(n=task.documents_uploaded)
            if task.documents_uploaded
            else "",
        ]
        form = fields()
        self.setLayout(form)
        form.addRow(self.title)
        form.addRow(self.tr("How did it go?"), self.outcome)
        form.addRow(self.tr("Next time"), self.next_time)
        if any(counts):
            form.addRow(hint(" · ".join(c for c in counts if c)))
        self.outcome.activated.connect(self._say_changed)
        self.next_time.activated.connect(self._say_changed)

    def _say_changed(self) -> None:
        self.changed.emit(
            self.task_id, selected(self.outcome, TaskOutcome), selected(self.next_time, NextTime)
        )
