"""Filling words into interface sentences so mixed scripts read in order: FSI…PDI isolates (Qt-free).

An English source title inside an Arabic sentence ("{source} إلى {target}"), or
an Arabic box name inside an English fallback sentence, is reordered by the
Unicode bidirectional algorithm together with the words around it unless it is
isolated. The isolate marks are invisible; they are added only when the
sentence or the filled-in word holds right-to-left letters, so English and
Spanish words (and the QR codes made from them) stay exactly as written.
"""

from __future__ import annotations

import re
import unicodedata

FSI = "\u2068"
"""FIRST STRONG ISOLATE: what follows takes its direction from its own first letter."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends an isolate."""

_PLACEHOLDER = re.compile(r"\{\w+\}")
_RTL_CLASSES = frozenset({"R", "AL"})
_STRONG_CLASSES = frozenset({"L", "R", "AL"})


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam…)."""
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text if ord(c) >= 0x0590)


def _has_letter(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _STRONG_CLASSES for c in text)


def first_strong_rtl(text: str) -> bool | None:
    """Whether ``text``'s first letter is right-to-left (``None``: no letter, only digits and marks)."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in _STRONG_CLASSES:
            return kind != "L"
    return None


def fill(text: str, values: dict[str, object], rtl: bool | None = None) -> str:
    """``text`` with each ``{name}`` replaced by its value, isolated when right-to-left letters meet others.

    A value is isolated when it has letters of its own (numbers keep the sentence's
    order) and the sentence or any value holds right-to-left letters. With ``rtl``
    (the language's direction) a filled sentence written the other way (an English
    fallback sentence on an Arabic screen) is isolated whole, so it reads as a sentence
    of its own language instead of being reordered word group by word group.
    """
    if not values:
        return text
    words = {name: str(value) for name, value in values.items()}
    mixed = has_rtl(text) or any(map(has_rtl, words.values()))
    filled = text
    for name, word in words.items():
        if mixed and _has_letter(word) and not word.startswith(FSI):
            word = f"{FSI}{word}{PDI}"
        filled = filled.replace("{" + name + "}", word)
    if rtl is not None and mixed and first_strong_rtl(_PLACEHOLDER.sub("", text)) not in (None, rtl):
        filled = f"{FSI}{filled}{PDI}"
    return filled
