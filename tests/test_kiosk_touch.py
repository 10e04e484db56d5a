"""Touch first: real touch sequences tap, swipe and pinch; targets are big; the pointer hides while input is touch."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from kiosk_support import Maker, begin_visit, make_kiosk_fixture, pinch, swipe, tap  # noqa: F401
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.kiosk.policy import TAP_RADIUS, TOUCH_SCALE
from explainer.scene.diagram_view import MAX_ZOOM, MIN_ZOOM, DiagramView
from explainer.scene.edge_item import EdgeItem
from explainer.scene.node_item import NodeItem
from explainer.window import MainWindow

MIN_TARGET = 48


def _centre(window: MainWindow, node_id: str) -> QPoint:
    return window.view.mapFromScene(window.scene.nodes[node_id].sceneBoundingRect().center())


def test_a_tap_opens_a_node(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    view = kiosk.window.view
    tap(view.viewport(), _centre(kiosk.window, "south-law"))
    assert kiosk.navigator.selection == "south-law"
    assert "South law" in kiosk.window.panel.primary.toPlainText()


def test_a_finger_that_lands_just_beside_a_node_still_opens_it(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    view = kiosk.window.view
    box = view.mapFromScene(kiosk.window.scene.nodes["end"].mapRectToScene(kiosk.window.scene.nodes["end"].rect()))
    beside = QPoint(box.boundingRect().right() + TAP_RADIUS - 4, box.boundingRect().center().y())
    assert view.activatable_at(beside) is kiosk.window.scene.nodes["end"]
    view.tap_radius = 0
    assert view.activatable_at(beside) is None, "only the kiosk widens targets"


def test_a_swipe_pans_and_a_pinch_zooms_within_bounds(make_kiosk: Maker, request: pytest.FixtureRequest) -> None:
    # Each gesture waits out the double-click time so Qt does not join it to the last; a short one keeps the test quick.
    hints = QGuiApplication.styleHints()
    request.addfinalizer(partial(hints.setMouseDoubleClickInterval, hints.mouseDoubleClickInterval()))
    hints.setMouseDoubleClickInterval(80)
    kiosk = make_kiosk()
    begin_visit(kiosk)
    view = kiosk.window.view
    viewport = view.viewport()
    middle = viewport.rect().center()
    pinch(viewport, middle, 80, 400)
    assert 1.5 < view.zoom_level() <= MAX_ZOOM + 1e-6
    for _ in range(4):
        QTest.qWait(QGuiApplication.styleHints().mouseDoubleClickInterval())
        pinch(viewport, middle, 40, viewport.width() - 40)
    assert view.zoom_level() == pytest.approx(MAX_ZOOM)
    before = view.visible_rect().center()
    QTest.qWait(QGuiApplication.styleHints().mouseDoubleClickInterval())
    swipe(viewport, middle, middle + QPoint(160, 90))
    after = view.visible_rect().center()
    assert after.x() < before.x() and after.y() < before.y(), "the map follows the finger"
    assert kiosk.navigator.selection is None, "a swipe opens nothing"
    for _ in range(6):
        QTest.qWait(QGuiApplication.styleHints().mouseDoubleClickInterval())
        pinch(viewport, middle, viewport.width() - 40, 40)
    assert view.zoom_level() == pytest.approx(MIN_ZOOM)


def test_the_pointer_hides_for_touch_and_comes_back_for_a_mouse(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()

    def pointer_hidden() -> bool:
        cursor = QGuiApplication.overrideCursor()
        return cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor

    assert pointer_hidden(), "a kiosk starts as a touch screen"
    QTest.mouseMove(kiosk.window, QPoint(200, 200))
    assert not pointer_hidden()
    tap(kiosk.window.view.viewport())
    assert pointer_hidden()
    kiosk.stop()
    assert QGuiApplication.overrideCursor() is None


def test_only_visitor_controls_show_and_each_is_big_enough_for_a_finger(make_kiosk: Maker, bundled: Pack) -> None:
    kiosk = make_kiosk(pack=bundled)
    begin_visit(kiosk)
    window = kiosk.window
    shown = []
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is None or not widget.isVisible() or widget.sizePolicy().horizontalStretch() or not action.isVisible():
                continue
            if action.isSeparator() or widget.metaObject().className() == "QWidget":
                continue
            shown.append(widget)
            assert widget.height() >= MIN_TARGET and widget.width() >= MIN_TARGET, action.text() or widget
    assert window.home_action.isVisible() and window.zoom_in_action.isVisible()
    assert not window.language_box.isVisible() and not window.second_box.isVisible()
    hidden = [a for a in window.toolbar.actions() if a.text() and not a.isVisible()]
    assert window.fit_action in hidden
    assert len(shown) >= 5 + len(bundled.languages) + 4


def test_every_node_is_a_target_of_at_least_48_pixels_on_a_kiosk_screen(make_kiosk: Maker, bundled: Pack, app: QApplication,
                                                                         qtbot: QtBot) -> None:
    kiosk = make_kiosk(pack=bundled)
    window = kiosk.window
    begin_visit(kiosk)
    app.removeEventFilter(kiosk.shut.guard)  # the test screen is 800 pixels; a kiosk's is bigger
    window.showNormal()
    window.setGeometry(QRect(0, 0, 1920, 1080))
    qtbot.waitUntil(lambda: window.view.width() > 1200, timeout=2000)
    window.view.fit()
    view = window.view
    half = MIN_TARGET // 2
    for node_id, node in window.scene.nodes.items():
        centre = _centre(window, node_id)
        for dx in (-half, 0, half - 1):
            for dy in (-half, 0, half - 1):
                assert view.activatable_at(centre + QPoint(dx, dy)) is node, (node_id, dx, dy)


def test_explore_mode_keeps_its_toolbar(open_window: Callable[..., MainWindow], mini: Pack) -> None:
    window = open_window(mini)
    assert window.language_box.isVisible() and window.fit_action.isVisible()
    assert window.view.tap_radius == 0


def test_a_touch_that_starts_a_visit_leaves_no_keyboard_ring(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    assert kiosk.window.view.hasFocus()
    item = kiosk.window.scene.focusItem()
    assert item is None or not getattr(item, "ring", False)


def _own_square(view: DiagramView, item: NodeItem | EdgeItem, centre: QPoint) -> bool:
    """Whether every point of the 48-pixel square round ``centre`` (on an 8-pixel grid, its edges included) is
    inside the map and picks ``item``: the square is ``item``'s own."""
    half = MIN_TARGET // 2
    if not view.viewport().rect().adjusted(1, 1, -1, -1).contains(QRect(centre.x() - half, centre.y() - half,
                                                                          MIN_TARGET, MIN_TARGET)):
        return False
    steps = [round(-half + k * (MIN_TARGET - 1) / 6) for k in range(7)]
    return all(view.activatable_at(centre + QPoint(dx, dy)) is item for dx in steps for dy in steps)


def _candidates(item: NodeItem | EdgeItem) -> list[QPointF]:
    """Where an item's own square may be centred, in scene units: a box's middle; points all along an arrow."""
    if isinstance(item, NodeItem):
        return [item.sceneBoundingRect().center()]
    line = item.path()
    return [item.mapToScene(line.pointAtPercent(k / 40)) for k in range(1, 40)]


def _find_own_square(view: DiagramView, item: NodeItem | EdgeItem) -> QPoint | None:
    """A viewport point whose 48-pixel square belongs to ``item`` alone, the map panned to bring it in; else None."""
    for at in _candidates(item):
        view.centerOn(at)
        centre = view.mapFromScene(at)
        if _own_square(view, item, centre):
            return centre
    return None


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_every_box_and_arrow_has_a_48_pixel_square_of_its_own_and_a_tap_there_opens_it(
        make_kiosk: Maker, bundled: Pack, app: QApplication, qtbot: QtBot, size: tuple[int, int], language: str) -> None:
    kiosk = make_kiosk(pack=bundled, language=language, reduced_motion=True)  # the camera moves at once
    window = kiosk.window
    begin_visit(kiosk)
    app.removeEventFilter(kiosk.shut.guard)  # the test screen is smaller than a kiosk's
    window.showNormal()
    window.setGeometry(QRect(0, 0, *size))
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1], timeout=2000)
    view = window.view
    view.fit()
    scale = view.transform().m11()
    assert scale >= TOUCH_SCALE - 1e-6, "the kiosk's map is never smaller than a finger needs"
    items: list[NodeItem | EdgeItem] = [*window.scene.nodes.values(), *window.scene.edges.values()]
    for node in window.scene.nodes.values():
        assert node.rect().height() * scale >= MIN_TARGET, node.node_id
    for item in items:
        name = item.objectName()
        centre = _find_own_square(view, item)
        assert centre is not None, f"{name} has no 48x48 pixel square of its own"
        with qtbot.waitSignal(kiosk.navigator.changed, timeout=2000):
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        assert kiosk.navigator.selection == name
        kiosk.navigator.home()
        view.fit()
