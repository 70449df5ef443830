"""The inventory: import all or nothing with reasons by line, export, repair and retire."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from desk.domain.loans import DeviceEvent, DeviceKind, DeviceState
from desk.domain.records import AuditAction, RecordType
from desk.services import devices as device_service
from desk.services.devices import DeviceNotFound, DeviceRefused, ImportRefused
from tests.loans.conftest import INVENTORY, NOW, World


def test_import_adds_devices_with_kit_and_site(world: World) -> None:
    devices = device_service.list_devices(world.uow)
    assert [d.asset_tag for d in devices] == ["LT-042", "LT-043", "TB-001"]
    laptop = devices[0]
    assert laptop.kit == ("charger", "sleeve")
    assert laptop.site_name == "Woolwich Centre"
    assert laptop.state is DeviceState.AVAILABLE
    assert laptop.label == "Laptop LT-042"
    assert devices[2].kind is DeviceKind.TABLET
    with world.uow() as unit:
        events = unit.audit.list(record_type=RecordType.DEVICE)
        assert [e.action for e in events] == [AuditAction.DEVICE_ADDED] * 3


def test_reimporting_the_same_file_changes_nothing(world: World) -> None:
    result = device_service.import_devices(world.uow, io.StringIO(INVENTORY))
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)


def test_import_updates_details_of_known_devices_whatever_their_state(world: World) -> None:
    world.lend("LT-042")
    text = (
        "asset_tag,kind,model,kit,site\n"
        "lt-042,laptop,ThinkPad E14 Gen 5,charger,Woolwich Centre\n"
        "LT-100,laptop,X1,,Woolwich Centre\n"
    )
    result = device_service.import_devices(world.uow, io.StringIO(text))
    assert (result.added, result.updated) == (1, 1)
    device = device_service.get_device(world.uow, "LT-042")
    assert device.model == "ThinkPad E14 Gen 5"
    assert device.kit == ("charger",)
    assert device.state is DeviceState.ON_LOAN
    assert device_service.get_device(world.uow, "LT-100").state is DeviceState.AVAILABLE


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(world: World) -> None:
    text = (
        "\ufeffAsset_Tag,serial,kind,model,kit,site,state\n"
        "LT-200,,laptop,X1,,Woolwich Centre,available\n"
        "LT-201,,phone,X1,,Woolwich Centre,\n"
        "\n"
        "LT-202,,laptop,,,Woolwich Centre,\n"
        "LT-200,,laptop,X1,,Woolwich Centre,\n"
        "LT-203,,laptop,X1,,Eltam Centre,\n"
        "LT-042,,laptop,X1,,Woolwich Centre,in_repair\n"
        "LT-204,,laptop,X1,,Woolwich Centre,available,extra\n"
    )
    with pytest.raises(ImportRefused) as caught:
        device_service.import_devices(world.uow, io.StringIO(text), source_name="devices.csv")
    problems = [(p.line, p.reason) for p in caught.value.problems]
    assert [line for line, _ in problems] == [3, 5, 6, 7, 8, 9]
    assert "the kind 'phone'" in problems[0][1]
    assert problems[1][1] == "the model is empty"
    assert problems[2][1] == "LT-200 is already on line 2"
    assert "no site called 'Eltam Centre' (known: Woolwich Centre)" in problems[3][1]
    assert "never changes the state of a known device" in problems[4][1]
    assert "more values than the header" in problems[5][1]
    message = str(caught.value)
    assert message.startswith("devices.csv: nothing was imported, 6 problems to fix: line 3: ")
    assert message.endswith("; and 1 more")
    assert "\n" not in message
    assert [d.asset_tag for d in device_service.list_devices(world.uow)] == [
        "LT-042",
        "LT-043",
        "TB-001",
    ]


def test_a_bad_header_is_line_one(world: World) -> None:
    with pytest.raises(ImportRefused) as caught:
        device_service.import_devices(world.uow, io.StringIO("tag,colour\nLT-1,red\n"))
    (problem,) = caught.value.problems
    assert problem.line == 1
    assert "missing the columns asset_tag, kind, model, site" in problem.reason
    assert "unknown columns 'tag', 'colour'" in problem.reason


def test_an_empty_file_is_refused(world: World) -> None:
    with pytest.raises(ImportRefused, match="line 1: the header is missing"):
        device_service.import_devices(world.uow, io.StringIO(""))


def test_export_round_trips(world: World) -> None:
    text = device_service.export_devices_text(world.uow)
    lines = text.splitlines()
    assert lines[0] == "asset_tag,serial,kind,model,kit,site,state"
    assert lines[1] == (
        "LT-042,SN-1,laptop,Lenovo ThinkPad E14,charger; sleeve,Woolwich Centre,available"
    )
    result = device_service.import_devices(world.uow, io.StringIO(text))
    assert result.unchanged == 3


def test_list_filters(world: World) -> None:
    world.lend("LT-043")
    on_loan = device_service.list_devices(world.uow, state=DeviceState.ON_LOAN)
    assert [d.asset_tag for d in on_loan] == ["LT-043"]
    tablets = device_service.list_devices(world.uow, kind=DeviceKind.TABLET)
    assert [d.asset_tag for d in tablets] == ["TB-001"]
    free = device_service.available_devices(world.uow, world.site_id, DeviceKind.LAPTOP)
    assert [d.asset_tag for d in free] == ["LT-042"]


def test_add_device_refuses_duplicates_and_bad_tags(world: World) -> None:
    added = world.add("lt-300")
    assert added.asset_tag == "LT-300"
    with pytest.raises(DeviceRefused, match="already exists"):
        world.add("LT-300")
    with pytest.raises(DeviceRefused, match="may only have letters"):
        world.add("LT 301")


def test_unknown_tags_are_named(world: World) -> None:
    with pytest.raises(DeviceNotFound, match="No device has the asset tag LT-999"):
        device_service.get_device(world.uow, "lt-999")
    with pytest.raises(DeviceNotFound, match="not a valid asset tag"):
        device_service.get_device(world.uow, "??")


def test_repair_goes_back_through_a_wipe_and_retired_is_final(world: World) -> None:
    minutes = iter(range(100))

    def change(event: DeviceEvent) -> DeviceState:
        at = NOW + timedelta(minutes=next(minutes))
        return device_service.change_device_state(
            world.uow, "LT-042", event, staff_id=world.staff_id, now=at
        ).state

    assert change(DeviceEvent.SEND_TO_REPAIR) is DeviceState.IN_REPAIR
    with pytest.raises(DeviceRefused, match="in repair and cannot be lent"):
        world.lend("LT-042")
    assert change(DeviceEvent.BACK_FROM_REPAIR) is DeviceState.AWAITING_WIPE
    assert change(DeviceEvent.RETIRE) is DeviceState.RETIRED
    with pytest.raises(DeviceRefused, match="is retired"):
        change(DeviceEvent.SEND_TO_REPAIR)
    with pytest.raises(DeviceRefused, match="own steps"):
        change(DeviceEvent.VERIFY_WIPE)
    with world.uow() as unit:
        device = unit.devices.get_by_asset_tag("LT-042")
        assert device is not None
        events = unit.audit.list(record_type=RecordType.DEVICE, record_id=device.id)
        changes = [e.details for e in events if e.action is AuditAction.DEVICE_STATE_CHANGED]
    assert changes == [
        {"from": "available", "to": "in_repair", "event": "send_to_repair"},
        {"from": "in_repair", "to": "awaiting_wipe", "event": "back_from_repair"},
        {"from": "awaiting_wipe", "to": "retired", "event": "retire"},
    ]


FORMULA_INVENTORY = """asset_tag,serial,kind,model,kit,site,state
LT-500,=1+2,laptop,"=HYPERLINK(""http://x.test"",""open"")",@SUM(A1),Woolwich Centre,
LT-501,+44 20 7946 0000,laptop,-2+3,charger,Woolwich Centre,
LT-502,'=quoted already,tablet,''+twice,'plain quote,Woolwich Centre,
-LT503,SN,laptop,Model,=cmd|' /C calc'!A0,Woolwich Centre,
"""


def test_export_neutralises_formulas_and_imports_back_unchanged(world: World) -> None:
    device_service.import_devices(world.uow, io.StringIO(FORMULA_INVENTORY))
    before = {d.asset_tag: d for d in device_service.list_devices(world.uow)}
    text = device_service.export_devices_text(world.uow)
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert cells  # no cell a spreadsheet would run: each such one starts with a quote
    assert [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")] == []
    assert before["LT-500"].serial == "=1+2"
    assert before["LT-502"].serial == "=quoted already"  # a hand-made file's quote is a marker
    assert before["LT-502"].model == "'+twice"
    assert "'=1+2" in cells
    assert "'-LT503" in cells
    assert "''+twice" in cells
    assert "'plain quote" in cells  # nothing to neutralise: left alone
    result = device_service.import_devices(world.uow, io.StringIO(text))
    assert result.unchanged == len(before)
    after = {d.asset_tag: d for d in device_service.list_devices(world.uow)}
    assert after == before
