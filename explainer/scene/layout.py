"""Place nodes and lanes on the page from the pack's grid and the size of their words.

The arithmetic is the model's (``model/grid.py``, Qt-free, which ``validate`` runs too); this turns its
rectangles into ``QRectF`` for the scene.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF

from explainer.model.grid import COLUMN_GAP, LANE_GAP, LANE_PAD, MAX_WIDTH, MIN_WIDTH, ROW_GAP, Rect, plan
from explainer.model.pack import Pack

__all__ = ["COLUMN_GAP", "LANE_GAP", "LANE_PAD", "MAX_WIDTH", "MIN_WIDTH", "ROW_GAP", "Geometry", "lay_out", "rect_of"]


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


def rect_of(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def lay_out(
    pack: Pack,
    preferred_width: Callable[[str], float],
    height_for: Callable[[str, float], float],
    lane_heading: float,
    heading_widths: dict[str, float] | None = None,
    text_scale: float = 1.0,
    mirrored: bool = False,
    column_gap: float = COLUMN_GAP,
) -> Geometry:
    """Compute the geometry; ``height_for(node_id, width)`` measures wrapped words."""
    done = plan(pack.cells, list(pack.pathways), preferred_width, height_for, lane_heading, heading_widths,
                text_scale, mirrored, column_gap)
    return Geometry({i: rect_of(r) for i, r in done.nodes.items()}, {p: rect_of(r) for p, r in done.lanes.items()})
