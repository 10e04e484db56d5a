"""Keeps the kiosk up: an error anywhere goes to standard error, and the kiosk starts over instead of dying.

Exceptions raised in Qt slots and event handlers reach ``sys.excepthook``
too. The report names the kind of error and where in the code it happened,
never its message, which could name what the visitor was looking at. If
errors keep coming, the app exits with ``GAVE_UP_STATUS`` so that systemd
starts a fresh one.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QApplication

GAVE_UP_STATUS = 70
BURST = 5
BURST_MS = 60_000


class CrashGuard(QObject):
    """Replaces ``sys.excepthook`` while the kiosk runs; calls ``recover`` on the next turn of the event loop."""

    def __init__(self, recover: Callable[[], None], parent: QObject | None = None, stream: TextIO | None = None) -> None:
        super().__init__(parent)
        self.recover = recover
        self.stream = stream
        self.caught = 0
        self._recent: list[int] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        stream = self.stream or sys.stderr
        if issubclass(kind, KeyboardInterrupt):
            QApplication.exit(130)
            return
        self.caught += 1
        where = "".join(traceback.format_tb(trace))
        print(f"know-your-data: kiosk: caught {kind.__name__}; starting over\n{where}", end="", file=stream, flush=True)
        now = self._clock.elapsed()
        self._recent = [t for t in self._recent if now - t <= BURST_MS] + [now]
        if len(self._recent) >= BURST:
            print(f"know-your-data: kiosk: {BURST} errors in a minute; exiting for a fresh start", file=stream, flush=True)
            QApplication.exit(GAVE_UP_STATUS)
            return
        QTimer.singleShot(0, self, self.recover)
