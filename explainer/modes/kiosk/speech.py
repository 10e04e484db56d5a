"""The kiosk's voice: the system's text-to-speech and a pack's recorded voices, each behind a small protocol.

``QtVoice`` speaks through Qt's own text-to-speech (speech-dispatcher and eSpeak NG
on Linux, the system voices on Windows and macOS); ``QtPlayer`` plays a recording
with Qt Multimedia. Both import their Qt module only when made, which the kiosk
does when listening is first turned on, never before the first frame. Tests give
the kiosk their own objects with the same methods.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject, QUrl

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer
    from PySide6.QtTextToSpeech import QTextToSpeech

IGNORED_ENGINES = frozenset({"mock"})
"""Qt's test engine, shipped with the library: it says nothing aloud, so it is never a real voice."""
PREFERRED_ENGINES = ("speechd", "winrt", "sapi", "darwin", "android", "flite")

AUDIO_TYPES = (".ogg", ".mp3", ".wav")
MAX_AUDIO_BYTES = 16 * 1024 * 1024
"""A recorded voice larger than this is not played (a few minutes of speech is well under it)."""
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")


class Voice(Protocol):
    """Speaks text in a language; ``ready`` is False when the machine has no speech engine that works."""

    def ready(self) -> bool: ...

    def say(self, text: str, language: str) -> None: ...

    def stop(self) -> None: ...


class Player(Protocol):
    """Plays one recording at a time; ``play`` returns False when it cannot."""

    def play(self, path: Path) -> bool: ...

    def stop(self) -> None: ...


def choose_engine(engines: list[str]) -> str | None:
    """The engine to speak with: a known system engine first, never Qt's silent test engine."""
    real = [e for e in engines if e not in IGNORED_ENGINES]
    return next((e for e in PREFERRED_ENGINES if e in real), real[0] if real else None)


def speech_class() -> type[QTextToSpeech]:
    """Qt's text-to-speech class, imported only now; ``ImportError`` on an install without PySide6's add-ons."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech


class QtVoice:
    """The system's voices through ``QTextToSpeech``; with no engine, or one in error, it is not ready."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._tts: QTextToSpeech | None = None
        self._language = ""
        try:
            QTextToSpeech = speech_class()  # noqa: N806 (a Qt class, named as Qt names it)
        except ImportError:  # an install without PySide6's add-ons: no voice, nothing else changes
            return
        engine = choose_engine(QTextToSpeech.availableEngines())
        if engine is not None:
            self._tts = QTextToSpeech(engine, parent)
            self._error = QTextToSpeech.State.Error

    def ready(self) -> bool:
        return self._tts is not None and self._tts.state() != self._error

    def say(self, text: str, language: str) -> None:
        if self._tts is None or not self.ready():
            return
        if language != self._language:
            self._language = language
            self._choose_locale(language)
        self._tts.say(text)

    def _choose_locale(self, language: str) -> None:
        """A voice for the language, the same region if there is one; else the engine's default voice."""
        assert self._tts is not None
        want = QLocale(language)
        same = [loc for loc in self._tts.availableLocales() if loc.language() == want.language()]
        if same:
            self._tts.setLocale(next((loc for loc in same if loc.territory() == want.territory()), same[0]))

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()


class QtPlayer:
    """A recording played through the default audio output; ``failed`` is called if it cannot be played."""

    def __init__(self, parent: QObject | None = None, failed: Callable[[], None] | None = None) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._output = QAudioOutput(parent)
        self._player: QMediaPlayer = QMediaPlayer(parent)
        self._player.setAudioOutput(self._output)
        if failed is not None:
            self._player.errorOccurred.connect(lambda *_args: failed())

    def play(self, path: Path) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        self._player.setSource(QUrl.fromLocalFile(str(path)))
        if self._player.error() != QMediaPlayer.Error.NoError:
            return False
        self._player.play()
        return True

    def stop(self) -> None:
        self._player.stop()


def recording(pack_root: Path, language: str, item_id: str) -> Path | None:
    """The pack's recorded voice for an item, ``<language>/audio/<id>.ogg|.mp3|.wav``, if it is safe to play.

    A pack is untrusted: the file must be a regular file inside the pack (a link
    out of it, a device or a folder is not played), not empty and not larger than
    ``MAX_AUDIO_BYTES``. The id and language must be plain names, so no path is
    built from anything else.
    """
    if not _NAME.fullmatch(item_id) or not _NAME.fullmatch(language):
        return None
    from explainer.model.packfiles import RefusedError, checked_file

    for suffix in AUDIO_TYPES:
        try:  # the model's checks for every pack file, by stat: a device or pipe is refused without being opened
            return checked_file(pack_root, pack_root / language / "audio" / f"{item_id}{suffix}", MAX_AUDIO_BYTES)
        except RefusedError:
            continue
    return None
