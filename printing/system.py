"""Choose the printing system for this machine: CUPS on Linux and macOS, Qt on Windows."""

from __future__ import annotations

import sys
from typing import Literal

from printing.cups import CupsPrinters
from printing.port import Printers

Backend = Literal["auto", "cups", "qt"]


def system_printers(backend: Backend = "auto") -> Printers:
    """The printers port for `backend`; "auto" is Qt on Windows and CUPS elsewhere.

    On Linux the Qt path follows its jobs through CUPS, so both report the same outcome.
    """
    if backend == "qt" or (backend == "auto" and sys.platform == "win32"):
        from printing.qt import QtPrinters  # noqa: PLC0415 - Qt loads only when it is used

        return QtPrinters(None if sys.platform == "win32" else CupsPrinters())
    return CupsPrinters()
