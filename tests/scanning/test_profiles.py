"""Profiles per document type: the built-ins, TOML files from IT, and locking."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanning.model import ColorMode, DeviceRef, SourceKind
from scanning.profiles import BUILTIN_PROFILES, ProfileError, load_profiles

DEVICE = DeviceRef("test:0")


def test_builtins_cover_the_common_documents() -> None:
    id_card = BUILTIN_PROFILES["id"]
    assert (id_card.source, id_card.mode, id_card.crop, id_card.sides) == (
        SourceKind.FLATBED,
        ColorMode.COLOR,
        True,
        2,
    )
    assert id_card.sides_on_one_page
    statement = BUILTIN_PROFILES["statement"]
    assert (statement.source, statement.mode, statement.resolution) == (
        SourceKind.DUPLEX,
        ColorMode.AUTO,
        300,
    )
    assert {"id", "statement", "letter", "photo"} <= set(BUILTIN_PROFILES)


def test_profile_makes_a_request_with_overrides() -> None:
    request = BUILTIN_PROFILES["letter"].request(DEVICE, resolution=150, max_pages=2)
    assert (request.resolution, request.max_pages, request.source) == (150, 2, SourceKind.ADF)


def test_toml_changes_and_locks_profiles(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(
        """
[profiles.statement]
resolution = 200
locked = true

[profiles.id]
sides_on_one_page = false

[profiles.benefits]
title = "Benefit letter"
source = "adf"
mode = "bw"
resolution = 300
page_size = "A4"
""",
        encoding="utf-8",
    )
    profiles = load_profiles(path)
    statement = profiles["statement"]
    assert (statement.resolution, statement.locked, statement.mode) == (200, True, ColorMode.AUTO)
    assert profiles["benefits"].mode is ColorMode.BW
    assert (profiles["id"].sides, profiles["id"].sides_on_one_page) == (2, False)
    assert profiles["benefits"].page_size is not None
    assert statement.request(DEVICE, resolution=200).resolution == 200
    with pytest.raises(ProfileError, match="locked"):
        statement.request(DEVICE, resolution=600)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("[profiles.x]\ntitle='X'\nsource='adf'\nmode='auto'\nresolution=0\n", "resolution"),
        ("[profiles.x]\ntitle='X'\nsource='tray'\nmode='auto'\nresolution=300\n", "source"),
        ("[profiles.x]\ntitle='X'\n", "missing"),
        ("[profiles.letter]\ncolour=true\n", "unknown key"),
        ("[profiles.letter]\nlocked='yes'\n", "locked"),
        ("[profiles.id]\nsides_on_one_page=1\n", "sides_on_one_page"),
        ("not toml [", "cannot read"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text: str, error: str) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=error):
        load_profiles(path)
