"""Paper sizes: the names people use, and the PWG keywords printers speak."""

from __future__ import annotations

_PWG = {
    "A3": "iso_a3_297x420mm",
    "A4": "iso_a4_210x297mm",
    "A5": "iso_a5_148x210mm",
    "Letter": "na_letter_8.5x11in",
    "Legal": "na_legal_8.5x14in",
}
_FRIENDLY = {keyword: name for name, keyword in _PWG.items()}


def to_keyword(size: str) -> str:
    """The PWG keyword for a paper size given as a friendly name or a keyword."""
    for name, keyword in _PWG.items():
        if size.lower() == name.lower():
            return keyword
    return size


def to_friendly(keyword: str) -> str:
    """A friendly name (A4, Letter) for a PWG keyword, or the keyword when it has none."""
    return _FRIENDLY.get(keyword, keyword)
