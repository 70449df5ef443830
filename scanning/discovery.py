"""Find a scanner again after a re-plug: by serial, else by vendor and model, never by bus."""

from __future__ import annotations

from collections.abc import Sequence

from scanning.model import DeviceInfo, DeviceRef


def resolve_device(ref: DeviceRef, devices: Sequence[DeviceInfo]) -> DeviceInfo | None:
    """The device `ref` means among `devices`: the same id, else the one same scanner; or None.

    A re-plugged USB scanner usually comes back with a new bus address in its id, so an id that is
    gone is matched by serial number when both sides know it, otherwise by vendor and model when
    exactly one such scanner is connected (two identical scanners without serials are ambiguous).
    """
    for device in devices:
        if device.id == ref.id:
            return device
    if not ref.model:
        return None
    backend = ref.id.split(":", 1)[0]
    same = [
        d for d in devices if d.model == ref.model and (not ref.vendor or d.vendor == ref.vendor)
    ]
    if ref.serial:
        by_serial = [d for d in same if d.serial == ref.serial]
        if by_serial:
            return by_serial[0]
        same = [d for d in same if d.serial is None]
    if len(same) > 1:
        same = [d for d in same if d.backend == backend] or same
    return same[0] if len(same) == 1 else None
