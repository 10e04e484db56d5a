"""Place nodes and lanes on the page from the pack's grid and the size of their words.

Columns are as wide as their widest node needs (within limits); rows as tall
as their tallest node. Rows that hold a pathway's nodes form that pathway's
lane, with room above for the lane's heading. Columns that hold no lane nodes
(the start and the end of the flow) centre their nodes on the lanes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF

from explainer.model.pack import Pack

COLUMN_GAP = 60.0
ROW_GAP = 12.0
LANE_GAP = 14.0
LANE_PAD = 12.0
MIN_WIDTH = 120.0
MAX_WIDTH = 230.0


@dataclass
class Geometry:
    """Where everything goes, in scene coordinates."""

    nodes: dict[str, QRectF] = field(default_factory=dict)
    lanes: dict[str, QRectF] = field(default_factory=dict)

    def bounds(self) -> QRectF:
        rect = QRectF()
        for r in [*self.nodes.values(), *self.lanes.values()]:
            rect = rect.united(r)
        return rect


def lay_out(
    pack: Pack,
    preferred_width: Callable[[str], float],
    height_for: Callable[[str, float], float],
    lane_heading: float,
    heading_widths: dict[str, float] | None = None,
    text_scale: float = 1.0,
    mirrored: bool = False,
) -> Geometry:
    """Compute the geometry; ``height_for(node_id, width)`` measures wrapped words."""
    nodes = pack.structure.nodes
    max_width = MAX_WIDTH * (1 + (text_scale - 1) * 0.6)
    min_width = MIN_WIDTH * (1 + (text_scale - 1) * 0.4)
    columns = max(n.column + n.span for n in nodes)
    widths = [min_width] * columns
    for n in sorted(nodes, key=lambda n: n.span):
        want = min(max(preferred_width(n.id), min_width), max_width * n.span)
        have = sum(widths[n.column:n.column + n.span]) + COLUMN_GAP * (n.span - 1)
        if want > have:
            widths[n.column + n.span - 1] += want - have
    for pathway, need in (heading_widths or {}).items():
        spans = [(n.column, n.column + n.span) for n in nodes if n.pathway == pathway]
        if not spans:
            continue
        first, last = min(s[0] for s in spans), max(s[1] for s in spans)
        have = sum(widths[first:last]) + COLUMN_GAP * (last - first - 1) + 2 * LANE_PAD
        if need > have:
            widths[last - 1] += need - have
    lefts = [sum(widths[:c]) + COLUMN_GAP * c for c in range(columns)]

    def width_of(column: int, span: int) -> float:
        return sum(widths[column:column + span]) + COLUMN_GAP * (span - 1)

    lane_columns = {c for n in nodes if n.pathway for c in range(n.column, n.column + n.span)}
    in_lanes = [n for n in nodes if n.pathway or n.column in lane_columns]
    rows = sorted({n.row for n in in_lanes})
    row_height = {r: 0.0 for r in rows}
    heights = {n.id: height_for(n.id, width_of(n.column, n.span)) for n in nodes}
    for n in in_lanes:
        row_height[n.row] = max(row_height[n.row], heights[n.id])
    lane_of_row = {n.row: n.pathway for n in in_lanes if n.pathway}

    geometry = Geometry()
    tops: dict[int, float] = {}
    y = 0.0
    previous: str | None = None
    for row in rows:
        lane = lane_of_row.get(row)
        if lane != previous:
            if previous is not None:
                y += LANE_PAD + LANE_GAP
            if lane is not None:
                y += lane_heading + LANE_PAD * 0.5
        tops[row] = y
        y += row_height[row] + ROW_GAP
        previous = lane
    total = y - ROW_GAP + (LANE_PAD if previous else 0.0)

    for n in in_lanes:
        geometry.nodes[n.id] = QRectF(lefts[n.column], tops[n.row], width_of(n.column, n.span), heights[n.id])
    others = [n for n in nodes if n.id not in geometry.nodes]
    by_column: dict[int, list[str]] = {}
    for n in sorted(others, key=lambda n: n.row):
        by_column.setdefault(n.column, []).append(n.id)
    for column, ids in by_column.items():
        stack = sum(heights[i] for i in ids) + ROW_GAP * 4 * (len(ids) - 1)
        top = max(0.0, (total - stack) / 2)
        for i in ids:
            n = pack.nodes[i]
            geometry.nodes[i] = QRectF(lefts[column], top, width_of(column, n.span), heights[i])
            top += heights[i] + ROW_GAP * 4

    for pathway in pack.pathways:
        rects = [geometry.nodes[n.id] for n in nodes if n.pathway == pathway]
        if not rects:
            continue
        box = rects[0]
        for rect in rects[1:]:
            box = box.united(rect)
        geometry.lanes[pathway] = box.adjusted(-LANE_PAD, -lane_heading - LANE_PAD * 0.5, LANE_PAD, LANE_PAD)

    if mirrored:
        right = geometry.bounds().right() + geometry.bounds().left()
        for table in (geometry.nodes, geometry.lanes):
            for key, rect in table.items():
                table[key] = QRectF(right - rect.right(), rect.top(), rect.width(), rect.height())
    return geometry
