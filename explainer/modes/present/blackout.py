"""The black audience screen (B or .): the room looks at the facilitator; any key or click brings the picture back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from explainer.modes.present.cover import WindowCover
from explainer.scene.theme import FONT_FAMILY

HINT_COLOUR = "#3C3C3C"


class Blackout(WindowCover):
    """All black, with one dim line near the bottom that only someone close can read."""

    clicked = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.hint = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_hint(self, hint: str) -> None:
        self.hint = hint
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        font = QFont(FONT_FAMILY)
        font.setPixelSize(15)
        painter.setFont(font)
        painter.setPen(QColor(HINT_COLOUR))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.drawText(self.rect().adjusted(0, 0, 0, -18), int(flags), self.hint)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
