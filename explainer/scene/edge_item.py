"""An arrow between two nodes, with a wide invisible hit area around its line."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from explainer.look.theme import Theme
from explainer.scene.focusable import FocusableItem

HIT_WIDTH = 26.0
ARROW = 11.0
LABEL_SIZE = 13.0


class EdgeItem(FocusableItem):
    """A focusable arrow; emits ``activated`` with its id when clicked or tapped."""

    activated = Signal(str)

    def __init__(self, edge_id: str, colour: QColor | None, theme: Theme) -> None:
        super().__init__()
        self.edge_id = edge_id
        self.colour = colour
        self.theme = theme
        self.selected = False
        self._line = QPainterPath()
        self._hit = QPainterPath()
        self._head = QPolygonF()
        self._bounds = QRectF()
        self.setObjectName(edge_id)
        self.setZValue(-1)

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        """Draw a smooth curve from ``start`` to ``end`` that leaves and arrives level."""
        self.prepareGeometryChange()
        bend = max(abs(end.x() - start.x()) * 0.5, 30.0)
        direction = 1.0 if end.x() >= start.x() else -1.0
        tip = QPointF(end.x() - direction * ARROW * 0.9, end.y())
        path = QPainterPath(start)
        path.cubicTo(QPointF(start.x() + direction * bend, start.y()), QPointF(tip.x() - direction * bend, tip.y()), tip)
        self._line = path
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._hit = stroker.createStroke(path)
        angle = math.atan2(end.y() - tip.y(), end.x() - tip.x())
        left = QPointF(end.x() - ARROW * math.cos(angle - 0.45), end.y() - ARROW * math.sin(angle - 0.45))
        right = QPointF(end.x() - ARROW * math.cos(angle + 0.45), end.y() - ARROW * math.sin(angle + 0.45))
        self._head = QPolygonF([end, left, right])
        self._bounds = self._hit.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def distance_to(self, point: QPointF) -> float:
        """Roughly how far ``point`` is from the line, to pick between overlapping arrows."""
        best = math.inf
        for i in range(41):
            p = self._line.pointAtPercent(i / 40)
            best = min(best, math.hypot(p.x() - point.x(), p.y() - point.y()))
        return best

    def path(self) -> QPainterPath:
        return self._line

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._hit


    def activate(self) -> None:
        """Open this arrow: the view calls it on a click, a tap or Enter."""
        self.activated.emit(self.edge_id)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.colour or t.neutral_edge)
        if self.ring and self.hasFocus():
            painter.setPen(QPen(t.focus, 9.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._line)
        width = 4.5 if self.selected else 2.4
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._line)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
