"""Dates from the locale's own data, with no stray punctuation; pack titles keep their direction inside other sentences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from explainer.locale_format import FSI, PDI, date_formatter, isolate, month_year_pattern
from explainer.model import Pack
from explainer.wording import source_line

DATES = {
    "en": ("March 5, 2026", "March 2026", "2026"),
    "es": ("5 de marzo de 2026", "marzo de 2026", "2026"),
    "ar": ("٥ مارس ٢٠٢٦", "مارس ٢٠٢٦", "٢٠٢٦"),
    "zh": ("2026年3月5日", "2026年3月", "2026"),
    "vi": ("5 tháng 3, 2026", "tháng 3, 2026", "2026"),
    "ru": ("5 марта 2026\u202fг.", "март 2026\u202fг.", "2026"),  # a month alone takes its nominative form
}


@pytest.mark.parametrize("code", sorted(DATES))
def test_dates_come_from_the_locale(app: QApplication, code: str) -> None:
    fmt = date_formatter(code)
    assert (fmt("2026-03-05"), fmt("2026-03"), fmt("2026")) == DATES[code]


@pytest.mark.parametrize("code", ["ar", "ur", "ti", "fa", "en", "es", "zh", "ja", "ko", "vi", "de", "am", "my"])
def test_no_date_starts_or_ends_with_punctuation(app: QApplication, code: str) -> None:
    fmt = date_formatter(code)
    for text in (fmt("2024-05-01"), fmt("2024-05"), fmt("2023")):
        assert text[0].isalnum() and text[-1] not in ",،፣ ", (code, text)
        assert "2024-05" not in text, (code, text)


def test_month_year_keeps_the_words_around_the_month(app: QApplication) -> None:
    from PySide6.QtCore import QLocale

    assert month_year_pattern(QLocale("es")) == "MMMM 'de' yyyy"
    assert month_year_pattern(QLocale("ko")) == "yyyy년 MMMM"


def test_not_a_date_stays_as_written(app: QApplication) -> None:
    fmt = date_formatter("ar")
    assert fmt("2026-02-30") == "2026-02-30"
    assert fmt("n.d.") == "n.d."


def test_source_titles_are_isolated_in_sentences(mini: Pack, app: QApplication) -> None:
    words = mini.language("ar")
    line = source_line(mini.sources["report"], words, date_formatter("ar"), address=False)
    assert f"{FSI}“Example Report”{PDI}" in line and f"{FSI}Example Center{PDI}" in line


def _x(layout: QTextLayout, index: int) -> float:
    result = layout.lineAt(0).cursorToX(index)  # PySide6 returns (x, position)
    assert isinstance(result, tuple)
    return float(result[0])


def test_an_english_title_reads_in_order_inside_an_arabic_sentence(app: QApplication) -> None:
    """Without isolation the title's closing "!" and its number jump to the Arabic side; with it they stay put."""
    title = "Data 101!"
    for text, kept in ((f"المصدر {isolate(title)} في ٢٠٢٤", True), (f"المصدر {title} في ٢٠٢٤", False)):
        layout = QTextLayout(text)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        layout.createLine().setLineWidth(2000)
        layout.endLayout()
        start = text.index("D")
        bang = text.index("!")
        in_order = _x(layout, start + 1) < _x(layout, start + 5) < _x(layout, bang)  # (at "D" the caret sits on the Arabic side)
        assert in_order == kept, text
