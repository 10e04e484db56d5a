"""Notices when nobody has touched the kiosk for a while, then counts down before it starts over."""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QMouseEvent

from explainer.modes.kiosk.pointer import application

ACTIVITY = frozenset({
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.NativeGesture,
})
TICK_MS = 200


class IdleWatcher(QObject):
    """One app-wide event filter: any touch, mouse button or key counts as someone being there.

    After ``idle_ms`` without any, ``countdown_started`` is emitted and
    ``countdown_tick`` counts the seconds down; any activity answers it and
    emits ``countdown_cancelled``. If nobody answers within ``countdown_ms``,
    ``expired`` is emitted and the watcher stops. It only watches: every
    event goes on to where it was going.
    """

    countdown_started = Signal(int)
    countdown_tick = Signal(int)
    countdown_cancelled = Signal()
    expired = Signal()

    def __init__(self, idle_ms: int, countdown_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_ms = idle_ms
        self.countdown_ms = countdown_ms
        self.running = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._begin_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(min(TICK_MS, max(1, countdown_ms)))
        self._tick.timeout.connect(self._count)
        self._clock = QElapsedTimer()
        self._shown = -1

    @property
    def counting_down(self) -> bool:
        return self._tick.isActive()

    def start(self) -> None:
        """Watch from now on; the idle time starts at zero."""
        if not self.running:
            self.running = True
            application().installEventFilter(self)
        self._tick.stop()
        self._idle.start(self.idle_ms)

    def stop(self) -> None:
        if self.running:
            application().removeEventFilter(self)
        self.running = False
        self._idle.stop()
        self._tick.stop()

    def poke(self) -> None:
        """Someone is there: start the idle time again, and end a countdown."""
        if not self.running:
            return
        was_counting = self.counting_down
        self._tick.stop()
        self._idle.start(self.idle_ms)
        if was_counting:
            self.countdown_cancelled.emit()

    def _begin_countdown(self) -> None:
        self._clock.start()
        self._shown = math.ceil(self.countdown_ms / 1000)
        self._tick.start()
        self.countdown_started.emit(self._shown)

    def _count(self) -> None:
        left = self.countdown_ms - self._clock.elapsed()
        if left <= 0:
            self.stop()
            self.expired.emit()
            return
        seconds = math.ceil(left / 1000)
        if seconds != self._shown:
            self._shown = seconds
            self.countdown_tick.emit(seconds)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY or (kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and event.buttons()):
            self.poke()
        return False
