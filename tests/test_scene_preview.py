"""The kiosk's idle screen is a preview over the scene: it never becomes the navigator's language or selection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from explainer.model import Pack
from explainer.navigator import Navigator
from explainer.window import MainWindow


@pytest.fixture(name="window")
def window_fixture(app: QApplication, mini: Pack) -> Iterator[MainWindow]:
    window = MainWindow(mini, Navigator(mini, "en"))
    yield window
    window.close()
    window.deleteLater()


def test_a_preview_shows_its_words_and_pathway_and_leaves_the_navigator_alone(window: MainWindow, mini: Pack) -> None:
    scene = window.scene
    scene.show_preview(mini.language("ar"), "north")
    assert scene.words is mini.language("ar") and scene.selected_id == "north"
    assert window.navigator.language == "en" and window.navigator.selection is None
    scene.end_preview()
    assert scene.words is mini.language("en") and scene.selected_id is None


def test_what_the_window_shows_during_a_preview_appears_when_it_ends(window: MainWindow, mini: Pack) -> None:
    scene = window.scene
    scene.show_preview(mini.language("ar"), "north")
    window.navigator.select("south-hop")
    assert scene.selected_id == "north", "the preview stays until it ends"
    window.navigator.set_language("ar")  # the same language as the preview's
    scene.end_preview()
    assert scene.words is mini.language("ar") and scene.selected_id == "south-hop"
