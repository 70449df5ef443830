"""Translations: the shipped template matches the code, and languages load (or fall back)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desk.ui.i18n import (
    PSEUDO_LOCALE,
    TEMPLATE,
    extract,
    install_translation,
    pseudo,
    sources,
    translations_dir,
)
from desk.ui.jobs import JobRunner
from desk.ui.views.signin import SignInView
from tests.ui.test_signin_view import FakeStaff

SETTERS = frozenset(
    {
        "setAccessibleName",
        "setAccessibleDescription",
        "setToolTip",
        "setWindowTitle",
        "setText",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
    }
)
"""Qt setters of text that a person reads or a screen reader speaks."""


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_shipped_template_lists_every_translatable_string(tmp_path: Path) -> None:
    fresh = tmp_path / TEMPLATE
    extract(fresh)
    shipped = messages(translations_dir() / TEMPLATE)
    assert messages(fresh) == shipped, "run: python -m desk.ui.i18n"
    assert ("labels", "Walked in") in shipped
    assert ("SignInView", "Sign in") in shipped
    assert ("QueuePanel", "Call next") in shipped
    assert ("DisplayView", "Please wait to be called") in shipped


def test_the_pseudo_locale_translates_and_english_needs_nothing(qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert install_translation(app, PSEUDO_LOCALE)
        assert QCoreApplication.translate("labels", "Walked in").startswith("[Ẇȧŀķḗḓ īƞ")
        assert install_translation(app, "en")
        assert QCoreApplication.translate("labels", "Walked in") == "Walked in"
    finally:
        install_translation(app, "en")


def test_english_has_a_singular_and_a_plural_for_every_count(qtbot: QtBot) -> None:
    english = ET.parse(translations_dir() / "desk_en.ts").getroot()
    counted = [m for m in english.iter("message") if m.get("numerus") == "yes"]
    assert counted, "the template has no counted strings: is %n still used?"
    for message in counted:
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2, message.findtext("source")
        assert "(s)" not in "".join(forms)
    app = QCoreApplication.instance()
    assert app is not None
    assert install_translation(app, "en")
    source = "Done: %n page(s). Check them, then press Send."
    assert QCoreApplication.translate("ScanView", source, "", 1) == (
        "Done: 1 page. Check it, then press Send."
    )
    assert QCoreApplication.translate("ScanView", source, "", 3) == (
        "Done: 3 pages. Check them, then press Send."
    )


def test_the_pseudo_locale_keeps_counts_and_both_plural_forms(qtbot: QtBot) -> None:
    assert "%n" in pseudo("Printed %n page(s).")
    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert install_translation(app, PSEUDO_LOCALE)
        source = "Printed %n page(s). Hand them to the resident."
        for count in (1, 4):
            text = QCoreApplication.translate("PrintView", source, "", count)
            assert text.startswith(f"[Ƥřīƞŧḗḓ {count} ƥȧɠḗ(ş)")
    finally:
        install_translation(app, "en")


def test_a_language_without_a_translation_falls_back_to_english(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    assert not install_translation(app, "xx")
    assert QCoreApplication.translate("labels", "Walked in") == "Walked in"
    assert "no translation for language=xx" in caplog.text


def test_an_update_keeps_what_translators_did(tmp_path: Path) -> None:
    from desk.ui.i18n import update  # noqa: PLC0415

    polish = tmp_path / "desk_pl.ts"
    polish.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="pl">\n'
        "<context><name>documents</name><message><source>What we did today</source>"
        "<translation>Co dzisiaj zrobiliśmy</translation></message></context>\n"
        "<context><name>labels</name><message><source>Walked in</source>"
        "<translation>Przyszedł bez umówienia</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    written = update(tmp_path)
    assert tmp_path / "desk_pl.qm" in written
    root = ET.parse(polish).getroot()
    kept = {
        m.findtext("source"): m.findtext("translation")
        for m in root.iter("message")
        if m.findtext("translation")
    }
    assert kept["What we did today"] == "Co dzisiaj zrobiliśmy"
    assert kept["Walked in"] == "Przyszedł bez umówienia"
    assert ("SignInView", "Sign in") in messages(polish)


def _has_words(text: ast.expr) -> bool:
    """A string literal (or an f-string) with words in it, rather than only punctuation."""
    if isinstance(text, ast.Constant):
        return isinstance(text.value, str) and any(c.isalpha() for c in text.value)
    if isinstance(text, ast.JoinedStr):
        return any(_has_words(part) for part in text.values if isinstance(part, ast.Constant))
    return False


def test_no_text_a_person_reads_or_hears_is_left_untranslatable() -> None:
    bare = [
        f"{source.name}:{node.lineno}"
        for source in sources()
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SETTERS
        and any(_has_words(arg) for arg in node.args)
    ]
    assert bare == [], "wrap the text in self.tr (or QCoreApplication.translate)"


def test_the_sign_in_screen_is_named_in_the_stations_language(qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    fake = FakeStaff([])
    try:
        assert install_translation(app, PSEUDO_LOCALE)
        jobs = JobRunner()
        view = SignInView(jobs, fake)
        jobs.setParent(view)
        qtbot.addWidget(view)
        assert view.accessibleName() == pseudo("Staff sign-in")
    finally:
        install_translation(app, "en")
