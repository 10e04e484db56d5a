"""A pathway's lane: a tinted band behind its nodes with a numbered heading."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from explainer.look.theme import Theme
from explainer.scene.focusable import FocusableItem

HEADING_SIZE = 16.0
BADGE_PAD = 8.0
RADIUS = 14.0
MARK_SIZE = 12.5
MARK_GAP = 8.0


def heading_height(theme: Theme) -> float:
    return QFontMetricsF(theme.font(HEADING_SIZE, True)).height() + 10


def heading_width(theme: Theme, title: str) -> float:
    """The width a lane needs to show its badge and its whole title."""
    metrics = QFontMetricsF(theme.font(HEADING_SIZE, True))
    return 12 + metrics.height() + 2 + BADGE_PAD + metrics.horizontalAdvance(title) + 24


def _mark_font(theme: Theme) -> QFont:
    return theme.font(MARK_SIZE, True)


def _mark_width(theme: Theme, mark: tuple[str, str]) -> float:
    """One mark's chip: the symbol in a disc, then the word."""
    metrics = QFontMetricsF(_mark_font(theme))
    return metrics.height() + 6 + metrics.horizontalAdvance(mark[1]) + 14


def marks_width(theme: Theme, marks: list[tuple[str, str]]) -> float:
    """The width a lane's heading needs for its state marks (nothing without a state)."""
    return sum(_mark_width(theme, m) + MARK_GAP for m in marks)


class LaneItem(FocusableItem):
    """The band of one pathway; clicking its heading or background (or Enter on it) opens the pathway."""

    activated = Signal(str)

    def __init__(self, pathway_id: str, number: int, colour: QColor, theme: Theme) -> None:
        super().__init__()
        self.pathway_id = pathway_id
        self.number = number
        self.colour = colour
        self.theme = theme
        self.title = ""
        self.marks: list[tuple[str, str]] = []
        """The chosen state's marks on this pathway, as (symbol, word): a word and a symbol, never colour alone."""
        self.selected = False
        self.mirrored = False
        self._rect = QRectF()
        self.setZValue(-2)
        self.setObjectName(pathway_id)

    def set_title(self, title: str) -> None:
        self.title = title
        self.update()

    def set_marks(self, marks: list[tuple[str, str]]) -> None:
        self.marks = list(marks)
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

    def focus_path(self) -> QPainterPath:
        """Where the view draws the keyboard focus ring: just outside the band."""
        path = QPainterPath()
        path.addRoundedRect(self._rect.adjusted(-3, -3, 3, 3), RADIUS + 3, RADIUS + 3)
        return self.mapToScene(path)

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
        if self.marks:
            text = self._paint_marks(painter, text, badge_d)
        painter.setFont(font)
        painter.setPen(t.text if t.high_contrast else self.colour.darker(125))  # high contrast: all text >= 7:1
        elided = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(text, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def _paint_marks(self, painter: QPainter, text: QRectF, height: float) -> QRectF:
        """Draw the marks as chips at the far end of the heading; return the room left for the title."""
        t = self.theme
        font = _mark_font(t)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        ink = QColor(t.text)
        x = text.left() if self.mirrored else text.right()
        for mark in reversed(self.marks):  # drawn from the far end in, so they read in order
            width = _mark_width(t, mark)
            chip = QRectF(x if self.mirrored else x - width, text.top() + 1, width, height - 2)
            x = chip.right() + MARK_GAP if self.mirrored else chip.left() - MARK_GAP
            painter.setPen(QPen(self.colour.darker(140), 1.2))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            disc_d = chip.height() - 6
            disc = QRectF(chip.left() + 4, chip.top() + 3, disc_d, disc_d)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour.darker(140))
            painter.drawEllipse(disc)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), mark[0])
            painter.setPen(ink)
            words = QRectF(disc.right() + 4, chip.top(), chip.right() - disc.right() - 8, chip.height())
            painter.drawText(words, int(Qt.AlignmentFlag.AlignCenter), metrics.elidedText(
                mark[1], Qt.TextElideMode.ElideRight, words.width()))
        if self.mirrored:
            return QRectF(x, text.top(), text.right() - x, text.height())
        return QRectF(text.left(), text.top(), x - text.left(), text.height())
