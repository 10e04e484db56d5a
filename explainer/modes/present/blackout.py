"""The black audience screen (B or .): the room looks at the facilitator; any key or click brings the picture back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from explainer.look.fonts import pixel_font
from explainer.look.overlay import Overlay

HINT_COLOUR = "#3C3C3C"


class Blackout(Overlay):
    """All black, with one dim line near the bottom that only someone close can read."""

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
        painter.setFont(pixel_font(15))
        painter.setPen(QColor(HINT_COLOUR))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.drawText(self.rect().adjusted(0, 0, 0, -18), int(flags), self.hint)
