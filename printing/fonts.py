"""Which TrueType fonts printed documents use: set once by the application, read at the first build.

Light to import (no reportlab), so an entry point can name its fonts without paying for the
document machinery until a document is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

FontFace = tuple[Path, Path]
"""A regular and a bold TrueType file of one family."""

_faces: list[FontFace] = []


def use_fonts(faces: Sequence[FontFace]) -> None:
    """Print with these faces: the first for all text it can draw, the others, in order, for
    the characters it cannot (names in another script)."""
    _faces[:] = faces


def document_faces() -> list[FontFace]:
    """The faces named by `use_fonts` (empty: the system's fonts)."""
    return list(_faces)
