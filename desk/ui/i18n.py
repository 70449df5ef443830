"""Translations: load the resident's language, and keep the .ts sources and pseudo-locale current.

`python -m desk.ui.i18n` extracts every translatable string from desk/ui into
resources/translations/desk.ts (the template translators start from), starts a translation for
each language listed in languages.toml that has none yet, merges new strings into each
translation (desk_en.ts among them: English needs only its plural forms, "%n page" and
"%n pages") keeping every translation already made and its review state (`type="unfinished"`
until the language's community reviewer has checked it), writes the pseudo-locale `en_XA`
(accented and a third longer, to catch clipped text) and compiles the .qm files. lrelease keeps
unfinished translations in the .qm, so residents see them while they wait for review.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desk.services import languages
from desk.services.reports import labels as report_wording
from desk.ui import messages
from desk.ui.views.reports import labels as report_labels
from printing.documents import load_texts, translatable_texts

log = logging.getLogger(__name__)

PSEUDO_LOCALE = "en_XA"
TEMPLATE = "desk.ts"

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏžȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ",
)
# Placeholders ({name}, and %n for a count), mnemonics (&P: Alt+P must still work), entities and
# tags stay as they are.
_KEEP = re.compile(r"(\{[^}]*\}|%L?n|&[a-zA-Z]+;|&.|<[^>]+>)")
ENGLISH_PLURAL_FORMS = 2
"""One and more than one: the numerus forms of English (and of the pseudo-locale)."""


def translations_dir() -> Path:
    """Where the .ts sources and the compiled .qm files live."""
    return languages.translations_folder()


def right_to_left(language: str) -> bool:
    """Whether `language` is written right to left (Arabic, Urdu)."""
    known = languages.language(language)
    if known is not None:
        return known.right_to_left
    return QLocale(language).textDirection() is Qt.LayoutDirection.RightToLeft


LRI, PDI = "\u2066", "\u2069"


def left_to_right(value: str) -> str:
    """`value` (a reference, a number, a code) kept left to right inside any text around it."""
    return f"{LRI}{value}{PDI}" if value else value


def _installed(app: QCoreApplication) -> list[QTranslator]:
    found = app.property("deskTranslators")
    return list(found) if isinstance(found, list) else []


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Translate the app into `language` (e.g. "pl", "en_XA"; "en" brings English plurals).

    Returns False, keeping English, when there is no translation for it (logged, not an error).
    """
    for old in _installed(app):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"desk_{language}.qm")):
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty("deskTranslators", translators)
    app.setProperty("deskLanguage", language)
    if isinstance(app, QGuiApplication):  # the whole window mirrors for Arabic and Urdu
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if right_to_left(language)
            else Qt.LayoutDirection.LeftToRight
        )
    if language != "en" and ours not in translators:
        log.info("no translation for language=%s; showing English", language)
        return False
    return True


def change_language(code: str) -> None:
    """Translate the running app into `code` (a resident's choice at the kiosk, or back)."""
    app = QCoreApplication.instance()
    if app is not None:
        install_translation(app, code)


def available_languages(configured: str) -> list[str]:
    """The languages a resident can choose: English, every listed language whose translation
    is built (in the list's order), and the configured language (the pseudo-locale only when it
    is configured, for testing)."""
    built = {qm.stem.removeprefix("desk_") for qm in translations_dir().glob("desk_*.qm")}
    chosen = ["en", *(code for code in languages.languages() if code in built)]
    if configured not in chosen and configured in built:
        chosen.append(configured)
    return chosen


def resident_wording(language: str | None) -> ResidentWording:
    """The wording for a visit's documents: the language the visit records (a shipped code, or
    check-in's "Polish"); the station's own when the visit records none it can match."""
    code = languages.match_language(language)
    if code is None:
        app = QCoreApplication.instance()
        configured = app.property("deskLanguage") if app is not None else None
        code = configured if isinstance(configured, str) else "en"
    return ResidentWording(code)


class ResidentWording:
    """The resident's language for what is made for them while the station stays in its own
    (the documents printed for a visit in Nepali on a station in English): a translator loaded
    on its own, not installed. English, or a language with no translation, gives the English."""

    def __init__(self, language: str | None) -> None:
        self.language = language or "en"
        self._translator: QTranslator | None = QTranslator()
        if not self._translator.load(str(translations_dir() / f"desk_{self.language}.qm")):
            self._translator = None

    def translate(self, context: str, text: str) -> str:
        """`text` of `context` in the resident's language (the English when it has none)."""
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def documents(self, text: str) -> str:
        """A printed document's wording (a `printing.documents.Translate`)."""
        return self.translate(DOCUMENTS_CONTEXT, text)

    def label(self, text: str) -> str:
        """A record's label (the "labels" context), as the documents print it."""
        return self.translate("labels", text)


def pseudo(text: str) -> str:
    """An accented, one-third-longer version of `text` that still reads as English."""
    parts = _KEEP.split(text)
    out = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTS) for part in parts)
    letters = sum(ch.isalpha() for ch in text)
    return f"[{out}{' ' + '~' * max(1, letters // 3) if letters else ''}]"


def write_pseudo(template: Path, target: Path) -> None:
    """Fill every message of the template with its pseudo-translation."""
    tree = ET.parse(template)  # noqa: S314  (our own file, written by lupdate)
    root = tree.getroot()
    root.set("language", PSEUDO_LOCALE)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in list(translation):
                translation.remove(form)
            for _ in range(ENGLISH_PLURAL_FORMS):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise RuntimeError(f"{name} not found: it comes with PySide6")
    return found


def sources() -> list[Path]:
    """The Python files whose strings are translatable."""
    ui = Path(__file__).resolve().parent
    return sorted(ui.rglob("*.py"))


DOCUMENTS_CONTEXT = "documents"
"""The context of the printed documents' wording (the receipt, the visit summary, the agreement)."""


def _contexts() -> dict[str, list[str]]:
    """The contexts made from texts outside desk/ui, which lupdate cannot see: the printed
    documents' wording, the messages of the services and the devices, and the reports' titles
    and headings."""
    return {
        DOCUMENTS_CONTEXT: sorted(set(translatable_texts(load_texts()))),
        messages.CONTEXT: messages.catalogue(),
        report_labels.CONTEXT: report_wording.catalogue(),
    }


def extract(target: Path) -> None:
    """Gather every translatable string into `target`: the UI's (pyside6-lupdate, without line
    numbers so diffs stay small), the printed documents' shipped wording and the messages from
    below the UI."""
    contexts = _contexts()
    done = _translations(target, set(contexts)) if target.exists() else {}
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            # a text translated in one context is not guessed into another (a label's "Print"
            # is not the print button's): each stays untranslated until a translator does it
            "-disable-heuristic",
            "sametext",
            *map(str, sources()),
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    _add_contexts(target, contexts, done)


def _translations(ts: Path, names: set[str]) -> dict[tuple[str, str], ET.Element]:
    """The texts of the contexts `names` a translator has already translated in `ts`, by
    (context, source)."""
    done: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314  (our own file)
        name = context.findtext("name") or ""
        if name in names:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and _translated(translation):
                    # kept with its review state: unfinished stays unfinished until reviewed
                    done[name, message.findtext("source") or ""] = translation
    return done


def _translated(translation: ET.Element) -> bool:
    """Whether a translation holds a translator's work (reviewed or still unfinished)."""
    if translation.get("type") in {"vanished", "obsolete"}:
        return False
    forms = translation.findall("numerusform")
    return any((form.text or "").strip() for form in forms) or bool(
        (translation.text or "").strip()
    )


def _add_contexts(
    target: Path, contexts: dict[str, list[str]], done: dict[tuple[str, str], ET.Element]
) -> None:
    """(Re)write the contexts made outside desk/ui (lupdate drops them), keeping translations
    already made."""
    tree = ET.parse(target)  # noqa: S314  (written by lupdate a moment ago)
    root = tree.getroot()
    for old in [c for c in root.iter("context") if c.findtext("name") in contexts]:
        root.remove(old)
    for name, texts in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in texts:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            unfinished = ET.Element("translation", {"type": "unfinished"})
            message.append(done.get((name, text), unfinished))
    ET.indent(tree, space="    ")
    tree.write(target, encoding="utf-8", xml_declaration=True)


def start_translation(template: Path, target: Path, code: str) -> None:
    """A new language's .ts: the template's strings, none translated yet (no-op if it exists)."""
    if target.exists():
        return
    tree = ET.parse(template)  # noqa: S314  (our own file, written by lupdate)
    tree.getroot().set("language", code)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile a .ts file into the .qm the app loads."""
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def update(folder: Path | None = None) -> list[Path]:
    """Refresh the template, the pseudo-locale and every .qm; returns the files written."""
    folder = folder or translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / TEMPLATE
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / TEMPLATE
        extract(fresh)
        shutil.copyfile(fresh, template)
    written = [template]
    pseudo_ts = folder / f"desk_{PSEUDO_LOCALE}.ts"
    for code in languages.languages(folder) if (folder / languages.CATALOGUE).exists() else ():
        start_translation(template, folder / f"desk_{code}.ts", code)
    for ts in sorted(folder.glob("desk_*.ts")):
        if ts != pseudo_ts:
            extract(ts)  # lupdate merges new strings into a real translation, keeping its work
            written.append(ts)
    write_pseudo(template, pseudo_ts)
    written.append(pseudo_ts)
    for ts in sorted(folder.glob("desk_*.ts")):
        qm = ts.with_suffix(".qm")
        compile_ts(ts, qm)
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in update():
        print(path)
