"""The diagram: builds node, arrow and lane items from a pack and keeps an id → item map.

Items emit ``activated`` with their id; the scene re-emits it. Nothing here
reaches up into windows: the navigator decides what is selected and tells the
scene through ``show_selection``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from explainer.look.theme import Theme
from explainer.model.grid import COLUMN_GAP, BoxIndex, Rect, route
from explainer.model.pack import Pack, Words
from explainer.scene import node_item
from explainer.scene.edge_item import EdgeItem
from explainer.scene.lane_item import LaneItem, heading_height, heading_width, marks_width
from explainer.scene.layout import Geometry, lay_out
from explainer.scene.node_item import NodeItem
from explainer.scene.packets import PacketLayer

MARGIN = 24.0
BIG_MAP = 150
"""Boxes and arrows past which the packets' frame rate is lowered (see ``flow``)."""


class DiagramScene(QGraphicsScene):
    """All items of one pack's diagram."""

    activated = Signal(str)

    def __init__(self, pack: Pack, words: Words, theme: Theme, parent: object | None = None,
                 cache_at_once: bool = True) -> None:
        """``cache_at_once=False``: the items paint from cached images only once ``cache_items`` is called (a
        window's map, just after its first frame, which needs no image per item). A handout's scene keeps them from
        the start: its printed map was measured with them."""
        super().__init__(parent)  # type: ignore[arg-type]
        self.pack = pack
        self.words = words
        self.theme = theme
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.lanes: dict[str, LaneItem] = {}
        self.geometry = Geometry()
        self.selected_id: str | None = None
        self.preview: tuple[Words, str | None] | None = None
        """An idle screen's override: words and a selection shown instead of the window's until ``end_preview``."""
        self._given: tuple[Words, str | None] = (words, None)
        self.packets = PacketLayer()
        self.flowing: list[str] = []
        self.spotlit: frozenset[str] | None = None
        self.revealed: frozenset[str] | None = None
        self.state_lines: dict[str, str] = {}
        """Per pathway, the chosen state's marks in words (for the accessible description of its items)."""
        self.column_gap = COLUMN_GAP
        self.min_box = 0.0
        """The least height of a box, in scene units (a kiosk's: a finger's height on its screen)."""
        self.hub_turn = 0.5
        """Where an arrow from or to a busier box climbs, as a share of the gap from that box (``grid.curve``)."""
        self._build()
        if cache_at_once:
            self.cache_items()
        self._apply_words(words)

    def _colour(self, pathway: str | None) -> QColor | None:
        if pathway is None:
            return None
        return self.theme.lane_colour(self.pack.pathways[pathway].colour)

    def _build(self) -> None:
        for pathway in self.pack.pathways.values():
            lane = LaneItem(pathway.id, pathway.number, QColor(self.theme.lane_colour(pathway.colour)), self.theme)
            lane.activated.connect(self.activated)
            self.addItem(lane)
            self.lanes[pathway.id] = lane
        for edge in self.pack.structure.edges:
            edge_item = EdgeItem(edge.id, self._colour(edge.pathway), self.theme)
            edge_item.number = self.pack.pathways[edge.pathway].number if edge.pathway else None
            edge_item.activated.connect(self.activated)
            self.addItem(edge_item)
            self.edges[edge.id] = edge_item
        for node in self.pack.structure.nodes:
            item = NodeItem(node.id, node.kind, self._colour(node.pathway), self.theme)
            item.activated.connect(self.activated)
            self.addItem(item)
            self.nodes[node.id] = item
        self.addItem(self.packets)

    def set_theme(self, theme: Theme) -> None:
        """Repaint with other colours or another text size, and lay out again."""
        self.theme = theme
        for lane in self.lanes.values():
            lane.theme = theme
            lane.colour = QColor(theme.lane_colour(self.pack.pathways[lane.pathway_id].colour))
            lane.update()
        for node_id, node in self.nodes.items():
            node.theme = theme
            node.colour = self._colour(self.pack.nodes[node_id].pathway)
            node.update()
        for edge_id, edge in self.edges.items():
            edge.theme = theme
            edge.colour = self._colour(self.pack.edges[edge_id].pathway)
            edge.update()
        self.setBackgroundBrush(theme.background)
        self.relayout()

    def set_words(self, words: Words) -> None:
        """Show another language's words and lay out again to fit them (later, while a preview shows)."""
        self._given = (words, self._given[1])
        if self.preview is None and words is not self.words:
            self._apply_words(words)

    def show_preview(self, words: Words, item_id: str | None) -> None:
        """Show ``item_id`` in ``words`` over what the window gave, until ``end_preview``: the kiosk's idle screen.

        The navigator's language and selection do not change; only the diagram speaks the preview's language.
        """
        self.preview = (words, item_id)
        if words is not self.words:
            self._apply_words(words)
        self._apply_selection(item_id)

    def end_preview(self) -> None:
        """Back to the words and selection the window gave."""
        if self.preview is None:
            return
        self.preview = None
        words, item_id = self._given
        if words is not self.words:
            self._apply_words(words)
        self._apply_selection(item_id)

    def _apply_words(self, words: Words) -> None:
        self.words = words
        for node_id, item in self.nodes.items():
            item.set_words(words.get(f"nodes.{node_id}.title"), words.get(f"nodes.{node_id}.subtitle"))
        for lane in self.lanes.values():
            lane.set_title(words.get(f"pathways.{lane.pathway_id}.title"))
        self.setBackgroundBrush(self.theme.background)
        self.relayout()

    def set_state_marks(self, marks: dict[str, list[tuple[str, str]]], lines: dict[str, str]) -> None:
        """Show a state's marks on each lane (symbol, word) and keep their words for screen readers; empty: none."""
        if {p: lane.marks for p, lane in self.lanes.items() if lane.marks} == {p: m for p, m in marks.items() if m} \
                and lines == self.state_lines:
            return
        self.state_lines = dict(lines)
        for pathway_id, lane in self.lanes.items():
            lane.set_marks(marks.get(pathway_id, []))
        self.relayout()

    def set_touch(self, column_gap: float, min_box: float, hit_width: float, hub_turn: float) -> None:
        """Lay out for fingers: wider gaps where arrows fan out and in, taller boxes, wider bands to tap arrows in,
        arrows that turn near the busy box and run level and apart near the others."""
        self.column_gap, self.min_box, self.hub_turn = column_gap, min_box, hub_turn
        for edge in self.edges.values():
            edge.hit_width = hit_width
        self.relayout()

    @property
    def mirrored(self) -> bool:
        return self.words.direction == "rtl"

    def relayout(self) -> None:
        t = self.theme

        def stripe(node_id: str) -> bool:
            return self.pack.nodes[node_id].pathway is not None

        def width(node_id: str) -> float:
            item = self.nodes[node_id]
            return node_item.preferred_width(t, item.title, item.subtitle, stripe(node_id))

        def height(node_id: str, w: float) -> float:
            item = self.nodes[node_id]
            return max(self.min_box, node_item.text_height(t, item.title, item.subtitle, w, stripe(node_id)))

        headings = {p: heading_width(t, lane.title) + marks_width(t, lane.marks) for p, lane in self.lanes.items()}
        self.geometry = lay_out(self.pack, width, height, heading_height(t), headings, t.text_scale, self.mirrored,
                                self.column_gap)
        self._ensure_hub_heights()
        for node_id, rect in self.geometry.nodes.items():
            self.nodes[node_id].mirrored = self.mirrored
            self.nodes[node_id].set_rect(rect)
        for pathway_id, rect in self.geometry.lanes.items():
            self.lanes[pathway_id].mirrored = self.mirrored
            self.lanes[pathway_id].set_rect(rect)
        self._route_edges()
        if self.flowing:
            self.flow(self.flowing)
        self.setSceneRect(self.geometry.bounds().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _ensure_hub_heights(self) -> None:
        """Nodes with many arrows grow so the arrows leave them apart."""
        counts: dict[str, int] = {}
        for e in self.pack.structure.edges:
            counts[e.source] = counts.get(e.source, 0) + 1
            counts[e.target] = counts.get(e.target, 0) + 1
        for node_id, rect in self.geometry.nodes.items():
            need = counts.get(node_id, 0) * 9.0 * self.theme.text_scale
            if rect.height() < need and self.pack.nodes[node_id].pathway is None:
                grow = need - rect.height()
                self.geometry.nodes[node_id] = rect.adjusted(0, -grow / 2, 0, grow / 2)

    def _route_edges(self) -> None:
        """Each arrow from its source's side to its target's, round any box its curve would pass under."""
        centre = {i: r.center().y() for i, r in self.geometry.nodes.items()}
        boxes = BoxIndex({i: Rect(r.x(), r.y(), r.width(), r.height()) for i, r in self.geometry.nodes.items()})
        outgoing: dict[str, list[str]] = {}
        incoming: dict[str, list[str]] = {}
        for e in self.pack.structure.edges:
            outgoing.setdefault(e.source, []).append(e.id)
            incoming.setdefault(e.target, []).append(e.id)
        for e in self.pack.structure.edges:
            outs = sorted(outgoing[e.source], key=lambda i: centre[self.pack.edges[i].target])
            ins = sorted(incoming[e.target], key=lambda i: centre[self.pack.edges[i].source])
            start = self.nodes[e.source].port(True, _fraction(outs.index(e.id), len(outs)))
            end = self.nodes[e.target].port(False, _fraction(ins.index(e.id), len(ins)))
            corners = route((start.x(), start.y()), (end.x(), end.y()), e.source, e.target, boxes, gap=self.column_gap)
            busy = len(outgoing.get(e.source, [])) + len(incoming.get(e.source, [])) \
                - len(outgoing.get(e.target, [])) - len(incoming.get(e.target, []))
            turn = 0.5 if busy == 0 else self.hub_turn if busy > 0 else 1 - self.hub_turn
            self.edges[e.id].set_ends(start, end, None if corners is None else [QPointF(x, y) for x, y in corners], turn)

    def item_for(self, item_id: str) -> NodeItem | EdgeItem | LaneItem | None:
        return self.nodes.get(item_id) or self.edges.get(item_id) or self.lanes.get(item_id)

    def focus_order(self) -> list[QGraphicsItem]:
        """Lanes, nodes and arrows in the order the flow is read: the lane, the arrow in, the node, its arrow onwards."""
        order: list[QGraphicsItem] = []
        listed: set[str] = set()
        edges = self.pack.structure.edges
        for node_id in self.pack.reading_order():
            arriving = [e for e in edges if e.target == node_id and e.source in listed and e.id not in listed]
            for e in arriving:
                order.append(self.edges[e.id])
                listed.add(e.id)
            order.append(self.nodes[node_id])
            listed.add(node_id)
            if self.pack.nodes[node_id].pathway is None:
                continue
            for e in edges:
                if e.source == node_id and self.pack.nodes[e.target].pathway is None:
                    order.append(self.edges[e.id])
                    listed.add(e.id)
        order.extend(self.edges[e.id] for e in edges if e.id not in listed)
        return self._with_lanes(order)

    def _with_lanes(self, order: list[QGraphicsItem]) -> list[QGraphicsItem]:
        """Each pathway's lane just before the first of its items: a screen reader hears the pathway, then its parts."""
        out: list[QGraphicsItem] = []
        for item in order:
            pathway = self.pack.pathway_of(item.objectName()) if isinstance(item, QObject) else None
            lane = self.lanes.get(pathway) if pathway else None
            if lane is not None and lane not in out:
                out.append(lane)
            out.append(item)
        out.extend(lane for lane in self.lanes.values() if lane not in out)
        return out

    def show_selection(self, item_id: str | None) -> None:
        """Mark ``item_id`` selected, bring its pathway forward and dim the other lanes (later, while a preview shows)."""
        self._given = (self._given[0], item_id)
        if self.preview is None:
            self._apply_selection(item_id)

    def _apply_selection(self, item_id: str | None) -> None:
        self.selected_id = item_id
        pathway = self.pack.pathway_of(item_id) if item_id else None
        for node_id, item in self.nodes.items():
            item.set_selected(node_id == item_id)
            self._dim(item, pathway, self.pack.nodes[node_id].pathway)
        for edge_id, edge_item in self.edges.items():
            edge_item.set_selected(edge_id == item_id or (self.spotlit is not None and edge_id in self.spotlit))
            self._dim(edge_item, pathway, self.pack.edges[edge_id].pathway)
        for pathway_id, lane in self.lanes.items():
            lane.set_selected(pathway_id == pathway)
            self._dim(lane, pathway, pathway_id)

    def _dim(self, item: QGraphicsItem, shown: str | None, own: str | None) -> None:
        if self.spotlit is not None:
            dim = isinstance(item, QObject) and item.objectName() not in self.spotlit
        else:
            dim = shown is not None and own is not None and own != shown
        item.setOpacity(self.theme.dim_opacity if dim else 1.0)

    def spotlight(self, item_ids: Iterable[str] | None) -> None:
        """Keep these nodes, arrows and lanes bright (their arrows bold) and dim the rest; ``None`` ends it."""
        self.spotlit = None if item_ids is None else frozenset(item_ids)
        self._apply_selection(self.selected_id)

    def reveal(self, pathway_ids: Iterable[str] | None) -> None:
        """Show only these pathways' lanes, nodes and arrows, plus what is in no pathway; ``None`` shows all."""
        self.revealed = None if pathway_ids is None else frozenset(pathway_ids)

        def shown(pathway: str | None) -> bool:
            return pathway is None or self.revealed is None or pathway in self.revealed

        for pathway_id, lane in self.lanes.items():
            lane.setVisible(shown(pathway_id))
        for node_id, node in self.nodes.items():
            node.setVisible(shown(self.pack.nodes[node_id].pathway))
        for e in self.pack.structure.edges:
            ends = self.nodes[e.source].isVisible() and self.nodes[e.target].isVisible()
            self.edges[e.id].setVisible(shown(e.pathway) and ends)

    def flow(self, pathway_ids: list[str]) -> None:
        """Send packets along the arrows of the given pathways, or along arrows named by id (none: stop them)."""
        self.flowing = list(pathway_ids)
        # Each frame repaints what the dots cross; past about 150 boxes and arrows that costs a small map's several
        # frames, so a big map's dots move 20 times a second, not 60 (the kiosk's idle screen stays under 10 % of a core).
        self.packets.frame_ms = 50 if len(self.nodes) + len(self.edges) > BIG_MAP else 0
        paths = []
        for edge in self.pack.structure.edges:
            if edge.pathway in pathway_ids or edge.id in pathway_ids:
                item = self.edges[edge.id]
                if item.cut != "after":  # a won demand's pathway: packets go only up to its barrier
                    paths.append((item.flow_path(), item.colour or self.theme.neutral_edge))
        self.packets.flow(paths)

    def cache_items(self) -> None:
        """Items paint from a cached image from now on, each made at its next paint: flowing packets repaint what
        lies under them every frame, and a click repaints the items it highlights (~30% faster with the images,
        bench/click_latency.py). A window calls this just after its first frame, which needs no image per item
        (~30 of them, ~1.8 MiB)."""
        for cached in (*self.lanes.values(), *self.nodes.values(), *self.edges.values()):
            cached.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_won(self, pathway_ids: Iterable[str]) -> None:
        """Draw these pathways cut, as if their demand had won: a barrier where data enters, nothing after it."""
        cut = set(pathway_ids)
        entries = {e.id for p in cut for e in self.pack.demands.entries(p)}
        for e in self.pack.structure.edges:
            self.edges[e.id].set_cut("entry" if e.id in entries else "after" if e.pathway in cut else "")
        self.flow(self.flowing)

    def bounds_of(self, item_ids: list[str]) -> QRectF:
        """The scene rectangle that holds the given nodes, arrows or lanes."""
        rect = QRectF()
        for item_id in item_ids:
            item = self.item_for(item_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        return rect


def _fraction(index: int, count: int) -> float:
    return 0.5 if count == 1 else index / (count - 1)
