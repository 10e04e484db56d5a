"""The kiosk's heartbeat: WATCHDOG=1 to systemd from the Qt event loop, so a frozen screen is restarted.

The timer runs in the GUI thread, so it stops when the UI freezes (a slow panel,
a deadlock); systemd then hears nothing for ``WatchdogSec=`` and restarts the
service. It pings at half the interval systemd asks for (``WATCHDOG_USEC``), as
sd_watchdog_enabled(3) advises. Without a watchdog in the environment it does nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

from explainer import sd_notify


class Watchdog(QObject):
    """Says WATCHDOG=1 every ``interval_ms`` from the event loop; ``interval_ms`` is None when none is asked for."""

    def __init__(self, parent: QObject, environ: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.environ = environ
        self.interval_ms = sd_notify.watchdog_ms(environ)
        if environ is None and self.interval_ms is not None:
            # The app is the one that beats: a child it starts (speech-dispatcher) must not, or a frozen screen
            # would still sound alive. sd_watchdog_enabled(3) in a child compares WATCHDOG_PID with its own pid.
            os.environ["WATCHDOG_PID"] = str(os.getpid())
        self.beats = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.beat)

    def start(self) -> None:
        if self.interval_ms is not None:
            self.beat()
            self._timer.start(self.interval_ms)

    def stop(self) -> None:
        self._timer.stop()

    def beat(self) -> None:
        if sd_notify.notify("WATCHDOG=1", self.environ):
            self.beats += 1
