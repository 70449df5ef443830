"""Scan profiles per document type: built-in defaults, or a TOML file that IT provides and locks."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scanning.model import PAGE_SIZES, ColorMode, DeviceRef, PageSize, ScanRequest, SourceKind


class ProfileError(ValueError):
    """A profile file is malformed; the message names the file, the profile and the key."""


@dataclass(frozen=True)
class Profile:
    """How to scan one kind of document. `locked` means staff cannot change these settings."""

    name: str
    title: str
    source: SourceKind
    mode: ColorMode
    resolution: int
    deskew: bool = True
    crop: bool = False
    jpeg_quality: int = 70
    # Sides the document has (an ID card: front and back): on a flatbed staff are asked to turn
    # it over, and with `sides_on_one_page` both sides become one page (scanning.sides).
    sides: int = 1
    sides_on_one_page: bool = False
    page_size: PageSize | None = None
    locked: bool = False

    def request(
        self,
        device: DeviceRef,
        *,
        source: SourceKind | None = None,
        mode: ColorMode | None = None,
        resolution: int | None = None,
        max_pages: int | None = None,
    ) -> ScanRequest:
        """A request for `device` with this profile, overridden where allowed."""
        overrides = {"source": source, "mode": mode, "resolution": resolution}
        changed = {k: v for k, v in overrides.items() if v is not None and v != getattr(self, k)}
        if self.locked and changed:
            raise ProfileError(
                f"The profile {self.title!r} is locked; its {', '.join(changed)} cannot be changed."
            )
        return ScanRequest(
            device=device,
            source=source or self.source,
            mode=mode or self.mode,
            resolution=resolution or self.resolution,
            page_size=self.page_size,
            max_pages=max_pages,
            deskew=self.deskew,
            crop=self.crop,
            jpeg_quality=self.jpeg_quality,
        )


BUILTIN_PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            name="id",
            title="ID card / passport",
            source=SourceKind.FLATBED,
            mode=ColorMode.COLOR,
            resolution=300,
            crop=True,
            jpeg_quality=75,
            sides=2,
            sides_on_one_page=True,
        ),
        Profile(
            name="statement",
            title="Bank statement / payslip",
            source=SourceKind.DUPLEX,
            mode=ColorMode.AUTO,
            resolution=300,
        ),
        Profile(
            name="letter",
            title="Letter",
            source=SourceKind.ADF,
            mode=ColorMode.AUTO,
            resolution=300,
        ),
        Profile(
            name="photo",
            title="Photo",
            source=SourceKind.FLATBED,
            mode=ColorMode.COLOR,
            resolution=300,
            deskew=False,
            crop=True,
            jpeg_quality=80,
        ),
    )
}

_FIELDS = {f.name for f in dataclasses.fields(Profile)}


def load_profiles(
    path: Path, base: Mapping[str, Profile] | None = None, *, keep_locked: bool = False
) -> dict[str, Profile]:
    """Profiles from a TOML file (`[profiles.NAME]` tables), over `base` (the built-ins).

    A table for a built-in name changes only the keys it gives; a new name needs `title`,
    `source`, `mode` and `resolution`. With `keep_locked`, a table for a profile that is locked
    in `base` is refused: a file laid over another cannot change or unlock what that one locks.
    """
    profiles = dict(BUILTIN_PROFILES if base is None else base)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ProfileError(f"{path}: cannot read profiles ({error})") from None
    tables = data.get("profiles", {})
    if not isinstance(tables, dict):
        raise ProfileError(f"{path}: [profiles] must be a table")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise ProfileError(f"{path}: profiles.{name} must be a table")
        locked = profiles.get(name)
        if keep_locked and locked is not None and locked.locked:
            raise ProfileError(
                f"{path}: profiles.{name}: the profile {locked.title!r} is locked; this file "
                "cannot change it"
            )
        profiles[name] = _profile(path, name, table, profiles.get(name))
    return profiles


def _profile(path: Path, name: str, table: dict[str, Any], base: Profile | None) -> Profile:
    unknown = set(table) - _FIELDS
    if unknown:
        raise ProfileError(f"{path}: profiles.{name}: unknown key {sorted(unknown)[0]!r}")
    values: dict[str, Any] = dataclasses.asdict(base) if base is not None else {"name": name}
    if base is not None:
        values["page_size"] = base.page_size
    values["name"] = name
    for key, raw in table.items():
        try:
            values[key] = _convert(key, raw)
        except (ValueError, TypeError) as error:
            raise ProfileError(f"{path}: profiles.{name}.{key}: {error}") from None
    missing = {"title", "source", "mode", "resolution"} - set(values)
    if missing:
        raise ProfileError(f"{path}: profiles.{name}: missing {sorted(missing)[0]!r}")
    return Profile(**values)


def _convert(key: str, raw: Any) -> Any:
    if key == "source":
        return SourceKind(str(raw))
    if key == "mode":
        return ColorMode(str(raw))
    if key == "page_size":
        for size in PAGE_SIZES:
            if size.name.lower() == str(raw).lower():
                return size
        raise ValueError(f"unknown page size {raw!r}")
    if key in {"resolution", "jpeg_quality", "sides"}:
        if isinstance(raw, bool) or not isinstance(raw, int) or raw <= 0:
            raise ValueError("must be a positive whole number")
        return raw
    if key in {"deskew", "crop", "locked", "sides_on_one_page"}:
        if not isinstance(raw, bool):
            raise TypeError("must be true or false")
        return raw
    if not isinstance(raw, str):
        raise TypeError("must be text")
    return raw
