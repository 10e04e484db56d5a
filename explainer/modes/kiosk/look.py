"""How kiosk controls look: sizes a finger can hit from arm's length, and the colours of the kiosk's layers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from explainer.scene.theme import FONT_FAMILY

TARGET = 56
"""The least height and width of anything a visitor touches, in pixels (48 is the floor)."""

INK = "#1B1D21"
PAPER = "#FBFAF7"
GO = "#FFD23F"
SCRIM = QColor(16, 18, 22, 170)

BUTTON = f"""
QPushButton {{
    min-height: {TARGET}px; min-width: {TARGET * 2}px; padding: 6px 22px;
    font-size: 21px; font-weight: 600; border-radius: 12px;
    color: {INK}; background: #FFFFFF; border: 2px solid {INK};
}}
QPushButton:pressed {{ background: #E4E2DC; }}
QPushButton[primary="true"] {{ background: {GO}; }}
QPushButton:disabled {{ color: #8A8D93; border-color: #8A8D93; }}
"""


def font(size: int, bold: bool = False) -> QFont:
    result = QFont(FONT_FAMILY)
    result.setPixelSize(size)
    result.setBold(bold)
    return result


def label(size: int, bold: bool = False, colour: str = INK) -> QLabel:
    text = QLabel()
    text.setFont(font(size, bold))
    text.setWordWrap(True)
    text.setStyleSheet(f"color: {colour}; background: transparent;")
    return text


def button(primary: bool = False) -> QPushButton:
    push = QPushButton()
    push.setProperty("primary", primary)
    push.setStyleSheet(BUTTON)
    push.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return push


class Overlay(QWidget):
    """A layer over the whole window, following its size; ``scrim`` dims what is under it.

    It takes every press that lands on it, so nothing under it is touched by
    mistake; ``pressed`` says one came.
    """

    pressed = Signal()

    def __init__(self, window: QWidget, scrim: QColor = SCRIM) -> None:
        super().__init__(window)
        self.scrim = scrim
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        window.installEventFilter(self)
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.pressed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self.pressed.emit()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and isinstance(obj, QWidget):
            self.setGeometry(obj.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.scrim.alpha():
            QPainter(self).fillRect(event.rect(), self.scrim)


class Card(QWidget):
    """A white rounded panel that holds an overlay's words and buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setObjectName("kiosk-card")
        self.setStyleSheet(f"#kiosk-card {{ background: #FFFFFF; border-radius: 20px; border: 2px solid {INK}; }}")
