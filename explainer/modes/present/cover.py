"""A widget laid over the whole audience window, following its size: the base of blackout, freeze and help."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WindowCover(QWidget):
    """Hidden until ``cover`` lays it over every other part of its window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.hide()
        window.installEventFilter(self)

    def cover(self) -> None:
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        return False
