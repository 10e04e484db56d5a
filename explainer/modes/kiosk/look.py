"""How kiosk controls look: sizes a finger can hit from arm's length, and the colours of the kiosk's layers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHideEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

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
    """A kiosk layer over the whole window: it dims what is under it and takes every touch and key.

    It takes the focus when it opens (its first button, or itself), keeps Tab among its own
    buttons while open (nothing behind it is reachable), and gives the focus back when it closes.
    """

    def __init__(self, window: QWidget, scrim: QColor = SCRIM) -> None:
        super().__init__(window, scrim, takes_keys=True)
        self._before: QWidget | None = None

    def centre(self, card: QWidget) -> None:
        """Put ``card`` in the middle of the layer, at its own size."""
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)

    def stops(self) -> list[QWidget]:
        """Its focus stops in Tab order: its visible buttons, else itself."""
        own: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:  # the chain is a ring through the whole window
            if self.isAncestorOf(widget) and widget.isVisibleTo(self) and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                own.append(widget)
            widget = widget.nextInFocusChain()
        return own or [self]

    def open(self) -> None:
        focus = self.window_under.focusWidget()  # the window's, also while another window is active
        if focus is not None and focus is not self and not self.isAncestorOf(focus):
            self._before = focus
        super().open()
        now = self.window_under.focusWidget()
        if now is None or (now is not self and not self.isAncestorOf(now)):
            target = self.stops()[0]
            if target is self and not self.focusPolicy() & Qt.FocusPolicy.TabFocus:
                self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        back = getattr(self, "_before", None)  # Overlay hides itself while it is being made
        self._before = None
        super().hideEvent(event)
        if not isValid(self.window_under) or back is None or not isValid(back):
            return  # the window is going, or there is nothing to give the focus back to
        focus = self.window_under.focusWidget()
        inside = focus is self or (focus is not None and self.isAncestorOf(focus))
        if inside and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go round the layer's own buttons (the idle cover keeps the focus)."""
        if not self.isVisible():
            return super().focusNextPrevChild(forward)
        stops = self.stops()
        focus = self.window_under.focusWidget()
        index = stops.index(focus) if focus in stops else -1
        stops[(index + (1 if forward else -1)) % len(stops)].setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


FOOTER_PX = 20
"""The privacy line's size on a kiosk: large, read from a step back; smaller only to stay on one line."""


def fit_footer(footer: QLabel, smallest: int = 14) -> None:
    """The privacy line in the largest size up to ``FOOTER_PX`` that keeps it on one line across ``footer``."""
    room = footer.width() - footer.contentsMargins().left() - footer.contentsMargins().right() - 16
    px = FOOTER_PX
    while px > smallest and QFontMetrics(pixel_font(px, True)).horizontalAdvance(footer.text()) > room:
        px -= 1
    footer.setStyleSheet(f"color: {INK}; font-size: {px}px; font-weight: 600; padding: 10px 6px;")


class FooterFit(QObject):
    """Keeps the privacy line on one line as the window changes size (the kiosk calls ``fit_footer`` on a language)."""

    def __init__(self, footer: QLabel) -> None:
        super().__init__(footer)
        self.footer = footer
        footer.installEventFilter(self)
        fit_footer(footer)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.footer and event.type() == QEvent.Type.Resize:
            fit_footer(self.footer)
        return False
