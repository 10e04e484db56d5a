"""Run work just after the app's first painted frame: what the first frame does not need waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after the first paint event, then stops watching."""

    def __init__(self, watched: QObject, then: Callable[[], object]) -> None:
        super().__init__(watched)
        self.watched = watched
        self.then = then

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.watched.removeEventFilter(self)
            QTimer.singleShot(0, self.watched, self.then)
            self.deleteLater()
        return False


def after_first_frame(watched: QObject, then: Callable[[], object]) -> None:
    """Call ``then`` once anything ``watched`` filters (a widget, or the whole application) has painted."""
    watched.installEventFilter(_FirstPaint(watched, then))
