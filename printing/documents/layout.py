"""The look shared by every document: fonts, large readable styles, header, footer and helpers."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import (
    QrCodeWidget,
)
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Table,
    TableStyle,
    tables,
)

from printing.documents.scripts import (
    Paragraph,
    SourcedTextObject,
    is_right_to_left,
    right_to_left_line,
    shape_text,
    use_shaping,
)
from printing.documents.texts import Contact, DocumentTexts
from printing.fonts import FontFace, document_faces

Translate = Callable[[str], str]
"""Turns an English text into the resident's language; placeholders like {page} stay as they are."""


def identity(text: str) -> str:
    """The default translation: English as written."""
    return text


PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#0b4f6c")
RULE = colors.HexColor("#9aa5ab")
SHADE = colors.HexColor("#eef3f5")

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
_SYSTEM_FONTS = (
    # Used only when the application has not named its own fonts (see use_fonts): Linux
    # (Debian fonts-dejavu-core), then Windows; reportlab's own Vera is the last resort.
    (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ),
    (_WINDOWS_FONTS / "arial.ttf", _WINDOWS_FONTS / "arialbd.ttf"),
)
REGULAR = "DeskSans"
BOLD = "DeskSans-Bold"

_fallbacks: list[tuple[str, frozenset[int]]] = []
"""Font names after the first, with the characters each can draw, in the order to try them."""
_covered: frozenset[int] = frozenset()
"""The characters the first face can draw."""
_coverage: dict[str | None, frozenset[int]] = {}
"""What each font can draw, by name (None for the main font)."""
_registered: list[list[FontFace]] = []
"""The faces registered with reportlab under our names (none until a document is built)."""


def _register_face(name: str, regular: Path, bold: Path) -> frozenset[int]:
    face = TTFont(name, str(regular))
    pdfmetrics.registerFont(face)
    pdfmetrics.registerFont(TTFont(f"{name}-Bold", str(bold)))
    pdfmetrics.registerFontFamily(name, normal=name, bold=f"{name}-Bold")
    return frozenset(face.face.charToGlyph)


def _register_fonts() -> None:
    """Register the fonts once: names in any script must print, not as boxes."""
    global _covered  # noqa: PLW0603
    faces = document_faces()
    if _registered and _registered[0] == faces:
        return
    import reportlab  # noqa: PLC0415

    shipped = Path(reportlab.__file__).parent / "fonts"
    candidates = faces[:1] or [
        *_SYSTEM_FONTS,
        (shipped / "Vera.ttf", shipped / "VeraBd.ttf"),
    ]
    for regular, bold in candidates:
        if regular.is_file() and bold.is_file():
            _covered = _register_face(REGULAR, regular, bold)
            break
    else:
        raise RuntimeError("no TrueType font found for printed documents")
    _fallbacks.clear()
    for number, (regular, bold) in enumerate(faces[1:], start=1):
        name = f"{REGULAR}{number}"
        _fallbacks.append((name, _register_face(name, regular, bold)))
    _coverage.clear()
    _coverage[None] = _covered
    _coverage.update(_fallbacks)
    use_shaping()
    # reportlab's own defaults for a table and a drawing (the QR code) name Helvetica, which
    # would then be in the file, not embedded.
    tables.CellStyle.fontname = REGULAR
    STATE_DEFAULTS["fontName"] = REGULAR
    _registered[:] = [faces]


def _font_for(char: str) -> str | None:
    """The fallback font that draws `char`, or None for the main font (or when none can)."""
    code = ord(char)
    if code in _covered or char.isspace():
        return None
    return next((name for name, covered in _fallbacks if code in covered), None)


def _runs(value: str) -> Iterator[tuple[str | None, str]]:
    """`value` in runs of one font each (None: the main font). A letter is set in the first font
    that draws it; a mark, joiner, digit or punctuation stays in the font of the letter before it
    when that font has it, so that a Devanagari vowel sign, a danda or a zero-width joiner is
    shaped with its consonant, not split off into another font."""
    fonts: list[str | None] = []
    for char in value:
        font = _font_for(char)
        if fonts and not char.isspace() and not unicodedata.category(char).startswith("L"):
            before = fonts[-1]
            if before is not None and ord(char) in _coverage.get(before, frozenset()):
                font = before
        fonts.append(font)
    position = 0
    for font, run in groupby(fonts):
        length = len(list(run))
        yield font, value[position : position + length]
        position += length


@dataclass(frozen=True)
class Styles:
    """Paragraph styles: body text is 13 pt, nothing is smaller than 12 pt."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    strong: ParagraphStyle
    label: ParagraphStyle
    big: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    item: ParagraphStyle
    rtl: bool = False
    """Right to left (Arabic, Urdu): paragraphs right-aligned, table columns mirrored."""

    def row(self, cells: Sequence[Any]) -> list[Any]:
        """A table row's cells (or column widths) from the start of the line: mirrored when
        the document is right to left."""
        return list(reversed(cells)) if self.rtl else list(cells)


def right_to_left(translate: Translate) -> bool:
    """Whether documents in this translation are written right to left (Arabic, Urdu): read
    from labels every document prints."""
    return is_right_to_left(translate("Page {page} of {pages}"), translate("Date"))


def styles(translate: Translate = identity) -> Styles:
    """The shared styles (fonts registered on first use), right-aligned and drawn right to left
    when the translation is in a right-to-left script (a paragraph in a script that needs it is
    shaped: printing.documents.scripts.Paragraph)."""
    _register_fonts()
    rtl = right_to_left(translate)
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=13,
        leading=18,
        textColor=INK,
        spaceAfter=6,
        embeddedHyphenation=1,  # a long name breaks after one of its hyphens, not mid-word
        alignment=TA_RIGHT if rtl else TA_LEFT,
    )
    body.rtl = rtl  # read by printing.documents.scripts.Paragraph
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=24,
            leading=31,  # room for accents above capitals when a title wraps
            spaceAfter=8,
            textColor=ACCENT,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=21,
            spaceBefore=8,
            spaceAfter=3,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        body=body,
        strong=ParagraphStyle("strong", parent=body, fontName=BOLD),
        label=ParagraphStyle("label", parent=body, fontName=BOLD, spaceAfter=0),
        big=ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=18, leading=23),
        small=ParagraphStyle("small", parent=body, fontSize=12, leading=16, spaceAfter=2),
        right=ParagraphStyle(
            "right", parent=body, alignment=TA_LEFT if rtl else TA_RIGHT, spaceAfter=0
        ),
        item=ParagraphStyle("item", parent=body, spaceAfter=2),
        rtl=rtl,
    )


def text(value: str) -> str:
    """Data (names, references) made safe for a Paragraph's markup.

    A run of characters the main font cannot draw is set in the first fallback font that can.
    """
    if value.isascii():
        return escape(value)
    _register_fonts()
    parts: list[str] = []
    for font, run in _runs(value):
        chunk = escape(run)
        parts.append(chunk if font is None else f'<font name="{font}">{chunk}</font>')
    return "".join(parts)


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    value: str,
    *,
    size: float = 12,
    bold: bool = False,
    right: bool = False,
    room: float | None = None,
    rtl: bool = False,
) -> float:
    """One line of text on the page (a header or a footer) from `x` (or ending at `x`, with
    `right`), each run in a font that can draw it and shaped, as `text` does for paragraphs
    (drawn right to left with `rtl`); return its width. Text wider than `room` is set smaller
    (down to 9 pt), or left out if it still does not fit: a header must never run into its
    neighbour."""
    _register_fonts()
    suffix = "-Bold" if bold else ""
    runs = [
        ((font or REGULAR) + suffix, word)
        for font, chunk in _runs(value)
        for word in re.findall(r"\s+|\S+", chunk)
    ]

    def shaped(at: float) -> list[tuple[str, str, float]]:
        return [(font, *shape_text(run, font, at)) for font, run in runs]

    pieces = shaped(size)
    if room is not None and sum(width for *_, width in pieces) > room:
        size = size * room / sum(width for *_, width in pieces)
        if size < 9:
            return 0.0
        pieces = shaped(size)
    if rtl:
        pieces = [
            (token.font, token.text, token.width)
            for token in right_to_left_line([_Piece(*piece) for piece in pieces])
        ]
    total = float(sum(width for *_, width in pieces))
    if right:
        x -= total
    for font, run, width in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += width
    return total


@dataclass
class _Piece:
    """A run of a header line, for right-to-left ordering (`text` is what to draw)."""

    font: str
    text: str
    width: float


DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date, translate: Translate) -> str:
    """E.g. "Monday 23 November 2026", with the day and month names translated."""
    weekday, month = translate(DAYS[day.weekday()]), translate(MONTHS[day.month - 1])
    return f"{weekday} {day.day} {month} {day.year}"


def plural(count: int, one: str, many: str, translate: Translate) -> str:
    """`one` or `many` (both with a {count} placeholder), translated, with the count put in."""
    return translate(one if count == 1 else many).format(count=count)


def clock_time(moment: datetime) -> str:
    """E.g. "14:05" (the 24-hour clock needs no translation)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def details_table(
    rows: Sequence[tuple[str, str]], st: Styles, label_width: float = 55 * mm
) -> Table:
    """Two columns, a bold label and its value; values wrap, rows split across pages."""
    data = [
        st.row([Paragraph(text(label), st.label), Paragraph(value, st.body)])
        for label, value in rows
    ]
    table = Table(
        data,
        colWidths=st.row([label_width, CONTENT_WIDTH - label_width]),
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("RIGHTPADDING" if st.rtl else "LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def bullets(
    items: Sequence[str], st: Styles, *, numbered: bool = False, start: int = 1
) -> ListFlowable:
    """A bulleted (or numbered, from `start`) list of paragraphs (markup already escaped).
    Right to left, the bullet or number starts each item's text, at its right."""
    if st.rtl:
        marks = [f"{start + n}." if numbered else "\u2022" for n in range(len(items))]
        return ListFlowable(
            [
                ListItem(Paragraph(f"{mark}\u00a0 {item}", st.item), leftIndent=0, rightIndent=4)
                for mark, item in zip(marks, items, strict=True)
            ],
            bulletType="bullet",
            start="",
            bulletFontName=REGULAR,
            leftIndent=0,
            bulletDedent=0,
        )
    flowables = [ListItem(Paragraph(item, st.item), leftIndent=18) for item in items]
    if numbered:
        return ListFlowable(
            flowables,
            start=start,
            bulletType="1",
            bulletFontName=BOLD,
            bulletFontSize=13,
            leftIndent=22,
            bulletDedent=18,  # the number at the margin, not in it
        )
    return ListFlowable(
        flowables,
        bulletType="bullet",
        start="\u2022",
        bulletFontName=REGULAR,
        bulletFontSize=13,
        leftIndent=18,
    )


def qr_code(value: str, size: float = 32 * mm) -> Drawing:
    """A QR code of `value`, `size` wide, for a phone to read the reference."""
    widget = QrCodeWidget(value, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def contact_box(contact: Contact, heading: str, st: Styles, translate: Translate) -> Table:
    """A shaded box: the heading, the description, how to get in touch (phone, email, website)
    on one line, where and when on the next, then the address: few lines, so that a summary
    keeps to one sheet. It can split across pages."""
    t = translate

    def line(pairs: Sequence[tuple[str, str]]) -> list[str]:
        parts = [f"<b>{text(t(label))}:</b>\u00a0{value}" for label, value in pairs if value]
        return [" \u00b7 ".join(parts)] if parts else []

    lines = [text(t(contact.description))] if contact.description else []
    lines += line(
        [
            ("Phone", text(contact.phone)),
            ("Email", text(contact.email)),
            ("Website", text(contact.website)),
        ]
    )
    lines += line(
        [
            ("Where", text(t(contact.where)) if contact.where else ""),
            ("When", text(t(contact.when)) if contact.when else ""),
        ]
    )
    lines += line([("Address", ", ".join(map(text, contact.address)))])
    rows: list[list[Any]] = [[Paragraph(text(heading), st.strong)]]
    rows.extend([Paragraph(each, st.small)] for each in lines)
    box = Table(rows, colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
                ("TOPPADDING", (0, 1), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -2), 0),
            ]
        )
    )
    return box


def build(
    output: Path | BinaryIO,
    story: list[Flowable],
    *,
    title: str,
    texts: DocumentTexts,
    translate: Translate,
) -> int:
    """Lay out `story` on A4 with the council's header and a numbered footer; return the pages."""
    _register_fonts()
    council = texts.council.title
    page_of = translate("Page {page} of {pages}")
    rtl = right_to_left(translate)
    start, end = (PAGE_WIDTH - MARGIN, MARGIN) if rtl else (MARGIN, PAGE_WIDTH - MARGIN)
    pages_seen: list[int] = []

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        """Holds each page until the end, so the footer can say "Page 1 of 3"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR  # no Helvetica
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
            return SourcedTextObject(self, x, y, direction=direction)

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            pages_seen.append(total)
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            top = PAGE_HEIGHT - 12 * mm
            self.setFillColor(ACCENT)
            used = draw_line(self, start, top, council, bold=True, right=rtl, rtl=rtl)
            self.setFillColor(INK)
            room = CONTENT_WIDTH - used - 6 * mm
            draw_line(self, end, top, title, right=not rtl, room=room, rtl=rtl)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.8)
            self.line(MARGIN, PAGE_HEIGHT - 14.5 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 14.5 * mm)
            self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
            footer = page_of.format(page=self._pageNumber, pages=total)
            draw_line(self, end, 9 * mm, footer, right=not rtl, rtl=rtl)
            if texts.council.phone:
                phone = f"{translate('Phone')}: {texts.council.phone}"
                draw_line(self, start, 9 * mm, phone, right=rtl, rtl=rtl)
            self.restoreState()

    document = BaseDocTemplate(
        str(output) if isinstance(output, Path) else output,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 2 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=council,
        creator="Station Desk",
    )
    # No padding inside the frame: a table CONTENT_WIDTH wide fills the margins exactly.
    body = Frame(
        MARGIN,
        document.bottomMargin,
        CONTENT_WIDTH,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[body])])
    document.build(story, canvasmaker=NumberedCanvas)
    return pages_seen[-1] if pages_seen else 0
