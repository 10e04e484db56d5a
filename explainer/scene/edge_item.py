"""An arrow between two nodes, with a wide invisible hit area around its line."""

from __future__ import annotations

import math
from itertools import pairwise
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from explainer.look.theme import Theme
from explainer.model.grid import ARROW, curve
from explainer.scene.focusable import FocusableItem

HIT_WIDTH = 26.0
LABEL_SIZE = 13.0
NUMBER_SIZE = 10.0
CUT_LENGTH = 52.0
"""How far from its start (the side the data leaves from) a cut arrow's barrier stands, in scene units: the same
for every arrow that leaves one box, so their bars line up into one barrier."""
BARRIER = 44.0
"""The barrier's length across the arrow, in scene units."""

Cut = Literal["", "entry", "after"]
"""Not cut; the arrow where data enters a won demand's pathway (drawn up to a barrier); an arrow after it."""


class EdgeItem(FocusableItem):
    """A focusable arrow; emits ``activated`` with its id when clicked or tapped."""

    activated = Signal(str)

    def __init__(self, edge_id: str, colour: QColor | None, theme: Theme) -> None:
        super().__init__()
        self.edge_id = edge_id
        self.colour = colour
        self.theme = theme
        self.selected = False
        self.cut: Cut = ""
        self.number: int | None = None
        """The pathway's number, drawn on the arrow: a cue that is not colour."""
        self.hit_width = HIT_WIDTH
        """How wide the band round the line is that a click or tap may land in, in scene units (a kiosk's is wider)."""
        self._line = QPainterPath()
        self._hit = QPainterPath()
        self._points: list[QPointF] = []
        """The line as short straight steps, for measuring how far a tap is from it."""
        self._disc = (QPointF(), 0.0)
        self.disc_at = 0.5
        """Where along the line (a share of the curve) the pathway's number stands."""
        self._head = QPolygonF()
        self._bounds = QRectF()
        self.setObjectName(edge_id)
        self.setZValue(-1)

    def set_ends(self, start: QPointF, end: QPointF, corners: list[QPointF] | None = None, turn: float = 0.5) -> None:
        """Draw a smooth curve from ``start`` to ``end`` that leaves and arrives level (``model/grid.curve``).

        With ``corners`` (from ``model/grid.route``: the way round boxes the curve would pass under), the line
        runs through them instead, its turns rounded. ``turn`` other than 0.5 (a kiosk's): the curve climbs only in
        that share of the way next to the busy box (< 0.5: the start's, > 0.5: the end's) and runs level the rest, so
        arrows that fan out to several boxes stay a row apart for most of the gap; the number sits on the level part.
        """
        self.prepareGeometryChange()
        c1, c2, (tip_x, tip_y) = curve((start.x(), start.y()), (end.x(), end.y()))
        tip = QPointF(tip_x, tip_y)
        path = QPainterPath(start)
        self.disc_at = 0.5
        if corners:
            _rounded(path, [start, *corners[1:-1], tip])
        elif turn == 0.5 or abs(end.y() - start.y()) < 1:
            path.cubicTo(QPointF(*c1), QPointF(*c2), tip)
        else:
            self.disc_at = _climb_then_level(path, start, tip, turn)
        self._line = path
        polygons = path.toSubpathPolygons()
        self._points = [polygon.at(i) for polygon in polygons for i in range(polygon.size())]
        stroker = QPainterPathStroker()
        stroker.setWidth(self.hit_width)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._hit = stroker.createStroke(path)
        angle = math.atan2(end.y() - tip.y(), end.x() - tip.x())
        left = QPointF(end.x() - ARROW * math.cos(angle - 0.45), end.y() - ARROW * math.sin(angle - 0.45))
        right = QPointF(end.x() - ARROW * math.cos(angle + 0.45), end.y() - ARROW * math.sin(angle + 0.45))
        self._head = QPolygonF([end, left, right])
        self._bounds = self._hit.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)
        middle = path.pointAtPercent(self.disc_at)
        reach = QFontMetricsF(self.theme.font(NUMBER_SIZE, True)).height() * 0.5 + 4  # the number's disc
        self._bounds = self._bounds.united(QRectF(middle.x() - reach, middle.y() - reach, 2 * reach, 2 * reach))
        self._disc = (middle, reach)


    def set_cut(self, cut: Cut) -> None:
        """Draw the arrow cut because its pathway's demand is shown as won (``""``: whole again)."""
        if cut != self.cut:
            self.prepareGeometryChange()  # the barrier reaches out of the line's bounds
            self.cut = cut
            self.update()

    def cut_at(self) -> float:
        """Where the barrier stands, as a share of the arrow's length."""
        length = self._line.length()
        if length <= 0:
            return 0.0
        return self._line.percentAtLength(min(CUT_LENGTH, length / 2))  # Qt's percent is along the curve, not its length

    def barrier_point(self) -> QPointF:
        """Where the barrier stands on a cut arrow."""
        return self._line.pointAtPercent(self.cut_at())

    def flow_path(self) -> QPainterPath:
        """The path packets travel: the whole arrow, up to the barrier when it is cut there, nothing after a cut."""
        if self.cut == "after":
            return QPainterPath()
        if self.cut == "entry":
            return self._part(0.0, self.cut_at())
        return self._line

    def _part(self, start: float, end: float) -> QPainterPath:
        """The arrow's line from ``start`` to ``end`` (shares of its length), as short straight steps."""
        steps = 24
        path = QPainterPath(self._line.pointAtPercent(start))
        for i in range(1, steps + 1):
            path.lineTo(self._line.pointAtPercent(start + (end - start) * i / steps))
        return path

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def distance_to(self, point: QPointF) -> float:
        """How far ``point`` is from the arrow (its line, or the number's disc halfway along, which is part of it).

        The view gives a tap between arrows to the nearest one: each arrow's own area is the part of its hit band
        nearer to it than to any other arrow, so no two arrows share a point."""
        x, y = point.x(), point.y()
        middle, reach = self._disc
        best = max(0.0, math.hypot(middle.x() - x, middle.y() - y) - reach) if self.number is not None else math.inf
        points = self._points
        for a, b in pairwise(points):
            best = min(best, _segment_distance(x, y, a.x(), a.y(), b.x(), b.y()))
        return best

    def path(self) -> QPainterPath:
        return self._line

    def boundingRect(self) -> QRectF:
        if self.cut == "entry":
            point = self.barrier_point()
            return self._bounds.united(QRectF(point.x() - BARRIER, point.y() - BARRIER, 2 * BARRIER, 2 * BARRIER))
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._hit


    def focus_path(self) -> QPainterPath:
        """Where the view draws the keyboard focus ring: a band around the line (see ``DiagramView``)."""
        stroker = QPainterPathStroker()
        stroker.setWidth(16.0)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        return self.mapToScene(stroker.createStroke(self._line).simplified())

    def activate(self) -> None:
        """Open this arrow: the view calls it on a click, a tap or Enter."""
        self.activated.emit(self.edge_id)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.colour or t.neutral_edge)
        width = 4.5 if self.selected else 2.4
        if self.cut:
            self._paint_cut(painter, colour, width)
            return
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._line)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        self._paint_number(painter, colour)

    def _paint_number(self, painter: QPainter, colour: QColor) -> None:
        """The pathway's number in a small disc halfway along the arrow."""
        if self.number is None:
            return
        font = self.theme.font(NUMBER_SIZE, True)
        painter.setFont(font)
        radius = QFontMetricsF(font).height() * 0.5 + 1
        middle = self._line.pointAtPercent(self.disc_at)
        disc = QRectF(middle.x() - radius, middle.y() - radius, 2 * radius, 2 * radius)
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(self.theme.node_fill)
        painter.drawEllipse(disc)
        painter.setPen(self.theme.text)
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), str(self.number))

    def _paint_cut(self, painter: QPainter, colour: QColor, width: float) -> None:
        """Solid up to the barrier, then faint and dashed with no head: data no longer goes this way."""
        faint = QColor(colour)
        faint.setAlphaF(0.35)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.cut == "entry":
            painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self._part(0.0, self.cut_at()))
            painter.setPen(QPen(faint, width, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap))
            painter.drawPath(self._part(self.cut_at(), 1.0))
            self._paint_barrier(painter)
        else:
            painter.setPen(QPen(faint, width, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap))
            painter.drawPath(self._line)

    def _paint_barrier(self, painter: QPainter) -> None:
        """A thick upright bar across the arrow, dark with a light edge so it reads on any lane colour.

        Upright, not square to the curve: the bars of arrows that leave one box side by side join into one wall.
        """
        point = self.barrier_point()
        ends = (QPointF(point.x(), point.y() - BARRIER / 2), QPointF(point.x(), point.y() + BARRIER / 2))
        painter.setPen(QPen(QColor("#FFFFFF"), 11.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(*ends)
        painter.setPen(QPen(self.theme.text, 7.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(*ends)


def _climb_then_level(path: QPainterPath, start: QPointF, tip: QPointF, turn: float) -> float:
    """Continue ``path`` (at ``start``) to ``tip``: an S-curve over ``2 * turn`` of the width at the start (or
    ``2 * (1 - turn)`` at the end), level the rest; return where along the curve the level part's middle is."""
    direction = 1.0 if tip.x() >= start.x() else -1.0
    width = abs(tip.x() - start.x())
    if turn < 0.5:
        knee = QPointF(start.x() + direction * width * 2 * turn, tip.y())
        bend = direction * width * turn
        path.cubicTo(QPointF(start.x() + bend, start.y()), QPointF(knee.x() - bend, knee.y()), knee)
        path.lineTo(tip)
        return 0.5 + turn
    knee = QPointF(tip.x() - direction * width * 2 * (1 - turn), start.y())
    bend = direction * width * (1 - turn)
    path.lineTo(knee)
    path.cubicTo(QPointF(knee.x() + bend, knee.y()), QPointF(tip.x() - bend, tip.y()), tip)
    return 0.5 - (1 - turn)


def _segment_distance(x: float, y: float, ax: float, ay: float, bx: float, by: float) -> float:
    """How far (x, y) is from the segment a-b."""
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
    return math.hypot(ax + t * dx - x, ay + t * dy - y)


def _rounded(path: QPainterPath, points: list[QPointF], radius: float = 14.0) -> None:
    """Continue ``path`` (at ``points[0]``) through ``points``, each inner corner turned on a curve."""
    for i in range(1, len(points) - 1):
        before, at, after = points[i - 1], points[i], points[i + 1]
        into = min(radius, math.hypot(at.x() - before.x(), at.y() - before.y()) / 2)
        out = min(radius, math.hypot(after.x() - at.x(), after.y() - at.y()) / 2)
        path.lineTo(_towards(at, before, into))
        path.quadTo(at, _towards(at, after, out))
    path.lineTo(points[-1])


def _towards(a: QPointF, b: QPointF, distance: float) -> QPointF:
    length = math.hypot(b.x() - a.x(), b.y() - a.y())
    if length == 0:
        return QPointF(a)
    return QPointF(a.x() + (b.x() - a.x()) * distance / length, a.y() + (b.y() - a.y()) * distance / length)
