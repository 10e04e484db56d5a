"""The frozen audience screen (H): a still picture of the window while the facilitator looks around."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from explainer.look.overlay import Overlay


class FreezeFrame(Overlay):
    """Holds the picture the audience saw when it froze; the window keeps changing underneath."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.picture = QPixmap()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def hold(self) -> None:
        """Take the picture now and lay it over the window."""
        self.picture = self.window_under.grab()
        self.open()

    def release(self) -> None:
        self.hide()
        self.picture = QPixmap()

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).drawPixmap(self.rect(), self.picture)
