"""Screen-reader access to the diagram (see shared research/a11y.md).

One factory gives the view an interface that lists the lanes, nodes and arrows
as its children in reading order, and gives each item a button interface with a
name that says its pathway, a description, a stable identifier (its pack id) and
flows-to/flows-from relations (an arrow: to its target, from its source).
``interface_cast`` is never overridden: in PySide6 6.11 that crashes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem, QWidget

from explainer.model.pack import Pack, Words
from explainer.scene.diagram_view import DiagramView
from explainer.scene.edge_item import EdgeItem
from explainer.scene.lane_item import LaneItem
from explainer.scene.node_item import NodeItem

ItemType = NodeItem | EdgeItem | LaneItem


def _view_of(item: QGraphicsItem) -> DiagramView | None:
    scene = item.scene()
    if scene is None:
        return None
    for view in scene.views():
        if isinstance(view, DiagramView):
            return view
    return None


def item_name(view: DiagramView, item: ItemType) -> str:
    """What a screen reader calls the item (see ``accessible_name``)."""
    return accessible_name(view.diagram.pack, view.diagram.words, item.objectName())


def accessible_name(pack: Pack, words: Words, item_id: str) -> str:
    """A lane, box or arrow's name: its words, after its pathway's number and title when it has one."""
    pathway = pack.pathway_of(item_id)
    title = words.get(f"pathways.{pathway}.title") if pathway else ""
    number = pack.pathways[pathway].number if pathway else 0
    if item_id in pack.pathways:
        return words.ui("lane_name", number=number, pathway=title)
    if item_id in pack.nodes:
        name = words.get(f"nodes.{item_id}.title")
    else:
        edge = pack.edges[item_id]
        name = words.ui("arrow_name", source=words.title(edge.source), target=words.title(edge.target))
        label = words.get(f"edges.{item_id}.label")
        name = f"{name}: {label}" if label else name
    return words.ui("in_pathway", number=number, pathway=title, name=name) if pathway else name


def item_description(view: DiagramView, item: ItemType) -> str:
    words = view.diagram.words
    order = view.focus_items()
    index = order.index(item) + 1 if item in order else 0
    parts = [words.ui("position", index=index, count=len(order))]
    if isinstance(item, NodeItem):
        subtitle = words.get(f"nodes.{item.node_id}.subtitle")
        if subtitle:
            parts.insert(0, subtitle)
        targets = [words.title(e.target) for e in view.diagram.pack.outgoing(item.node_id)]
        if targets:
            parts.append(words.ui("sends_to", names=", ".join(targets)))
    pack = view.diagram.pack
    pathway = pack.pathway_of(item.objectName())
    if pathway in view.diagram.state_lines:  # the chosen state's mark on the item's pathway, in words
        parts.append(view.diagram.state_lines[pathway])
    if isinstance(item, EdgeItem) and item.cut:  # its demand is shown as won: say so, as the barrier shows it
        parts.append(words.ui("won_cut_name"))
    return " ".join(p.rstrip(".") + "." for p in parts if p)


class ItemAccessible(QAccessibleObject):
    """A node, arrow or lane as a button a screen reader can name, place and follow."""

    def __init__(self, item: ItemType) -> None:
        QAccessibleObject.__init__(self, item)
        self.item = item

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Button

    def text(self, kind: QAccessible.Text) -> str:
        view = _view_of(self.item)
        if view is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item_name(view, self.item)
        if kind == QAccessible.Text.Description:
            return item_description(view, self.item)
        if kind == QAccessible.Text.Identifier:
            return self.item.objectName()
        return ""

    def rect(self) -> QRect:
        view = _view_of(self.item)
        return view.screen_rect(self.item) if view else QRect()

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = _view_of(self.item)
        state.focusable = True
        state.selectable = True
        if view is None:
            return state
        state.focused = view.hasFocus() and view.diagram.focusItem() is self.item
        state.selected = self.item.selected
        shown = view.viewport().rect().intersects(view.mapFromScene(self.item.sceneBoundingRect()).boundingRect())
        state.offscreen = not shown
        return state

    def relations(self, match: Any = QAccessible.RelationFlag.AllRelations) -> list[tuple[QAccessibleInterface, Any]]:
        """Where the data goes on and where it comes from (Qt's FlowsFrom is AT-SPI's flows-to: research/a11y.md)."""
        view = _view_of(self.item)
        if view is None or isinstance(self.item, LaneItem):
            return []
        pack = view.diagram.pack
        nodes = view.diagram.nodes
        if isinstance(self.item, NodeItem):
            node_id = self.item.node_id
            onwards = [nodes[e.target] for e in pack.outgoing(node_id)]
            back = [nodes[e.source] for e in pack.structure.edges if e.target == node_id]
        else:
            edge = pack.edges[self.item.edge_id]
            onwards, back = [nodes[edge.target]], [nodes[edge.source]]
        out: list[tuple[QAccessibleInterface, Any]] = []
        for wanted, others in ((QAccessible.RelationFlag.FlowsFrom, onwards), (QAccessible.RelationFlag.FlowsTo, back)):
            if match & wanted:
                for other in others:
                    iface = QAccessible.queryAccessibleInterface(other)
                    if iface is not None:
                        out.append((iface, wanted))
        return out

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        view = _view_of(self.item)
        return QAccessible.queryAccessibleInterface(view) if view else None

    def childCount(self) -> int:
        return 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None


class DiagramAccessible(QAccessibleWidget):
    """The view: Qt's own children, then every node and arrow in reading order."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view = view

    def _base(self) -> int:
        return super().childCount()

    def childCount(self) -> int:
        return self._base() + len(self.view.focus_items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        base = self._base()
        if index < base:
            return super().child(index)
        order = self.view.focus_items()
        j = index - base
        item = order[j] if 0 <= j < len(order) else None
        return QAccessible.queryAccessibleInterface(item) if isinstance(item, QObject) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if child is not None:
            wanted = QAccessible.uniqueId(child)
            for j, item in enumerate(self.view.focus_items()):
                iface = QAccessible.queryAccessibleInterface(item) if isinstance(item, QObject) else None
                if iface is not None and QAccessible.uniqueId(iface) == wanted:
                    return self._base() + j
        return super().indexOfChild(child)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        item = self.view.diagram.focusItem()
        if self.view.hasFocus() and isinstance(item, (NodeItem, EdgeItem, LaneItem)):
            return QAccessible.queryAccessibleInterface(item)
        return super().focusChild()

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for item in self.view.focus_items():
            if isinstance(item, NodeItem) and self.view.screen_rect(item).contains(x, y):
                return QAccessible.queryAccessibleInterface(item)
        return super().childAt(x, y)


class ViewportAccessible(QAccessibleWidget):
    """The view's drawing area: the view's name, and never focused itself.

    Its focus proxy is the view, so Qt would call it focused too, and a screen reader
    looking for the deepest focused object found an unnamed filler instead of the map."""

    def __init__(self, viewport: QWidget, view: DiagramView) -> None:
        super().__init__(viewport)
        self.view = view

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.view.accessibleName()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.focused = False
        state.focusable = False
        return state


def factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt calls this for every object a screen reader asks about."""
    if isinstance(obj, DiagramView):
        return DiagramAccessible(obj)
    if isinstance(obj, QWidget) and isinstance(obj.parent(), DiagramView):
        view = obj.parent()
        assert isinstance(view, DiagramView)
        if obj is view.viewport():
            return ViewportAccessible(obj, view)
    if isinstance(obj, (NodeItem, EdgeItem, LaneItem)):
        return ItemAccessible(obj)
    return None


def install() -> None:
    """Install the factory; call once, right after the QApplication exists."""
    QAccessible.installFactory(factory)
