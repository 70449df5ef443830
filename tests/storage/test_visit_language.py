"""The resident's language and the interpreter, recorded on the visit by the visit service, on
SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desk.domain.visits import EntryRoute, VisitOutcome
from desk.services import visits
from desk.services.station import StationRef
from desk.services.visits import VisitError
from desk.storage.models import Visit
from desk.storage.uow import SqlUnitOfWork
from tests.storage.conftest import Seed


def test_the_language_and_the_interpreter_are_recorded_on_the_visit(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    station = StationRef(site_id=seed.site_id, station_id=seed.station_id)
    visit = visits.start_visit(uow, station, seed.staff_id, EntryRoute.WALK_IN)
    assert (visit.language, visit.interpreter_used) == (None, False)
    changed = visits.set_language(uow, visit.id, " ne ", interpreter_used=True)
    assert (changed.language, changed.interpreter_used) == ("ne", True)
    with uow() as unit:
        stored = unit.visits.get(visit.id)
        assert isinstance(stored, Visit)
        assert (stored.language, stored.interpreter_used) == ("ne", True)
    back = visits.set_language(uow, visit.id, "", interpreter_used=False)
    assert (back.language, back.interpreter_used) == (None, False)
    assert visits.open_visits(uow, station)[0].language is None


def test_a_language_too_long_or_an_ended_visit_is_refused(
    uow: Callable[[], SqlUnitOfWork], seed: Seed
) -> None:
    station = StationRef(site_id=seed.site_id, station_id=seed.station_id)
    visit = visits.start_visit(uow, station, seed.staff_id, EntryRoute.WALK_IN)
    with pytest.raises(VisitError, match="short name or code"):
        visits.set_language(uow, visit.id, "x" * 36, interpreter_used=False)
    visits.end_visit(uow, visit.id, VisitOutcome.COMPLETED, staff_id=seed.staff_id)
    with pytest.raises(VisitError, match="already ended"):
        visits.set_language(uow, visit.id, "pl", interpreter_used=False)
