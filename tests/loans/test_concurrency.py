"""Two stations lend the same device at the same moment: one wins, the other is told plainly."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from desk.domain.loans import DeviceState, IdTypeSeen
from desk.services import devices as device_service
from desk.services import loans as loan_service
from desk.services.loans import BorrowerDetails, DeviceTaken
from desk.storage.models import Device
from desk.storage.uow import SqlUnitOfWork
from tests.loans.conftest import NOW, World

BARRIER_TIMEOUT_S = 30


class ReadThenWait(SqlUnitOfWork):
    """A unit of work that, having read a device by tag, waits until the other station has too."""

    def __init__(self, factory: sessionmaker[Session], barrier: threading.Barrier) -> None:
        super().__init__(factory)
        self._barrier = barrier

    def __enter__(self) -> Self:
        super().__enter__()
        read = self.devices.get_by_asset_tag

        def read_then_wait(asset_tag: str) -> Device | None:
            device = read(asset_tag)
            self._barrier.wait(BARRIER_TIMEOUT_S)
            return device

        self.devices.get_by_asset_tag = read_then_wait  # type: ignore[method-assign]  # test hook
        return self


Action = Callable[[Callable[[], SqlUnitOfWork]], object]


def race(session_factory: sessionmaker[Session], *actions: Action) -> list[object]:
    """Run each action on its own thread and connection; each reads the device, then all write."""
    barrier = threading.Barrier(len(actions))

    def run(action: Action) -> object:
        try:
            return action(lambda: ReadThenWait(session_factory, barrier))
        except DeviceTaken as error:
            return error

    with ThreadPoolExecutor(max_workers=len(actions)) as pool:
        return list(pool.map(run, actions))


def lend_to(world: World, name: str, contact: str) -> Action:
    def action(make_uow: Callable[[], SqlUnitOfWork]) -> object:
        return loan_service.lend_take_home(
            make_uow,
            "LT-042",
            BorrowerDetails(name, contact, IdTypeSeen.PASSPORT),
            due_at=NOW + timedelta(days=7),
            typed_name=name,
            agreement_version="LA-2026-01",
            staff_id=world.staff_id,
            now=NOW,
        )

    return action


def test_two_stations_lend_the_same_device_exactly_one_succeeds(
    world: World, session_factory: sessionmaker[Session]
) -> None:
    results = race(
        session_factory,
        lend_to(world, "Ada Lovelace", "07700 900123"),
        lend_to(world, "Grace Hopper", "07700 900999"),
    )
    won = [r for r in results if isinstance(r, loan_service.LentOut)]
    lost = [r for r in results if isinstance(r, DeviceTaken)]
    assert (len(won), len(lost)) == (1, 1), results
    assert str(lost[0]) == (
        "Someone at another station has just lent LT-042. Choose another device."
    )
    assert device_service.get_device(world.uow, "LT-042").state is DeviceState.ON_LOAN
    (loan,) = loan_service.list_open_loans(world.uow)
    assert loan.id == won[0].loan.id
    with world.uow() as unit:
        names = [b.name for b in unit.borrowers.list_not_anonymised()]
        device = unit.devices.get_by_asset_tag("LT-042")
        assert device is not None and device.version == 2
    assert names == [won[0].borrower.name]


def test_pairing_and_lending_race_the_same_way(
    world: World, session_factory: sessionmaker[Session]
) -> None:
    visit_id = world.new_visit().id

    def pair(make_uow: Callable[[], SqlUnitOfWork]) -> object:
        return loan_service.pair_in_centre(
            make_uow, "LT-042", visit_id=visit_id, staff_id=world.staff_id, now=NOW
        )

    results = race(session_factory, pair, lend_to(world, "Ada Lovelace", "07700 900123"))
    assert sum(isinstance(r, DeviceTaken) for r in results) == 1, results
    assert len(loan_service.list_open_loans(world.uow)) == 1
