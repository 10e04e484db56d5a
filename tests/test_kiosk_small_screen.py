"""The kiosk on a small screen: the idle caption and the privacy line fit, uncut, at 1024x600 and 1366x768."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from kiosk_support import Maker, begin_visit, make_kiosk_fixture  # noqa: F401
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.kiosk import look
from explainer.modes.kiosk.caption import HEIGHT, CaptionBand
from explainer.panels.markdown import first_paragraph
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]
SIZES = [(1024, 600), (1366, 768)]


def _captions(pack: Pack, language: str) -> list[tuple[str, str, str]]:
    """Every caption the idle screen shows: the map's, then each pathway's (badge, title, text)."""
    words = pack.language(language)
    shown = [("", words.get("title"), first_paragraph(words.get("intro")))]
    for pathway in pack.structure.pathways:
        shown.append((words.ui("pathway_number", number=pathway.number), words.get(f"pathways.{pathway.id}.title"),
                      words.get(f"pathways.{pathway.id}.short")))
    return shown


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", SIZES)
def test_each_idle_caption_has_its_title_on_one_line_and_all_its_words_inside(
        open_window: Opener, bundled: Pack, qtbot: QtBot, language: str, size: tuple[int, int]) -> None:
    window = open_window(bundled, language, size)
    for part in window.chrome():  # as on the idle screen: the map has the whole width
        part.hide()
    band = CaptionBand(window.view)
    band.open()
    qtbot.waitUntil(band.isVisible)
    touch = bundled.language(language).ui("touch_to_start")
    for badge, title, text in _captions(bundled, language):
        band.show_caption(False, badge, title, text, touch)

        def cut(title: str = title, text: str = text) -> list[str]:
            found = []
            if band.title.fontMetrics().horizontalAdvance(title) > band.title.width():
                found.append(f"title on two lines: {title}")
            if band.text.heightForWidth(band.text.width()) > band.text.height() + 1 or band.text.geometry().bottom() > HEIGHT:
                found.append(f"text cut: {text}")
            if band.touch.sizeHint().width() > band.touch.width():
                found.append("touch to start cut")
            return found

        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: not cut(), timeout=2000)  # the band lays out on the next turn
        assert cut() == []
        assert band.title.font().pixelSize() >= 20 and band.text.font().pixelSize() >= 14  # still read from a step back
    band.close_band()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", SIZES)
def test_the_privacy_line_stays_on_one_line(open_window: Opener, bundled: Pack, qtbot: QtBot, language: str,
                                            size: tuple[int, int]) -> None:
    window = open_window(bundled, language, size)
    look.FooterFit(window.footer)
    footer = window.footer
    qtbot.waitUntil(lambda: footer.fontMetrics().height() >= 14)
    assert footer.fontMetrics().horizontalAdvance(footer.text()) <= footer.contentsRect().width()
    assert footer.fontInfo().pixelSize() >= 14


def test_the_panels_slide_button_is_finger_sized_in_a_kiosk_on_a_small_screen(make_kiosk: Maker, bundled: Pack,
                                                                              qtbot: QtBot) -> None:
    kiosk = make_kiosk(pack=bundled)
    begin_visit(kiosk)
    window = kiosk.window
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.sheet.narrow)
    button = window.sheet.button
    assert button.isVisible()
    assert button.width() >= 48 and button.height() >= 48
