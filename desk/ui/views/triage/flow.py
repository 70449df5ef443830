"""From the visit to the triage and back: opened on what was recorded, the signposts shown after."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject

from desk.services.triage import TriageRecord
from desk.ui.jobs import JobRunner
from desk.ui.views.triage.actions import TriageActions
from desk.ui.views.triage.view import TriageView
from desk.ui.views.visit import VisitView


class TriageFlow(QObject):
    """The visit opens the triage on what was recorded before (`show` brings it forward); once
    saved, the visit shows the signposts chosen and `back` returns to it."""

    def __init__(
        self,
        parent: QObject,
        jobs: JobRunner,
        actions: TriageActions,
        *,
        view: TriageView,
        visit_view: VisitView,
        show: Callable[[], None],
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._actions = actions
        self._view = view
        self._visit_view = visit_view
        self._show = show
        self._back = back
        visit_view.triage_requested.connect(self._on_requested)
        view.saved.connect(self._on_saved)

    def _on_requested(self, visit_id: object) -> None:
        if not isinstance(visit_id, uuid.UUID):
            return

        def start(record: TriageRecord | None) -> None:
            self._view.start(visit_id, record)
            self._show()

        # Only over the visit it was asked from: a load that lands after that visit was left
        # (ended, signed out, handed to the kiosk) is dropped with the visit's scope.
        self._jobs.run(
            lambda: self._actions.load(visit_id),
            start,
            scope=self._jobs.scopes.visit,
            on_error=lambda failure: self._visit_view.action_failed.emit(failure.message),
            name="load-triage",
        )

    def _on_saved(self, record: TriageRecord) -> None:
        self._visit_view.show_signposts(record.referrals)
        self._back()
