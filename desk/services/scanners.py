"""Scanners for the app: which backend the settings choose (with its options, for the scan
worker), and the scanner to use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desk.config import ScannerSettings, user_data_dir
from desk.errors import DeskError
from scanning.faults import ScanFault
from scanning.model import Capabilities
from scanning.session import discover

ESCL_TRUST_FILE = "escl-certificates.json"
"""The HTTPS scanners' certificates trusted on first use, in the user data folder."""


@dataclass(frozen=True)
class BackendChoice:
    """A backend name (`auto`, `sane`, `escl`, ...) and the options of each backend."""

    name: str = "auto"
    options: dict[str, dict[str, Any]] = field(default_factory=dict)


def backend_choice(settings: ScannerSettings) -> BackendChoice:
    """The backend `[scanner] backend` names, with the eSCL scanners and how to trust them."""
    escl: dict[str, Any] = {
        "urls": list(settings.escl_urls),
        "trust_file": str(user_data_dir() / ESCL_TRUST_FILE),
        "timeout": settings.escl_timeout_seconds,
        "discovery": settings.escl_discovery,
    }
    # An empty value in a file (escl_ca_file = "") means none, as the README's example has it.
    if settings.escl_ca_file is not None and str(settings.escl_ca_file) not in ("", "."):
        escl["ca_file"] = str(settings.escl_ca_file)
    return BackendChoice(settings.backend, {"escl": escl})


def find_scanner(settings: ScannerSettings) -> Capabilities | None:
    """The configured scanner (by id or model), else the first one found; None when there is
    none. Runs in the background: it asks the scanners through a scan worker."""
    choice = backend_choice(settings)
    try:
        found = discover(backend=choice.name, backend_options=choice.options)
    except ScanFault as fault:
        raise DeskError(fault.message) from None
    wanted = settings.device
    return next(
        (c for c in found.scanners if not wanted or wanted in {c.device.id, c.device.model}),
        None,
    )
