"""Markdown to the rich-text HTML a Qt text view shows: a pure function."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _parser() -> Any:
    import mistune  # imported on first use: it is not needed to paint the first frame

    # escape=True: raw HTML in content is shown as text, never interpreted.
    return mistune.create_markdown(escape=True, plugins=["strikethrough"])


def render_markdown(text: str) -> str:
    """Render ``text`` (Markdown) to HTML; links become plain text, as the app is offline."""
    rendered = _parser()(text)
    return str(rendered).replace("<a href=", "<span data-href=").replace("</a>", "</span>")

