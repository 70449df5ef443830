"""IT's scan-profile locks hold against every route a user has to the settings (no scanner)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

import desk.config
from desk.config import load_settings, machine_config_file, user_config_file
from desk.errors import DeskError
from desk.services.profiles import profile_files, scan_profiles, scan_profiles_or_safe
from scanning.model import ColorMode
from scanning.profiles import BUILTIN_PROFILES, Profile

IT_PROFILES = "[profiles.letter]\nresolution = 150\nmode = 'bw'\nlocked = true\n"
UNLOCK = "[profiles.letter]\nlocked = false\nresolution = 600\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def it_lock(tmp_path: Path) -> Path:
    """IT's machine file names a profiles file that locks the letter profile at 150 dpi."""
    profiles = write(tmp_path / "it" / "profiles.toml", IT_PROFILES)
    write(machine_config_file(), f'[scanner]\nprofiles_file = "{profiles.as_posix()}"\n')
    return profiles


@pytest.fixture
def unlock(tmp_path: Path) -> Path:
    """A user's file that would unlock the letter profile and scan it at 600 dpi."""
    return write(tmp_path / "mine" / "unlock.toml", UNLOCK)


def assert_locked_as_it_says(profiles: Mapping[str, Profile]) -> None:
    letter = profiles["letter"]
    assert (letter.locked, letter.resolution, letter.mode) == (True, 150, ColorMode.BW)


def test_it_profiles_apply_with_nothing_else(it_lock: Path) -> None:
    loaded = load_settings(environ={})
    assert profile_files(loaded).it == it_lock
    assert_locked_as_it_says(scan_profiles(loaded))


def test_an_empty_profiles_file_swaps_nothing(it_lock: Path) -> None:
    # `desk scan --profiles-file /dev/null` used to replace IT's file with nothing: built-ins,
    # unlocked.
    assert_locked_as_it_says(scan_profiles(load_settings(environ={}), Path("/dev/null")))


@pytest.mark.allow_log_warnings
@pytest.mark.parametrize(
    "route",
    ["--profiles-file", "--set", "environment", "user file", "--config", "DESK_CONFIG"],
)
def test_no_route_unlocks_what_it_locked(
    it_lock: Path, unlock: Path, tmp_path: Path, route: str
) -> None:
    requested = None
    environ: dict[str, str] = {}
    overrides: list[str] = []
    config_file = None
    if route == "--profiles-file":
        requested = unlock
    elif route == "--set":
        overrides = [f"scanner_profiles_file={unlock}"]
    elif route == "environment":
        environ = {"DESK_SCANNER_PROFILES_FILE": str(unlock)}
    elif route == "user file":
        write(user_config_file(), f'[scanner]\nprofiles_file = "{unlock.as_posix()}"\n')
    else:
        other = write(
            tmp_path / "other.toml", f'[scanner]\nprofiles_file = "{unlock.as_posix()}"\n'
        )
        if route == "--config":
            config_file = other
        else:
            environ = {"DESK_CONFIG": str(other)}
    loaded = load_settings(config_file=config_file, overrides=overrides, environ=environ)
    with pytest.raises(DeskError, match=r"profiles\.letter: the profile 'Letter' is locked"):
        scan_profiles(loaded, requested)
    # The app starts all the same, on IT's profiles, and says why in the log.
    assert_locked_as_it_says(scan_profiles_or_safe(loaded))


@pytest.mark.allow_log_warnings
def test_the_app_keeps_its_lock_and_logs_why(
    it_lock: Path, unlock: Path, caplog: pytest.LogCaptureFixture
) -> None:
    loaded = load_settings(environ={"DESK_SCANNER_PROFILES_FILE": str(unlock)})
    assert_locked_as_it_says(scan_profiles_or_safe(loaded))
    assert any("locked" in r.getMessage() for r in caplog.records if r.levelname == "WARNING")


def test_another_config_file_does_not_drop_it_profiles(it_lock: Path, tmp_path: Path) -> None:
    other = write(tmp_path / "other.toml", 'site = "Eltham Centre"\n')
    loaded = load_settings(config_file=other, environ={})
    assert loaded.settings.scanner.profiles_file is None  # --config replaces the other settings
    assert_locked_as_it_says(scan_profiles(loaded))


def test_other_files_may_add_profiles_and_change_unlocked_ones(
    it_lock: Path, tmp_path: Path
) -> None:
    mine = write(
        tmp_path / "mine.toml",
        "[profiles.photo]\nresolution = 600\n"
        "[profiles.benefits]\ntitle = 'Benefit letter'\nsource = 'adf'\nmode = 'bw'\n"
        "resolution = 300\n",
    )
    profiles = scan_profiles(load_settings(environ={}), mine)
    assert_locked_as_it_says(profiles)
    assert profiles["photo"].resolution == 600
    assert profiles["benefits"].title == "Benefit letter"


def test_the_same_file_named_twice_is_fine(it_lock: Path) -> None:
    loaded = load_settings(environ={"DESK_SCANNER_PROFILES_FILE": str(it_lock)})
    assert profile_files(loaded).other is None
    assert_locked_as_it_says(scan_profiles(loaded, it_lock))


def test_windows_policy_locks_too(tmp_path: Path, unlock: Path) -> None:
    profiles = write(tmp_path / "it.toml", IT_PROFILES)
    policy = {"scanner_profiles_file": str(profiles)}
    loaded = load_settings(
        environ={"DESK_SCANNER_PROFILES_FILE": str(unlock)}, policy_reader=lambda _key: policy
    )
    with pytest.raises(DeskError, match="locked"):
        scan_profiles(loaded)
    # The policy's config_file is IT's machine file, with --config or without.
    machine = write(tmp_path / "site.toml", f'[scanner]\nprofiles_file = "{profiles.as_posix()}"\n')
    other = write(tmp_path / "other.toml", "")
    loaded = load_settings(
        config_file=other, environ={}, policy_reader=lambda _key: {"config_file": str(machine)}
    )
    assert_locked_as_it_says(scan_profiles(loaded, Path("/dev/null")))


@pytest.mark.allow_log_warnings
def test_an_unreadable_it_file_locks_everything(tmp_path: Path) -> None:
    write(machine_config_file(), f'[scanner]\nprofiles_file = "{tmp_path / "gone.toml"}"\n')
    loaded = load_settings(environ={})
    with pytest.raises(DeskError, match="cannot read profiles"):
        scan_profiles(loaded)
    safe = scan_profiles_or_safe(loaded)
    assert set(safe) == set(BUILTIN_PROFILES)
    assert all(p.locked for p in safe.values())


def test_desk_machine_config_cannot_move_a_real_machine_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, it_lock: Path
) -> None:
    # The stand-in (tests, a developer's PC) counts only where the machine has no file.
    stand_in = machine_config_file()
    real = write(tmp_path / "etc" / "desk.toml", f'[scanner]\nprofiles_file = "{it_lock}"\n')
    monkeypatch.setattr(desk.config, "LINUX_MACHINE_FILE", real)
    monkeypatch.setenv("DESK_MACHINE_CONFIG", str(write(tmp_path / "mine.toml", "")))
    assert machine_config_file() == real
    assert_locked_as_it_says(scan_profiles(load_settings(environ={})))
    real.unlink()
    monkeypatch.setenv("DESK_MACHINE_CONFIG", str(stand_in))
    assert machine_config_file() == stand_in


def test_windows_machine_folder_is_not_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Path(desk.config.__file__).read_text(encoding="utf-8")
    assert 'environ.get("PROGRAMDATA"' not in source
    assert "SHGetKnownFolderPath" in source
