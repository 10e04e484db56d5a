"""Words the app builds from a pack for people to read (escaped text, source lines, dates), for panel, handout and kiosk."""

from __future__ import annotations

import html
from collections.abc import Callable

from explainer.locale_format import date_formatter, isolate
from explainer.model.pack import Words
from explainer.model.structure import Source

DateFormat = Callable[[str], str]
"""Turns ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into words of one language."""


def escape(text: str) -> str:
    """``text`` safe to put in HTML, quotes included: pack words are shown as text, never as markup."""
    return html.escape(text, quote=True)


def dates(code: str) -> DateFormat:
    """Dates in language ``code``'s own month names and digits (the locale's data, see ``locale_format``)."""
    return date_formatter(code)


def source_line(source: Source, words: Words, fmt: DateFormat, address: bool = True) -> str:
    """``Publisher, “Title”, date.`` as HTML, and the address as text when ``address`` is true."""
    date = fmt(source.date) if source.date and source.date != "n.d." else words.ui("no_date")
    # Publisher and title keep their own direction inside a sentence of another (an English title in Arabic).
    line = f"{escape(isolate(source.publisher))}, {escape(isolate(f'“{source.title}”'))}, {escape(date)}."
    if address and source.url:
        line += f" <span class='address'>{escape(source.url)}</span>"
    return line
