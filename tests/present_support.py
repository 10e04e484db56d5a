"""Shared helpers for the presenter-mode tests: a presentation on a pack, keys, and what a step should look like."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.present.presentation import Presentation
from explainer.modes.present.staging import staging_for

ROOT = Path(__file__).resolve().parent.parent

Opener = Callable[..., Presentation]


@pytest.fixture(name="present")
def present_fixture(app: QApplication, qtbot: QtBot) -> Iterator[Opener]:
    """Open presenter mode on one screen (the offscreen one), with the keys installed on the application."""
    from explainer.navigator import Navigator
    from explainer.window import MainWindow

    made: list[Presentation] = []

    def _open(pack: Pack, reduced_motion: bool = True, language: str | None = None) -> Presentation:
        navigator = Navigator(pack, language, reduced_motion=reduced_motion)
        window = MainWindow(pack, navigator)
        qtbot.addWidget(window)
        presentation = Presentation(window, navigator, pack)
        qtbot.addWidget(presentation.presenter)
        presentation.open(QGuiApplication.primaryScreen(), None)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        app.installEventFilter(presentation.keys)
        made.append(presentation)
        return presentation

    yield _open
    for presentation in made:
        app.removeEventFilter(presentation.keys)


def press(qtbot: QtBot, p: Presentation, *keys: Qt.Key | str) -> None:
    """Press keys as a clicker or keyboard would, on the audience window's diagram."""
    for key in keys:
        qtbot.keyClick(p.window.view, key)


def point_of(p: Presentation, item: QGraphicsItem) -> QPoint:
    return p.window.view.mapFromScene(item.sceneBoundingRect().center())


def click(qtbot: QtBot, p: Presentation, item: QGraphicsItem) -> None:
    qtbot.mouseClick(p.window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(p, item))


def assert_step_shown(p: Presentation, index: int) -> None:
    """The audience and presenter windows both show step ``index``, staged as the pack says."""
    pack = p.pack
    scene = p.window.scene
    step = pack.structure.tour[index]
    words = pack.language(p.navigator.language)
    staging = staging_for(pack, index)
    assert p.tour.index == index and p.tour.running
    caption = words.get(f"tour.{step.id}.caption")
    assert p.caption.isVisible() and p.caption.caption.text() == caption
    assert not p.window.panel.isVisible() and not p.window.toolbar.isVisible()
    assert p.presenter.caption.text() == caption
    assert p.presenter.notes.toPlainText() == words.get(f"tour.{step.id}.notes")
    assert p.presenter.step_list.currentRow() == index
    for pathway_id, lane in scene.lanes.items():
        assert lane.isVisible() == (pathway_id in staging.revealed), pathway_id
    dim = scene.theme.dim_opacity
    for item_id in step.show:
        shown = scene.item_for(item_id)
        assert shown is not None and shown.isVisible() and shown.opacity() == 1.0, item_id
    for item_id, item in [*scene.nodes.items(), *scene.edges.items()]:
        if item.isVisible():
            bright = staging.spotlit is None or item_id in staging.spotlit
            assert item.opacity() == (1.0 if bright else dim), item_id
    if not p.window.view.flying and step.show:
        seen = p.window.view.visible_rect().adjusted(-1, -1, 1, 1)
        assert seen.contains(scene.bounds_of(list(step.show))), step.id

