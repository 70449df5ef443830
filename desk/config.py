"""Typed settings: defaults < machine file (and Windows policy) < user file < environment < flags.

Every setting has one flat name used everywhere: `database_url` is the key `url` in the
`[database]` table of a TOML file, the environment variable `DESK_DATABASE_URL`, the Windows
policy value `database_url` under ``HKLM\\SOFTWARE\\Policies\\StationDesk`` and the command-line
override ``--set database_url=...``. Secrets never appear here: they live in the OS keyring.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import msgspec
import platformdirs
from msgspec import Meta, Struct, ValidationError, field

from desk import APP_NAME
from desk.domain.printing import DEFAULT_CONFIRM_PAGES, DEFAULT_MAX_PAGES
from desk.errors import ConfigError

POLICY_KEY = r"SOFTWARE\Policies\StationDesk"
KEYRING_SERVICE = APP_NAME

#: Days the station's own local upload folder keeps a delivered document, unless configured.
LOCAL_UPLOAD_RETENTION_DAYS = 7

#: Secrets the station may need, by keyring user name.
SECRETS = {
    "database-password": "the password of the shared database's user",
    "upload-token": "the bearer token for the HTTPS upload destination",
}


#: Secrets named for one destination of the services file: `upload-token.housing`.
DESTINATION_SECRETS = {
    "upload-token": "the bearer token for the HTTPS destination",
    "smtp-password": "the mail server password for the email destination",
}


def is_secret_name(name: str) -> bool:
    """True for a secret the station may keep: one of SECRETS, or a destination's own."""
    import re  # noqa: PLC0415

    prefix, dot, route = name.partition(".")
    return name in SECRETS or bool(
        dot and prefix in DESTINATION_SECRETS and re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", route)
    )


def describe_secret(name: str) -> str:
    """What a secret is, for the prompt."""
    if name in SECRETS:
        return SECRETS[name]
    prefix, _, route = name.partition(".")
    return f"{DESTINATION_SECRETS[prefix]} {route}"


def user_data_dir() -> Path:
    """Where this user's data lives (the embedded database, the spool, the outbox)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """Where the rotating log file lives."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def user_config_file() -> Path:
    """The user's own configuration file."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "desk.toml"


LINUX_MACHINE_FILE = Path("/etc/desk/desk.toml")


def machine_config_file() -> Path:
    """The machine's configuration file, written by IT (or the MSI).

    It is IT's: nothing a user sets moves it. DESK_MACHINE_CONFIG names a stand-in only where
    the machine has no file of its own (tests, a developer's PC); the Windows folder is asked of
    the system, not read from the (user-settable) PROGRAMDATA variable.
    """
    if sys.platform == "win32":
        real = _program_data() / APP_NAME / "desk.toml"
    else:
        real = LINUX_MACHINE_FILE
    override = os.environ.get("DESK_MACHINE_CONFIG")
    if override and not real.is_file():
        return Path(override)
    return real


def _hostname() -> str:
    import socket  # noqa: PLC0415  (only needed for this default)

    return socket.gethostname() or "station"


class _Section(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


class DatabaseSettings(_Section, frozen=True):
    """The shared database. Empty URL means the embedded SQLite file in the user data folder."""

    url: str = ""
    # Migrate an embedded SQLite database at start-up (never a shared one).
    auto_migrate: bool = True


class UploadSettings(_Section, frozen=True):
    """Where documents go once a resident's evidence is ready."""

    destination: Literal["folder", "https"] = "folder"
    folder: Path | None = None
    url: str = ""
    timeout_seconds: Annotated[float, Meta(gt=0)] = 30.0
    # A CA certificate (PEM) to trust for a private HTTPS destination.
    ca_file: Path | None = None
    # Days a delivered document stays in the folder destination. Unset: 7 days in the
    # station's own local folder, and a folder IT named keeps everything (its owner decides).
    folder_retention_days: Annotated[int, Meta(ge=1)] | None = None
    # A TOML file of the council's services (their reference formats, what happens next) and
    # the destination each one's documents go to; without one, every document goes to the
    # destination above. See installer/README.md.
    services_file: Path | None = None


class ScannerSettings(_Section, frozen=True):
    """Which scanner to use; empty means the first one found."""

    device: str = ""
    profiles_file: Path | None = None
    # Where scanners are found: auto merges this system's scanner software (SANE on Linux,
    # WIA on Windows) and eSCL network scanners into one list; or one of them by name.
    backend: Literal["auto", "sane", "escl", "wia"] = "auto"
    # eSCL (AirScan) network scanners, e.g. "https://192.0.2.10/eSCL" (comma-separated in
    # DESK_SCANNER_ESCL_URLS and --set scanner_escl_urls=...).
    escl_urls: tuple[str, ...] = ()
    # A CA certificate (PEM) that signed the scanners' HTTPS certificates; without one, each
    # scanner's certificate is trusted on first use and pinned.
    escl_ca_file: Path | None = None
    escl_timeout_seconds: Annotated[float, Meta(gt=0)] = 30.0
    # Also find eSCL scanners that announce themselves on the local network (mDNS, UDP 5353).
    escl_discovery: bool = False


class PrinterSettings(_Section, frozen=True):
    """Which printer to use; empty means the system's default printer."""

    name: str = ""
    # One job's limit in pages printed (pages × copies), and the size the app asks about first
    # (see desk/domain/printing.py for why these defaults).
    max_pages: Annotated[int, Meta(ge=1)] = DEFAULT_MAX_PAGES
    confirm_pages: Annotated[int, Meta(ge=1)] = DEFAULT_CONFIRM_PAGES


class QueueSettings(_Section, frozen=True):
    """The centre's queue: its local day (tickets are numbered per day) and closing time."""

    # When the centre closes (24-hour HH:MM, local time): the open tickets of a past day are
    # recorded as left at this time, and its appointments with no check-in as missed.
    closing_time: Annotated[
        str,
        Meta(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", description="a time like 17:00 (HH:MM)"),
    ] = "17:00"
    # The IANA time zone of the centre's day and closing time.
    time_zone: str = "Europe/London"
    # How often a station without database notifications (SQLite) looks for a change.
    poll_seconds: Annotated[float, Meta(gt=0, le=60)] = 1.0
    # The waiting-area display (`desk display`) sounds the system's beep at each call.
    display_chime: bool = False


class Settings(_Section, frozen=True):
    """Everything Station Desk can be configured with."""

    site: str = "Unnamed site"
    station: str = field(default_factory=_hostname)
    language: str = "en"
    theme: Literal["standard", "high-contrast"] = "standard"
    text_scale: Annotated[float, Meta(ge=0.75, le=3.0)] = 1.0
    idle_timeout_seconds: Annotated[int, Meta(ge=30)] = 300
    # os-account: the member of staff whose OS account is signed in to the PC is signed in
    # without a PIN (desk staff add NAME --os-account ACCOUNT).
    staff_sign_in: Literal["pin", "os-account"] = "pin"
    # A station kept for residents: it starts straight into the kiosk (in the name of the member
    # of staff linked to the PC's account, `desk staff add NAME --os-account ACCOUNT`).
    start_in_kiosk: bool = False
    # While the kiosk is on screen the window fills the screen with no frame, and closing or
    # minimising it is refused: only a member of staff leaving with their PIN gives it back.
    kiosk_fullscreen: bool = False
    spool_dir: Path | None = None
    # A folder of TOML files that override the shipped wording of the documents we print
    # (council.toml, signposting.toml, receipt.toml, loan-agreement.toml).
    documents_dir: Path | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    upload: UploadSettings = field(default_factory=UploadSettings)
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    queue: QueueSettings = field(default_factory=QueueSettings)

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain data (paths as text), nested as in a TOML file."""
        return msgspec.to_builtins(self, enc_hook=str)  # type: ignore[no-any-return]

    # Derived places, so that callers never need to know the defaults.
    @property
    def database_url(self) -> str:
        """The database URL, the embedded SQLite file when none is configured."""
        if self.database.url:
            return self.database.url
        return f"sqlite:///{(user_data_dir() / 'desk.sqlite3').as_posix()}"

    @property
    def is_embedded_database(self) -> bool:
        """True when the database is a SQLite file (the embedded default or a configured one)."""
        return self.database_url.startswith("sqlite")

    @property
    def spool_path(self) -> Path:
        """The folder for a visit's working files (pages, documents in progress)."""
        return self.spool_dir or user_data_dir() / "spool"

    @property
    def upload_folder(self) -> Path:
        """The folder destination, a local one by default."""
        return self.upload.folder or user_data_dir() / "uploaded"

    @property
    def upload_folder_is_local(self) -> bool:
        """True for the station's own local folder (no `[upload] folder` configured)."""
        return self.upload.folder is None

    @property
    def upload_folder_keep_days(self) -> int | None:
        """Days documents stay in the upload folder; None when they are never deleted."""
        if self.upload.folder_retention_days is not None:
            return self.upload.folder_retention_days
        return LOCAL_UPLOAD_RETENTION_DAYS if self.upload_folder_is_local else None


@dataclass(frozen=True)
class _Key:
    """One setting: where it sits in the model and what a value for it must be."""

    path: tuple[str, ...]
    type: Any
    expected: str

    def convert(self, value: object) -> Any:
        """The value as the setting's type (text from the environment or a flag is parsed)."""
        if self.type is bool and isinstance(value, str):
            word = value.strip().lower()
            if word in SWITCH_WORDS:
                return SWITCH_WORDS[word]
        if get_origin(self.type) is tuple and isinstance(value, str):
            # A list from the environment, a policy value or a flag: comma-separated.
            value = [part.strip() for part in value.split(",") if part.strip()]
        return msgspec.convert(value, self.type, strict=False, dec_hook=_decode)


#: How a true-or-false setting may be written in the environment, a policy value or a flag.
SWITCH_WORDS = {
    **dict.fromkeys(("true", "yes", "on", "1"), True),
    **dict.fromkeys(("false", "no", "off", "0"), False),
}


def _decode(kind: type, value: object) -> object:
    """Paths, which msgspec leaves to its caller (a TypeError becomes a ValidationError)."""
    if kind is Path and isinstance(value, str | os.PathLike):
        return Path(value)
    raise TypeError(f"expected {kind.__name__}")


def _describe(annotation: object) -> str:
    if get_origin(annotation) is Annotated:
        return _describe(get_args(annotation)[0])
    if get_origin(annotation) is Literal:
        return "one of " + ", ".join(str(choice) for choice in get_args(annotation))
    if get_origin(annotation) is tuple:
        return "a list of " + _describe(get_args(annotation)[0]) + " (comma-separated)"
    if get_origin(annotation) in {Union, UnionType}:
        return " or ".join(_describe(arg) for arg in get_args(annotation) if arg is not type(None))
    text = getattr(annotation, "__name__", None) or str(annotation)
    return {
        "Path": "a folder or file path",
        "str": "text",
        "int": "a whole number",
        "float": "a number",
        "bool": "true or false",
    }.get(text, text.replace("typing.", "").replace("pathlib.", ""))


def _keys() -> dict[str, _Key]:
    """Every setting by its flat name, e.g. 'database_url' -> ('database', 'url')."""
    keys: dict[str, _Key] = {}
    for setting in msgspec.structs.fields(Settings):
        if isinstance(setting.type, type) and issubclass(setting.type, _Section):
            for sub in msgspec.structs.fields(setting.type):
                keys[f"{setting.name}_{sub.name}"] = _key((setting.name, sub.name), sub.type)
        else:
            keys[setting.name] = _key((setting.name,), setting.type)
    return keys


def _key(path: tuple[str, ...], annotation: Any) -> _Key:
    """A setting's check keeps the field's constraints (ranges), not just its type."""
    expected = _describe(annotation)
    inner = annotation
    if get_origin(inner) in {Union, UnionType}:  # an optional setting keeps its range too
        choices = [arg for arg in get_args(inner) if arg is not type(None)]
        inner = choices[0] if len(choices) == 1 else inner
    metadata = get_args(inner)[1:] if get_origin(inner) is Annotated else ()
    bounds = [
        f"{word} {getattr(item, attr)}"
        for item in metadata
        for attr, word in (("ge", "at least"), ("gt", "more than"), ("le", "at most"))
        if getattr(item, attr, None) is not None
    ]
    if bounds:
        expected += ", " + " and ".join(bounds)
    described = [item.description for item in metadata if getattr(item, "description", None)]
    return _Key(path, annotation, described[0] if described else expected)


KEYS = _keys()


def _flatten(data: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """Turn a parsed TOML document into flat names, refusing unknown keys and tables."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            for sub, subvalue in value.items():
                flat_name = f"{key}_{sub}"
                if flat_name not in KEYS or KEYS[flat_name].path != (key, sub):
                    hint = _suggest(flat_name)
                    raise ConfigError(f"{origin}: unknown setting [{key}] {sub}{hint}")
                flat[flat_name] = subvalue
        elif key in KEYS and len(KEYS[key].path) == 1:
            flat[key] = value
        else:
            raise ConfigError(f"{origin}: unknown setting '{key}'{_suggest(key)}")
    return flat


def _suggest(name: str) -> str:
    import difflib  # noqa: PLC0415  (only on the error path)

    close = difflib.get_close_matches(name, list(KEYS), n=1)
    if not close:
        return ""
    path = KEYS[close[0]].path
    spelled = f"[{path[0]}] {path[1]}" if len(path) == 2 else path[0]
    return f" (did you mean {spelled}?)"


def _spell(flat_name: str) -> str:
    path = KEYS[flat_name].path
    return f"[{path[0]}] {path[1]}" if len(path) == 2 else path[0]


def _validate(
    flat: Mapping[str, Any], origin: str, *, spell: Callable[[str], str]
) -> dict[str, Any]:
    """Check each value against its setting's type; the error names origin, key and expectation."""
    checked: dict[str, Any] = {}
    for name, value in flat.items():
        key = KEYS[name]
        try:
            checked[name] = key.convert(value)
        except ValidationError:
            raise ConfigError(
                f"{origin}: {spell(name)} = {value!r} is not valid: expected {key.expected}"
            ) from None
    return checked


def read_toml(path: Path) -> dict[str, Any]:
    """Read one configuration file into flat, validated settings."""
    import tomllib  # noqa: PLC0415  (only when there is a file to read)

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{path}: is not UTF-8 text (byte {error.start + 1} cannot be read); save it as UTF-8"
        ) from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read: {error.strerror}") from None
    return _validate(_flatten(data, str(path)), str(path), spell=_spell)


def read_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """Settings from DESK_* variables (unknown DESK_ names are left to other uses)."""
    flat = {
        name: environ[f"DESK_{name.upper()}"] for name in KEYS if f"DESK_{name.upper()}" in environ
    }
    return _validate(flat, "environment", spell=lambda name: f"DESK_{name.upper()}")


#: DESK_* variables that are not settings but are read by name (the file to use instead of the
#: machine and user files, the scan worker's log level), and the prefixes kept for tests and
#: benchmarks: none of these is warned about.
OTHER_VARIABLES = frozenset({"DESK_CONFIG", "DESK_MACHINE_CONFIG", "DESK_SCAN_WORKER_LOG"})
OTHER_PREFIXES = ("DESK_TEST_", "DESK_BENCH")


def unknown_environment(environ: Mapping[str, str] | None = None) -> list[str]:
    """A line for each DESK_* variable that nothing reads (a mistyped setting is ignored)."""
    import difflib  # noqa: PLC0415  (only when there is one)

    env = os.environ if environ is None else environ
    known = {f"DESK_{name.upper()}" for name in KEYS} | OTHER_VARIABLES
    lines = []
    for name in sorted(env):
        if not name.upper().startswith("DESK_") or name in known:
            continue
        if name.upper().startswith(OTHER_PREFIXES):
            continue
        close = difflib.get_close_matches(name.upper(), sorted(known), n=1, cutoff=0.75)
        hint = f" (did you mean {close[0]}?)" if close else ""
        lines.append(f"the environment variable {name} is not a Station Desk setting{hint}")
    return lines


def read_overrides(pairs: Iterable[str]) -> dict[str, Any]:
    """Settings from command-line `--set key=value` pairs."""
    flat: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().replace("-", "_").replace(".", "_")
        if not sep or name not in KEYS:
            raise ConfigError(
                f"--set {pair}: expected KEY=VALUE with a known key{_suggest(name) if sep else ''}"
            )
        flat[name] = value
    return _validate(flat, "command line", spell=lambda name: f"--set {name}")


RegistryReader = Callable[[str], Mapping[str, str]]


def read_windows_policy(key: str = POLICY_KEY) -> dict[str, str]:
    """The REG_SZ values IT set under HKLM (the MSI writes them); elsewhere there are none."""
    if sys.platform == "win32":
        return _read_hklm_values(key)
    return {}


if sys.platform == "win32":
    import winreg

    def _program_data() -> Path:
        """The ProgramData folder, as the system knows it (SHGetKnownFolderPath)."""
        import ctypes  # noqa: PLC0415  (Windows only)
        import uuid  # noqa: PLC0415

        folder_id = uuid.UUID("62AB5D82-FDC1-4DC3-A9DD-070D1D495D97").bytes_le  # ProgramData
        guid = ctypes.create_string_buffer(folder_id, 16)
        found = ctypes.c_wchar_p()
        shell32, ole32 = ctypes.windll.shell32, ctypes.windll.ole32
        if shell32.SHGetKnownFolderPath(guid, 0, None, ctypes.byref(found)) != 0:
            return Path(r"C:\ProgramData")
        try:
            return Path(found.value or r"C:\ProgramData")
        finally:
            ole32.CoTaskMemFree(found)

    def _read_hklm_values(key: str) -> dict[str, str]:
        """Read a key's string values from the 64-bit view of HKLM, lower-casing the names."""
        values: dict[str, str] = {}
        try:
            handle = winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE, key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
            )
        except OSError:
            return values
        with handle:
            index = 0
            while True:
                try:
                    name, value, kind = winreg.EnumValue(handle, index)
                except OSError:
                    break
                if kind == winreg.REG_SZ:
                    values[name.lower()] = value
                index += 1
        return values


def _policy_layer(values: Mapping[str, str], origin: str) -> tuple[dict[str, Any], Path | None]:
    """Split the policy values into settings and the CONFIG_FILE the MSI may point at."""
    present = {name: value for name, value in values.items() if value.strip()}
    config_file = present.pop("config_file", None)
    unknown = sorted(set(present) - set(KEYS))
    if unknown:
        raise ConfigError(f"{origin}: unknown policy value '{unknown[0]}'{_suggest(unknown[0])}")
    settings = _validate(present, origin, spell=lambda name: name)
    return settings, Path(config_file) if config_file else None


@dataclass(frozen=True)
class Layer:
    """One source of settings, for `desk config` to show where a value came from."""

    origin: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class LoadedSettings:
    """The effective settings and the layers they were built from (lowest first)."""

    settings: Settings
    layers: tuple[Layer, ...]
    machine: tuple[Layer, ...] = ()
    """IT's layers (machine file, Windows policy), read even when --config names another file:
    what IT locks there (scan profiles) holds whatever the other layers say."""

    def it_value(self, flat_name: str) -> Any:
        """The value IT's layers give a setting (the policy over the machine file), or None."""
        for layer in reversed(self.machine):
            if flat_name in layer.values:
                return layer.values[flat_name]
        return None

    def origin_of(self, flat_name: str) -> str:
        """Which layer set this setting last ('default' if none did)."""
        for layer in reversed(self.layers):
            if flat_name in layer.values:
                return layer.origin
        return "default"


def _file_layers(
    env: Mapping[str, str], machine: list[Layer], named_by: str = "DESK_CONFIG"
) -> list[Layer]:
    """The file (and Windows policy) layers: one explicit file, or machine, policy and user."""
    explicit = env.get("DESK_CONFIG")
    if explicit:
        path = Path(explicit)
        try:
            path.stat()
        except OSError as error:  # a name too long, a folder that is not there, no access
            raise ConfigError(
                f"{path}: configuration file not found (named by {named_by}): {error.strerror}"
            ) from None
        if path.is_dir():
            raise ConfigError(
                f"{path}: is a folder, not a configuration file (named by {named_by}); "
                "name a .toml file"
            )
        if not path.is_file():
            raise ConfigError(f"{path}: configuration file not found (named by {named_by})")
        return [Layer(str(path), read_toml(path))]
    layers = list(machine)
    user = user_config_file()
    if user.is_file():
        layers.append(Layer(str(user), read_toml(user)))
    return layers


def _machine_layers(policy_reader: RegistryReader | None) -> list[Layer]:
    """IT's layers: the machine file (or the one the policy names) and the Windows policy."""
    layers: list[Layer] = []
    machine = machine_config_file()
    policy_origin = rf"HKLM\{POLICY_KEY}"
    policy_values, policy_file = _policy_layer(
        (policy_reader or read_windows_policy)(POLICY_KEY), policy_origin
    )
    if policy_file is not None:
        if not policy_file.is_file():
            raise ConfigError(f"{policy_origin}: config_file {policy_file} does not exist")
        machine = policy_file
    if machine.is_file():
        layers.append(Layer(str(machine), read_toml(machine)))
    if policy_values:
        layers.append(Layer(policy_origin, policy_values))
    return layers


def load_settings(
    *,
    config_file: str | Path | None = None,
    overrides: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
    policy_reader: RegistryReader | None = None,
) -> LoadedSettings:
    """Read every layer in order and build the settings; a bad value raises ConfigError.

    `config_file` (the --config flag) names a file to use instead of the machine and user
    files, like DESK_CONFIG does.
    """
    env = dict(os.environ if environ is None else environ)
    if config_file:
        env["DESK_CONFIG"] = str(config_file)
    machine = _machine_layers(policy_reader)
    layers = _file_layers(env, machine, "--config" if config_file else "DESK_CONFIG")
    for layer in (
        Layer("environment", read_environment(env)),
        Layer("command line", read_overrides(overrides)),
    ):
        if layer.values:
            layers.append(layer)

    nested: dict[str, Any] = {}
    for layer in layers:
        for name, value in layer.values.items():
            key_path = KEYS[name].path
            if len(key_path) == 1:
                nested[key_path[0]] = value
            else:
                nested.setdefault(key_path[0], {})[key_path[1]] = value
    # Every value was checked against its setting above: this only assembles them.
    settings = msgspec.convert(nested, Settings, dec_hook=_decode)
    return LoadedSettings(settings, tuple(layers), tuple(machine))


def ensure_keyring() -> None:
    """Load the keyring backend now: one that cannot be loaded (PYTHON_KEYRING_BACKEND naming a
    missing module, say) raises a KeyringError, handled like any other unusable keyring."""
    import keyring  # noqa: PLC0415  (the keyring loads its backends slowly: only when needed)
    import keyring.errors  # noqa: PLC0415

    try:
        keyring.get_keyring()
    except keyring.errors.KeyringError:
        raise
    except Exception as error:  # noqa: BLE001  (importing a named backend can raise anything)
        named = os.environ.get("PYTHON_KEYRING_BACKEND")
        where = f"PYTHON_KEYRING_BACKEND={named}" if named else "the keyring configuration"
        reason = " ".join(str(error).split()) or type(error).__name__
        advice = ": unset it, or install that keyring" if named else ""
        raise keyring.errors.InitError(
            f"{where} names a keyring that cannot be loaded ({reason}){advice}"
        ) from None


def get_secret(name: str) -> str | None:
    """A secret from the OS keyring, or None when it is not set or there is no usable keyring."""
    import keyring  # noqa: PLC0415  (the keyring loads its backends slowly: only when needed)
    import keyring.errors  # noqa: PLC0415

    try:
        ensure_keyring()
        return keyring.get_password(KEYRING_SERVICE, name)
    except keyring.errors.KeyringError:
        return None


def set_secret(name: str, value: str) -> None:
    """Store a secret in the OS keyring."""
    import keyring  # noqa: PLC0415  (the keyring loads its backends slowly: only when needed)
    import keyring.errors  # noqa: PLC0415

    if not is_secret_name(name):
        raise ConfigError(
            f"unknown secret '{name}': expected one of {', '.join(SECRETS)}, or "
            "upload-token.NAME or smtp-password.NAME for a destination of the services file"
        )
    try:
        ensure_keyring()
        keyring.set_password(KEYRING_SERVICE, name, value)
    except keyring.errors.KeyringError as error:
        raise ConfigError(f"the OS keyring refused to store the secret: {error}") from None
