"""File names from record fields: a tag with `/` never puts a letter outside its folder."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest

from desk.domain.filenames import UniqueNames, safe_file_stem
from desk.domain.loans import DeviceKind, DeviceState
from desk.services import devices as device_service
from desk.services import loans as loan_service
from desk.services.devices import DeviceRefused, ImportRefused
from desk.storage.models import Device
from tests.loans.conftest import NOW, World


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LT-042", "LT-042"),
        ("A/../../X", "A_.._.._X"),
        ("..", "file"),
        ("../..", "file"),
        ("a\\b:c*d?e", "a_b_c_d_e"),
        ("tab\there\nnew\x00line", "tab_here_new_line"),
        ("NUL", "_NUL"),
        ("com1.txt", "_com1.txt"),
        ("  .hidden", "hidden"),
    ],
)
def test_safe_file_stem(text: str, expected: str) -> None:
    assert safe_file_stem(text) == expected


def test_a_safe_stem_is_never_a_path_and_never_too_long() -> None:
    for text in ["/etc/passwd", "C:\\Windows\\x", "x" * 400, "a/" * 100, "\u202egnp.exe"]:
        stem = safe_file_stem(text)
        assert "/" not in stem and "\\" not in stem
        assert len(stem) <= 100
        assert Path(stem).name == stem


def test_unique_names_in_one_batch(tmp_path: Path) -> None:
    names = UniqueNames(tmp_path)
    paths = [names.path(stem, ".pdf") for stem in ["A/B", "A_B", "a_b", "A:B"]]
    assert [p.name for p in paths] == ["A_B.pdf", "A_B-2.pdf", "a_b-3.pdf", "A_B-4.pdf"]
    assert all(p.parent == tmp_path for p in paths)


def _legacy_device(world: World, tag: str) -> None:
    """A device tagged before tags lost `/` (written straight to the database)."""
    with world.uow() as unit:
        unit.devices.add(
            Device(
                asset_tag=tag,
                kind=DeviceKind.LAPTOP,
                model="Old model",
                site_id=world.site_id,
                state=DeviceState.AVAILABLE,
            )
        )
        unit.commit()


def test_reminder_letters_land_inside_their_folder_with_unique_names(
    world: World, tmp_path: Path
) -> None:
    for tag in ["A/../../X", "A/B", "A_B"]:
        _legacy_device(world, tag)
        world.lend(tag, name=f"Borrower of {tag}", days=3)
    world.lend("LT-042", days=3)
    overdue = loan_service.list_overdue(world.uow, NOW + timedelta(days=10))
    assert len(overdue) == 4
    folder = tmp_path / "deep" / "letters"
    letters = loan_service.overdue_reminder_letters(overdue, folder)
    assert len(letters) == 4
    assert len({p.name.lower() for p in letters}) == 4
    assert all(p.parent == folder and p.is_file() for p in letters)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in letters)
    assert [p for p in tmp_path.rglob("*.pdf") if p.parent != folder] == []


def test_new_tags_may_not_hold_a_slash_but_old_ones_still_work(world: World) -> None:
    with pytest.raises(DeviceRefused, match="has a '/'"):
        world.add("LT/300")
    inventory = "asset_tag,kind,model,site\nLT/301,laptop,Dell,Woolwich Centre\n"
    with pytest.raises(ImportRefused, match="line 2: the asset tag 'LT/301' has a '/'"):
        device_service.import_devices(world.uow, io.StringIO(inventory))
    # A device tagged so before is still found, lent, and re-imported from an export.
    _legacy_device(world, "OLD/1")
    assert device_service.get_device(world.uow, "old/1").asset_tag == "OLD/1"
    exported = device_service.export_devices_text(world.uow)
    assert device_service.import_devices(world.uow, io.StringIO(exported)).unchanged == 4
    world.lend("OLD/1")
