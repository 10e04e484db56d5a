"""Find what a pack's words must not hold: markup that could load a file, and control characters.

Every word is shown as plain text or through the Markdown renderer with raw
HTML off, so a tag would only ever appear as stray characters; validate says
so at its line instead. Control characters could drive a terminal or hide text.
"""

from __future__ import annotations

import re

# A start or end tag, a comment, a processing instruction or a declaration, as CommonMark defines raw HTML.
# Autolinks such as <https://example.org> and <name@example.org> do not match (":" and "@" end a tag name).
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|<\?|<![A-Za-z]")
# C0 and C1 controls, DEL and bidirectional overrides; tab and newlines are ordinary in text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def unsafe(text: str) -> tuple[int, str] | None:
    """The index and a description of the first thing ``text`` must not hold, or None."""
    if "<" not in text and not _CONTROL.search(text):  # the usual case, at once: every kind of raw HTML starts with <
        return None
    found = [(m.start(), f"raw HTML is not allowed ('{m.group()[:40]}'); words are shown as plain text")
             for m in (_HTML.search(text),) if m]
    found += [(m.start(), f"control character U+{ord(m.group()):04X} is not allowed in text")
              for m in (_CONTROL.search(text),) if m]
    return min(found) if found else None
