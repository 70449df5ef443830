"""Failures that used to end in a traceback, as real `desk` processes: each is one line now."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desk.storage.database import make_engine
from desk.storage.errors import DatabaseUnreachable
from desk.storage.migrate import _reachable
from tests.e2e.conftest import DESK, Desk
from tests.e2e.test_cli import one_line_error
from tests.fixtures.sane import SaneEnv


def test_a_config_file_that_is_not_utf8(desk: Desk, tmp_path: Path) -> None:
    config = tmp_path / "desk.toml"
    config.write_bytes('site = "Caf\u00e9 Centre"\n'.encode("latin-1"))
    result = desk("--config", str(config), "config")
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert str(config) in line and "not UTF-8" in line


def test_config_naming_a_folder_says_which_flag_named_it(desk: Desk, tmp_path: Path) -> None:
    result = desk("--config", str(tmp_path), "config")
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "is a folder" in line and "(named by --config)" in line
    result = desk("config", env={"DESK_CONFIG": str(tmp_path / "missing.toml")})
    assert "(named by DESK_CONFIG)" in one_line_error(result.stderr)


@pytest.mark.sane
def test_scan_output_naming_a_folder(desk: Desk, tmp_path: Path, sane_env: SaneEnv) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    args = ["scan", "--device", "test:0", "--resolution", "75", "--output", str(folder)]
    result = desk(*args, env=sane_env.env)
    assert result.returncode == 1
    assert "is a folder" in one_line_error(result.stderr)
    assert sorted(tmp_path.iterdir()) == [folder], "no scans.part left behind"
    result = desk(*args[:-1], "/dev/null", env=sane_env.env)
    assert result.returncode == 1
    assert "not a plain file" in one_line_error(result.stderr)
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf"])
def test_scan_refuses_a_watchdog_of_no_time(desk: Desk, tmp_path: Path, value: str) -> None:
    result = desk("scan", "--output", str(tmp_path / "x.pdf"), f"--watchdog={value}")
    assert result.returncode == 2
    assert "--watchdog" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


def test_a_closed_pipe_ends_quietly(isolated_home: Path) -> None:
    # `desk config --json | head -0`: the reader is gone before anything is written.
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [*DESK, "config", "--json"],
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write)
    assert done.returncode == 1
    assert done.stderr == b"", done.stderr.decode()


def test_a_keyring_backend_that_cannot_be_loaded(desk: Desk) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    for args, stdin in ((["secret", "status"], ""), (["secret", "set", "upload-token"], "t\n")):
        result = desk(*args, stdin=stdin, env=env)
        assert result.returncode == 1, result.stderr
        line = one_line_error(result.stderr)
        assert "PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring" in line
        assert "cannot be loaded" in line
    doctor = desk("doctor", "--no-devices", "--json", env=env)
    assert "Traceback" not in doctor.stderr
    checks = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}
    assert checks["keyring"]["status"] == "fail"
    assert "cannot be loaded" in checks["keyring"]["detail"]


def test_a_mistyped_desk_variable_is_warned_about(desk: Desk, tmp_path: Path) -> None:
    env = {
        "DESK_DATABSE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
        "DESK_TEST_SOMETHING": "1",  # kept for tests and scripts: never warned about
        "DESK_BENCH": "1",
    }
    result = desk("config", env=env)
    assert result.returncode == 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [
        "desk: warning: the environment variable DESK_DATABSE_URL is not a Station Desk "
        "setting (did you mean DESK_DATABASE_URL?); it is ignored"
    ]
    doctor = desk("doctor", "--no-devices", "--json", env=env)
    checks = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}
    assert checks["environment"]["status"] == "warn"
    assert "did you mean DESK_DATABASE_URL?" in checks["environment"]["detail"]
    clean = desk("doctor", "--no-devices", "--json", env={"DESK_TEST_SOMETHING": "1"})
    checks = {c["name"]: c for c in json.loads(clean.stdout)["checks"]}
    assert checks["environment"]["status"] == "ok"


def test_a_wrong_database_password_points_to_desk_secret_set() -> None:
    engine = make_engine("postgresql://desk@db.example/desk")
    failure = OperationalError(
        "connect", {}, Exception('FATAL:  password authentication failed for user "desk"')
    )
    try:
        with pytest.raises(DatabaseUnreachable) as caught, _reachable(engine):
            raise failure
    finally:
        engine.dispose()
    message = str(caught.value)
    assert "(password authentication failed)" in message
    assert "desk secret set database-password" in message
