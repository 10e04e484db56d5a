"""Run work just after the app's first painted frame: what the first frame does not need waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    """Calls everything queued in ``waiting`` once, on the event loop's next turn after ``watched``'s first paint event.

    One filter per watched object however many calls wait: each filter is a Python call for every event it sees.
    """

    def __init__(self, watched: QObject) -> None:
        super().__init__(watched)
        self.watched = watched
        self.waiting: list[Callable[[], object]] = []
        self.painted = False
        watched.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.watched.removeEventFilter(self)
            _watching.remove(self)
            for then in self.waiting:
                QTimer.singleShot(0, self.watched, then)  # each on its own: one that fails stops none of the others
            self.deleteLater()
        return False


_watching: list[_FirstPaint] = []
"""The filters waiting for a first paint."""


def after_first_frame(watched: QObject, then: Callable[[], object]) -> None:
    """Call ``then`` once ``watched`` has painted: a window (its first paint paints the whole frame), or the whole
    application (its filter sees every event of every object, so a window is the cheaper thing to watch)."""
    watcher = next((w for w in _watching if w.watched is watched), None)
    if watcher is None:
        watcher = _FirstPaint(watched)
        _watching.append(watcher)
    watcher.waiting.append(then)
