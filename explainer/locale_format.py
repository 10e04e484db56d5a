"""Dates and numbers in the reader's language, through Qt's locale data (CLDR), with no pattern written per language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale

from explainer.model.bidi import FSI as FSI  # re-exported: callers and tests take them from here
from explainer.model.bidi import PDI as PDI

_TOKEN = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^'dMy]+")


@dataclass
class _Part:
    text: str
    field: str  # "d", "M", "y" (the pattern letter), or "" for literal text

    @property
    def suffix(self) -> bool:
        """Literal text that belongs to the field before it, such as 年, 月, 日 or 일 (not a separator)."""
        if self.field or not self.text:
            return False
        first = self.text[0]
        return first != "'" and first.isalpha()


def _parts(pattern: str) -> list[_Part]:
    parts: list[_Part] = []
    for match in _TOKEN.finditer(pattern):
        text = match.group()
        field = text[0] if text[0] in "dMy" else ""
        if not field and parts and not parts[-1].field:
            parts[-1].text += text  # " 'de' " is one separator, not three
        else:
            parts.append(_Part(text, field))
    return parts


def _drop_fields(pattern: str, drop: Callable[[str], bool]) -> str:
    """``pattern`` without the fields ``drop`` picks, each with its own suffix and one separator beside it.

    A field that leads or sits in the middle takes the separator after it
    (``dddd, MMMM d, yyyy`` loses ``dddd, `` and ``d, ``); the last field takes
    the separator before it (``yyyy MMMM d dddd`` loses `` dddd``).
    """
    parts = _parts(pattern)
    index = 0
    while index < len(parts):
        part = parts[index]
        if not part.field or not drop(part.text):
            index += 1
            continue
        end = index + 1
        if end < len(parts) and parts[end].suffix:
            end += 1
        later_field = any(p.field for p in parts[end:])
        if later_field and end < len(parts) and not parts[end].field:
            end += 1
        start = index
        if not later_field and start > 0 and not parts[start - 1].field and not parts[start - 1].suffix:
            start -= 1
        del parts[start:end]
        index = start
    return "".join(p.text for p in parts).strip()


def _is_weekday(text: str) -> bool:
    return text.startswith("d") and len(text) >= 3


def _is_day(text: str) -> bool:
    return text.startswith("d")


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _month_alone(locale: QLocale, month: int) -> str:
    """The month's name for a date without a day: the standalone (nominative) form where the language has one.

    Russian "март 2026", not "марта 2026"; where the two forms differ only in
    capitals (Vietnamese "Tháng 3" / "tháng 3") the in-sentence form is kept.
    """
    inside = locale.monthName(month, QLocale.FormatType.LongFormat)
    alone = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return alone if alone.casefold() != inside.casefold() else inside


def full_date_pattern(locale: QLocale) -> str:
    """The locale's long date pattern without the weekday (and without the separator that followed it)."""
    return _drop_fields(locale.dateFormat(QLocale.FormatType.LongFormat), _is_weekday)


def month_year_pattern(locale: QLocale) -> str:
    """The locale's long date pattern without weekday and day: ``MMMM yyyy``, ``MMMM 'de' yyyy``, ``yyyy年M月``."""
    return _drop_fields(locale.dateFormat(QLocale.FormatType.LongFormat), _is_day)


def date_formatter(code: str) -> Callable[[str], str]:
    """A function turning ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into words of language ``code``."""
    locale = QLocale(code)
    full = full_date_pattern(locale)
    month_year = month_year_pattern(locale)

    def fmt(text: str) -> str:
        parts = text.split("-")
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            return text
        if len(numbers) == 1:
            return locale.toString(QDate(numbers[0], 1, 1), "yyyy") if 0 < numbers[0] < 10000 else text
        if len(numbers) == 2:
            date = QDate(numbers[0], numbers[1], 1)
            if not date.isValid():
                return text
            return locale.toString(date, month_year.replace("MMMM", _quoted(_month_alone(locale, numbers[1]))))
        date = QDate(numbers[0], numbers[1], numbers[2])
        return locale.toString(date, full) if date.isValid() else text

    return fmt


def number(code: str, value: int) -> str:
    return QLocale(code).toString(value)


def isolate(text: str) -> str:
    """``text`` wrapped in FSI…PDI, so an English title inside an Arabic sentence keeps its own order (and vice versa)."""
    return f"{FSI}{text}{PDI}" if text else text
