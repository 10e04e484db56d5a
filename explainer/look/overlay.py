"""A layer laid over a whole window and following its size: the base of every cover, card and screen over the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class Overlay(QWidget):
    """Hidden until ``open`` lays it over every other part of ``window``; ``scrim`` dims what is under it.

    It takes every press that lands on it, so nothing under it is touched by
    mistake, and says so with ``pressed``. With ``takes_keys`` it takes the
    keys too (a kiosk layer); otherwise keys go on to the window (presenter
    keys keep working over a cover).
    """

    pressed = Signal()

    def __init__(self, window: QWidget, scrim: QColor | None = None, takes_keys: bool = False) -> None:
        super().__init__(window)
        self.window_under = window
        self.scrim = scrim if scrim is not None else QColor(0, 0, 0, 0)
        self.takes_keys = takes_keys
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        window.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        """Lay it over the whole window, above every other part."""
        self.setGeometry(self.window_under.rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.pressed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.takes_keys:
            super().keyPressEvent(event)
            return
        event.accept()
        self.pressed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_under and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_under.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.scrim.alpha():
            QPainter(self).fillRect(event.rect(), self.scrim)
