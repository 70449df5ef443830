"""`desk scan` on the real test driver: IT's locked profile holds on every command-line route."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli.main import main
from desk.config import machine_config_file
from tests.fixtures.sane import SaneEnv

pytestmark = [pytest.mark.sane, pytest.mark.timeout(120)]


@pytest.fixture(autouse=True)
def sane_config(sane_env: SaneEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def it_lock(tmp_path: Path) -> Path:
    """IT's machine file: the letter profile locked at 75 dpi, grey."""
    profiles = tmp_path / "it-profiles.toml"
    profiles.write_text(
        "[profiles.letter]\nresolution = 75\nmode = 'gray'\nlocked = true\n", encoding="utf-8"
    )
    machine = machine_config_file()
    machine.parent.mkdir(parents=True, exist_ok=True)
    machine.write_text(
        f'[scanner]\ndevice = "test:0"\nprofiles_file = "{profiles.as_posix()}"\n',
        encoding="utf-8",
    )
    return profiles


def _scan(tmp_path: Path, *args: str) -> list[str]:
    return [*args, "scan", "--output", str(tmp_path / "out.pdf"), "--max-pages", "1"]


@pytest.mark.usefixtures("it_lock")
@pytest.mark.parametrize("flag", [[], ["--profiles-file", "/dev/null"]])
def test_a_locked_profile_refuses_a_change_however_the_profiles_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: list[str]
) -> None:
    argv = [*_scan(tmp_path), "--profile", "letter", "--resolution", "150", *flag]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "'Letter' is locked; its resolution cannot be changed" in err
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.usefixtures("it_lock")
@pytest.mark.parametrize("route", ["--profiles-file", "--set", "environment"])
def test_another_profiles_file_cannot_unlock_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    unlock = tmp_path / "unlock.toml"
    unlock.write_text("[profiles.letter]\nlocked = false\n", encoding="utf-8")
    before: list[str] = []
    after: list[str] = []
    if route == "--profiles-file":
        after = ["--profiles-file", str(unlock)]
    elif route == "--set":
        before = ["--set", f"scanner_profiles_file={unlock}"]
    else:
        monkeypatch.setenv("DESK_SCANNER_PROFILES_FILE", str(unlock))
    argv = [*_scan(tmp_path, *before), "--profile", "letter", "--resolution", "150", *after]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith(
        "profiles.letter: the profile 'Letter' is locked; this file cannot change it"
    )
    assert len(err.splitlines()) == 1


def test_another_config_file_still_scans_with_it_profile(
    it_lock: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.toml"
    other.write_text('[scanner]\nprofiles_file = "/dev/null"\n', encoding="utf-8")
    argv = _scan(tmp_path, "--config", str(other))
    assert main([*argv, "--device", "test:0", "--profile", "letter", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["resolution"] == 75
    assert {p["encoding"] for p in data["page_details"]} != {"g4"}
