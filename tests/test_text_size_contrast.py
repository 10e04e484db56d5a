"""Text size and high contrast in explore: toolbar controls and keys, nothing cut off at the biggest size, a small screen."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from explainer.chrome_fit import start_size
from explainer.model import Pack, colour
from explainer.navigator import MAX_SCALE
from explainer.panels.panel import HIGH_CONTRAST_STYLE
from explainer.scene import node_item
from explainer.window import CONTRAST_KEY, MainWindow

Opener = Callable[..., MainWindow]


def _cut(window: MainWindow) -> list[str]:
    """Every shown label, button and list box of the window whose words need more room than it has."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            continue
        if type(widget).__name__ == "_DemandButton":
            continue  # the won bar's buttons wrap their words onto two lines and say "…" themselves
        if isinstance(widget, QLabel) and widget.wordWrap():
            need, have = widget.heightForWidth(widget.width()), widget.height()
        else:
            hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
            need, have = hint.width(), widget.width()
        right = widget.mapTo(window, widget.rect().topRight()).x()
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        if need > have + 1 or right > window.width():
            found.append(f"{type(widget).__name__} {text!r}: needs {need}, has {have}, right edge {right}")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
@pytest.mark.parametrize("view", ["diagram", "sources", "about"])
def test_nothing_is_cut_off_at_the_biggest_text(open_window: Opener, bundled: Pack, qtbot: QtBot, language: str,
                                                 size: tuple[int, int], view: str) -> None:
    window = open_window(bundled, language, size)
    window.navigator.set_text_scale(MAX_SCALE)
    window.navigator.show_view(view)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.font().pointSize() == round(11 * MAX_SCALE))
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not _cut(window), timeout=3000)  # the toolbars lay out on the next turns
    assert _cut(window) == []
    assert window.language_box.isVisible()
    if view != "diagram":
        browser = window.panel.primary
        assert browser.document().idealWidth() <= browser.viewport().width() + 1


def test_the_whole_interface_grows_with_the_text(open_window: Opener, bundled: Pack) -> None:
    window = open_window(bundled, "en")
    before = (window.footer.fontInfo().pixelSize(), window.language_box.fontInfo().pixelSize(),
              window.panel.primary.document().defaultFont().pixelSize())
    window.navigator.set_text_scale(2.0)
    after = (window.footer.fontInfo().pixelSize(), window.language_box.fontInfo().pixelSize(),
             window.panel.primary.document().defaultFont().pixelSize())
    for small, big in zip(before, after, strict=True):
        assert big / small == pytest.approx(2.0, rel=0.1)


def test_the_toolbar_buttons_step_the_text_size_and_switch_contrast(open_window: Opener, bundled: Pack,
                                                                     qtbot: QtBot) -> None:
    window = open_window(bundled, "es")
    nav = window.navigator
    size_button = window.toolbar.widgetForAction(window.text_size_action)
    contrast_button = window.toolbar.widgetForAction(window.contrast_action)
    assert size_button.isVisible() and contrast_button.isVisible()
    assert window.text_size_action.text() == "Tamaño del texto"
    with qtbot.waitSignal(nav.changed):
        qtbot.mouseClick(size_button, Qt.MouseButton.LeftButton)
    assert nav.text_scale == 1.25
    with qtbot.waitSignal(nav.changed):
        qtbot.mouseClick(contrast_button, Qt.MouseButton.LeftButton)
    assert nav.contrast and window.contrast_action.isChecked()
    assert window.scene.theme.high_contrast
    with qtbot.waitSignal(nav.changed):
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not nav.contrast and not window.contrast_action.isChecked()
    assert CONTRAST_KEY == "Ctrl+Shift+H"
    for _ in range(4):
        qtbot.mouseClick(size_button, Qt.MouseButton.LeftButton)
    assert nav.text_scale == 1.0  # after the biggest, back to normal


def test_high_contrast_makes_the_panel_and_the_lane_titles_black(open_window: Opener, bundled: Pack) -> None:
    window = open_window(bundled, "en")
    window.navigator.select(bundled.structure.pathways[1].id)
    window.navigator.set_contrast(True)
    html = window.panel.primary.toHtml()
    colours = {c.upper() for c in re.findall(r"color:\s*(#[0-9A-Fa-f]{6})", html)}
    assert colours <= {"#000000", "#FFFFFF"}, colours
    assert "#000000" in HIGH_CONTRAST_STYLE
    theme = window.scene.theme
    white = (1.0, 1.0, 1.0)
    # Dimmed lanes stay readable (>= 4.5:1) and can still be opened.
    dimmed = colour.over(colour.parse(theme.text.name()), theme.dim_opacity, white)
    assert colour.contrast(dimmed, white) >= 4.5
    assert colour.contrast(colour.parse(theme.focus.name()), white) >= 3.0
    for pathway in bundled.structure.pathways:
        lane_colour = theme.lane_colour(pathway.colour)
        tint = colour.over(colour.parse(lane_colour.name()), 2 * theme.lane_fill_alpha / 255, white)
        assert colour.contrast(colour.parse(QColor(theme.text).name()), tint) >= 7.0
        assert colour.contrast(white, colour.parse(lane_colour.name())) >= 7.0  # the number on the badge


def test_the_window_opens_within_a_small_screen() -> None:
    available = QRect(0, 0, 1024, 600 - 32)  # a 1024x600 screen with a panel
    size = start_size(available)
    assert size.width() <= available.width() and size.height() <= available.height()
    assert start_size(QRect(0, 0, 1920, 1050)) == QSize(1280, 760)


@pytest.mark.parametrize("scale", [1.0, MAX_SCALE])
def test_the_window_can_be_as_small_as_a_1024_by_600_screen(open_window: Opener, bundled: Pack, scale: float) -> None:
    window = open_window(bundled, "es", (1024, 568))
    window.navigator.set_text_scale(scale)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 568


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_language_box_is_on_the_toolbar_not_behind_its_overflow_at_1024(open_window: Opener, bundled: Pack,
                                                                            language: str) -> None:
    window = open_window(bundled, language, (1024, 600))
    for box in (window.language_box, window.second_box):
        assert box.isVisible()
        assert box.mapTo(window, box.rect().topRight()).x() <= window.width()


@pytest.mark.parametrize("language", ["en", "es"])
def test_opening_a_box_on_a_1024_by_600_screen_makes_its_words_at_least_12_pixels(
        open_window: Opener, bundled: Pack, qtbot: QtBot, language: str) -> None:
    window = open_window(bundled, language, (1024, 600))
    view = window.view
    for node_id in ("brokers", "nlets", "dmv"):
        view.fit()
        item = window.scene.nodes[node_id]
        at = view.mapFromScene(item.sceneBoundingRect().center())
        with qtbot.waitSignal(window.navigator.changed):
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert window.navigator.selection == node_id
        qtbot.waitUntil(lambda: not view.flying)
        scale = view.transform().m11()
        theme = window.scene.theme
        for size in (node_item.TITLE_SIZE, node_item.SUBTITLE_SIZE):
            assert theme.font(size).pixelSize() * scale >= 12.0, (node_id, size, scale)
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert view.viewport().rect().intersects(shown)
        assert view.viewport().rect().contains(shown.center())
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.fitted)


@pytest.mark.parametrize("language", ["en", "es"])
def test_on_a_narrow_window_the_panel_slides_away_and_back(open_window: Opener, bundled: Pack, qtbot: QtBot,
                                                          language: str) -> None:
    window = open_window(bundled, language, (1024, 600))
    sheet = window.sheet
    assert sheet.button.isVisible()
    words = bundled.language(language)
    assert sheet.button.accessibleName() == words.ui("panel_hide")
    map_width = window.map_column.width()
    qtbot.mouseClick(sheet.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] == 0)
    assert window.map_column.width() > map_width + 300
    assert sheet.button.accessibleName() == words.ui("panel_show") and sheet.button.isVisible()
    qtbot.mouseClick(sheet.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= window.panel.minimumWidth())
    # The handle is a drag handle too: pulled to the edge, the panel goes; opening a box brings it back.
    handle = window.splitter.handle(1)
    start = QPoint(handle.width() // 2, 8)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    for x in range(0, window.width(), 40):
        qtbot.mouseMove(handle, QPoint(start.x() + x, 8))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + window.width(), 8))
    qtbot.waitUntil(lambda: sheet.closed)
    window.navigator.select("brokers")
    qtbot.waitUntil(lambda: not sheet.closed and window.splitter.sizes()[1] > 0)


def test_on_a_wide_window_the_panel_always_shows(open_window: Opener, bundled: Pack) -> None:
    window = open_window(bundled, "en", (1280, 800))
    assert not window.sheet.button.isVisible()
    assert window.splitter.sizes()[1] >= window.panel.minimumWidth()
