"""What boxes, arrows and lanes share: keyboard focus that shows a ring, and a mouse click that does not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject


class FocusableItem(QGraphicsObject):
    """A diagram item that takes keyboard focus; ``ring`` says whether the view draws its focus ring."""

    def __init__(self) -> None:
        super().__init__()
        self.ring = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ring = event.reason() != Qt.FocusReason.MouseFocusReason
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.ring = False
        self.update()
        super().focusOutEvent(event)

    def focus_path(self) -> QPainterPath:
        """Where the view draws the ring, in scene coordinates (each kind of item says)."""
        return self.mapToScene(self.shape())
