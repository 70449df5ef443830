"""The receipt printed in Nepali, Bengali, Panjabi, Arabic and Urdu: shaped, right to left where
the script is, the fonts embedded, and its text read back from the PDF as it was written.

The sentences stand in for the translations until those ship. Each receipt is read back three
ways: `pdftotext` (the text a reader copies or a screen reader speaks), `pdftotext -bbox` (where
each word is drawn, for the order of a right-to-left line) and the page's own content stream
(pikepdf), whose glyphs must be those HarfBuzz gives for the same sentence in the same font.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest
import uharfbuzz
from reportlab.pdfbase import pdfmetrics

from desk import fonts
from printing.documents import (
    SentDocument,
    Submission,
    UploadReceipt,
    compose_upload_receipt,
    load_texts,
)
from printing.documents.scripts import Paragraph, strong_direction, visual_order
from tests.components import require_tools

pytestmark = pytest.mark.poppler

REFERENCE = "HB-2026-004512"
TEXTS = load_texts()


@dataclass(frozen=True)
class Sample:
    """A language's wording for the receipt, in its script and the font that must draw it."""

    language: str
    family: str
    title: str  # "Your upload receipt"
    sent: str  # "Your documents have been sent."
    within: str  # "The council team will check your documents within 10 working days."
    reference: str  # "Your reference"
    page: str  # "Page {page} of {pages}"
    date: str  # "Date"
    rtl: bool = False

    def translate(self, english: str) -> str:
        return {
            TEXTS.receipt.title: self.title,
            TEXTS.receipt.intro: self.sent,
            TEXTS.receipt.next_steps[0]: self.within,
            "Your reference": self.reference,
            "Page {page} of {pages}": self.page,
            "Date": self.date,
        }.get(english, english)


SAMPLES = [
    Sample(
        "ne",
        "NotoSansDevanagari",
        "तपाईंको अपलोड रसिद",
        "तपाईंका कागजातहरू पठाइएका छन्।",
        "काउन्सिलको टोलीले 10 कार्य दिनभित्र तपाईंका कागजातहरू जाँच गर्नेछ।",
        "तपाईंको सन्दर्भ नम्बर",
        "पृष्ठ {page} / {pages}",
        "मिति",
    ),
    Sample(
        "bn",
        "NotoSansBengali",
        "আপনার আপলোডের রসিদ",
        "আপনার কাগজপত্র পাঠানো হয়েছে।",
        "কাউন্সিলের দল 10 কার্যদিবসের মধ্যে আপনার কাগজপত্র দেখবে।",
        "আপনার রেফারেন্স নম্বর",
        "পৃষ্ঠা {page} / {pages}",
        "তারিখ",
    ),
    Sample(
        "pa",
        "NotoSansGurmukhi",
        "ਤੁਹਾਡੀ ਅੱਪਲੋਡ ਰਸੀਦ",
        "ਤੁਹਾਡੇ ਦਸਤਾਵੇਜ਼ ਭੇਜ ਦਿੱਤੇ ਗਏ ਹਨ।",
        "ਕੌਂਸਲ ਦੀ ਟੀਮ 10 ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਤੁਹਾਡੇ ਦਸਤਾਵੇਜ਼ ਦੇਖੇਗੀ।",
        "ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ",
        "ਸਫ਼ਾ {page} / {pages}",
        "ਤਾਰੀਖ਼",
    ),
    Sample(
        "ar",
        "NotoSansArabic",
        "إيصال التحميل الخاص بك",
        "تم إرسال مستنداتك.",
        "سيتحقق فريق المجلس من مستنداتك خلال 10 أيام عمل.",
        "الرقم المرجعي الخاص بك",
        "الصفحة {page} من {pages}",
        "التاريخ",
        rtl=True,
    ),
    Sample(
        "ur",
        "NotoSansArabic",
        "آپ کی اپ لوڈ رسید",
        "آپ کی دستاویزات بھیج دی گئی ہیں۔",
        "کونسل کی ٹیم 10 کام کے دنوں میں آپ کی دستاویزات دیکھے گی۔",
        "آپ کا حوالہ نمبر",
        "صفحہ {page} از {pages}",
        "تاریخ",
        rtl=True,
    ),
]
IDS = [sample.language for sample in SAMPLES]


@pytest.fixture(autouse=True)
def _poppler() -> None:
    require_tools("poppler", "pdftotext", "pdffonts")


@pytest.fixture(params=SAMPLES, ids=IDS)
def printed(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Sample, Path]:
    return print_receipt(request.param, tmp_path)


@pytest.fixture(params=[s for s in SAMPLES if s.rtl], ids=[s.language for s in SAMPLES if s.rtl])
def printed_rtl(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Sample, Path]:
    return print_receipt(request.param, tmp_path)


def print_receipt(sample: Sample, tmp_path: Path) -> tuple[Sample, Path]:
    pdf = tmp_path / f"receipt-{sample.language}.pdf"
    receipt = UploadReceipt(
        (Submission("Housing", REFERENCE, (SentDocument("Payslip", 2),)),),
        datetime(2026, 11, 23, 10, 42),
        "Woolwich Centre",
        "Priya",
    )
    assert compose_upload_receipt(receipt, pdf, translate=sample.translate) == 1
    return sample, pdf


_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normal(value: str) -> str:
    """Text compared as a reader sees it: compatibility forms folded (an Arabic letter's
    contextual form is the letter), bidi marks (which poppler puts around a run) as spaces,
    spaces collapsed."""
    folded = unicodedata.normalize("NFKC", _BIDI_CONTROLS.sub(" ", value))
    return " ".join(folded.split())


def unpunctuated(value: str) -> str:
    return "".join(c for c in value if not unicodedata.category(c).startswith("P"))


def extracted(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def lines_of_words(pdf: Path) -> list[list[tuple[float, float, str]]]:
    """Each line's words as poppler places them: (left, right, text). poppler gives a
    right-to-left word's letters in the order drawn: they are put back in reading order."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True, timeout=60
    ).stdout
    ns = "{http://www.w3.org/1999/xhtml}"
    return [
        [
            (float(word.get("xMin", 0)), float(word.get("xMax", 0)), reading(word.text or ""))
            for word in line.iter(f"{ns}word")
        ]
        for line in ET.fromstring(out).iter(f"{ns}line")
    ]


def reading(word: str) -> str:
    return word[::-1] if strong_direction(unicodedata.normalize("NFKC", word)) == "rtl" else word


def test_the_text_reads_back_as_written(printed: tuple[Sample, Path]) -> None:
    sample, pdf = printed
    text = normal(extracted(pdf))
    assert REFERENCE in text and "Housing" in text
    if not sample.rtl:
        for sentence in (sample.title, sample.sent, sample.within, sample.reference, sample.date):
            assert normal(sentence) in text
        assert normal(sample.page.format(page=1, pages=1)) in text
        return
    # Right to left, poppler gives a line's runs in the order they are drawn: each sentence's
    # words must all be there, letter for letter, and drawn from the right (below).
    # (A full stop is neutral: poppler may put it on either side of the last word.)
    words = set(unpunctuated(text).split())
    for sentence in (sample.title, sample.sent, sample.within, sample.reference, sample.date):
        assert set(unpunctuated(normal(sentence)).split()) <= words, sentence


def test_right_to_left_lines_start_at_the_right_with_numbers_left_to_right(
    printed_rtl: tuple[Sample, Path],
) -> None:
    sample, pdf = printed_rtl
    lines = lines_of_words(pdf)
    right_margin = 595.28 - 20 * 72 / 25.4
    for sentence in (sample.title, sample.sent, sample.within):
        expected = normal(sentence).split()
        found = [line for line in lines if {normal(word) for _, _, word in line} >= set(expected)]
        assert found, f"no line holds {sentence!r}"
        line = found[-1]  # the body's (the title is in the header too)
        drawn = [unpunctuated(normal(w)) for _, _, w in sorted(line, reverse=True) if w != "•"]
        assert drawn == [unpunctuated(word) for word in expected], (
            "read from the right, the words come in the order written"
        )
        assert max(right for _, right, _ in line) > right_margin - 6, "right-aligned"
    # "10" is drawn left to right, as one number, between its neighbours.
    assert "10" in normal(extracted(pdf)).split()


def test_the_fonts_are_embedded_and_subset_each_script_in_its_own(
    printed: tuple[Sample, Path],
) -> None:
    sample, pdf = printed
    out = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        name, emb, sub = row[0], row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), f"{name} is not embedded and subset"
    names = {row[0].split("+", 1)[-1] for row in rows}
    assert f"{sample.family}-Regular" in names and f"{sample.family}-Bold" in names
    assert "AtkinsonHyperlegible-Regular" in names  # the reference and "Housing"


def _font_file(family: str, weight: str) -> Path:
    return fonts.fonts_dir() / f"{family}-{weight}.ttf"


def harfbuzz_glyphs(path: Path, value: str) -> list[int]:
    """The glyphs HarfBuzz draws `value` with in this font, left to right, spaces left out."""
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path))))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(value)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    space = font.get_nominal_glyph(ord(" "))
    return [info.codepoint for info in buffer.glyph_infos if info.codepoint != space]


def unshaped_glyphs(path: Path, value: str, rtl: bool) -> list[int]:
    """One glyph per character from the font's character map, as if nothing shaped it."""
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path))))
    glyphs = [font.get_nominal_glyph(ord(char)) or 0 for char in value if char != " "]
    return glyphs[::-1] if rtl else glyphs


def drawn_glyphs(pdf: Path, path: Path) -> list[int]:
    """The glyphs the page draws in this font file, in the order drawn. A code in the file is
    the font's subset code: its ToUnicode entry is the character that reportlab keeps for the
    glyph (a private-use one for a glyph with no character of its own), and the registered font
    gives back the glyph."""
    registered = next(
        font
        for font in map(pdfmetrics.getFont, pdfmetrics.getRegisteredFontNames())
        if Path(getattr(font.face, "filename", "")).name == path.name
    )
    glyph_of = registered.face.charToGlyph
    found: list[int] = []
    with pikepdf.open(pdf) as document:
        for page in document.pages:
            fonts_here = page.Resources.Font
            codes: dict[str, dict[int, int]] = {}
            for key in fonts_here.keys():  # noqa: SIM118  # a pikepdf Dictionary
                font = fonts_here[key]
                if str(font.BaseFont).endswith(f"+{path.stem}"):
                    cmap = font.ToUnicode.read_bytes().decode("latin-1")
                    codes[key] = {
                        int(code, 16): int(char, 16)
                        for code, char in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap)
                    }
            current: dict[int, int] | None = None
            for instruction in pikepdf.parse_content_stream(page):
                operands, operator = instruction.operands, instruction.operator
                if str(operator) == "Tf":
                    current = codes.get(str(operands[0]))
                elif current is not None and str(operator) in {"Tj", "TJ"}:
                    strings = operands[0] if str(operator) == "TJ" else [operands[0]]
                    for part in strings:
                        if isinstance(part, pikepdf.String):
                            found += [glyph_of[current[code]] for code in bytes(part)]
    space = glyph_of.get(ord(" "))
    return [glyph for glyph in found if glyph != space]


def contains(sequence: list[int], part: list[int]) -> bool:
    return any(sequence[i : i + len(part)] == part for i in range(len(sequence) - len(part) + 1))


def test_the_text_is_shaped_as_harfbuzz_shapes_it(printed: tuple[Sample, Path]) -> None:
    sample, pdf = printed
    for sentence, weight in ((sample.sent, "Regular"), (sample.title, "Bold")):
        path = _font_file(sample.family, weight)
        drawn = drawn_glyphs(pdf, path)
        shaped = harfbuzz_glyphs(path, sentence)
        assert contains(drawn, shaped), f"{sentence!r} is not drawn with HarfBuzz's glyphs"
        if weight == "Regular":
            # The sentence needs shaping (a conjunct, a vowel sign drawn before its consonant,
            # letters joined), so one glyph per character would be something else.
            unshaped = unshaped_glyphs(path, sentence, sample.rtl)
            assert shaped != unshaped
            assert not contains(drawn, unshaped)


def test_bidi_order_of_a_line_of_tokens() -> None:
    # Arabic words (level 1) around a reference and a number (level 2); None is a space.
    levels = [1, None, 1, None, 2, None, 2, None, 1]
    assert visual_order(levels) == [8, 7, 4, 5, 6, 3, 2, 1, 0]
    assert visual_order([2, None, 2]) == [0, 1, 2]


def test_a_run_in_another_font_keeps_the_bold_around_it() -> None:
    from printing.documents.layout import styles, text  # noqa: PLC0415

    st = styles()
    para = Paragraph(text("मिति"), st.label)
    assert {frag.fontName for frag in para.frags} == {
        next(
            name
            for name in pdfmetrics.getRegisteredFontNames()
            if name.endswith("-Bold")
            and Path(getattr(pdfmetrics.getFont(name).face, "filename", "")).name
            == "NotoSansDevanagari-Bold.ttf"
        )
    }
