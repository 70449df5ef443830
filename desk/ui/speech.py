"""Reading a kiosk step aloud: Qt TextToSpeech in the resident's language, or English.

The station's speech engine (speech-dispatcher with espeak-ng on Linux, the Windows voices on
Windows) is asked for a voice in the language on screen; with none, the step is read in English
and the page says so. Only the step's own fixed texts are read (its title and text), never
what a resident typed or scanned. One reader serves the whole app (`reader()`), so the volume
and speed a resident sets carry from step to step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from desk.services.checks import CheckResult, Status

log = logging.getLogger(__name__)

ENGINES = ("speechd", "flite", "winrt", "sapi", "darwin", "macos")
"""The engines to use, in order (Qt's names); "mock" is Qt's test engine and never chosen."""


def current_language() -> str:
    """The language the app is shown in (the loaded translation's, "en" without one)."""
    app = QCoreApplication.instance()
    translators = app.property("deskTranslators") if app is not None else None
    for translator in translators if isinstance(translators, list) else ():
        code = str(translator.language())
        if code:
            return code.replace("-", "_")
    return "en"


class Reader(QObject):
    """Reads texts aloud with the station's engine; says in which language it did."""

    reading = Signal(str)
    """The language code of the voice now reading (e.g. "ne")."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        available = QTextToSpeech.availableEngines()
        name = engine or next((e for e in ENGINES if e in available), None)
        self._tts = QTextToSpeech(name, self) if name and name in available else None
        self.volume = 0.8
        """0 to 1."""
        self.rate = 0.0
        """-1 (slowest) to 1 (fastest); 0 is the engine's normal speed."""
        if self._tts is not None:
            self._tts.errorOccurred.connect(
                lambda _reason, message: log.warning("speech engine error: %s", message)
            )

    @property
    def engine(self) -> QTextToSpeech | None:
        """The engine, or None when the station has none."""
        return self._tts

    def voice_for(self, language: str) -> QVoice | None:
        """A voice that speaks `language` ("ne", "pa", "en_GB"), or None."""
        if self._tts is None:
            return None
        wanted = QLocale(language)
        locales = [
            locale
            for locale in self._tts.availableLocales()
            if locale.language() == wanted.language()
        ]
        # The language's own country first (en_GB for English, ne_NP for Nepali).
        locales.sort(key=lambda locale: locale.territory() != wanted.territory())
        for locale in locales:
            self._tts.setLocale(locale)
            voices = self._tts.availableVoices()
            if voices:
                return voices[0]
        return None

    def languages(self) -> list[str]:
        """Every language this station has a voice for (codes such as "ne", "ar")."""
        if self._tts is None:
            return []
        codes = {
            QLocale(locale.language()).name().split("_")[0]
            for locale in self._tts.availableLocales()
        }
        codes.discard("C")
        return sorted(codes)

    def read(
        self, texts: Sequence[str], language: str, english: Callable[[], Sequence[str]]
    ) -> str:
        """Read `texts` in `language`; with no voice for it, read `english()` in English.
        Returns the language read in ("" when the station cannot speak at all)."""
        if self._tts is None:
            return ""
        voice = self.voice_for(language)
        spoken = language
        if voice is None:
            voice, spoken, texts = self.voice_for("en_GB"), "en", english()
        if voice is None:
            return ""
        self._tts.stop()
        self._tts.setVoice(voice)
        self._tts.setVolume(self.volume)
        self._tts.setRate(self.rate)
        for text in texts:
            if text.strip():
                self._tts.enqueue(text)
        self.reading.emit(spoken)
        return spoken

    def stop(self) -> None:
        """Stop reading (the resident left the step)."""
        if self._tts is not None:
            self._tts.stop()


_reader: list[Reader] = []


def reader() -> Reader:
    """The app's one reader (made on first use, on the GUI thread)."""
    if not _reader:
        _reader.append(Reader(parent=QCoreApplication.instance()))
    return _reader[0]


def check_voices() -> CheckResult:
    """`desk doctor`: which languages this station can read aloud."""
    app = QCoreApplication.instance() or QCoreApplication([])
    found = Reader(parent=app)
    if found.engine is None:
        return CheckResult(
            "read aloud",
            Status.WARN,
            "no speech engine",
            "install speech-dispatcher and espeak-ng (Linux), or a Windows voice",
        )
    languages = found.languages()
    if not languages:
        return CheckResult("read aloud", Status.WARN, "no voices", "install espeak-ng voices")
    return CheckResult("read aloud", Status.OK, "voices for " + ", ".join(languages))
