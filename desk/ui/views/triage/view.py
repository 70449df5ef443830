"""The scripted triage: four short questions, then the signposts that match what was found."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desk.domain.triage import Barrier, InclusionLevel, ReferralKind
from desk.services.triage import (
    TriageAnswers,
    TriageRecord,
    needs_from_barriers,
    suggested_referrals,
)
from desk.ui.jobs import Failure, JobRunner
from desk.ui.labels import label
from desk.ui.views.triage.actions import TriageActions
from desk.ui.widgets import (
    FlowLayout,
    WrapCheckBox,
    button,
    enum_combo,
    error_label,
    flow,
    heading,
    hint,
    scrolling,
    selected,
    show_error,
    wrap,
)

_GROUPS: tuple[tuple[str, tuple[Barrier, ...]], ...] = (
    (
        "access",
        (
            Barrier.NO_DEVICE,
            Barrier.UNSUITABLE_DEVICE,
            Barrier.NO_HOME_CONNECTION,
            Barrier.CANNOT_AFFORD_DATA,
        ),
    ),
    ("skills", tuple(b for b in Barrier if b.value.startswith("skills_"))),
    (
        "other",
        (Barrier.MOTIVATION, Barrier.TRUST_AND_CONFIDENCE, Barrier.LANGUAGE, Barrier.ACCESSIBILITY),
    ),
)


def _checkbox(text: str) -> QCheckBox:
    """A tick box whose text wraps, named for screen readers by its text."""
    box = WrapCheckBox(text)
    box.setAccessibleName(text)
    return box


class TriageView(QWidget):
    """Asks the questions, suggests signposts as answers come in, and saves in the background."""

    saved = Signal(object)  # TriageRecord
    cancelled = Signal()
    save_failed = Signal(str)

    def __init__(self, jobs: JobRunner, actions: TriageActions) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self.visit_id: uuid.UUID | None = None
        self.setAccessibleName(self.tr("Digital needs"))

        self.level = enum_combo(
            InclusionLevel,
            self.tr("How does the resident use the internet today?"),
            placeholder=self.tr("Choose the closest…"),
        )
        barrier_grid = self._build_barriers()

        self.needs_device = _checkbox(self.tr("A device"))
        self.needs_data = _checkbox(self.tr("Data or a connection"))
        self.needs_skills = _checkbox(self.tr("Skills"))
        for box in (self.needs_device, self.needs_data, self.needs_skills):
            box.toggled.connect(self._suggest)
        needs = flow(self.needs_device, self.needs_data, self.needs_skills)

        self.referrals: dict[ReferralKind, QCheckBox] = {
            kind: _checkbox(label(kind)) for kind in ReferralKind
        }
        referrals = QVBoxLayout()
        for box in self.referrals.values():
            referrals.addWidget(box)

        self.save_button = button(self.tr("Save and go back to the visit"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button = button(self.tr("Back without saving"), secondary=True)
        self.cancel_button.clicked.connect(self.cancelled)
        self.error = error_label(self.tr("Problem saving the triage"))
        buttons = flow(self.save_button, self.cancel_button)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(heading(self.tr("Digital needs (about two minutes)")))
        column.addWidget(
            hint(self.tr("1. How does the resident use the internet today?"), quiet=False)
        )
        column.addWidget(self.level)
        column.addWidget(
            hint(self.tr("2. What gets in the way? Tick all that apply."), quiet=False)
        )
        column.addLayout(barrier_grid)
        column.addWidget(hint(self.tr("3. What would help?"), quiet=False))
        column.addLayout(needs)
        column.addWidget(
            hint(self.tr("4. Where can we point them? (Suggestions are ticked.)"), quiet=False)
        )
        column.addLayout(referrals)
        column.addWidget(
            hint(self.tr("What you tick here goes on the visit summary the resident takes home."))
        )
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(scrolling(content))

    def _build_barriers(self) -> FlowLayout:
        """One column of tick boxes per group of barriers, side by side while they fit and one
        under the other when they do not; Tab goes through them in the order they read."""
        self.barriers: dict[Barrier, QCheckBox] = {}
        titles = {
            "access": self.tr("Access"),
            "skills": self.tr("Skills"),
            "other": self.tr("Confidence and other"),
        }
        groups = FlowLayout()
        groups.setSpacing(24)
        for group, members in _GROUPS:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            title = QLabel(titles[group])
            title.setObjectName("hint")
            wrap(title)
            column.addWidget(title)
            for barrier in members:
                checkbox = _checkbox(label(barrier))
                checkbox.toggled.connect(self._on_barriers_changed)
                self.barriers[barrier] = checkbox
                column.addWidget(checkbox)
            column.addStretch(1)
            groups.addWidget(box)
        return groups

    def start(self, visit_id: uuid.UUID, record: TriageRecord | None) -> None:
        """Show the questions for a visit, filled in with what was recorded before."""
        self.visit_id = visit_id
        answers = record.answers if record is not None else None
        self.level.setCurrentIndex(
            max(self.level.findData(answers.level), 0) if answers is not None else 0
        )
        for barrier, box in self.barriers.items():
            box.blockSignals(True)
            box.setChecked(answers is not None and barrier in answers.barriers)
            box.blockSignals(False)
        self.needs_device.setChecked(answers is not None and answers.needs_device)
        self.needs_data.setChecked(answers is not None and answers.needs_data)
        self.needs_skills.setChecked(answers is not None and answers.needs_skills)
        chosen = set(record.referrals) if record is not None else set()
        for kind, box in self.referrals.items():
            box.setChecked(kind in chosen)
        self.error.hide()
        self.level.setFocus()

    def answers(self) -> TriageAnswers:
        """What the form says now."""
        return TriageAnswers(
            level=selected(self.level, InclusionLevel),
            barriers=frozenset(b for b, box in self.barriers.items() if box.isChecked()),
            needs_device=self.needs_device.isChecked(),
            needs_data=self.needs_data.isChecked(),
            needs_skills=self.needs_skills.isChecked(),
        )

    def chosen_referrals(self) -> list[ReferralKind]:
        """The signposts ticked."""
        return [kind for kind, box in self.referrals.items() if box.isChecked()]

    def _on_barriers_changed(self) -> None:
        device, data, skills = needs_from_barriers(self.answers().barriers)
        self._tick(
            (self.needs_device, device), (self.needs_data, data), (self.needs_skills, skills)
        )

    @staticmethod
    def _tick(*pairs: tuple[QCheckBox, bool]) -> None:
        """Tick what the answers imply; never untick what staff ticked themselves."""
        for box, implied in pairs:
            if implied:
                box.setChecked(True)

    def _suggest(self) -> None:
        suggestions: Iterable[ReferralKind] = suggested_referrals(self.answers())
        self._tick(*((self.referrals[kind], True) for kind in suggestions))

    def _on_save_clicked(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        answers, referrals = self.answers(), self.chosen_referrals()
        self.save_button.setEnabled(False)
        self._jobs.run(
            lambda: self._actions.save(visit_id, answers, referrals),
            self._on_saved,
            scope=self._jobs.scopes.visit,
            on_error=self._on_failed,
            name="save-triage",
        )

    def _on_saved(self, record: TriageRecord) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(record)

    def _on_failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        show_error(self.error, failure.message)
        self.save_failed.emit(failure.message)
