"""Dates and numbers in the reader's language, through Qt's locale data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale

_MONTH_YEAR = {"es": "MMMM 'de' yyyy", "pt": "MMMM 'de' yyyy", "ca": "MMMM 'de' yyyy"}


def date_formatter(code: str) -> Callable[[str], str]:
    """A function turning ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into words of language ``code``."""
    locale = QLocale(code)
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
        long_format = long_format.replace(weekday, "")
    month_year = _MONTH_YEAR.get(code.split("-")[0], "MMMM yyyy")

    def fmt(text: str) -> str:
        parts = text.split("-")
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            return text
        if len(numbers) == 1:
            return locale.toString(numbers[0]).replace(locale.groupSeparator(), "")
        if len(numbers) == 2:
            date = QDate(numbers[0], numbers[1], 1)
            return locale.toString(date, month_year) if date.isValid() else text
        date = QDate(numbers[0], numbers[1], numbers[2])
        return locale.toString(date, long_format) if date.isValid() else text

    return fmt


def number(code: str, value: int) -> str:
    return QLocale(code).toString(value)
