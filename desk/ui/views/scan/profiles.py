"""The scan profiles the screens offer, and what each one's document usually is."""

from __future__ import annotations

from desk.config import LoadedSettings
from desk.domain.documents import DocumentKind
from desk.services.profiles import scan_profiles_or_safe
from scanning.profiles import Profile

PROFILE_KINDS = {
    "id": DocumentKind.IDENTITY,
    "statement": DocumentKind.BANK_STATEMENT,
    "letter": DocumentKind.LETTER,
    "photo": DocumentKind.PHOTO,
}
"""What a profile's document usually is evidence of (staff can change it)."""


def load_scan_profiles(loaded: LoadedSettings) -> dict[str, Profile]:
    """The scan profiles, IT's locks holding (desk.services.profiles); never fails."""
    return scan_profiles_or_safe(loaded)
