"""The shipped fonts: the app draws every word in them, so no machine's own fonts are needed."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo, QRawFont, QTextLayout
from PySide6.QtWidgets import QLabel

from desk import fonts
from desk.resources import resources_dir
from desk.ui.main_window import MainWindow
from tests.printing.test_scripts import SAMPLES, Sample, harfbuzz_glyphs


def test_the_app_draws_in_atkinson_hyperlegible_with_noto_behind_it(window: MainWindow) -> None:
    font = window.font()
    assert QFontInfo(font).family() == "Atkinson Hyperlegible"
    assert font.families()[:2] == ["Atkinson Hyperlegible", "Noto Sans"]
    # Labels styled by the sheet (a heading's size and weight) keep the family.
    labels = window.findChildren(QLabel)
    assert any(label.objectName() == "heading" for label in labels)
    assert {QFontInfo(label.font()).family() for label in labels} == {"Atkinson Hyperlegible"}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _every_shipped_text() -> list[str]:
    texts: list[str] = []
    for ts in sorted((resources_dir() / "translations").glob("*.ts")):
        root = ET.parse(ts).getroot()
        texts += [node.text or "" for node in root.iter() if node.tag in {"source", "translation"}]
        texts += [node.text or "" for node in root.iter("numerusform")]
    for toml in sorted((resources_dir() / "documents").glob("*.toml")):
        texts += _strings(tomllib.loads(toml.read_text(encoding="utf-8")))
    return texts


def test_every_character_the_app_ships_is_in_a_shipped_font() -> None:
    raw = [QRawFont(str(face.regular), 12) for face in fonts.faces()]
    assert all(font.isValid() for font in raw)
    characters = {c for text in _every_shipped_text() for c in text if c.isprintable()}
    assert len(characters) > 100, "the translations and documents were read"
    uncovered = sorted(c for c in characters if not any(f.supportsCharacter(ord(c)) for f in raw))
    assert not uncovered, f"no shipped font draws {uncovered}"


def test_every_shipped_font_file_is_loaded_with_its_licence(window: MainWindow) -> None:
    from desk.ui.fonts import load_fonts  # noqa: PLC0415

    assert set(load_fonts()) == set(fonts.families())
    folder = fonts.fonts_dir()
    for face in fonts.faces():
        assert face.regular.is_file() and face.bold.is_file()
    licences = {p.name for p in folder.glob("OFL-*.txt")}
    assert licences == {"OFL-AtkinsonHyperlegible.txt", "OFL-Noto.txt"}
    assert all("SIL Open Font License" in (folder / name).read_text() for name in licences)


def test_the_fonts_folder_is_where_the_app_reads_it() -> None:
    assert fonts.fonts_dir() == Path(resources_dir()) / "fonts"


@pytest.mark.parametrize("sample", SAMPLES, ids=[sample.language for sample in SAMPLES])
def test_every_script_is_drawn_on_screen_in_a_shipped_font(qapp: object, sample: Sample) -> None:
    """Qt lays the title out in the app's font: every glyph run is in a shipped family (not
    one the PC happens to have), none is a missing glyph, and the script's own Noto family draws
    it with the glyphs HarfBuzz gives (Qt shapes through HarfBuzz too)."""
    from desk.ui.fonts import application_font  # noqa: PLC0415

    layout = QTextLayout(sample.title, application_font(14))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    families = {run.rawFont().familyName() for run in runs}
    assert families <= set(fonts.families()), f"drawn in {families}"
    own = next(
        face.family for face in fonts.faces() if face.regular.stem == f"{sample.family}-Regular"
    )
    assert own in families
    script_runs = [run for run in runs if run.rawFont().familyName() == own]
    glyphs = [g for run in script_runs for g in run.glyphIndexes()]
    assert 0 not in glyphs, "a character no shipped font has"
    path = fonts.fonts_dir() / f"{sample.family}-Regular.ttf"
    expected = harfbuzz_glyphs(path, sample.title)
    space = QRawFont(str(path), 14).glyphIndexesForString(" ")[0]
    drawn = [g for g in glyphs if g != space]
    assert sorted(drawn) == sorted(expected)
