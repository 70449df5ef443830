"""A letter or a photo is recorded and named as one (not as "Something else")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.domain.documents import DocumentKind
from desk.ui.labels import label
from desk.ui.views.scan import PROFILE_KINDS
from scanning.profiles import BUILTIN_PROFILES


def test_every_built_in_profile_has_its_own_kind_and_name(qtbot: QtBot) -> None:
    assert PROFILE_KINDS["letter"] is DocumentKind.LETTER
    assert PROFILE_KINDS["photo"] is DocumentKind.PHOTO
    assert set(BUILTIN_PROFILES) <= set(PROFILE_KINDS)
    assert label(DocumentKind.LETTER) == "Letter"
    assert label(DocumentKind.PHOTO) == "Photo"
    assert label(DocumentKind.OTHER) == "Something else"
