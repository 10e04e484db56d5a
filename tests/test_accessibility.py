"""What a screen reader gets from the diagram, asked through Qt's accessibility interfaces."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QGraphicsObject
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.window import MainWindow


def test_every_lane_node_and_arrow_is_a_named_button_with_its_pack_id_and_pathway(
    open_window: Callable[..., MainWindow], mini: Pack
) -> None:
    window = open_window(mini)
    view = QAccessible.queryAccessibleInterface(window.view)
    assert view is not None
    assert view.text(QAccessible.Text.Name) == mini.language("en").ui("diagram_name")
    children = [view.child(i) for i in range(view.childCount())]
    ids = (*mini.nodes, *mini.edges, *mini.pathways)
    items = [c for c in children if c is not None and c.text(QAccessible.Text.Identifier) in ids]
    order = [i.objectName() for i in window.view.focus_items() if isinstance(i, QGraphicsObject)]
    assert [c.text(QAccessible.Text.Identifier) for c in items] == order
    assert set(order) == set(ids)
    assert order.index("north") < order.index("start-north") < order.index("north-hop")  # the lane first
    words = mini.language("en")
    start = next(c for c in items if c.text(QAccessible.Text.Identifier) == "start")
    assert start.role() == QAccessible.Role.Button
    assert start.text(QAccessible.Text.Name) == words.get("nodes.start.title")
    description = start.text(QAccessible.Text.Description)
    assert words.get("nodes.start.subtitle") in description
    assert "North hop" in description and "South hop" in description
    flows = start.relations(QAccessible.RelationFlag.FlowsFrom)
    assert {r[0].text(QAccessible.Text.Identifier) for r in flows} == {"north-hop", "south-hop"}
    arrow = next(c for c in items if c.text(QAccessible.Text.Identifier) == "start-north")
    north = words.get("pathways.north.title")
    arrow_name = words.ui("arrow_name", source=words.title("start"), target=words.title("north-hop"))
    assert arrow.text(QAccessible.Text.Name).startswith(words.ui("in_pathway", number=1, pathway=north, name=arrow_name))
    assert {r[0].text(QAccessible.Text.Identifier) for r in arrow.relations(QAccessible.RelationFlag.FlowsFrom)} \
        == {"north-hop"}  # AT-SPI flows-to
    assert {r[0].text(QAccessible.Text.Identifier) for r in arrow.relations(QAccessible.RelationFlag.FlowsTo)} \
        == {"start"}  # AT-SPI flows-from
    hop = next(c for c in items if c.text(QAccessible.Text.Identifier) == "north-hop")
    assert hop.text(QAccessible.Text.Name) == f"Pathway 1, {north}: {words.get('nodes.north-hop.title')}"
    lane = next(c for c in items if c.text(QAccessible.Text.Identifier) == "north")
    assert lane.role() == QAccessible.Role.Button and lane.text(QAccessible.Text.Name) == f"Pathway 1: {north}"
    assert not start.rect().isEmpty()


def test_the_focused_node_is_the_views_focus_child(open_window: Callable[..., MainWindow], mini: Pack, qtbot: QtBot) -> None:
    window = open_window(mini)
    window.panel.primary.setFocus()
    qtbot.waitUntil(window.panel.primary.hasFocus)
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.scene.focusItem() is not None)
    view = QAccessible.queryAccessibleInterface(window.view)
    focus = view.focusChild()
    assert focus is not None and focus.text(QAccessible.Text.Identifier) == "start"
    assert focus.state().focused
