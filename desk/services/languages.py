"""The languages the station ships for residents, and how far each translation is reviewed.

`resources/translations/languages.toml` names each language (in English and in itself), its
writing direction and the community reviewer role that checks its translations. The review state
lives in the language's `.ts` file: a machine-assisted translation is `type="unfinished"` until
that reviewer has checked it (and the residents still see it: lrelease keeps unfinished
translations in the `.qm` unless told not to). Reads files only: no Qt here.
"""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desk.errors import DeskError
from desk.resources import resources_dir

ENGLISH = "en"
CATALOGUE = "languages.toml"


class LanguagesError(DeskError):
    """The list of languages or a translation file cannot be read."""


@dataclass(frozen=True)
class Language:
    """A language residents can choose."""

    code: str
    english: str
    native: str
    script: str
    right_to_left: bool
    reviewer: str


@dataclass(frozen=True)
class ReviewState:
    """How far a language's translation has come: `translated` strings have a translation
    (reviewed or not), `reviewed` of them are checked by the language's reviewer."""

    language: Language
    translated: int
    reviewed: int
    shipped: bool  # its .qm is built, so residents can choose it

    @property
    def unreviewed(self) -> int:
        return self.translated - self.reviewed


ENGLISH_LANGUAGE = Language(ENGLISH, "English", "English", "Latin", False, "")


def translations_folder() -> Path:
    """Where the .ts sources, the .qm files, the glossaries and the list of languages live."""
    return resources_dir() / "translations"


def languages(folder: Path | None = None) -> dict[str, Language]:
    """Every language in the list, by code, in the list's order (English is not in it)."""
    path = (folder or translations_folder()) / CATALOGUE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise LanguagesError(
            "{path} cannot be read: {error}", path=str(path), error=str(error)
        ) from error
    found: dict[str, Language] = {}
    for code, table in data.items():
        if not isinstance(table, dict):
            continue
        found[code] = Language(
            code=code,
            english=str(table.get("english", code)),
            native=str(table.get("native", code)),
            script=str(table.get("script", "")),
            right_to_left=table.get("direction") == "rtl",
            reviewer=str(table.get("reviewer", "")),
        )
    return found


def language(code: str, folder: Path | None = None) -> Language | None:
    """The language `code` ("pl", "pl_PL"), English for "en", None when it is not shipped."""
    base = code.replace("-", "_").split("_")[0].lower()
    if base == ENGLISH:
        return ENGLISH_LANGUAGE
    return languages(folder).get(base)


def match_language(text: str | None, folder: Path | None = None) -> str | None:
    """The shipped language a champion's note means ("pl", "Polish", "polski"), else None."""
    wanted = (text or "").strip().casefold()
    if not wanted:
        return None
    for known in (ENGLISH_LANGUAGE, *languages(folder).values()):
        if wanted in {known.code, known.english.casefold(), known.native.casefold()}:
            return known.code
    found = language(wanted, folder)
    return found.code if found is not None else None


def review_state(ts: Path, known: Language) -> ReviewState:
    """Count the translated and the reviewed strings of one `.ts` file."""
    try:
        root = ET.parse(ts).getroot()  # noqa: S314  (our own file)
    except (OSError, ET.ParseError) as error:
        raise LanguagesError(
            "{path} cannot be read: {error}", path=str(ts), error=str(error)
        ) from error
    translated = reviewed = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or not _has_text(translation):
            continue
        translated += 1
        if translation.get("type") not in {"unfinished", "vanished", "obsolete"}:
            reviewed += 1
    return ReviewState(known, translated, reviewed, ts.with_suffix(".qm").exists())


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def review_states(folder: Path | None = None) -> list[ReviewState]:
    """The review state of every listed language, in the list's order."""
    folder = folder or translations_folder()
    states: list[ReviewState] = []
    for code, known in languages(folder).items():
        ts = folder / f"desk_{code}.ts"
        states.append(review_state(ts, known) if ts.exists() else ReviewState(known, 0, 0, False))
    return states
