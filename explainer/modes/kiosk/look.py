"""How kiosk controls look: sizes a finger can hit from arm's length, and the colours of the kiosk's layers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from explainer.look.fonts import pixel_font
from explainer.look.overlay import Overlay

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


def label(size: int, bold: bool = False, colour: str = INK) -> QLabel:
    text = QLabel()
    text.setTextFormat(Qt.TextFormat.PlainText)  # pack words: never rich text
    text.setFont(pixel_font(size, bold))
    text.setWordWrap(True)
    text.setStyleSheet(f"color: {colour}; background: transparent;")
    return text


def button(primary: bool = False) -> QPushButton:
    push = QPushButton()
    push.setProperty("primary", primary)
    push.setStyleSheet(BUTTON)
    push.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return push


class Card(QWidget):
    """A white rounded panel that holds an overlay's words and buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setObjectName("kiosk-card")
        self.setStyleSheet(f"#kiosk-card {{ background: #FFFFFF; border-radius: 20px; border: 2px solid {INK}; }}")


class KioskLayer(Overlay):
    """A kiosk layer over the whole window: it dims what is under it and takes every touch and key."""

    def __init__(self, window: QWidget, scrim: QColor = SCRIM) -> None:
        super().__init__(window, scrim, takes_keys=True)
