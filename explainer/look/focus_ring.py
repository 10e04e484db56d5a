"""The one focus indicator every widget shows: a two-tone ring in a hue no pathway uses, ≥ 3:1 and ≥ 2 px.

Qt's styles draw focus in many ways (a dotted line, a tint, nothing at all under a
style sheet); a kiosk button or a toolbar button showed nothing, the toolbar's
highlight was 1.65:1. So one ``FocusRing`` per window draws the same ring around
whichever widget has keyboard focus, above everything else, and the diagram
draws the same ring around its focused box, arrow or lane (``draw_ring``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

FOCUS = QColor("#C0169E")
"""Magenta: no pathway's hue (orange, blue, green); 5.2:1 on the page, 3.1:1 on ink, 3.8:1 on the kiosk's yellow."""
HALO = QColor("#FFFFFF")
"""A white band, 2 px on both sides of the ring, so it also stands out on dark parts and on the lanes' arrows."""
WIDTH = 4.0
"""The ring's own width in screen pixels: 2 px stay ≥ 3:1 even where it crosses a grey line."""
GAP = 2
"""Pixels between a widget's edge and its ring."""


def draw_ring(painter: QPainter, path: QPainterPath) -> None:
    """Stroke ``path`` as the focus ring: white halo, then the focus colour, both in screen pixels."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, width in ((HALO, WIDTH + 4), (FOCUS, WIDTH)):
        pen = QPen(colour, width)
        pen.setCosmetic(True)  # the same width on screen at every zoom
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
    painter.restore()


class FocusRing(QWidget):
    """A see-through layer around the focus widget of one window; it takes no input and no focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        self.target: QWidget | None = None
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Ring ``widget`` (after a keyboard focus change), or hide when it draws its own or has none."""
        if self.target is not None and isValid(self.target):  # a widget may go before the ring hears of it
            self.target.removeEventFilter(self)
        self.target = None
        window = self.parentWidget()
        if widget is None or window is None or widget.window() is not window or not widget.isVisible() \
                or draws_own_ring(widget) or not _keyboard[0]:
            self.hide()
            return
        self.target = widget
        widget.installEventFilter(self)
        window.installEventFilter(self)  # once: Qt keeps one entry per filter object
        self.place()

    def place(self) -> None:
        """Cover the target's rectangle plus the ring, inside the window, above every other child."""
        widget, window = self.target, self.parentWidget()
        if widget is None or window is None or not isValid(widget):
            return
        inner = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        outer = inner.adjusted(-GAP - 7, -GAP - 7, GAP + 7, GAP + 7).intersected(window.rect())
        self.setGeometry(outer)
        self.show()
        self.raise_()
        self.update()

    def ring_rect(self) -> QRectF:
        """Where the ring's centre line runs, in this widget's coordinates (inside it, at the window's edges too)."""
        widget, window = self.target, self.parentWidget()
        if widget is None or window is None:
            return QRectF()
        inner = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        rect = QRectF(inner.translated(-self.pos())).adjusted(-GAP - 2, -GAP - 2, GAP + 2, GAP + 2)
        return rect.intersected(QRectF(self.rect()).adjusted(5, 5, -5, -5))  # whole pixels: 4 solid rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.target is not None:
            QTimer.singleShot(0, self, self.place)  # the window's layout moves the target after this event
        if watched is self.target:
            if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
                self.place()
            elif event.type() == QEvent.Type.Hide:
                self.hide()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.ring_rect()
        if rect.isEmpty():
            return
        path = QPainterPath()
        path.addRoundedRect(rect, 5, 5)
        draw_ring(QPainter(self), path)


def draws_own_ring(widget: QWidget) -> bool:
    """Widgets that ring their focused part themselves (the diagram rings its box, arrow or lane)."""
    return bool(widget.property("draws_focus_ring"))


def ring_of(window: QWidget) -> FocusRing:
    """The window's ring (made the first time): a child of the window, so it goes when the window goes."""
    for child in window.children():
        if isinstance(child, FocusRing):
            return child
    ring = FocusRing()
    ring.setParent(window)
    ring.hide()
    return ring


def _focus_changed(old: QWidget | None, new: QWidget | None) -> None:
    old = old if old is not None and isValid(old) else None
    if old is not None and old.window() is not None and (new is None or new.window() is not old.window()):
        ring_of(old.window()).follow(None)
    if new is not None and new.window() is not None:
        ring_of(new.window()).follow(new)


_keyboard = [False]
"""Whether the last input was a key (the ring shows) rather than a pointer or a finger (it does not)."""


def set_keyboard(on: bool) -> None:
    """Say whether the keyboard is in use; the ring follows at once (tests, and input the filter cannot see)."""
    if _keyboard[0] == on:
        return
    _keyboard[0] = on
    widget = QApplication.focusWidget()
    if widget is not None and widget.window() is not None:
        ring_of(widget.window()).follow(widget)  # shows it, or hides it when the keyboard is put down


class InputWatch(QObject):
    """Tells keys from pointers, application-wide: Qt's own flag for this is cleared by any programmatic focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not _keyboard[0]:
            set_keyboard(True)
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and _keyboard[0]:
            set_keyboard(False)
        return False


_installed: list[QApplication] = []


def install(app: QApplication) -> None:
    """Follow keyboard focus in every window of ``app``; once per application."""
    if app not in _installed:
        _installed.append(app)
        app.focusChanged.connect(_focus_changed)
        app.installEventFilter(InputWatch(app))
