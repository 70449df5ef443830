"""Which scan profiles apply: IT's first, and what IT locks holds.

IT's profiles file is the `scanner.profiles_file` of the machine configuration (the machine
file, or on Windows the policy values and the file they name): it is read whatever `--config`,
`DESK_CONFIG`, the user file, `DESK_SCANNER_PROFILES_FILE`, `--set` or `desk scan
--profiles-file` say. Any other profiles file they name is laid over IT's and may add profiles or
change unlocked ones, but a table for a profile IT locked is refused. If IT's file cannot be read,
the built-in profiles apply, every one locked: a broken file must not unlock anything.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

from desk.config import LoadedSettings
from desk.errors import DeskError
from scanning.profiles import BUILTIN_PROFILES, Profile, ProfileError, load_profiles

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileFiles:
    """IT's profiles file (from the machine configuration) and another one laid over it."""

    it: Path | None
    other: Path | None


def profile_files(loaded: LoadedSettings, requested: Path | None = None) -> ProfileFiles:
    """IT's profiles file, and the one `requested` (`--profiles-file`) or the other layers name."""
    it_file = loaded.it_value("scanner_profiles_file")
    it = Path(it_file) if it_file else None
    other = requested or loaded.settings.scanner.profiles_file
    if other is not None and it is not None and _same(other, it):
        other = None
    return ProfileFiles(it, other)


def _same(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return one.absolute() == other.absolute()


def scan_profiles(loaded: LoadedSettings, requested: Path | None = None) -> dict[str, Profile]:
    """The profiles to scan with; DeskError (one line, naming the file) when one is unreadable
    or tries to change a profile IT locked."""
    files = profile_files(loaded, requested)
    profiles = dict(BUILTIN_PROFILES)
    try:
        if files.it is not None:
            profiles = load_profiles(files.it)
        if files.other is not None:
            profiles = load_profiles(files.other, profiles, keep_locked=True)
    except ProfileError as error:
        raise DeskError(str(error)) from None
    return profiles


def scan_profiles_or_safe(loaded: LoadedSettings) -> dict[str, Profile]:
    """For the app, which must start whatever: the profiles, else (with a WARNING in the log)
    IT's alone, else the built-in ones all locked."""
    files = profile_files(loaded)
    try:
        return scan_profiles(loaded)
    except DeskError as error:
        log.warning("scanner profiles not loaded: %s", error)
    if files.it is None:
        return dict(BUILTIN_PROFILES)
    try:
        return load_profiles(files.it)
    except ProfileError:
        return {
            name: dataclasses.replace(profile, locked=True)
            for name, profile in BUILTIN_PROFILES.items()
        }
