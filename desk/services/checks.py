"""Start-up and doctor checks: each says ok, warn or fail, with a one-line hint on what to do."""

from __future__ import annotations

import os
import secrets
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import keyring.errors

from desk.config import (
    KEYRING_SERVICE,
    LoadedSettings,
    Settings,
    ensure_keyring,
    load_settings,
    unknown_environment,
)
from desk.errors import DeskError
from desk.private import private_dir
from desk.services import languages

if TYPE_CHECKING:
    from scanning.backends.wia.service import ServiceState as WiaServiceState


class Status(StrEnum):
    """How a check went."""

    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check."""

    name: str
    status: Status
    detail: str
    hint: str = ""
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        data["status"] = self.status.value
        data["seconds"] = round(self.seconds, 3)
        return data


Check = Callable[[], CheckResult]


def run_checks(checks: Iterable[tuple[str, Check]]) -> list[CheckResult]:
    """Run each check, timing it; an unexpected error is a failed check, never a crash."""
    results: list[CheckResult] = []
    for name, check in checks:
        started = time.perf_counter()
        try:
            result = check()
        except DeskError as error:
            result = CheckResult(name, Status.FAIL, str(error))
        except Exception as error:  # noqa: BLE001  (a doctor reports every failure, even a bug)
            result = CheckResult(
                name, Status.FAIL, f"{type(error).__name__}: {error}", "This is a bug: see the log."
            )
        results.append(
            CheckResult(
                result.name,
                result.status,
                result.detail,
                result.hint,
                time.perf_counter() - started,
            )
        )
    return results


def check_config(
    config_file: str | None, overrides: Iterable[str]
) -> tuple[CheckResult, LoadedSettings | None]:
    """Read the configuration; say which files were used."""
    try:
        loaded = load_settings(config_file=config_file, overrides=overrides)
    except DeskError as error:
        return CheckResult(
            "configuration", Status.FAIL, str(error), "Fix the file named above."
        ), None
    sources = ", ".join(layer.origin for layer in loaded.layers) or "built-in defaults only"
    return CheckResult("configuration", Status.OK, f"read from: {sources}"), loaded


def check_environment() -> CheckResult:
    """No DESK_* variable is set that nothing reads (a mistyped one is silently ignored)."""
    unknown = unknown_environment()
    if unknown:
        return CheckResult(
            "environment",
            Status.WARN,
            "; ".join(unknown),
            "Correct or remove it: a variable Station Desk does not know is ignored.",
        )
    return CheckResult("environment", Status.OK, "no unknown DESK_ variables")


def check_spool(folder: Path, *, create: bool = True) -> CheckResult:
    """The spool folder exists (or can be made) and takes a file.

    With `create=False` (`desk doctor`) a missing folder is not made: it passes when the
    nearest folder that exists is one this account can write to.
    """
    try:
        there = folder.is_dir()
    except OSError as error:  # a name too long for the file system, say
        return CheckResult(
            "spool",
            Status.FAIL,
            f"cannot use the spool folder {folder}: {error.strerror}",
            "Set spool_dir to a local folder this account can write to.",
        )
    if not create and not there:
        return _check_creatable(
            "spool", folder, "Set spool_dir to a local folder this account can write to."
        )
    try:
        private_dir(folder)
        probe = folder / f".probe-{secrets.token_hex(4)}"
        probe.write_bytes(b"x")
        probe.unlink()
    except OSError as error:
        return CheckResult(
            "spool",
            Status.FAIL,
            f"cannot write to the spool folder {folder}: {error.strerror}",
            "Set spool_dir to a local folder this account can write to.",
        )
    return CheckResult("spool", Status.OK, f"{folder} is writable")


def _check_creatable(name: str, path: Path, hint: str) -> CheckResult:
    """`path` does not exist: say whether the app will be able to make it."""
    existing = path.parent
    try:
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        usable = existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)
    except OSError as error:
        return CheckResult(name, Status.FAIL, f"{path} cannot be used: {error.strerror}", hint)
    if usable:
        return CheckResult(
            name, Status.OK, f"{path} does not exist yet: the app makes it when it first needs it"
        )
    return CheckResult(
        name,
        Status.FAIL,
        f"{path} does not exist and cannot be made: {existing} is not a folder this account "
        "can write to",
        hint,
    )


_PLAIN_FILE_KEYRINGS = {"keyrings.alt.file.PlaintextKeyring"}


_NO_KEYRING_HINT = (
    "Residents' documents are encrypted with a key kept in the keyring, so scanning and "
    "uploads cannot work without one: use Windows Credential Manager, or install and "
    "unlock a Secret Service (e.g. gnome-keyring) on Linux."
)


def check_keyring() -> CheckResult:
    """The OS keyring can store and return a secret (needed for a shared database or HTTPS)."""
    try:
        ensure_keyring()
    except keyring.errors.KeyringError as error:
        return CheckResult("keyring", Status.FAIL, str(error), _NO_KEYRING_HINT)
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    probe = f"doctor-probe-{os.getpid()}"
    try:
        keyring.set_password(KEYRING_SERVICE, probe, "probe")
        ok = keyring.get_password(KEYRING_SERVICE, probe) == "probe"
        keyring.delete_password(KEYRING_SERVICE, probe)
    except keyring.errors.KeyringError as error:
        return CheckResult(
            "keyring",
            Status.FAIL,
            f"no usable keyring ({name}): {error}",
            _NO_KEYRING_HINT,
        )
    if not ok:
        return CheckResult("keyring", Status.FAIL, f"{name} did not return the secret it stored")
    if name in _PLAIN_FILE_KEYRINGS:
        return CheckResult(
            "keyring",
            Status.WARN,
            f"{name} keeps secrets in a plain file",
            "Use the system keyring (Windows Credential Manager, or a Secret Service on Linux).",
        )
    return CheckResult("keyring", Status.OK, f"{name} stores and returns secrets")


def check_database(loaded: LoadedSettings) -> CheckResult:
    """The database is reachable and at the latest migration, or an embedded one will be.

    Only looks: a missing SQLite file or folder is not made, nothing is migrated, nothing
    is written (the app does that at start-up, or IT with `desk db upgrade`).
    """
    from desk.config import get_secret  # noqa: PLC0415
    from desk.storage.database import (  # noqa: PLC0415  (imports the storage stack)
        display_url,
        make_inspection_engine,
        sqlite_file,
    )
    from desk.storage.errors import (  # noqa: PLC0415
        DatabaseBehind,
        DatabaseNotMigrated,
        DatabaseNotOurs,
    )
    from desk.storage.migrate import check_database as check_schema  # noqa: PLC0415
    from desk.storage.migrate import current_revision, head_revision  # noqa: PLC0415

    settings = loaded.settings
    url = settings.database_url
    kind = "embedded SQLite" if settings.is_embedded_database else "shared"
    shown = f"{kind} database {display_url(url)}"
    auto = settings.is_embedded_database and settings.database.auto_migrate
    path = sqlite_file(url)
    if path is not None and not path.exists():
        if not auto:
            return CheckResult(
                "database", Status.FAIL, f"{shown}: {path} does not exist", "Run: desk db upgrade"
            )
        made = _check_creatable(
            "database", path, "Set database_url to a file in a folder this account can write to."
        )
        if made.status is Status.FAIL:
            return made
        return CheckResult(
            "database",
            Status.OK,
            f"{shown} does not exist yet: the app creates and migrates it when it starts",
        )
    password = None if settings.is_embedded_database else get_secret("database-password")
    engine = make_inspection_engine(url, password=password)
    try:
        try:
            check_schema(engine)
        except (DatabaseBehind, DatabaseNotMigrated) as error:
            if not auto or isinstance(error, DatabaseNotOurs):
                raise
            current = current_revision(engine)
            at = f"at revision {current}" if current else "empty"
            return CheckResult(
                "database",
                Status.OK,
                f"{shown} is {at}: the app migrates it to {head_revision()} when it starts",
            )
    finally:
        engine.dispose()
    return CheckResult("database", Status.OK, f"{shown} is ready")


def check_outbox(loaded: LoadedSettings) -> CheckResult:
    """Documents waiting to leave the station, and any that need staff to act."""
    from desk.services.uploads import open_uploads, outbox_folder, outbox_status  # noqa: PLC0415

    if not outbox_folder().is_dir():  # a check makes nothing: the first upload makes it
        return CheckResult("outbox", Status.OK, "empty: nothing was queued on this station yet")
    uploads = open_uploads(loaded.settings)
    try:
        status = outbox_status(uploads)
    finally:
        uploads.close()
    if status.needs_staff:
        return CheckResult(
            "outbox",
            Status.WARN,
            f"documents refused, needing staff: {status.needs_staff} "
            f"({status.waiting} waiting in all)",
            "Run `desk outbox list` to see what to do for each.",
        )
    if status.waiting:
        since = status.oldest_waiting_since
        oldest = f", the oldest since {since:%Y-%m-%d %H:%M} UTC" if since else ""
        return CheckResult(
            "outbox",
            Status.WARN if status.failing else Status.OK,
            f"documents waiting to be sent: {status.waiting}{oldest}",
            "Run `desk outbox retry` once the destination is reachable." if status.failing else "",
        )
    return CheckResult("outbox", Status.OK, "empty: every document has been delivered")


def check_journal(settings: Settings) -> CheckResult:
    """The journal of a station on a shared database: records waiting, refused, the link."""
    from desk.storage.journal import journal_path, read_status  # noqa: PLC0415  (storage)

    if settings.is_embedded_database:
        return CheckResult(
            "journal", Status.OK, "not used: the embedded database is this station's only store"
        )
    status = read_status(journal_path())
    if status is None:
        return CheckResult("journal", Status.OK, "empty: nothing was journalled on this station")
    since = f"{status.since:%Y-%m-%d %H:%M} UTC" if status.since else "the start"
    link = (
        f"online since {since}"
        if status.online
        else f"offline since {since} ({status.problem})"
        if status.online is False
        else "the shared database not tried yet"
    )
    if status.refused:
        return CheckResult(
            "journal",
            Status.WARN,
            f"records refused by the shared database: {len(status.refused)} "
            f"({status.waiting} waiting; {link})",
            "Run `desk sync status` to see each one and why; they are kept, never dropped.",
        )
    if status.waiting:
        oldest = status.oldest_waiting
        made = f", the oldest made {oldest:%Y-%m-%d %H:%M} UTC" if oldest else ""
        return CheckResult(
            "journal",
            Status.OK if status.online else Status.WARN,
            f"records waiting to be sent: {status.waiting}{made}; {link}",
            ""
            if status.online
            else "They are sent when the shared database is back; `desk sync now` tries at once.",
        )
    return CheckResult("journal", Status.OK, f"every record sent ({status.sent}); {link}")


def check_upload_folder(settings: Settings) -> CheckResult:
    """Documents left in the folder destination past its retention period."""
    from desk.services.retention import upload_folder_backlog  # noqa: PLC0415

    backlog = upload_folder_backlog(settings)
    folder, keep_days = backlog.folder, backlog.keep_days
    if keep_days is None:
        return CheckResult(
            "upload folder",
            Status.OK,
            f"{folder} keeps its documents (a folder IT named, with no "
            "[upload] folder_retention_days)",
        )
    if backlog.overdue:
        since = f", the oldest from {backlog.oldest:%Y-%m-%d}" if backlog.oldest else ""
        return CheckResult(
            "upload folder",
            Status.WARN,
            f"documents older than {keep_days} days in {folder}: {backlog.overdue}{since}",
            "The app deletes them when it starts and once a day; run `desk retention` to "
            "delete them now.",
        )
    return CheckResult(
        "upload folder", Status.OK, f"no document in {folder} is older than {keep_days} days"
    )


def destination_checks(settings: Settings) -> list[tuple[str, Check]]:
    """One check per configured destination: reachable, certificate trusted, credentials
    taken; no document is sent."""
    from desk.services.uploads import pdf_key_of  # noqa: PLC0415
    from desk.uploads.crypto import SpoolKey  # noqa: PLC0415
    from desk.uploads.destinations import make_destination  # noqa: PLC0415
    from desk.uploads.errors import UploadFailure  # noqa: PLC0415
    from desk.uploads.routing import destination_checks as checks_of  # noqa: PLC0415
    from desk.uploads.routing import make_router  # noqa: PLC0415

    try:
        # A stand-in key: the check protects no PDF, and must not make the station's key.
        router = make_router(
            settings, make_destination(settings), pdf_key=pdf_key_of(SpoolKey(b"\0" * 32))
        )
    except DeskError as error:
        failed = CheckResult("destinations", Status.FAIL, str(error), "fix the services file")
        return [("destinations", lambda: failed)]

    def one(name: str, check: Callable[[], str]) -> Check:
        def run() -> CheckResult:
            label = f"destination {name}"
            try:
                return CheckResult(label, Status.OK, check())
            except UploadFailure as failure:
                return CheckResult(label, Status.FAIL, f"{failure.code}: {failure.message}")

        return run

    return [(f"destination {name}", one(name, check)) for name, check in checks_of(router)]


def check_languages(folder: Path | None = None) -> CheckResult:
    """Which languages ship for residents, and which are reviewed by their community reviewer."""
    states = languages.review_states(folder)
    parts = []
    for state in states:
        code, name = state.language.code, state.language.english
        if not state.shipped:
            parts.append(f"{name} ({code}) not built")
        elif state.translated and state.reviewed == state.translated:
            parts.append(f"{name} ({code}) reviewed")
        else:
            parts.append(f"{name} ({code}) {state.reviewed} of {state.translated} reviewed")
    shipped = [state for state in states if state.shipped]
    detail = f"English and {len(shipped)} more: " + "; ".join(parts) if parts else "English only"
    waiting = [s for s in states if s.shipped and (s.unreviewed or not s.translated)]
    if any(not state.shipped for state in states):
        return CheckResult(
            "languages", Status.WARN, detail, "Build the translations: python -m desk.ui.i18n."
        )
    if waiting:
        return CheckResult(
            "languages",
            Status.WARN,
            detail,
            "Residents see these translations, marked unreviewed: give each language's proof "
            "(python -m desk.ui.proof) to its community reviewer.",
        )
    return CheckResult("languages", Status.OK, detail)


def station_checks(loaded: LoadedSettings, *, devices: bool = True) -> list[tuple[str, Check]]:
    """Every check after the configuration, in the order `desk doctor` shows them."""
    settings = loaded.settings
    checks: list[tuple[str, Check]] = [
        ("database", lambda: check_database(loaded)),
        ("spool", lambda: check_spool(settings.spool_path, create=False)),
        ("keyring", check_keyring),
        ("outbox", lambda: check_outbox(loaded)),
        ("journal", lambda: check_journal(settings)),
        ("upload folder", lambda: check_upload_folder(settings)),
        *destination_checks(settings),
        ("languages", check_languages),
    ]
    if devices:
        checks += device_checks(loaded)
    return checks


def device_checks(loaded: LoadedSettings) -> list[tuple[str, Check]]:
    """Scanner and printer checks (a station with none attached warns, it does not fail)."""
    checks: list[tuple[str, Check]] = [
        ("scanners", lambda: _check_configured_scanners(loaded)),
        ("printers", lambda: check_printers(loaded.settings.printer.name)),
    ]
    if sys.platform == "win32":
        checks.insert(0, ("scanner service", check_wia_service))
    return checks


def check_wia_service(state: WiaServiceState | None = None) -> CheckResult:
    """Windows: the Windows Image Acquisition service (stisvc) is there and not disabled."""
    from scanning.backends.wia.service import wia_service  # noqa: PLC0415  (Windows only)

    state = state or wia_service()
    name = "scanner service"
    fix = "Ask IT to set the Windows Image Acquisition (WIA) service to Manual or Automatic."
    if state.error:
        return CheckResult(name, Status.WARN, state.error, fix)
    if not state.present:
        return CheckResult(
            name, Status.WARN, "the Windows Image Acquisition service (stisvc) is missing", fix
        )
    if not state.usable:
        return CheckResult(
            name, Status.WARN, "the Windows Image Acquisition service (stisvc) is disabled", fix
        )
    running = f", {state.state}" if state.state else ""
    return CheckResult(
        name, Status.OK, f"Windows Image Acquisition (stisvc): {state.start_type} start{running}"
    )


def _check_configured_scanners(loaded: LoadedSettings) -> CheckResult:
    from desk.services.scanners import backend_choice  # noqa: PLC0415  (loaded on demand)

    scanner = loaded.settings.scanner
    choice = backend_choice(scanner)
    return check_scanners(scanner.device, backend=choice.name, backend_options=choice.options)


def check_scanners(
    configured: str,
    timeout: float = 30.0,
    backend: str = "auto",
    backend_options: Mapping[str, Mapping[str, Any]] | None = None,
) -> CheckResult:
    """A scanner is attached (the configured one, if any), found by the scan worker."""
    from scanning.faults import FaultKind, ScanFault  # noqa: PLC0415  (loaded on demand)
    from scanning.session import discover  # noqa: PLC0415

    try:
        found = discover(timeout=timeout, backend=backend, backend_options=backend_options)
    except ScanFault as error:
        hint = (
            "Scanning needs SANE (libsane) on Linux or Windows Image Acquisition (WIA) on "
            "Windows, or a network scanner (eSCL) in scanner_escl_urls with scanner_backend "
            "auto or escl."
            if error.kind is FaultKind.NO_SCANNER_SOFTWARE
            else "Check the scanner's cable and power."
        )
        return CheckResult("scanners", Status.WARN, error.message, hint)
    devices = [caps.device for caps in found.scanners]
    if not devices:
        return CheckResult(
            "scanners",
            Status.WARN,
            "no scanner found",
            "Plug the scanner in and switch it on; ignore this on a station without one.",
        )
    names = ", ".join(f"{d.label} ({d.id})" for d in devices)
    # Each scanner with the backend and driver behind it, for IT.
    behind = "; ".join(
        f"{d.label} ({d.id}) through {d.driver}" if d.driver else f"{d.label} ({d.id})"
        for d in devices
    )
    if configured and not any(configured in {d.id, d.model} for d in devices):
        return CheckResult(
            "scanners",
            Status.WARN,
            f"the configured scanner {configured} is not attached (found: {names})",
            "Set scanner_device to one of those, or attach it.",
        )
    return CheckResult("scanners", Status.OK, f"found: {behind}")


def check_printers(configured: str) -> CheckResult:
    """The configured (or default) printer exists and is ready."""
    from printing import PrintingError  # noqa: PLC0415  (device libraries load on demand)
    from printing.system import system_printers  # noqa: PLC0415

    printers = system_printers()
    try:
        found = printers.list_printers()
    except PrintingError as error:
        return CheckResult(
            "printers",
            Status.WARN,
            str(error),
            "Start the printing service, or ignore this on a station without a printer.",
        )
    if not found:
        return CheckResult(
            "printers",
            Status.WARN,
            "no printers are set up",
            "Add the station's printer in the system's printer settings.",
        )
    try:
        chosen = printers.check(configured or None)
    except PrintingError as error:
        return CheckResult("printers", Status.WARN, str(error), "Set printer_name to a ready one.")
    names = ", ".join(p.name for p in found)
    return CheckResult(
        "printers", Status.OK, f"{chosen.name} is {chosen.state.value} (found: {names})"
    )
