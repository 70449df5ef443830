"""Each shipped language: every resident-facing string translated (and marked unfinished until
its community reviewer has checked it), no placeholder lost or added, the plural forms the
language has; the translations survive `python -m desk.ui.i18n`; proofs and doctor tell the
review state."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desk.services import languages
from desk.services.checks import Status, check_languages
from desk.ui.i18n import translations_dir, update
from desk.ui.proof import proof_html
from desk.ui.resident import resident_messages

SHIPPED = list(languages.languages())
PLACEHOLDERS = re.compile(r"\{[^}]*\}|%L?n")
PLURAL_FORMS = {"ne": 2, "pl": 3, "ro": 3, "es": 2, "pt": 2, "lt": 3, "pa": 2, "ar": 6}
"""How many plural forms Qt gives each language (its numerus rules)."""


def test_the_languages_are_the_ones_chosen_in_docs() -> None:
    assert SHIPPED == ["ne", "pl", "ro", "es", "pt", "lt", "pa", "ar"]
    assert [code for code in SHIPPED if languages.languages()[code].right_to_left] == ["ar"]
    for known in languages.languages().values():
        assert known.reviewer.endswith("community reviewer")


@pytest.mark.parametrize("code", SHIPPED)
def test_every_resident_facing_string_is_translated_with_its_placeholders(code: str) -> None:
    template = {(m.context, m.source) for m in resident_messages(translations_dir() / "desk.ts")}
    found = {
        (m.context, m.source): m for m in resident_messages(translations_dir() / f"desk_{code}.ts")
    }
    assert set(found) == template
    assert len(template) > 190
    for key, message in found.items():
        assert message.translated, f"{code}: not translated: {key}"
        assert message.unfinished, f"{code}: reviewed with no reviewer yet: {key}"
        assert len(message.forms) == (PLURAL_FORMS[code] if message.numerus else 1), key
        for form in message.forms:
            assert sorted(PLACEHOLDERS.findall(form)) == sorted(
                PLACEHOLDERS.findall(message.source)
            ), f"{code}: placeholders differ: {key} -> {form}"
            assert ("&" in form) == ("&" in message.source), f"{code}: mnemonic: {key}"


@pytest.mark.parametrize("code", SHIPPED)
def test_the_built_translation_gives_residents_the_unfinished_strings(code: str) -> None:
    translator = QTranslator()
    assert translator.load(str(translations_dir() / f"desk_{code}.qm"))
    assert translator.translate("WelcomePage", "Start") not in {"", "Start"}
    assert translator.translate("documents", "Your upload receipt") not in {
        "",
        "Your upload receipt",
    }


@pytest.mark.parametrize("code", SHIPPED)
def test_each_language_has_a_glossary_of_the_council_terms(code: str) -> None:
    path = translations_dir() / f"glossary_{code}.toml"
    terms = tomllib.loads(path.read_text(encoding="utf-8"))["terms"]
    assert {"evidence", "council tax", "housing register"} <= set(terms)
    assert all(term["translation"] and term["state"] == "unreviewed" for term in terms.values())


def test_regenerating_keeps_every_translation_and_its_review_state(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    before = {code: resident_messages(folder / f"desk_{code}.ts") for code in SHIPPED}
    update(folder)
    for code in SHIPPED:
        assert resident_messages(folder / f"desk_{code}.ts") == before[code], code
        assert (folder / f"desk_{code}.ts").read_bytes() == (
            translations_dir() / f"desk_{code}.ts"
        ).read_bytes(), f"{code}: the shipped .ts is not what regeneration writes"


def test_a_reviewed_string_is_counted_and_shown_reviewed(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    ts = folder / "desk_pl.ts"
    text = ts.read_text(encoding="utf-8")
    ts.write_text(
        text.replace(
            '<translation type="unfinished">Zacznij</translation>',
            "<translation>Zacznij</translation>",
            1,
        ),
        encoding="utf-8",
    )
    states = {state.language.code: state for state in languages.review_states(folder)}
    assert states["pl"].reviewed == 1
    assert states["ne"].reviewed == 0
    result = check_languages(folder)
    assert result.status is Status.WARN
    assert "Polish (pl) 1 of" in result.detail
    assert "Nepali (ne) 0 of" in result.detail
    assert "python -m desk.ui.proof" in result.hint
    html = proof_html("pl", folder)
    assert "1 of" in html and "Polish community reviewer" in html


def test_the_proof_shows_each_string_beside_the_english_in_its_direction() -> None:
    html = proof_html("ar")
    assert 'lang="ar" dir="rtl"' in html
    assert "Send your documents to the council" in html
    assert "أرسِل مستنداتك إلى المجلس البلدي" in html
    assert "Kiosk, first step" in html
    assert "housing register" in html
