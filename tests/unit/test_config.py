"""Settings: the layers in order, one-line errors naming file, key and expectation, secrets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.config import (
    get_secret,
    load_settings,
    machine_config_file,
    read_windows_policy,
    set_secret,
    user_config_file,
)
from desk.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_need_no_configuration() -> None:
    loaded = load_settings(environ={})
    settings = loaded.settings
    assert loaded.layers == ()
    assert settings.is_embedded_database
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith("desk.sqlite3")
    assert settings.upload.destination == "folder"
    assert settings.theme == "standard"
    assert settings.spool_path.name == "spool"


def test_layers_apply_in_order_later_wins() -> None:
    write(machine_config_file(), 'site = "Woolwich"\nidle_timeout_seconds = 600\nlanguage = "cy"\n')
    write(user_config_file(), 'idle_timeout_seconds = 120\n[printer]\nname = "Front"\n')
    loaded = load_settings(
        environ={"DESK_LANGUAGE": "pl", "DESK_PRINTER_NAME": "Back"},
        overrides=["printer_name=Side"],
    )
    s = loaded.settings
    assert (s.site, s.idle_timeout_seconds, s.language, s.printer.name) == (
        "Woolwich",
        120,
        "pl",
        "Side",
    )
    assert loaded.origin_of("site") == str(machine_config_file())
    assert loaded.origin_of("idle_timeout_seconds") == str(user_config_file())
    assert loaded.origin_of("language") == "environment"
    assert loaded.origin_of("printer_name") == "command line"
    assert loaded.origin_of("theme") == "default"


def test_windows_policy_sits_between_machine_and_user_files() -> None:
    write(machine_config_file(), 'site = "Machine"\nstation = "M1"\n')
    write(user_config_file(), 'station = "U1"\n')
    policy = {"site": "Eltham", "station": "P1", "database_url": "", "config_file": ""}
    s = load_settings(environ={}, policy_reader=lambda _key: policy).settings
    assert s.site == "Eltham"  # policy beats the machine file
    assert s.station == "U1"  # the user file beats policy
    assert s.database.url == ""  # an empty policy value is unset, not an empty override


def test_text_values_become_numbers_switches_and_paths(tmp_path: Path) -> None:
    # Environment, policy and flag values are text: each is read as its setting's type.
    policy = {"database_auto_migrate": "No", "text_scale": "1.5"}
    environ = {"DESK_UPLOAD_TIMEOUT_SECONDS": "12", "DESK_SPOOL_DIR": str(tmp_path)}
    s = load_settings(
        environ=environ, policy_reader=lambda _key: policy, overrides=["idle_timeout_seconds=45"]
    ).settings
    assert s.database.auto_migrate is False
    assert (s.text_scale, s.upload.timeout_seconds, s.idle_timeout_seconds) == (1.5, 12.0, 45)
    assert s.spool_path == tmp_path
    assert load_settings(
        environ={"DESK_DATABASE_AUTO_MIGRATE": "yes"}
    ).settings.database.auto_migrate
    with pytest.raises(ConfigError, match="expected true or false"):
        load_settings(environ={"DESK_DATABASE_AUTO_MIGRATE": "maybe"})


def test_policy_config_file_replaces_the_machine_file(tmp_path: Path) -> None:
    write(machine_config_file(), 'site = "Machine"\n')
    other = write(tmp_path / "it" / "desk.toml", 'site = "From IT share"\n')
    s = load_settings(environ={}, policy_reader=lambda _key: {"config_file": str(other)}).settings
    assert s.site == "From IT share"


def test_policy_reader_is_a_no_op_off_windows() -> None:
    assert read_windows_policy() == {}


def test_desk_config_replaces_machine_and_user_files(tmp_path: Path) -> None:
    write(machine_config_file(), 'site = "Machine"\n')
    write(user_config_file(), 'station = "User"\n')
    explicit = write(tmp_path / "explicit.toml", 'theme = "high-contrast"\n')
    s = load_settings(environ={"DESK_CONFIG": str(explicit)}).settings
    assert s.theme == "high-contrast"
    assert s.site != "Machine"
    assert s.station != "User"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("site = [", "not valid TOML"),
        (
            'idle_timeout_seconds = "ten"',
            "idle_timeout_seconds = 'ten' is not valid: expected a whole number",
        ),
        ("idle_timeout_seconds = 5", "expected a whole number, at least 30"),
        ('theme = "dark"', "expected one of standard, high-contrast"),
        ("spool_dir = 3", "spool_dir = 3 is not valid: expected a folder or file path"),
        ("[upload]\ntimeout_seconds = 0", "expected a number, more than 0"),
        ('[databse]\nurl = "x"', "unknown setting [databse] url (did you mean [database] url?)"),
        (
            "idel_timeout_seconds = 60",
            "unknown setting 'idel_timeout_seconds' (did you mean idle_timeout_seconds?)",
        ),
        (
            '[upload]\ndestination = "ftp"',
            "[upload] destination = 'ftp' is not valid: expected one of folder, https",
        ),
    ],
)
def test_a_bad_file_gets_one_line_naming_file_key_and_expectation(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path / "desk.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_settings(config_file=path, environ={})
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_bad_environment_and_flag_values_name_their_source() -> None:
    with pytest.raises(ConfigError, match=r"^environment: DESK_TEXT_SCALE = 'huge' is not valid"):
        load_settings(environ={"DESK_TEXT_SCALE": "huge"})
    with pytest.raises(
        ConfigError, match=r"^--set colour=red: expected KEY=VALUE with a known key"
    ):
        load_settings(environ={}, overrides=["colour=red"])


def test_missing_explicit_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_settings(environ={"DESK_CONFIG": str(tmp_path / "nope.toml")})


def test_secrets_live_in_the_keyring_not_in_settings() -> None:
    assert get_secret("database-password") is None
    set_secret("database-password", "s3cret")
    assert get_secret("database-password") == "s3cret"
    with pytest.raises(ConfigError, match="unknown secret"):
        set_secret("pin", "1234")
    dumped = json.dumps(load_settings(environ={}).settings.to_dict())
    assert "s3cret" not in dumped


def test_scanner_backend_and_escl_urls_from_every_layer(tmp_path: Path) -> None:
    config = tmp_path / "desk.toml"
    config.write_text(
        '[scanner]\nbackend = "escl"\nescl_urls = ["https://192.0.2.10/eSCL"]\n', encoding="utf-8"
    )
    from_file = load_settings(config_file=config, environ={}).settings.scanner
    assert (from_file.backend, from_file.escl_urls) == ("escl", ("https://192.0.2.10/eSCL",))
    # Comma-separated in the environment and on the command line.
    env = {"DESK_SCANNER_ESCL_URLS": "http://a.example/eSCL, https://b.example/eSCL ,"}
    from_env = load_settings(environ=env).settings.scanner
    assert from_env.escl_urls == ("http://a.example/eSCL", "https://b.example/eSCL")
    flag = load_settings(environ={}, overrides=["scanner_escl_urls=http://c.example/eSCL"])
    assert flag.settings.scanner.escl_urls == ("http://c.example/eSCL",)
    assert load_settings(environ={}).settings.scanner.backend == "auto"


def test_an_unknown_scanner_backend_is_refused_with_the_choices() -> None:
    with pytest.raises(ConfigError, match="expected one of auto, sane, escl, wia"):
        load_settings(environ={}, overrides=["scanner_backend=twain"])
    with pytest.raises(ConfigError, match="more than 0"):
        load_settings(environ={"DESK_SCANNER_ESCL_TIMEOUT_SECONDS": "0"})
