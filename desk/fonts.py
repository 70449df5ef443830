"""The application's own fonts (`resources/fonts/`): one list for the screen and for paper.

Shipping them means a station shows and prints the same text at Woolwich on Windows as on the
machine the layout tests run on, whatever fonts the PC has. Atkinson Hyperlegible draws Latin
text; the Noto families after it draw what it cannot, in this order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.resources import resources_dir
from printing.fonts import use_fonts


@dataclass(frozen=True)
class Face:
    """One family: its name and its regular and bold files."""

    family: str
    regular: Path
    bold: Path


_FAMILIES = (
    ("Atkinson Hyperlegible", "AtkinsonHyperlegible"),
    ("Noto Sans", "NotoSans"),
    ("Noto Sans Arabic", "NotoSansArabic"),
    ("Noto Sans Hebrew", "NotoSansHebrew"),
    ("Noto Sans Devanagari", "NotoSansDevanagari"),
    ("Noto Sans Bengali", "NotoSansBengali"),
    ("Noto Sans Gurmukhi", "NotoSansGurmukhi"),
    ("Noto Sans Tamil", "NotoSansTamil"),
)


def fonts_dir() -> Path:
    """Where the shipped font files are."""
    return resources_dir() / "fonts"


def faces() -> tuple[Face, ...]:
    """Every shipped family, the main one first, then the fallbacks in the order to try them."""
    folder = fonts_dir()
    return tuple(
        Face(family, folder / f"{stem}-Regular.ttf", folder / f"{stem}-Bold.ttf")
        for family, stem in _FAMILIES
    )


def families() -> list[str]:
    """The family names, in fallback order (for Qt's font families)."""
    return [face.family for face in faces()]


def font_files() -> list[Path]:
    """Every shipped font file (italics included), for the screen to load."""
    return sorted(fonts_dir().glob("*.ttf"))


def use_for_documents() -> None:
    """Print documents in the shipped fonts (read when the first document is built)."""
    use_fonts([(face.regular, face.bold) for face in faces()])
