"""Scanner backends by name, or by a `module:attribute` path so that more can plug in."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from scanning.faults import FaultKind, ScanFault
from scanning.port import ScannerBackend

BUILTIN: dict[str, str] = {
    "sane": "scanning.backends.sane:SaneBackend",
    "wia": "scanning.backends.wia:WiaBackend",
}


def load_backend(name: str) -> ScannerBackend:
    """Make the backend called `name` (a built-in name or a `module:attribute` path)."""
    path = BUILTIN.get(name, name)
    module_name, _, attribute = path.partition(":")
    if not attribute:
        raise ValueError(f"not a backend name or module:attribute path: {name!r}")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        # A scanner library that cannot load here (e.g. SANE's on a computer without SANE).
        raise ScanFault(FaultKind.NO_SCANNER_SOFTWARE, f"{module_name}: {error}") from None
    factory = cast(Callable[[], ScannerBackend], getattr(module, attribute))
    return factory()
