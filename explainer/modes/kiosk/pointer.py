"""Finger and mouse presses, each counted once, and a pointer that hides while people use touch.

Qt delivers a touch to the window as a touch and then, if no widget takes it,
again as a mouse press made from the touch. Looking only at what reaches the
window, and only at mouse presses that come from a mouse, counts each press once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QInputDevice, QMouseEvent, QTouchEvent

_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease,
          QEvent.Type.MouseMove)


def application() -> QCoreApplication:
    """The running application, where the kiosk's app-wide filters go."""
    app = QCoreApplication.instance()
    assert app is not None, "the kiosk needs a running QApplication"
    return app


def _from_mouse(event: QMouseEvent) -> bool:
    return event.pointingDevice().type() != QInputDevice.DeviceType.TouchScreen


def press_at(obj: QObject, event: QEvent) -> QPointF | None:
    """Where on the screen a finger or a mouse button went down, or ``None`` if ``event`` is not such a press."""
    if not obj.isWindowType():
        return None
    kind = event.type()
    if kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].globalPosition()
    # A double click arrives as a press and then a double-click event: only the press counts.
    if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and _from_mouse(event):
        return event.globalPosition()
    return None


def release_of(obj: QObject, event: QEvent) -> bool:
    """Whether ``event`` lifts the finger or mouse button that :func:`press_at` saw go down."""
    if not obj.isWindowType():
        return False
    if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
        return True
    return event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) and _from_mouse(event)


class TouchCursor(QObject):
    """Hides the mouse pointer while input is touch; a real mouse brings it back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hidden = False

    def start(self) -> None:
        """Begin hidden (a kiosk is touched), and follow the input from now on."""
        self.hide_pointer()
        application().installEventFilter(self)

    def stop(self) -> None:
        application().removeEventFilter(self)
        self.show_pointer()

    def hide_pointer(self) -> None:
        if not self.hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self.hidden = True

    def show_pointer(self) -> None:
        if self.hidden:
            QGuiApplication.restoreOverrideCursor()
            self.hidden = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and obj.isWindowType():
            self.hide_pointer()
        elif kind in _MOUSE and obj.isWindowType() and isinstance(event, QMouseEvent) and _from_mouse(event):
            self.show_pointer()
        return False
