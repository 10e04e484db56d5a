"""Data "packets": dots that flow along the arrows of the pathways being shown.

One animation drives every dot; it is stopped (not just hidden) when nothing
flows, so a resting diagram costs no CPU.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

RADIUS = 5.0
PER_EDGE = 2
CYCLE_MS = 2400


class PacketLayer(QGraphicsObject):
    """Moves dots along a set of arrow paths.

    Each dot is a small child item, so a frame repaints only around the dots;
    one item painting every dot made each frame repaint the lanes under the
    whole pathway (~20 % of a core at 1280x800).
    """

    def __init__(self) -> None:
        super().__init__()
        self._paths: list[tuple[QPainterPath, QColor]] = []
        self._dots: list[QGraphicsEllipseItem] = []
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
        self._paths = paths
        while len(self._dots) < len(paths) * PER_EDGE:
            dot = QGraphicsEllipseItem(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS, self)
            dot.setPen(QPen(QColor("#FFFFFF"), 1.0))
            dot.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._dots.append(dot)
        for i, (_path, colour) in enumerate(paths):
            for k in range(PER_EDGE):
                self._dots[i * PER_EDGE + k].setBrush(colour)
        if paths:
            if self.animation.state() != QVariantAnimation.State.Running:
                self.animation.start()
        else:
            self.animation.stop()
        self._place()

    def stop(self) -> None:
        self.animation.stop()
        self._place()

    @property
    def paths(self) -> list[tuple[QPainterPath, QColor]]:
        """The paths dots travel now, each with its colour."""
        return list(self._paths)

    @property
    def running(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def _advance(self, value: object) -> None:
        self._phase = float(value)  # type: ignore[arg-type]
        self._place()

    def _place(self) -> None:
        shown = len(self._paths) * PER_EDGE if self.running else 0
        for i, dot in enumerate(self._dots):
            if i < shown:
                path = self._paths[i // PER_EDGE][0]
                point: QPointF = path.pointAtPercent((self._phase + (i % PER_EDGE) / PER_EDGE) % 1.0)
                dot.setPos(point)
            dot.setVisible(i < shown)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pass
