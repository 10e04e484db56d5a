"""Data "packets": dots that flow along the arrows of the pathways being shown.

One animation drives every dot; it is stopped (not just hidden) when nothing
flows, so a resting diagram costs no CPU.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

RADIUS = 5.0
PER_EDGE = 2
CYCLE_MS = 2400
MAX_DOTS = 120
"""The most dots at once: on a map of hundreds of arrows, dots on every other (or fewer) arrow still show the
flow, and each frame costs the same as on a small map (the kiosk's idle screen stays under 10 % of a core)."""
SAMPLES = 48
"""Points taken along each path once, between which a dot moves in a straight line: cheaper than asking Qt
for a point on the curve every frame."""


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
        self._tracks: list[list[tuple[float, float]]] = []
        self._per_track = PER_EDGE
        self._shown = 0
        self._phase = 0.0
        self.frame_ms = 0
        """The least time between two frames: a big map, whose every frame repaints hundreds of items, sets more."""
        self._last = -1e9
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
        step = max(1, -(-len(paths) * PER_EDGE // MAX_DOTS))  # take every step-th path, so the dots fit MAX_DOTS
        chosen = paths[::step]
        self._per_track = PER_EDGE if len(chosen) * PER_EDGE <= MAX_DOTS else 1
        self._tracks = [[(p.x(), p.y()) for p in (path.pointAtPercent(k / SAMPLES) for k in range(SAMPLES + 1))]
                        for path, _colour in chosen]
        while len(self._dots) < len(chosen) * self._per_track:
            dot = QGraphicsEllipseItem(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS, self)
            dot.setPen(QPen(QColor("#FFFFFF"), 1.0))
            dot.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._dots.append(dot)
        for i, (_path, colour) in enumerate(chosen):
            for k in range(self._per_track):
                self._dots[i * self._per_track + k].setBrush(colour)
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
        now = time.monotonic() * 1000
        if now - self._last < self.frame_ms:
            return
        self._last = now
        self._phase = float(value)  # type: ignore[arg-type]
        self._place()

    def _place(self) -> None:
        per = self._per_track
        shown = len(self._tracks) * per if self.running else 0
        for i in range(shown):
            track = self._tracks[i // per]
            at = ((self._phase + (i % per) / per) % 1.0) * SAMPLES
            k = min(int(at), SAMPLES - 1)
            (x0, y0), (x1, y1) = track[k], track[k + 1]
            f = at - k
            self._dots[i].setPos(QPointF(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f))
        if shown != self._shown:  # only the dots that start or stop showing change
            for i, dot in enumerate(self._dots):
                dot.setVisible(i < shown)
            self._shown = shown

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pass
