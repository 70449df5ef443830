"""Normalise the names drivers give their sources and modes into our few kinds."""

from __future__ import annotations

import re

from scanning.model import ColorMode, SourceKind

_DUPLEX = re.compile(r"duplex|2[- ]?sided|two[- ]?sided|both|\bdp\b|double", re.IGNORECASE)
_FEEDER = re.compile(
    r"adf|feeder|\bfeed|document table? feeder|\bsheet|\bsf\b|simplex|front|back|auto",
    re.IGNORECASE,
)
_FLATBED = re.compile(r"flat|platen|glass|normal|document table|\bfb\b|bed", re.IGNORECASE)
_OTHER = re.compile(r"transparen|film|\btma\b|\btpu\b|negative|slide|positive", re.IGNORECASE)


def source_kind(name: str) -> SourceKind:
    """The kind of a driver's source name ("ADF Duplex" -> duplex, "Platen" -> flatbed, ...)."""
    if _OTHER.search(name):
        return SourceKind.OTHER
    if _DUPLEX.search(name):
        return SourceKind.DUPLEX
    if _FLATBED.search(name) and not re.search(r"adf|feeder", name, re.IGNORECASE):
        return SourceKind.FLATBED
    if _FEEDER.search(name):
        return SourceKind.ADF
    return SourceKind.OTHER


_COLOR = re.compile(r"colou?r|rgb|24", re.IGNORECASE)
_GRAY = re.compile(r"gr[ae]y|grayscale|\bgray|8 ?bit|monochrome gray", re.IGNORECASE)
_BW = re.compile(r"line ?art|binary|black|halftone|mono|\bbw\b|threshold|1 ?bit", re.IGNORECASE)


def mode_kind(name: str) -> ColorMode | None:
    """The kind of a driver's scan-mode name, or None when it is none of ours."""
    if _COLOR.search(name):
        return ColorMode.COLOR
    if _GRAY.search(name):
        return ColorMode.GRAY
    if _BW.search(name):
        return ColorMode.BW
    return None
