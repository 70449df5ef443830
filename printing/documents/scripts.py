"""Text in every script on paper: shaping through HarfBuzz, right-to-left lines, findable text.

reportlab shapes a word with uharfbuzz when its font is "shapable", but it shapes a word whose
letters are set in two fonts (a Latin bracket, then Devanagari) with the first font only, it
reorders right-to-left text only with a package of its own that is not on PyPI, and the text a
shaped glyph stands for (a conjunct, a vowel sign drawn before its consonant) is lost to a PDF
reader. So here:

- `shape_frag_word` shapes each font's run of a word on its own, and remembers the text each
  run of glyphs stands for (`Sourced`);
- `Paragraph` draws a right-to-left paragraph's lines in visual order (the Unicode bidi rules at
  the level of words: Arabic words right to left, a run of Latin words or numbers left to right
  inside them), after reportlab has broken them in logical order;
- `SourcedTextObject` writes each shaped run inside a marked-content span whose ActualText is
  the original text, so that copying, searching and screen readers get the words as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from copy import copy
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paragraph import Paragraph as _ReportlabParagraph

_reportlab_shape = _ttfonts.shapeFragWord
ShapedStr: Any = _ttfonts.ShapedStr
_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L", "EN", "AN"})
_SPLIT = re.compile(r"\s+|\S+")


class Sourced(ShapedStr):  # type: ignore[misc]  # reportlab has no type hints
    """Shaped glyphs (one character per glyph, as reportlab keeps them) with the text they
    stand for, in pieces of (glyph count, text) that survive joining and splitting."""

    pieces: tuple[tuple[int, str], ...]

    def __new__(
        cls, glyphs: str, shape_data: list[Any], pieces: tuple[tuple[int, str], ...]
    ) -> Any:
        self = super().__new__(cls, glyphs, shapeData=shape_data)
        self.pieces = pieces
        return self

    @property
    def source(self) -> str:
        """The text as written (logical order, the characters before shaping)."""
        return "".join(text for _, text in self.pieces)

    def __add__(self, other: str) -> Any:
        joined = super().__add__(other)
        return Sourced(str(joined), joined.__shapeData__, self.pieces + _pieces(other))

    def __radd__(self, other: str) -> Any:
        joined = super().__radd__(other)
        return Sourced(str(joined), joined.__shapeData__, _pieces(other) + self.pieces)


def _pieces(value: str) -> tuple[tuple[int, str], ...]:
    if isinstance(value, Sourced):
        return value.pieces
    return ((len(value), str(value)),) if value else ()


def needs_shaping(value: str) -> bool:
    """Whether `value` has letters that HarfBuzz must shape: Hebrew, Arabic, the Indic scripts
    and those after them. Latin, Greek and Cyrillic are left as they are, so that they break
    and hyphenate as before, without discretionary ligatures."""
    return any(ord(char) >= 0x0590 and not 0x2000 <= ord(char) <= 0x2BFF for char in value)


_FEATURES = {"kern": True, "liga": True}


def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """reportlab's word shaping, one fragment (one font) at a time, keeping the source text;
    only words in a script that needs it are shaped."""
    if isinstance(word, _ttfonts.ShapedFragWord) or len(word) < 2:
        return word
    if not needs_shaping("".join(str(chars) for _, chars in word[1:])):
        return word
    if not args:
        kwargs.setdefault("features", _FEATURES)
    if any(hasattr(frag, "cbDefn") for frag, _ in word[1:]):
        return _reportlab_shape(word, *args, **kwargs)
    items: list[tuple[Any, str]] = []
    width = 0.0
    changed = False
    for frag, chars in word[1:]:
        alone = [pdfmetrics.stringWidth(chars, frag.fontName, frag.fontSize), (frag, chars)]
        shaped = _reportlab_shape(alone, *args, **kwargs)
        width += shaped[0]
        if shaped is alone:
            items.append((frag, chars))
            continue
        changed = True
        for each, glyphs in shaped[1:]:
            data = getattr(glyphs, "__shapeData__", None)
            items.append(
                (each, Sourced(str(glyphs), data, ((len(glyphs), chars),)) if data else glyphs)
            )
    if not changed:
        return word
    return _ttfonts.makeShapedFragWord(word)([width, *items])


def shape_text(value: str, font: str, size: float) -> tuple[str, float]:
    """One run of text in one font, shaped: what to draw and its width in points."""
    width = pdfmetrics.stringWidth(value, font, size)
    word = [width, (_Bag(font, size), value)]
    shaped = shape_frag_word(word)
    if shaped is word:  # nothing for HarfBuzz to change
        return value, width
    return shaped[1][1], float(shaped[0])


class _Bag:
    """The little a fragment needs to be shaped: its font and size."""

    def __init__(self, font: str, size: float) -> None:
        self.fontName = font
        self.fontSize = size


def strong_direction(value: str) -> str | None:
    """ "rtl" or "ltr" from the first strongly directional character, or None (digits alone and
    punctuation have none of their own)."""
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def is_right_to_left(*texts: str) -> bool:
    """Whether text in this language is written right to left (Arabic, Urdu, Hebrew)."""
    return any(strong_direction(text) == "rtl" for text in texts)


def _level(source: str) -> int | None:
    """A token's embedding level in a right-to-left line: 1 right to left, 2 left to right
    (Latin words, numbers and references), None for spaces and punctuation (from neighbours)."""
    for char in source:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return 1
        if kind in _LTR_CLASSES:
            return 2
    return None


def visual_order(levels: Sequence[int | None]) -> list[int]:
    """Indices of tokens of a right-to-left line, left to right as drawn (Unicode bidi rules
    N1, N2 and L2 on whole tokens): a neutral between two left-to-right tokens goes with them,
    any other takes the line's direction."""
    resolved: list[int] = []
    for index, level in enumerate(levels):
        if level is not None:
            resolved.append(level)
            continue
        before = next((lv for lv in reversed(levels[:index]) if lv is not None), 1)
        after = next((lv for lv in levels[index + 1 :] if lv is not None), 1)
        resolved.append(2 if before == after == 2 else 1)
    order = list(range(len(levels)))
    for floor in (2, 1):  # reverse every run at or above each level, highest first
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and resolved[order[position]] >= floor
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return order


def _tokens(frag: Any) -> Iterable[Any]:
    """A fragment of a line split into words and spaces, each a fragment of its own."""
    text = frag.text
    pieces = text.pieces if isinstance(text, Sourced) else ((len(text), str(text)),)
    position = 0
    for count, source in pieces:
        glyphs = text[position : position + count]
        position += count
        if isinstance(text, Sourced) and str(glyphs) != source:
            token = copy(frag)
            token.text = Sourced(
                str(glyphs), text.__shapeData__[position - count : position], ((count, source),)
            )
            yield token
            continue
        for match in _SPLIT.finditer(source):
            token = copy(frag)
            token.text = match.group()
            yield token


_FONT = re.compile(r'(<font name="[^"]+">)(.*?)</font>', re.DOTALL)
_BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)


def _embolden(markup: str) -> str:
    return _FONT.sub(r"\1<b>\2</b></font>", markup)


def _source(frag: Any) -> str:
    text = getattr(frag, "text", "")
    return text.source if isinstance(text, Sourced) else str(text)


def right_to_left_line(words: Sequence[Any]) -> list[Any]:
    """A line's fragments (logical order) as drawn from left to right."""
    if any(hasattr(frag, "cbDefn") for frag in words):
        return list(words)
    tokens = [token for frag in words for token in _tokens(frag)]
    order = visual_order([_level(_source(token)) for token in tokens])
    return [tokens[index] for index in order]


class Paragraph(_ReportlabParagraph):  # type: ignore[misc]  # reportlab has no type hints
    """reportlab's paragraph, shaped when its text needs it, and drawn right to left when its
    style says `rtl` (lines are broken in logical order, then each drawn in visual order). A
    run set in another font (`<font name=...>`) keeps the boldness around it, which
    reportlab's font tag drops."""

    def __init__(self, text: str, style: Any, *args: Any, **kwargs: Any) -> None:
        if needs_shaping(text) and not style.shaping:
            # Only text that needs it goes through reportlab's shaping path, which breaks and
            # hyphenates lines its own way: Latin paragraphs are laid out as they always were.
            style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        if str(style.fontName).endswith("-Bold"):
            text = _embolden(text)
        else:
            text = _BOLD.sub(lambda bold: f"<b>{_embolden(bold.group(1))}</b>", text)
        super().__init__(text, style, *args, **kwargs)

    def drawPara(self, debug: int = 0) -> None:  # reportlab's name
        lines = getattr(self, "blPara", None)
        if not getattr(self.style, "rtl", False) or lines is None or lines.kind != 1:
            super().drawPara(debug)
            return
        logical = lines.lines
        visual = []
        for line in logical:
            mirrored = copy(line)
            mirrored.words = right_to_left_line(line.words)
            visual.append(mirrored)
        lines.lines = visual
        try:
            super().drawPara(debug)
        finally:
            lines.lines = logical


class SourcedTextObject(PDFTextObject):  # type: ignore[misc]  # reportlab has no type hints
    """A text object that marks each shaped run with the text it stands for (ActualText)."""

    def _formatText(self, text: str) -> str:  # reportlab's name
        code: str = super()._formatText(text)
        if not isinstance(text, Sourced) or not code or strong_direction(text.source) == "rtl":
            return code
        actual = ("\ufeff" + text.source).encode("utf-16-be").hex().upper()
        return f"/Span <</ActualText <{actual}>>> BDC {code} EMC"


def use_shaping() -> None:
    """Make reportlab's paragraphs shape words with `shape_frag_word` (set once, idempotent)."""
    _paragraph.shapeFragWord = shape_frag_word
