"""The operator's way in, which a visitor will not stumble on: quick taps in a corner, then a long press there."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtWidgets import QWidget

from explainer.modes.kiosk.pointer import press_at, release_of

TAPS = 5
WITHIN_MS = 3000
HOLD_MS = 2000
ARMED_MS = 5000
CORNER = 96


class CornerGesture(QObject):
    """``TAPS`` taps in the window's top-right corner within ``WITHIN_MS``, then a press held ``HOLD_MS``.

    The press must come within ``ARMED_MS`` of the last tap. It watches every
    press without taking any: the taps still reach what is under them.
    """

    triggered = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self._clock = QElapsedTimer()
        self._clock.start()
        self._taps: list[int] = []
        self._armed_until = -1
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self._held)

    @property
    def armed(self) -> bool:
        return self._clock.elapsed() <= self._armed_until

    def in_corner(self, global_pos: QPointF) -> bool:
        local = self.window.mapFromGlobal(global_pos.toPoint())
        return self.window.width() - CORNER <= local.x() < self.window.width() and 0 <= local.y() < CORNER

    def _held(self) -> None:
        self._armed_until = -1
        self.triggered.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        pos = press_at(obj, event)
        if pos is not None:
            now = self._clock.elapsed()
            if not self.in_corner(pos):
                self._taps.clear()
                self._armed_until = -1
            elif self.armed:
                self._hold.start()
            else:
                self._taps = [t for t in self._taps if now - t <= WITHIN_MS] + [now]
                if len(self._taps) >= TAPS:
                    self._taps.clear()
                    self._armed_until = now + ARMED_MS
        elif release_of(obj, event) and self._hold.isActive():
            self._hold.stop()
            self._armed_until = -1
        return False
