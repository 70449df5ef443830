"""The scripted digital-needs triage and the signposting chosen from it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desk.domain.triage import Barrier, InclusionLevel, ReferralKind
from desk.errors import DeskError
from desk.services.ports import UowFactory
from desk.storage.models import Referral, Triage

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


_SKILLS = {b for b in Barrier if b.value.startswith("skills_")}


@dataclass(frozen=True)
class TriageAnswers:
    """What the champion recorded: the inclusion level, the barriers and the access needs."""

    level: InclusionLevel | None
    barriers: frozenset[Barrier]
    needs_device: bool
    needs_data: bool
    needs_skills: bool


@dataclass(frozen=True)
class TriageRecord:
    """A visit's triage and the referrals chosen, as the screens show them."""

    answers: TriageAnswers
    referrals: tuple[ReferralKind, ...]


def suggested_referrals(answers: TriageAnswers) -> list[ReferralKind]:
    """Signposts matching the needs found: the minimum access package (device, data, skills)."""
    suggestions: list[ReferralKind] = []
    if answers.needs_device or answers.barriers & {Barrier.NO_DEVICE, Barrier.UNSUITABLE_DEVICE}:
        suggestions.append(ReferralKind.DEVICE_BANK)
    if answers.needs_data or answers.barriers & {
        Barrier.NO_HOME_CONNECTION,
        Barrier.CANNOT_AFFORD_DATA,
    }:
        suggestions += [ReferralKind.DATA_BANK, ReferralKind.SOCIAL_TARIFF]
    if answers.needs_skills or answers.barriers & (_SKILLS | {Barrier.TRUST_AND_CONFIDENCE}):
        suggestions.append(ReferralKind.TRAINING_COURSE)
    return suggestions


def needs_from_barriers(barriers: Iterable[Barrier]) -> tuple[bool, bool, bool]:
    """Device, data and skills needs implied by the barriers (staff may still change them)."""
    found = set(barriers)
    device = bool(found & {Barrier.NO_DEVICE, Barrier.UNSUITABLE_DEVICE})
    data = bool(found & {Barrier.NO_HOME_CONNECTION, Barrier.CANNOT_AFFORD_DATA})
    skills = bool(found & _SKILLS)
    return device, data, skills


def record_triage(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    answers: TriageAnswers,
    referrals: Iterable[ReferralKind],
    *,
    now: datetime | None = None,
) -> TriageRecord:
    """Save (or replace) the visit's triage and the signposts given; no contact details pass on."""
    chosen = tuple(dict.fromkeys(referrals))
    with uow_factory() as uow:
        visit = uow.visits.get(visit_id)
        if visit is None or visit.ended_at is not None:
            raise DeskError("That visit has ended: the triage can no longer be changed.")
        triage = visit.triage or Triage(visit_id=visit.id)
        triage.inclusion_level = int(answers.level) if answers.level is not None else None
        triage.needs_device = answers.needs_device
        triage.needs_data = answers.needs_data
        triage.needs_skills = answers.needs_skills
        triage.barriers.clear()
        triage.barriers.update(answers.barriers)
        visit.triage = triage
        visit.referrals.clear()
        uow.flush()
        for kind in chosen:
            visit.referrals.append(
                Referral(
                    visit_id=visit.id,
                    kind=kind,
                    target=kind.value,
                    contact_passed_on=False,
                    created_at=now or datetime.now(UTC),
                )
            )
        uow.commit()
    log.info("triage recorded visit=%s referrals=%d", visit_id, len(chosen))
    return TriageRecord(answers, chosen)


def load_triage(uow_factory: UowFactory, visit_id: uuid.UUID) -> TriageRecord | None:
    """The visit's triage, if one was recorded."""
    with uow_factory() as uow:
        visit = uow.visits.get(visit_id)
        if visit is None or visit.triage is None:
            return None
        triage = visit.triage
        level = triage.inclusion_level
        return TriageRecord(
            TriageAnswers(
                level=InclusionLevel(level) if level is not None else None,
                barriers=frozenset(triage.barriers),
                needs_device=triage.needs_device,
                needs_data=triage.needs_data,
                needs_skills=triage.needs_skills,
            ),
            tuple(r.kind for r in visit.referrals),
        )
