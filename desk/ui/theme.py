"""Themes (standard, high contrast) and text size, applied to the whole application."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desk.resources import resources_dir
from desk.ui.fonts import application_font

BASE_POINT_SIZE = 12.0


def apply_theme(app: QApplication, theme: str, text_scale: float) -> None:
    """Load the theme's style sheet and the shipped fonts at the text size; every size follows."""
    app.setFont(application_font(BASE_POINT_SIZE * text_scale))
    styles = resources_dir() / "styles"
    # A sheet names its pictures (a checkbox's tick) under @styles@, wherever the app is.
    sheet = (
        (styles / f"{theme}.qss").read_text(encoding="utf-8").replace("@styles@", styles.as_posix())
    )
    # Style sheets fix their own point sizes; scale those too.
    app.setStyleSheet(_scale_points(sheet, text_scale))


def _scale_points(sheet: str, scale: float) -> str:
    import re  # noqa: PLC0415

    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", sheet)
