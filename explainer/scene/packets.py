"""Data "packets": dots that flow along the arrows of the pathways being shown.

One animation drives every dot; it is stopped (not just hidden) when nothing
flows, so a resting diagram costs no CPU.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

RADIUS = 5.0
PER_EDGE = 2
CYCLE_MS = 2400


class PacketLayer(QGraphicsObject):
    """Paints moving dots along a set of arrow paths."""

    def __init__(self) -> None:
        super().__init__()
        self._paths: list[tuple[QPainterPath, QColor]] = []
        self._bounds = QRectF()
        self._phase = 0.0
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(CYCLE_MS)
        self.animation.setLoopCount(-1)
        self.animation.setEasingCurve(QEasingCurve.Type.Linear)
        self.animation.valueChanged.connect(self._advance)

    def flow(self, paths: list[tuple[QPainterPath, QColor]]) -> None:
        """Start dots along ``paths`` (each with its colour); an empty list stops them."""
        self.prepareGeometryChange()
        self._paths = paths
        bounds = QRectF()
        for path, _colour in paths:
            bounds = bounds.united(path.boundingRect())
        self._bounds = bounds.adjusted(-RADIUS - 2, -RADIUS - 2, RADIUS + 2, RADIUS + 2)
        if paths:
            if self.animation.state() != QVariantAnimation.State.Running:
                self.animation.start()
        else:
            self.stop()
        self.update()

    def stop(self) -> None:
        self.animation.stop()
        self.update()

    @property
    def running(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def _advance(self, value: object) -> None:
        self._phase = float(value)  # type: ignore[arg-type]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.running:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        white = QColor("#FFFFFF")
        for path, colour in self._paths:
            for k in range(PER_EDGE):
                t = (self._phase + k / PER_EDGE) % 1.0
                point: QPointF = path.pointAtPercent(t)
                painter.setPen(white)
                painter.setBrush(colour)
                painter.drawEllipse(point, RADIUS, RADIUS)
