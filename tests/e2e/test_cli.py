"""The `desk` command end to end: exit codes, one-line errors, doctor, self-test, db, staff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import Desk
from tests.fixtures.cups import CupsScheduler
from tests.fixtures.sane import SaneEnv
from tests.ports import closed_port


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("desk: ")
    return lines[0]


def test_usage_error_exits_2(desk: Desk) -> None:
    result = desk("db", "sideways")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_self_test_starts_the_window_on_the_embedded_default(
    desk: Desk, isolated_home: Path
) -> None:
    result = desk("self-test", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert 0 < report["seconds_to_first_window"] < 30
    assert {c["name"] for c in report["checks"]} >= {"configuration", "database", "window", "staff"}
    assert list(isolated_home.rglob("desk.sqlite3")), "the embedded database was created"
    (log,) = isolated_home.rglob("desk.log")
    assert "level=INFO logger=desk.runtime" in log.read_text()


def test_doctor_reports_every_check_on_the_embedded_default(desk: Desk) -> None:
    result = desk("doctor", "--json")
    report = json.loads(result.stdout)
    by_name = {c["name"]: c for c in report["checks"]}
    assert {
        "configuration",
        "database",
        "spool",
        "keyring",
        "outbox",
        "scanners",
        "printers",
    } <= set(by_name)
    for name in ("configuration", "database", "spool", "keyring", "outbox"):
        assert by_name[name]["status"] == "ok", by_name[name]
    for name in ("scanners", "printers"):
        assert by_name[name]["status"] in {"ok", "warn"}, by_name[name]
        assert by_name[name]["detail"]
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("site = [", "not valid TOML"),
        ("idle_timeout_seconds = 'ten'", "idle_timeout_seconds = 'ten' is not valid"),
    ],
)
def test_a_broken_config_file_is_one_line_and_exit_1(
    desk: Desk, tmp_path: Path, text: str, expected: str
) -> None:
    config = tmp_path / "desk.toml"
    config.write_text(text)
    for command in (["self-test"], ["db", "current"], ["config"], ["gui"]):
        result = desk("--config", str(config), *command, env={"QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 1, (command, result.stderr)
        line = one_line_error(result.stderr)
        assert str(config) in line and expected in line


def test_doctor_names_the_broken_config_and_fails(desk: Desk, tmp_path: Path) -> None:
    config = tmp_path / "desk.toml"
    config.write_text("theme = 'dark'\n")
    result = desk("--config", str(config), "doctor", "--json")
    assert result.returncode == 1
    checks = json.loads(result.stdout)["checks"]
    assert checks[0]["name"] == "configuration" and checks[0]["status"] == "fail"
    assert (
        "theme = 'dark' is not valid: expected one of standard, high-contrast"
        in checks[0]["detail"]
    )


def test_an_unreachable_database_is_one_line_and_exit_1(desk: Desk) -> None:
    with closed_port() as port:
        url = f"postgresql+psycopg://desk@127.0.0.1:{port}/desk"
        result = desk("--set", f"database_url={url}", "self-test")
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "could not connect" in line
    assert f"127.0.0.1:{port}" in line


def test_an_unmigrated_database_says_what_to_run(desk: Desk, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    result = desk(
        "--set", f"database_url={url}", "--set", "database_auto_migrate=false", "self-test"
    )
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "not migrated" in line and "desk db upgrade" in line

    upgraded = desk("--set", f"database_url={url}", "db", "upgrade", "--json")
    assert upgraded.returncode == 0, upgraded.stderr
    assert json.loads(upgraded.stdout)["from"] is None
    current = desk("--set", f"database_url={url}", "db", "current", "--json")
    assert json.loads(current.stdout)["up_to_date"] is True
    again = desk(
        "--set", f"database_url={url}", "--set", "database_auto_migrate=false", "self-test"
    )
    assert again.returncode == 0, again.stderr


def test_staff_added_by_it_can_be_listed(desk: Desk) -> None:
    added = desk("staff", "add", "Asha  Patel", "--json", stdin="2468\n")
    assert added.returncode == 0, added.stderr
    listed = desk("staff", "list", "--json")
    assert [m["display_name"] for m in json.loads(listed.stdout)] == ["Asha Patel"]
    weak = desk("staff", "add", "Ben", stdin="1111\n")
    assert weak.returncode == 1
    assert one_line_error(weak.stderr).startswith("desk: A PIN cannot be the same digit repeated.")


def test_secrets_go_to_the_keyring_and_are_never_printed(desk: Desk) -> None:
    stored = desk("secret", "set", "upload-token", stdin="tok-123\n")
    assert stored.returncode == 0, stored.stderr
    status = desk("secret", "status", "--json")
    assert json.loads(status.stdout) == {"database-password": False, "upload-token": True}
    assert "tok-123" not in status.stdout + stored.stdout


def test_config_shows_where_each_setting_came_from(desk: Desk, tmp_path: Path) -> None:
    config = tmp_path / "desk.toml"
    config.write_text(
        'site = "Eltham Centre"\n[database]\nurl = "postgresql+psycopg://u:pw@db/desk"\n'
    )
    result = desk("--config", str(config), "config", "--json", env={"DESK_STATION": "E-01"})
    assert result.returncode == 0, result.stderr
    rows = {row["key"]: row for row in json.loads(result.stdout)["settings"]}
    assert rows["site"] == {"key": "site", "value": "Eltham Centre", "from": str(config)}
    assert rows["station"]["from"] == "environment"
    assert rows["theme"]["from"] == "default"
    assert "pw" not in result.stdout


@pytest.mark.sane
@pytest.mark.cups
def test_doctor_finds_the_real_scanner_and_printer(
    desk: Desk, sane_env: SaneEnv, cups: CupsScheduler
) -> None:
    result = desk("doctor", "--json", env={**sane_env.env, "CUPS_SERVER": cups.server})
    assert result.returncode == 0, result.stdout
    by_name = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert by_name["scanners"]["status"] == "ok"
    assert "test:0" in by_name["scanners"]["detail"]
    assert by_name["printers"]["status"] == "ok"
    assert by_name["printers"]["detail"].startswith("front is ready")
