"""The bundled fonts of scripts other than Latin, and a pack's own fonts: loaded when needed and made Qt's fallbacks.

Noto Sans (Latin, Greek, Cyrillic, Vietnamese) is registered before the first
frame. Every other script's font is registered only when the words about to be
shown use that script: the starting language's before the first frame, the
pack's other languages just after it (so a language switch is instant), and
scripts no language of the pack uses never. Each registered family becomes
Qt's first fallback for its scripts, in every style (Qt synthesises the
italic, and the bold where a script has no bold face), so the system's fonts
are never needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase

from explainer.first_frame import after_first_frame
from explainer.look.fonts import FONT_FAMILY
from explainer.model import Pack
from explainer.paths import assets_dir


@dataclass(frozen=True)
class ScriptFont:
    """One bundled family: its files and the code points that call for it."""

    family: str
    files: tuple[str, ...]
    ranges: tuple[tuple[int, int], ...]


LATIN_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf")


def _font(family: str, stem: str, *ranges: tuple[int, int]) -> ScriptFont:
    return ScriptFont(family, (f"{stem}-Regular.ttf", f"{stem}-Bold.ttf"), ranges)


SCRIPT_FONTS = (
    _font("Noto Sans Arabic", "NotoSansArabic",
          (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ScriptFont("Noto Sans CJK SC", ("NotoSansCJKsc-Regular-subset.otf", "NotoSansCJKsc-Bold-subset.otf"),
               ((0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
                (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))),
    _font("Noto Sans Ethiopic", "NotoSansEthiopic", (0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
    _font("Noto Sans Devanagari", "NotoSansDevanagari", (0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
    _font("Noto Sans Bengali", "NotoSansBengali", (0x0980, 0x09FF)),
    _font("Noto Sans Khmer", "NotoSansKhmer", (0x1780, 0x17FF), (0x19E0, 0x19FF)),
    _font("Noto Sans Myanmar", "NotoSansMyanmar", (0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
)
"""The scripts of the largest U.S. immigrant language communities beyond Latin (see tools/subset_fonts.py)."""


FAMILIES = (FONT_FAMILY, *(f.family for f in SCRIPT_FONTS))
"""Every bundled family, Latin first: the list for ``QFont.setFamilies`` where a font must name them all."""

_loaded: set[str] = set()
_pack_fonts: dict[Path, list[str]] = {}


def needed(texts: Iterable[str]) -> list[ScriptFont]:
    """The bundled script fonts that ``texts`` call for (none for Latin-only text)."""
    chars = [ord(c) for c in set("".join(texts)) if c >= "\u0600"]  # distinct characters first: fast at start-up
    return [f for f in SCRIPT_FONTS if any(lo <= c <= hi for c in chars for lo, hi in f.ranges)]


def _add(path: Path) -> list[str]:
    ident = QFontDatabase.addApplicationFont(str(path))
    return QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []


def _substitute(families: list[str]) -> None:
    """Qt tries these families, in order, for any character Noto Sans lacks, before the system's fonts.

    (``QFontDatabase.addApplicationFallbackFontFamily`` would do it per script,
    but PySide6 6.11 does not offer it.)
    """
    if families:
        QFont.insertSubstitutions(FONT_FAMILY, families)


def load_latin() -> None:
    """Noto Sans in its four styles: what every first frame needs."""
    for name in LATIN_FILES:
        if name not in _loaded:
            _add(assets_dir() / "fonts" / name)
            _loaded.add(name)


def load(fonts: Iterable[ScriptFont]) -> None:
    """Register each font once and put it first in Qt's fallbacks for its scripts (and for shared punctuation)."""
    for font in fonts:
        if font.family in _loaded:
            continue
        for name in font.files:
            _add(assets_dir() / "fonts" / name)
        _loaded.add(font.family)
        _substitute([font.family])


def load_for(texts: Iterable[str]) -> None:
    load(needed(texts))


def load_after_first_frame(watched: QObject, texts: Iterable[str]) -> None:
    """Once anything ``watched`` filters (a widget, or the whole application) has painted, register what ``texts`` need.

    The pack's other languages: a language switch is then instant, and the
    first frame waits for none of it.
    """
    pending = list(texts)
    after_first_frame(watched, lambda: load_for(pending))


def pack_texts(pack: Pack, codes: Iterable[str]) -> list[str]:
    """Every word of the languages ``codes`` and every source's publisher and title (shown in all languages)."""
    texts = [text for code in codes for text in pack.language(code).entries.values()]
    texts += [part for source in pack.sources.values() for part in (source.publisher, source.title)]
    return texts


def prepare(pack: Pack, codes: Iterable[str]) -> None:
    """Before a window of ``pack`` in languages ``codes`` is drawn: its own fonts, and the scripts its words use."""
    load_pack_fonts(pack.root)
    load_for(pack_texts(pack, codes))


def load_pack_fonts(root: Path) -> list[str]:
    """A pack's own fonts (``fonts/`` with a licence beside them): registered, and tried after Noto Sans's own faces.

    Read by this process from regular files inside the pack, each at most
    ``MAX_FONT_BYTES``; a file that is not a font is skipped (validate names it).
    """
    if root in _pack_fonts:
        return _pack_fonts[root]
    families: list[str] = []
    if not (root / "fonts").is_dir():
        _pack_fonts[root] = families
        return families  # the usual case, decided without importing the checks below
    from explainer.coverage.fonts import FontFileError, pack_font_files, read_pack_font

    files, _refused = pack_font_files(root)
    for path in files:
        try:
            data = read_pack_font(root, path)  # the pack's bounded reader: inside, regular, at most MAX_FONT_BYTES
        except FontFileError:
            continue
        ident = QFontDatabase.addApplicationFontFromData(data)
        if ident >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(ident) if f not in families]
    _substitute(families)
    _pack_fonts[root] = families
    return families
