"""The diagram's grid, without Qt: where boxes and lanes go, and the line an arrow takes between two boxes.

The scene (``scene/layout.py``) draws from this with the real sizes of the words; ``validate``
(``model/layout_check.py``) runs the same arithmetic with estimated sizes to warn about overlaps and
arrows that pass under boxes. Columns are as wide as their widest node needs (within limits); rows as
tall as their tallest node. Rows that hold a pathway's nodes form that pathway's lane, with room above
for the lane's heading. Columns that hold no lane nodes (the start and the end of the flow) centre their
nodes on the lanes, stacked in row order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from msgspec import Struct, field

COLUMN_GAP = 60.0
ROW_GAP = 12.0
LANE_GAP = 14.0
LANE_PAD = 12.0
MIN_WIDTH = 120.0
MAX_WIDTH = 230.0
ARROW = 11.0
"""The length of an arrow's head: the line stops this much (times 0.9) before the box."""
CLEARANCE = 8.0
"""How far a routed arrow keeps from a box it goes around."""

Point = tuple[float, float]


class Rect(Struct, frozen=True):
    """An axis-aligned rectangle: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Rect) -> bool:
        """True when the two share area (touching edges do not count)."""
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def contains(self, point: Point) -> bool:
        return self.x < point[0] < self.right and self.y < point[1] < self.bottom

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def adjusted(self, left: float, top: float, right: float, bottom: float) -> Rect:
        return Rect(self.x + left, self.y + top, self.w - left + right, self.h - top + bottom)


class Cell(Struct, frozen=True):
    """Where a node stands on the grid."""

    column: int
    row: int
    span: int
    pathway: str | None


class Plan(Struct):
    """Where everything goes, in scene units."""

    nodes: dict[str, Rect] = field(default_factory=dict)
    lanes: dict[str, Rect] = field(default_factory=dict)


def plan(
    cells: dict[str, Cell],
    pathways: Sequence[str],
    preferred_width: Callable[[str], float],
    height_for: Callable[[str, float], float],
    lane_heading: float,
    heading_widths: dict[str, float] | None = None,
    text_scale: float = 1.0,
    mirrored: bool = False,
    column_gap: float = COLUMN_GAP,
) -> Plan:
    """Compute the plan; ``height_for(node_id, width)`` measures wrapped words; ``pathways`` in lane order.

    ``column_gap``: the room between columns, where arrows fan out and in (a kiosk's is wider, so that each arrow
    has a finger's width of its own there).
    """
    nodes = list(cells.items())
    max_width = MAX_WIDTH * (1 + (text_scale - 1) * 0.6)
    min_width = MIN_WIDTH * (1 + (text_scale - 1) * 0.4)
    columns = max(c.column + c.span for _i, c in nodes)
    widths = [min_width] * columns
    for node_id, c in sorted(nodes, key=lambda n: n[1].span):
        want = min(max(preferred_width(node_id), min_width), max_width * c.span)
        have = sum(widths[c.column:c.column + c.span]) + column_gap * (c.span - 1)
        if want > have:
            widths[c.column + c.span - 1] += want - have
    for pathway, need in (heading_widths or {}).items():
        spans = [(c.column, c.column + c.span) for _i, c in nodes if c.pathway == pathway]
        if not spans:
            continue
        first, last = min(s[0] for s in spans), max(s[1] for s in spans)
        have = sum(widths[first:last]) + column_gap * (last - first - 1) + 2 * LANE_PAD
        if need > have:
            widths[last - 1] += need - have
    lefts = [sum(widths[:c]) + column_gap * c for c in range(columns)]

    def width_of(column: int, span: int) -> float:
        return sum(widths[column:column + span]) + column_gap * (span - 1)

    lane_columns = {col for _i, c in nodes if c.pathway for col in range(c.column, c.column + c.span)}
    in_lanes = [(i, c) for i, c in nodes if c.pathway or c.column in lane_columns]
    rows = sorted({c.row for _i, c in in_lanes})
    row_height = {r: 0.0 for r in rows}
    heights = {i: height_for(i, width_of(c.column, c.span)) for i, c in nodes}
    for i, c in in_lanes:
        row_height[c.row] = max(row_height[c.row], heights[i])
    lane_of_row = {c.row: c.pathway for _i, c in in_lanes if c.pathway}

    out = Plan()
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

    for i, c in in_lanes:
        out.nodes[i] = Rect(lefts[c.column], tops[c.row], width_of(c.column, c.span), heights[i])
    by_column: dict[int, list[str]] = {}
    for i, c in sorted(((i, c) for i, c in nodes if i not in out.nodes), key=lambda n: n[1].row):
        by_column.setdefault(c.column, []).append(i)
    for column, ids in by_column.items():
        stack = sum(heights[i] for i in ids) + ROW_GAP * 4 * (len(ids) - 1)
        top = max(0.0, (total - stack) / 2)
        for i in ids:
            out.nodes[i] = Rect(lefts[column], top, width_of(column, cells[i].span), heights[i])
            top += heights[i] + ROW_GAP * 4

    for pathway in pathways:
        rects = [out.nodes[i] for i, c in nodes if c.pathway == pathway]
        if not rects:
            continue
        box = rects[0]
        for rect in rects[1:]:
            box = box.united(rect)
        out.lanes[pathway] = box.adjusted(-LANE_PAD, -lane_heading - LANE_PAD * 0.5, LANE_PAD, LANE_PAD)

    if mirrored:
        every = [*out.nodes.values(), *out.lanes.values()]
        right = max(r.right for r in every) + min(r.x for r in every)
        for table in (out.nodes, out.lanes):
            for key, rect in table.items():
                table[key] = Rect(right - rect.right, rect.y, rect.w, rect.h)
    return out


# -- arrows ------------------------------------------------------------------------------------------------

def port(rect: Rect, outgoing: bool, fraction: float, mirrored: bool = False) -> Point:
    """The point on a box's side where an arrow leaves (``outgoing``) or arrives, ``fraction`` down the side."""
    right = outgoing != mirrored
    margin = min(rect.h * 0.2, 14.0)
    return (rect.right if right else rect.x, rect.y + margin + (rect.h - 2 * margin) * fraction)


def curve(start: Point, end: Point) -> tuple[Point, Point, Point]:
    """The two control points and the end of the smooth curve an arrow takes (it stops short for its head)."""
    bend = max(abs(end[0] - start[0]) * 0.5, 30.0)
    direction = 1.0 if end[0] >= start[0] else -1.0
    tip = (end[0] - direction * ARROW * 0.9, end[1])
    return (start[0] + direction * bend, start[1]), (tip[0] - direction * bend, tip[1]), tip


def curve_points(start: Point, end: Point, steps: int = 24) -> list[Point]:
    """Points along the arrow's curve, for checking what it passes over."""
    c1, c2, tip = curve(start, end)
    out: list[Point] = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3
        out.append((a * start[0] + b * c1[0] + c * c2[0] + d * tip[0],
                    a * start[1] + b * c1[1] + c * c2[1] + d * tip[1]))
    return out


def polyline_points(points: Sequence[Point], step: float = 6.0) -> list[Point]:
    """Points every ``step`` units along a polyline."""
    out: list[Point] = [points[0]]
    for (x0, y0), (x1, y1) in pairwise(points):
        length = max(abs(x1 - x0), abs(y1 - y0))
        count = max(1, int(length / step))
        out.extend((x0 + (x1 - x0) * k / count, y0 + (y1 - y0) * k / count) for k in range(1, count + 1))
    return out


class BoxIndex:
    """Boxes bucketed on a coarse grid, to ask quickly which box (if any) lies under a point."""

    CELL = 120.0

    def __init__(self, rects: dict[str, Rect], inset: float = 2.0) -> None:
        self.rects = {i: r.adjusted(inset, inset, -inset, -inset) for i, r in rects.items()}
        self._cells: dict[tuple[int, int], list[tuple[str, float, float, float, float]]] = {}
        size = self.CELL
        for i, r in self.rects.items():
            entry = (i, r.x, r.y, r.right, r.bottom)
            for cx in range(int(r.x // size), int(r.right // size) + 1):
                for cy in range(int(r.y // size), int(r.bottom // size) + 1):
                    self._cells.setdefault((cx, cy), []).append(entry)

    def under(self, points: Iterable[Point], skip: Iterable[str] = ()) -> list[str]:
        """The boxes (other than ``skip``) that any of ``points`` lies inside, in the order first met."""
        skipped = set(skip)
        found: list[str] = []
        size = self.CELL
        cells = self._cells
        for x, y in points:
            for i, left, top, right, bottom in cells.get((int(x // size), int(y // size)), ()):
                if left < x < right and top < y < bottom and i not in skipped and i not in found:
                    found.append(i)
        return found

    def blocked(self, left: float, right: float, skip: Iterable[str]) -> list[tuple[float, float]]:
        """The vertical spans (top, bottom) of boxes that reach between ``left`` and ``right``, merged."""
        skipped = set(skip)
        spans = sorted((r.y - CLEARANCE, r.bottom + CLEARANCE) for i, r in self.rects.items()
                       if i not in skipped and r.x < right and left < r.right)
        merged: list[tuple[float, float]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged


def route(start: Point, end: Point, source: str, target: str, index: BoxIndex,
          points: list[Point] | None = None, gap: float = COLUMN_GAP) -> list[Point] | None:
    """A way round for an arrow whose curve would pass under a box, as corner points; None when it need not.

    The arrow leaves level into the gap after its box, goes up or down to the nearest free level (a band no
    box reaches into between the two gaps), runs along it, and comes back to arrive level. When no free level
    clears every box, it keeps its curve (``validate`` warns about such packs).
    """
    skip = (source, target)
    if not index.under(points or curve_points(start, end), skip):  # ``points``: the curve's, when already sampled
        return None
    direction = 1.0 if end[0] >= start[0] else -1.0
    if abs(end[0] - start[0]) < 2 * gap * 0.5:
        return None
    tip = (end[0] - direction * ARROW * 0.9, end[1])
    xa = start[0] + direction * gap * 0.5
    xb = end[0] - direction * gap * 0.5
    left, right = min(xa, xb), max(xa, xb)
    wanted = (start[1] + end[1]) / 2
    spans = index.blocked(left, right, skip)
    levels: list[float] = []
    edges = [-1e9, *[v for s in spans for v in s], 1e9]
    for top, bottom in zip(edges[::2], edges[1::2], strict=True):  # the free bands between blocked spans
        if bottom > top:
            levels.append(min(max(wanted, top), bottom))
    for level in sorted(levels, key=lambda v: abs(v - wanted)):
        corners = [start, (xa, start[1]), (xa, level), (xb, level), (xb, end[1]), tip]
        if not index.under(polyline_points(corners), skip):
            return corners
    return None
