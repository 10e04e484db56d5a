"""The diagram in a real window: clicks, taps and keys open the right explanation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]


def _id(item: QGraphicsItem | None) -> str:
    """The pack id of a diagram item, which is its object name."""
    assert isinstance(item, QGraphicsObject)
    return item.objectName()


def _point(window: MainWindow, item: QGraphicsItem) -> QPoint:
    from explainer.scene.edge_item import EdgeItem

    view = window.view
    if isinstance(item, EdgeItem):
        return view.mapFromScene(item.path().pointAtPercent(0.5))
    return view.mapFromScene(item.sceneBoundingRect().center())


def _click(qtbot: QtBot, window: MainWindow, item: QGraphicsItem) -> str:
    with qtbot.waitSignal(window.scene.activated, timeout=2000) as blocker:
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_point(window, item))
    return str(blocker.args[0])


def _kinds(pack: Pack) -> list[str]:
    seen: dict[str, str] = {}
    for node in pack.structure.nodes:
        seen.setdefault(node.kind, node.id)
    return list(seen.values())


def test_clicking_one_node_of_each_kind_shows_its_words_sources_and_actions(
    open_window: Opener, bundled: Pack, qtbot: QtBot
) -> None:
    window = open_window(bundled)
    words = bundled.language("en")
    for node_id in _kinds(bundled):
        assert _click(qtbot, window, window.scene.nodes[node_id]) == node_id
        text = window.panel.primary.toPlainText()
        assert words.get(f"nodes.{node_id}.title") in text
        first_line = words.get(f"explain.{node_id}").strip().splitlines()[0]
        assert first_line.replace("**", "").replace("*", "")[:40] in text
        for fact in bundled.facts_about(node_id):
            assert words.get(f"facts.{fact.id}")[:40] in text
            for source_id in fact.sources:
                assert bundled.sources[source_id].title[:30] in text
        pathway = bundled.pathway_of(node_id)
        for demand in bundled.demands_for(pathway):
            assert words.get(f"actions.{demand.id}.title") in text
        assert words.ui("not_legal_advice") in text


def test_clicking_an_arrow_opens_it_and_highlights_its_pathway(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    edge = next(e for e in bundled.structure.edges if e.pathway is not None and bundled.nodes[e.source].pathway)
    assert _click(qtbot, window, window.scene.edges[edge.id]) == edge.id
    assert window.navigator.selection == edge.id
    assert window.scene.edges[edge.id].selected
    words = bundled.language("en")
    assert words.get(f"edges.{edge.id}.label") in window.panel.primary.toPlainText()
    demand = bundled.demands_for(edge.pathway)[0]
    assert words.get(f"actions.{demand.id}.title") in window.panel.primary.toPlainText()
    other = next(n for n in bundled.structure.nodes if n.pathway and n.pathway != edge.pathway)
    assert window.scene.nodes[other.id].opacity() < 0.5
    same = next(n for n in bundled.structure.nodes if n.pathway == edge.pathway)
    assert window.scene.nodes[same.id].opacity() == 1.0


def test_escape_returns_to_the_overview(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    _click(qtbot, window, window.scene.nodes["nlets"])
    assert window.navigator.selection == "nlets"
    with qtbot.waitSignal(window.navigator.changed):
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.navigator.selection is None
    assert all(item.opacity() == 1.0 for item in window.scene.nodes.values())
    assert bundled.language("en").get("title") in window.panel.primary.toPlainText()


def test_the_keyboard_reaches_every_lane_node_and_arrow_and_enter_opens_it(
    open_window: Opener, bundled: Pack, qtbot: QtBot
) -> None:
    window = open_window(bundled)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.view.hasFocus)
    reached: list[str] = []
    for _ in range(len(bundled.nodes) + len(bundled.edges) + len(bundled.pathways)):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
        reached.append(_id(window.scene.focusItem()))
    assert set(bundled.nodes) <= set(reached)
    assert set(bundled.edges) <= set(reached)
    assert set(bundled.pathways) <= set(reached)  # lanes are stops too
    assert reached[0] == bundled.reading_order()[0]
    with qtbot.waitSignal(window.scene.activated) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert blocker.args == [reached[-1]]


def test_tab_walks_the_diagram_then_leaves_it(open_window: Opener, mini: Pack, qtbot: QtBot) -> None:
    window = open_window(mini)
    window.panel.primary.setFocus()
    qtbot.waitUntil(window.panel.primary.hasFocus)
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.view.hasFocus)
    order = [_id(item) for item in window.view.focus_items()]
    seen = [_id(window.scene.focusItem())]
    for _ in range(len(order) - 1):
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
        seen.append(_id(window.scene.focusItem()))
    assert seen == order
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert not window.view.hasFocus()


def test_dragging_pans_instead_of_opening(open_window: Opener, mini: Pack, qtbot: QtBot) -> None:
    window = open_window(mini)
    window.view.zoom_in()
    viewport = window.view.viewport()
    start = _point(window, window.scene.nodes["start"])
    before = window.view.mapToScene(viewport.rect().center())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(60, 40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 40))
    assert window.navigator.selection is None
    assert window.view.mapToScene(viewport.rect().center()) != before


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080), (3840, 2160)])
def test_the_whole_diagram_fits_the_window(open_window: Opener, bundled: Pack, size: tuple[int, int]) -> None:
    window = open_window(bundled, size=size)
    view = window.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(window.scene.geometry.bounds())


def test_zoom_controls_zoom_and_fit_restores(open_window: Opener, mini: Pack) -> None:
    window = open_window(mini)
    fitted = window.view.transform().m11()
    window.zoom_in_action.trigger()
    assert window.view.transform().m11() > fitted
    window.fit_action.trigger()
    assert window.view.transform().m11() == pytest.approx(fitted)


def test_sources_and_about_views_list_every_source_and_say_it_keeps_nothing(
    open_window: Opener, bundled: Pack
) -> None:
    window = open_window(bundled)
    window.sources_action.trigger()
    text = window.panel.primary.toPlainText()
    for source in bundled.sources.values():
        assert source.title in text
        if source.url:
            assert source.url in text
    window.about_action.trigger()
    about = window.panel.primary.toPlainText()
    assert bundled.language("en").get("about").split("\n")[0].strip("# ")[:30] in about
    window.back_action.trigger()
    assert window.navigator.view == "diagram"


def _wheel(window: MainWindow, angle: int, pixels: tuple[int, int] = (0, 0),
           phase: Qt.ScrollPhase = Qt.ScrollPhase.NoScrollPhase) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    viewport = window.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(*pixels), QPoint(0, angle),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, phase, False)
    QApplication.sendEvent(viewport, event)


def test_the_mouse_wheel_zooms_in_and_out_within_bounds(open_window: Opener, mini: Pack) -> None:
    window = open_window(mini)
    _wheel(window, 120)
    assert window.view.zoom_level() == pytest.approx(1.25)
    assert not window.view.fitted
    for _ in range(40):
        _wheel(window, 120)
    from explainer.scene.diagram_view import MAX_ZOOM, MIN_ZOOM

    assert window.view.zoom_level() == pytest.approx(MAX_ZOOM)
    for _ in range(80):
        _wheel(window, -120)
    assert window.view.zoom_level() == pytest.approx(MIN_ZOOM)


def test_a_trackpad_scroll_pans_instead_of_zooming(open_window: Opener, mini: Pack) -> None:
    window = open_window(mini)
    window.view.zoom_in()
    zoom = window.view.zoom_level()
    before = window.view.visible_rect().center()
    _wheel(window, 0, pixels=(-40, -30), phase=Qt.ScrollPhase.ScrollUpdate)
    assert window.view.zoom_level() == pytest.approx(zoom)
    assert window.view.visible_rect().center() != before


def test_a_pinch_zooms_around_the_fingers(open_window: Opener, mini: Pack) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    window = open_window(mini)
    viewport = window.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                centre, centre, QPointF(viewport.mapToGlobal(centre.toPoint())), 0.5, QPointF(), 0)
    QApplication.sendEvent(viewport, event)
    assert window.view.zoom_level() == pytest.approx(1.5)
