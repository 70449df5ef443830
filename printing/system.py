"""Choose the printing system for this machine: CUPS on Linux and macOS, Qt on Windows."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Literal

from printing.cups import CupsPrinters
from printing.port import Printers

if TYPE_CHECKING:
    from printing.qt import JobTracker

log = logging.getLogger(__name__)

Backend = Literal["auto", "cups", "qt"]


def system_printers(backend: Backend = "auto") -> Printers:
    """The printers port for `backend`; "auto" is Qt on Windows and CUPS elsewhere.

    The Qt path follows its jobs through the system spooler (CUPS on Linux, the Windows spooler
    on Windows), so every path reports the same outcomes.
    """
    if backend == "qt" or (backend == "auto" and sys.platform == "win32"):
        from printing.qt import QtPrinters  # noqa: PLC0415 - Qt loads only when it is used

        if sys.platform == "win32":
            return QtPrinters(_windows_tracker(), unfound_job_sent=True)
        return QtPrinters(CupsPrinters())
    return CupsPrinters()


def _windows_tracker() -> JobTracker | None:
    """The Windows spooler tracker; without pywin32 jobs can only be reported as sent."""
    from printing.windows import WindowsJobTracker  # noqa: PLC0415 - pywin32 loads on Windows

    try:
        return WindowsJobTracker()
    except ImportError as error:
        log.warning("print jobs cannot be followed on this computer (pywin32: %s)", error)
        return None
