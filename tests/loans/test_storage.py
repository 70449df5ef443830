"""Migration 0002 on both backends: down keeps the loan table whole; the database guards wipes."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import IntegrityError

from desk.domain.loans import WipeStep, encode_steps
from desk.storage.migrate import current_revision, downgrade, upgrade
from desk.storage.models import DeviceWipe
from tests.loans.conftest import NOW, World


def test_downgrade_to_0001_and_back(migrated: Engine) -> None:
    before = {c["name"] for c in inspect(migrated).get_check_constraints("loan")}
    downgrade(migrated, "0001")
    inspector = inspect(migrated)
    assert current_revision(migrated) == "0001"
    assert not {"device_wipe", "waitlist_entry"} & set(inspector.get_table_names())
    columns = {c["name"] for c in inspector.get_columns("loan")}
    assert not {"kit_out", "missing_items", "agreement_accepted_at"} & columns
    assert {c["name"] for c in inspector.get_check_constraints("loan")} == before
    upgrade(migrated)
    again = {c["name"] for c in inspect(migrated).get_columns("loan")}
    assert {"kit_out", "missing_items"} <= again


def test_the_database_refuses_a_wipe_verified_by_whoever_did_it(world: World) -> None:
    with world.uow() as unit:
        device = unit.devices.get_by_asset_tag("LT-042")
        assert device is not None
        unit.devices.add_wipe(
            DeviceWipe(
                device_id=device.id,
                steps=encode_steps(WipeStep),
                wiped_by=world.staff_id,
                wiped_at=NOW,
                verified_by=world.staff_id,
                verified_at=NOW,
            )
        )
        with pytest.raises(IntegrityError):
            unit.commit()
