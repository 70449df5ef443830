"""Scanner backends by name, or by a `module:attribute` path so that more can plug in."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from scanning.port import ScannerBackend

BUILTIN: dict[str, str] = {"sane": "scanning.backends.sane:SaneBackend"}


def load_backend(name: str) -> ScannerBackend:
    """Make the backend called `name` (a built-in name or a `module:attribute` path)."""
    path = BUILTIN.get(name, name)
    module_name, _, attribute = path.partition(":")
    if not attribute:
        raise ValueError(f"not a backend name or module:attribute path: {name!r}")
    factory = cast(
        Callable[[], ScannerBackend], getattr(importlib.import_module(module_name), attribute)
    )
    return factory()
