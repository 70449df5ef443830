"""What the scan screen asks of the services, and those use cases bound to this station."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desk.config import ScannerSettings
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import scanners
from desk.services.uploads import Uploads
from scanning.model import Capabilities


class ScanActions(Protocol):
    """What the scan screen calls (each runs in the background)."""

    def find_scanner(self) -> Capabilities: ...

    def read_page(self, path: Path) -> bytes: ...


class StationScan:
    """The scan screen's use cases on this station: its scanner, its encrypted spool."""

    def __init__(self, runtime: Runtime, *, uploads: Callable[[], Uploads]) -> None:
        """`uploads` runs in the background: the spool, opened on first use (keyring, disk)."""
        self._settings = runtime.settings.scanner
        self._uploads = uploads

    def find_scanner(self) -> Capabilities:
        return find_scanner(self._settings)

    def read_page(self, path: Path) -> bytes:
        """A scanned page as it was written (the spool decrypts it)."""
        return self._uploads().spool.read(path)


def find_scanner(settings: ScannerSettings) -> Capabilities:
    """Runs in the background: the configured scanner, else the first one found."""
    found = scanners.find_scanner(settings)
    if found is None:
        raise DeskError(
            QCoreApplication.translate(
                "ScanView", "No scanner was found. Check it is plugged in and switched on."
            )
        )
    return found
