"""The app's words for the "Your state" view: symbols here, words from its gettext catalogues (Qt-free).

The words are interface words, the same for every pack: ``state_<key>`` entries
in ``explainer/i18n/<language>.po`` (listed in ``ui_keys.py``). A language the
app has no catalogue for shows the English ones. Braced names such as
``{state}`` are filled in here.
"""

from __future__ import annotations

from explainer.model.bidi import fill
from explainer.model.interface import FALLBACK, interface_words
from explainer.model.state_facts import MarkKind

SYMBOLS: dict[MarkKind, str] = {"limited": "§", "documented": "!", "none": "–"}
"""A symbol beside each mark's word, so a mark is never told by colour alone (each is in the bundled font)."""


def state_word(language: str, key: str, **values: object) -> str:
    """The word ``state_<key>`` in ``language`` (English if the app has none in it), placeholders filled."""
    full = f"state_{key}"
    text = interface_words(language).get(full) or interface_words(FALLBACK)[full]
    return fill(text, values)  # mixed scripts isolated, so each reads in its own order


def mark_words(language: str, kind: MarkKind) -> str:
    """A mark as its symbol and its word: ``§ Limited by state law or policy``."""
    return f"{SYMBOLS[kind]} {state_word(language, kind)}"
