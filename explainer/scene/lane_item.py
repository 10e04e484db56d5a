"""A pathway's lane: a tinted band behind its nodes with a numbered heading."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from explainer.look.theme import Theme

HEADING_SIZE = 16.0
BADGE_PAD = 8.0
RADIUS = 14.0


def heading_height(theme: Theme) -> float:
    return QFontMetricsF(theme.font(HEADING_SIZE, True)).height() + 10


def heading_width(theme: Theme, title: str) -> float:
    """The width a lane needs to show its badge and its whole title."""
    metrics = QFontMetricsF(theme.font(HEADING_SIZE, True))
    return 12 + metrics.height() + 2 + BADGE_PAD + metrics.horizontalAdvance(title) + 24


class LaneItem(QGraphicsObject):
    """The band of one pathway; clicking its heading or background opens the pathway."""

    activated = Signal(str)

    def __init__(self, pathway_id: str, number: int, colour: QColor, theme: Theme) -> None:
        super().__init__()
        self.pathway_id = pathway_id
        self.number = number
        self.colour = colour
        self.theme = theme
        self.title = ""
        self.selected = False
        self.mirrored = False
        self._rect = QRectF()
        self.setZValue(-2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName(pathway_id)

    def set_title(self, title: str) -> None:
        self.title = title
        self.update()

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def activate(self) -> None:
        self.activated.emit(self.pathway_id)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tint = QColor(self.colour)
        tint.setAlpha(t.lane_fill_alpha * (2 if self.selected else 1))
        painter.setBrush(tint)
        painter.setPen(QPen(self.colour, 2.5 if self.selected else 1.4))
        painter.drawRoundedRect(self._rect, RADIUS, RADIUS)
        font = t.font(HEADING_SIZE, True)
        metrics = QFontMetricsF(font)
        badge_d = metrics.height() + 2
        top = self._rect.top() + 7
        if self.mirrored:
            badge = QRectF(self._rect.right() - 12 - badge_d, top, badge_d, badge_d)
            text = QRectF(self._rect.left() + 12, top, badge.left() - self._rect.left() - 12 - BADGE_PAD, badge_d)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        else:
            badge = QRectF(self._rect.left() + 12, top, badge_d, badge_d)
            text = QRectF(badge.right() + BADGE_PAD, top, self._rect.right() - badge.right() - 20, badge_d)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawEllipse(badge)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.number))
        painter.setPen(self.colour.darker(125))
        elided = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(text, int(align | Qt.AlignmentFlag.AlignVCenter), elided)
