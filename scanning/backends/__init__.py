"""Scanner backends by name, or by a `module:attribute` path so that more can plug in.

`auto` merges every backend of this platform that can load into one list; a device id names its
backend by its prefix (`escl:...` is eSCL's), so that opening one goes to the backend that found
it. To add a backend: one line in BUILTIN, and its name in AUTO for the platforms it serves.
"""

from __future__ import annotations

import importlib
import json
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any, cast

from scanning.faults import FaultKind, ScanFault
from scanning.model import DeviceInfo
from scanning.port import ScannerBackend, ScannerDevice

log = logging.getLogger(__name__)

BUILTIN: dict[str, str] = {
    "sane": "scanning.backends.sane:SaneBackend",
    "escl": "scanning.backends.escl:EsclBackend",
    "wia": "scanning.backends.wia:WiaBackend",
}

# What `auto` merges, by sys.platform, in order (the first lists its scanners first).
AUTO: dict[str, tuple[str, ...]] = {
    "linux": ("sane", "escl"),
    "win32": ("wia", "escl"),
    "darwin": ("sane", "escl"),
}
AUTO_ELSEWHERE: tuple[str, ...] = ("sane", "escl")

# Device-id prefixes that belong to one backend whichever backend listed them (SANE's own escl
# backend names network scanners escl:http://..., which ours speaks to directly).
ID_PREFIXES: dict[str, str] = {"escl": "escl", "wia": "wia"}

#: Options for each backend by name, e.g. {"escl": {"urls": [...], "trust_file": "..."}}.
BackendOptions = Mapping[str, Mapping[str, Any]]

_loaded: dict[tuple[str, str], ScannerBackend] = {}


def owner_of(device_id: str) -> str | None:
    """The backend a device id belongs to whichever backend listed it (`escl:...` is eSCL's),
    or None when any backend may open it."""
    return ID_PREFIXES.get(device_id.split(":", 1)[0])


def backend_names() -> tuple[str, ...]:
    """The names `[scanner] backend` may take."""
    return ("auto", *BUILTIN)


def auto_backends(platform: str | None = None) -> tuple[str, ...]:
    """The backends `auto` merges on `platform` (this one by default)."""
    return AUTO.get(platform or sys.platform, AUTO_ELSEWHERE)


def load_backend(name: str, options: BackendOptions | None = None) -> ScannerBackend:
    """Make the backend called `name` (`auto`, a built-in name or a `module:attribute` path).

    A backend made once in this process with the same options is made only once (a worker that
    loaded SANE ahead of its job keeps that SANE).
    """
    options = options or {}
    if name == "auto":
        return _auto(options)
    own = dict(options.get(name, {}))
    key = (name, json.dumps(own, sort_keys=True, default=str))
    backend = _loaded.get(key)
    if backend is None:
        backend = _make(name, own)
        _loaded[key] = backend
    return backend


def _make(name: str, options: Mapping[str, Any]) -> ScannerBackend:
    path = BUILTIN.get(name, name)
    module_name, _, attribute = path.partition(":")
    if not attribute:
        if name.isidentifier():
            # A backend name this version does not have (a setting written for a newer one).
            raise ScanFault(FaultKind.NO_SCANNER_SOFTWARE, f"no {name} backend in this version")
        raise ValueError(f"not a backend name or module:attribute path: {name!r}")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        # A scanner library that cannot load here (e.g. SANE's on a computer without SANE).
        raise ScanFault(FaultKind.NO_SCANNER_SOFTWARE, f"{module_name}: {error}") from None
    factory = cast(Callable[..., ScannerBackend], getattr(module, attribute))
    return factory(**options)


def _auto(options: BackendOptions) -> ScannerBackend:
    parts: list[tuple[str, ScannerBackend]] = []
    missing: list[str] = []
    for name in auto_backends():
        try:
            parts.append((name, load_backend(name, options)))
        except ScanFault as fault:
            if fault.kind is not FaultKind.NO_SCANNER_SOFTWARE:
                raise
            missing.append(f"{name}: {fault.detail}")
    if not parts:
        raise ScanFault(FaultKind.NO_SCANNER_SOFTWARE, "; ".join(missing))
    if len(parts) == 1:
        return parts[0][1]
    return MergedBackend(parts)


class MergedBackend:
    """Several backends as one: their devices in one list, each opened by its own backend."""

    def __init__(self, parts: list[tuple[str, ScannerBackend]]) -> None:
        self.parts = parts
        self._by_name = dict(parts)

    def _owner(self, device_id: str) -> ScannerBackend | None:
        owner = owner_of(device_id)
        return self._by_name.get(owner) if owner else None

    def devices(self) -> list[DeviceInfo]:
        """Every backend's devices; an id a backend owns is listed by that backend only."""
        found: dict[str, DeviceInfo] = {}
        for name, backend in self.parts:
            try:
                listed = backend.devices()
            except ScanFault as fault:
                log.info("the %s backend could not list scanners: %s", name, fault.kind.value)
                continue
            for device in listed:
                owner = self._owner(device.id)
                if owner is not None and owner is not backend:
                    continue
                found.setdefault(device.id, device)
        return list(found.values())

    def open(self, device: DeviceInfo) -> ScannerDevice:
        """Open `device` with the backend its id names, else with the first that opens it."""
        owner = self._owner(device.id)
        if owner is not None:
            return owner.open(device)
        fault: ScanFault | None = None
        for _name, backend in self.parts:
            if any(backend is self._owner(f"{p}:") for p in ID_PREFIXES):
                continue
            try:
                return backend.open(device)
            except ScanFault as error:
                if error.kind is not FaultKind.UNPLUGGED:
                    raise
                fault = error
        raise fault or ScanFault(FaultKind.UNPLUGGED, "no backend opens this device")
