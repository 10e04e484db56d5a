"""The app's own interface words (buttons, keys, kiosk and operator screens), from its gettext catalogues.

The catalogues are ``explainer/i18n/<language>.po``, one per language, opened
and kept by translators with tools such as Poedit; ``interface.pot`` is the
template a new language starts from. Each entry's context (``msgctxt``) is the
key the code asks for (see ``ui_keys.py``). A pack carries only its own words
and may override any of these in its ``text.yaml`` under ``ui:``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent.parent / "i18n"
FALLBACK = "en"


def catalogue_file(code: str) -> Path:
    return CATALOGUES / f"{code}.po"


def languages() -> list[str]:
    """Every language the app's interface is translated into."""
    return sorted(p.stem for p in CATALOGUES.glob("*.po"))


@cache
def _read(code: str) -> dict[str, str]:
    import polib  # only when a pack is loaded, and small: about 2 ms

    words: dict[str, str] = {}
    for entry in polib.pofile(str(catalogue_file(code)), wrapwidth=0):
        # An untranslated or "needs work" entry is left out, so the fallback language shows instead.
        if entry.msgctxt and entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
            words[entry.msgctxt] = entry.msgstr
    return words


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
