"""Enter and Space press every button: Qt's buttons take only Space outside dialogs, and people press Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication


class ButtonKeys(QObject):
    """An application-wide filter: Return or Enter on a focused button clicks it, once, like Space."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton) and watched.hasFocus():
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and not event.isAutoRepeat() \
                    and watched.isEnabled():
                watched.animateClick()
                return True
        return False


_filters: list[ButtonKeys] = []


def install(app: QApplication) -> None:
    """Once per application."""
    if not _filters:
        _filters.append(ButtonKeys(app))
        app.installEventFilter(_filters[0])
