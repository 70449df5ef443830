"""Triage: suggestions from the needs found, saved and replaced on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.config import load_settings
from desk.domain.triage import Barrier, InclusionLevel, ReferralKind
from desk.domain.visits import EntryRoute, VisitOutcome
from desk.errors import DeskError
from desk.runtime import Runtime, open_runtime
from desk.services import staff as staff_service
from desk.services import triage, visits
from desk.services.triage import TriageAnswers


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    rt = open_runtime(load_settings(overrides=[f"database_url=sqlite:///{tmp_path / 'd.sqlite3'}"]))
    yield rt
    rt.close()


def answers(
    *barriers: Barrier,
    device: bool = False,
    data: bool = False,
    skills: bool = False,
    level: InclusionLevel | None = InclusionLevel.WILLING_AND_UNABLE,
) -> TriageAnswers:
    return TriageAnswers(level, frozenset(barriers), device, data, skills)


def test_suggestions_follow_the_minimum_access_package() -> None:
    assert triage.suggested_referrals(answers()) == []
    assert triage.suggested_referrals(answers(Barrier.NO_DEVICE)) == [ReferralKind.DEVICE_BANK]
    assert triage.suggested_referrals(answers(Barrier.CANNOT_AFFORD_DATA)) == [
        ReferralKind.DATA_BANK,
        ReferralKind.SOCIAL_TARIFF,
    ]
    assert triage.suggested_referrals(answers(skills=True)) == [ReferralKind.TRAINING_COURSE]
    assert triage.needs_from_barriers([Barrier.NO_HOME_CONNECTION, Barrier.SKILLS_TRANSACTING]) == (
        False,
        True,
        True,
    )


def test_triage_is_saved_replaced_and_frozen_once_the_visit_ends(runtime: Runtime) -> None:
    uow = runtime.uow_factory
    champion = staff_service.add_staff(uow, "Asha Patel", "2468")
    visit = visits.start_visit(uow, runtime.station, champion.id, EntryRoute.WALK_IN)
    first = answers(Barrier.NO_DEVICE, Barrier.LANGUAGE, device=True)
    triage.record_triage(uow, visit.id, first, [ReferralKind.DEVICE_BANK, ReferralKind.DEVICE_BANK])
    second = answers(Barrier.CANNOT_AFFORD_DATA, data=True, level=InclusionLevel.RELUCTANTLY_ONLINE)
    triage.record_triage(
        uow, visit.id, second, [ReferralKind.DATA_BANK, ReferralKind.SOCIAL_TARIFF]
    )
    saved = triage.load_triage(uow, visit.id)
    assert saved is not None
    assert saved.answers == second
    assert saved.referrals == (ReferralKind.DATA_BANK, ReferralKind.SOCIAL_TARIFF)
    visits.end_visit(uow, visit.id, VisitOutcome.COMPLETED)
    with pytest.raises(DeskError, match="has ended"):
        triage.record_triage(uow, visit.id, first, [])
