"""Load the shipped fonts into Qt and make them the application's font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from desk import fonts

log = logging.getLogger(__name__)

_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Add every shipped font to Qt's database once; return the families Qt now knows of them."""
    if not _loaded:
        for path in fonts.font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.error("font could not be loaded file=%s", path.name)
                continue
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_loaded))


def application_font(point_size: float) -> QFont:
    """The shipped families in fallback order (Qt falls back character by character)."""
    load_fonts()
    font = QFont()
    font.setFamilies(fonts.families())
    font.setPointSizeF(point_size)
    return font
