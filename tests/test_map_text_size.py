"""Text size in explore: the map's words grow in proportion with the rest (the map keeps its zoom and pans), and Fit
shows the whole map again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.navigator import MAX_SCALE
from explainer.scene import node_item
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]


def _title_pixels(window: MainWindow) -> float:
    """How tall a box's title is on the screen: its type size in scene units times the view's scale."""
    return window.scene.theme.font(node_item.TITLE_SIZE, True).pixelSize() * window.view.transform().m11()


def _words_fit(window: MainWindow) -> list[str]:
    """The boxes whose words need more height than the box has."""
    scene, theme = window.scene, window.scene.theme
    return [node_id for node_id, node in scene.nodes.items()
            if node_item.text_height(theme, node.title, node.subtitle, node.rect().width(), node.colour is not None)
            > node.rect().height() + 0.5]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_map_words_grow_with_the_text_size_and_fit_shows_the_whole_map(open_window: Opener, bundled: Pack,
                                                                           qtbot: QtBot, language: str) -> None:
    window = open_window(bundled, language, (1280, 800))
    view = window.view
    assert view.fitted
    before = _title_pixels(window)
    window.navigator.set_text_scale(MAX_SCALE)
    assert pytest.approx(2.5) == MAX_SCALE  # the largest text size the issue measures at
    assert _title_pixels(window) / before == pytest.approx(MAX_SCALE, rel=0.05), "the map's words grow in proportion"
    assert not view.fitted, "the map keeps its zoom rather than shrinking to fit"
    assert view.horizontalScrollBar().maximum() > 0 or view.verticalScrollBar().maximum() > 0, "it pans"
    assert _words_fit(window) == [], "no box cuts its words"
    window.fit_action.trigger()
    assert view.fitted
    slack = 2 / view.transform().m11()  # two pixels: the view scrolls by whole pixels
    assert view.visible_rect().adjusted(-slack, -slack, slack, slack).contains(view.sceneRect()), "Fit shows the whole map"
    window.navigator.set_text_scale(1.0)
    assert view.fitted
    assert _title_pixels(window) == pytest.approx(before, rel=0.02)
