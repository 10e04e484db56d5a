"""Markdown to the rich-text HTML a Qt text view shows: a pure function.

The pack's long text uses a small, documented part of Markdown (see
content/README.md): paragraphs, ``###`` headings, ``**bold**``, ``*italic*``,
bullet and numbered lists, and ``[text](address)`` links, which are shown as
text with the address after it, because the app is offline and opens nothing.
Anything else is shown as the characters typed; raw HTML is never interpreted.
"""

from __future__ import annotations

import html
import re

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])|(?<![_\w])_(?!\s)(.+?)(?<!\s)_(?![_\w])")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def inline(text: str) -> str:
    """Escape ``text`` and apply bold, italic and links."""
    out = html.escape(text, quote=False)
    out = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", out)
    out = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", out)
    return _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", out)


def render_markdown(text: str) -> str:
    """Render ``text`` to HTML paragraphs, headings and lists."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""

    def close() -> None:
        nonlocal list_tag
        if paragraph:
            blocks.append(f"<p>{inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            blocks.append(f"<{list_tag}>" + "".join(f"<li>{inline(i)}</li>" for i in items) + f"</{list_tag}>")
            items.clear()
            list_tag = ""

    for raw in text.splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        bullet = _BULLET.match(raw)
        number = _NUMBER.match(raw)
        if not line:
            close()
        elif heading:
            close()
            level = min(len(heading.group(1)) + 1, 4)
            blocks.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif bullet or number:
            tag = "ul" if bullet else "ol"
            if paragraph or (items and tag != list_tag):
                close()
            list_tag = tag
            items.append((bullet or number).group(1))  # type: ignore[union-attr]
        elif items and raw[:1].isspace():
            items[-1] += " " + line
        else:
            if items:
                close()
            paragraph.append(line)
    close()
    return "\n".join(blocks)
