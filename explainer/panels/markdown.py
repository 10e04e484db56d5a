"""Markdown to the rich-text HTML a Qt text view shows, and to plain words: pure functions.

Parsing is pulldown-cmark's CommonMark (through pyromark: a maintained parser
in compiled code that runs in linear time, so no pack text can freeze the app;
the choice and its figures are in docs/decisions.md). Only a short allow-list
of tags is ever written out (paragraphs, headings, lists, bold, italic, code,
quotes, rules): raw HTML typed in a page is shown as the characters typed,
links become their text with the address after it and images become their
description, because the app is offline and must never open or load anything
a pack names. A page longer than ``MAX_CHARS`` characters or with more than
``MAX_EVENTS`` pieces of structure (no real page comes close: the longest
bundled page has under 2,000 characters) is shown as plain paragraphs, so the
time to render any input stays well under 50 ms.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from itertools import islice
from typing import Any

MAX_CHARS = 32_000
MAX_EVENTS = 4000
_INLINE = {"Emphasis": "i", "Strong": "b", "Strikethrough": "s"}
# An HTML block is shown as a paragraph of the characters typed.
_BLOCKS = {"Paragraph": "p", "Item": "li", "BlockQuote": "blockquote", "HtmlBlock": "p"}


def _events(text: str) -> Iterator[Any]:
    # Imported on first use, not with the window: only the first page needs it.
    import pyromark

    return pyromark.events(text)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _tag(value: Any) -> tuple[str, Any]:
    """The name of a Start/End tag and its data: ``"Paragraph"`` or ``{"Heading": {...}}``."""
    if isinstance(value, dict):
        name, data = next(iter(value.items()))
        return str(name), data
    return str(value), None


def _plain(text: str) -> str:
    """Every paragraph's words as typed, one space between words: for pages too big to format."""
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def _plain_html(text: str) -> str:
    return "\n".join(f"<p>{_e(p)}</p>" for p in _plain(text).split("\n\n") if p)


def render_markdown(text: str) -> str:
    """Render ``text`` to HTML paragraphs, headings and lists (no links, no images, no raw HTML)."""
    out: list[str] = []
    links: list[tuple[str, int]] = []  # open links and images: address (or ""), and where their text starts
    depth = 0
    count = 0
    if len(text) > MAX_CHARS:
        return _plain_html(text)
    for count, event in enumerate(islice(_events(text), MAX_EVENTS + 1), 1):  # noqa: B007
        if isinstance(event, str):
            out.append({"SoftBreak": " ", "HardBreak": "<br/>", "Rule": "<hr/>\n" if depth == 0 else "<hr/>"}.get(event, ""))
            continue
        kind, value = next(iter(event.items()))
        if kind == "Start":
            name, data = _tag(value)
            depth += 1
            if name == "Heading":
                out.append(f"<h{min(int(data['level'][1]) + 1, 4)}>")
            elif name == "List":
                out.append("<ul>" if data is None else "<ol>")
            elif name == "CodeBlock":
                out.append("<pre>")
            elif name in ("Link", "Image"):
                links.append((str(data["dest_url"]) if name == "Link" else "", len(out)))
            elif name in _INLINE:
                out.append(f"<{_INLINE[name]}>")
            elif name in _BLOCKS:
                out.append(f"<{_BLOCKS[name]}>")
        elif kind == "End":
            name, data = _tag(value)
            depth -= 1
            if name == "Heading":
                out.append(f"</h{min(int(data[1]) + 1, 4)}>")
            elif name == "List":
                out.append("</ol>" if data else "</ul>")
            elif name == "CodeBlock":
                if out and out[-1].endswith("\n"):
                    out[-1] = out[-1][:-1]
                out.append("</pre>")
            elif name in ("Link", "Image") and links:
                href, start = links.pop()
                shown = html.unescape("".join(out[start:]))
                # An autolink's text is its address already; anything else shows the address after it.
                if href and shown not in (href, href.removeprefix("mailto:")):
                    out.append(f" ({_e(href)})")
            elif name in _INLINE:
                out.append(f"</{_INLINE[name]}>")
            elif name in _BLOCKS:
                out.append(f"</{_BLOCKS[name]}>")
        else:
            # Text, Code, Html, InlineHtml and anything else: the characters typed, escaped.
            shown = _e(str(value))
            out.append(f"<code>{shown}</code>" if kind == "Code" else shown)
            continue
        if depth == 0:
            out.append("\n")
    if count > MAX_EVENTS:
        return _plain_html(text)
    return "".join(out).strip("\n")


def plain_text(text: str) -> str:
    """The words of ``text`` without any markup, paragraphs separated by a blank line."""
    if len(text) > MAX_CHARS:
        return _plain(text)
    paragraphs: list[str] = []
    words: list[str] = []
    count = 0
    for count, event in enumerate(islice(_events(text), MAX_EVENTS + 1), 1):  # noqa: B007
        if isinstance(event, str):
            words.append(" ")
            continue
        kind, value = next(iter(event.items()))
        if kind == "End" and _tag(value)[0] in ("Paragraph", "Heading", "Item", "CodeBlock", "HtmlBlock"):
            paragraphs.append(" ".join("".join(words).split()))
            words.clear()
        elif kind not in ("Start", "End"):
            words.append(str(value))
    if count > MAX_EVENTS:
        return _plain(text)
    return "\n\n".join(p for p in paragraphs if p)


def first_paragraph(text: str) -> str:
    """The first paragraph of ``text`` as plain words, for a caption."""
    return plain_text(text).split("\n\n", 1)[0]
