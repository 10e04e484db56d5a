"""The app's own interface words (buttons, keys, kiosk and operator screens), from its gettext catalogues.

The catalogues are ``explainer/i18n/<language>.po``, one per language, opened
and kept by translators with tools such as Poedit; ``interface.pot`` is the
template a new language starts from. Each entry's context (``msgctxt``) is the
key the code asks for (see ``ui_keys.py``). A pack carries only its own words
and may override any of these in its ``text.yaml`` under ``ui:``.
"""

from __future__ import annotations

import zlib
from functools import cache
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent.parent / "i18n"
FALLBACK = "en"


def catalogue_file(code: str) -> Path:
    return CATALOGUES / f"{code}.po"


def languages() -> list[str]:
    """Every language the app's interface is translated into."""
    return sorted(p.stem for p in CATALOGUES.glob("*.po"))


def parse_catalogue(file: Path) -> dict[str, str]:
    """The words of one gettext catalogue, keyed by their context."""
    import polib  # only for a catalogue catalogues.py does not hold as it is: about 4 ms a file

    words: dict[str, str] = {}
    for entry in polib.pofile(str(file), wrapwidth=0):
        # An untranslated or "needs work" entry is left out, so the fallback language shows instead.
        if entry.msgctxt and entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
            words[entry.msgctxt] = entry.msgstr
    return words


@cache
def _read(code: str) -> dict[str, str]:
    from explainer.model import catalogues  # the .po files' words as Python (tools/interface_template.py)

    file = catalogue_file(code)
    data = file.read_bytes()
    # Only while the .po file is the one the words were taken from: an edited or new catalogue is read itself.
    if catalogues.SEEN.get(code) == (len(data), zlib.crc32(data)):
        return catalogues.WORDS[code]
    return parse_catalogue(file)


def translated(code: str) -> str | None:
    """The catalogue language that serves ``code`` (``es-MX`` is served by ``es``), or None."""
    for candidate in (code, code.split("-")[0].split("_")[0]):
        if candidate and candidate.isascii() and candidate.replace("-", "").replace("_", "").isalnum() \
                and catalogue_file(candidate).is_file():
            return candidate
    return None


def interface_words(code: str) -> dict[str, str]:
    """The interface words for ``code``, empty if the app has no catalogue for it."""
    found = translated(code)
    return dict(_read(found)) if found else {}
