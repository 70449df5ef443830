"""What the triage asks of the services, and those use cases bound to this station."""

from __future__ import annotations

import uuid
from typing import Protocol

from desk.domain.triage import ReferralKind
from desk.runtime import Runtime
from desk.services import triage
from desk.services.triage import TriageAnswers, TriageRecord


class TriageActions(Protocol):
    """The use cases the triage calls (each runs in the background)."""

    def load(self, visit_id: uuid.UUID) -> TriageRecord | None: ...

    def save(
        self, visit_id: uuid.UUID, answers: TriageAnswers, referrals: list[ReferralKind]
    ) -> TriageRecord: ...


class StationTriage:
    """The triage's use cases on this station's database."""

    def __init__(self, runtime: Runtime) -> None:
        self._uow = runtime.uow_factory

    def load(self, visit_id: uuid.UUID) -> TriageRecord | None:
        """What was recorded for the visit before, if anything."""
        return triage.load_triage(self._uow, visit_id)

    def save(
        self, visit_id: uuid.UUID, answers: TriageAnswers, referrals: list[ReferralKind]
    ) -> TriageRecord:
        return triage.record_triage(self._uow, visit_id, answers, referrals)
