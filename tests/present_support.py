"""Shared helpers for the presenter-mode tests: a presentation on a pack, keys, and what a step should look like."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QGraphicsItem

from explainer.model import Pack
from explainer.modes.present.presentation import Presentation
from explainer.modes.present.staging import staging_for
from explainer.paths import bundled_content

ROOT = Path(__file__).resolve().parent.parent
STAGED_WORDS = ROOT / "content" / "staging" / "present-ui.yaml"

Opener = Callable[..., Presentation]


@pytest.fixture(name="present")
def present_fixture(app: object, qtbot: object) -> Iterator[Opener]:
    """Open presenter mode on one screen (the offscreen one), with the keys installed on the application."""
    from explainer.navigator import Navigator
    from explainer.window import MainWindow

    made: list[Presentation] = []

    def _open(pack: Pack, reduced_motion: bool = True, language: str | None = None) -> Presentation:
        navigator = Navigator(pack, language)
        window = MainWindow(pack, navigator)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        presentation = Presentation(window, navigator, pack, reduced_motion=reduced_motion)
        qtbot.addWidget(presentation.presenter)  # type: ignore[attr-defined]
        presentation.open(QGuiApplication.primaryScreen(), None)
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        window.activateWindow()
        qtbot.waitActive(window)  # type: ignore[attr-defined]
        QApplication.instance().installEventFilter(presentation.keys)  # type: ignore[union-attr]
        made.append(presentation)
        return presentation

    yield _open
    for presentation in made:
        QApplication.instance().removeEventFilter(presentation.keys)  # type: ignore[union-attr]


def press(qtbot: object, p: Presentation, *keys: Qt.Key | str) -> None:
    """Press keys as a clicker or keyboard would, on the audience window's diagram."""
    for key in keys:
        qtbot.keyClick(p.window.view, key)  # type: ignore[attr-defined]


def point_of(p: Presentation, item: QGraphicsItem) -> QPoint:
    return p.window.view.mapFromScene(item.sceneBoundingRect().center())


def click(qtbot: object, p: Presentation, item: QGraphicsItem) -> None:
    qtbot.mouseClick(p.window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(p, item))  # type: ignore[attr-defined]


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
        item = scene.item_for(item_id)
        assert item is not None and item.isVisible() and item.opacity() == 1.0, item_id
    for item_id, item in [*scene.nodes.items(), *scene.edges.items()]:
        if item.isVisible():
            bright = staging.spotlit is None or item_id in staging.spotlit
            assert item.opacity() == (1.0 if bright else dim), item_id
    if not p.window.view.flying and step.show:
        seen = p.window.view.visible_rect().adjusted(-1, -1, 1, 1)
        assert seen.contains(scene.bounds_of(list(step.show))), step.id


def bundled_with_staged_words(target: Path) -> Path:
    """A copy of the bundled pack with the presenter words from content/staging added where it lacks them."""
    shutil.copytree(bundled_content(), target)
    staged = yaml.safe_load(STAGED_WORDS.read_text(encoding="utf-8"))
    for code, words in staged.items():
        file = target / code / "text.yaml"
        if not file.exists():
            continue
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        ui = data.setdefault("ui", {})
        for key, text in words.items():
            ui.setdefault(key, text)
        file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
