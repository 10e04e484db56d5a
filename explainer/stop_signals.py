"""SIGINT and SIGTERM end the windowed app at once, in every mode, with the shell's status (128 + the signal).

Python runs a signal handler only between bytecodes, and Qt's event loop sits in C
while it waits, so on its own Ctrl-C or ``systemctl stop`` would wait for the next
click or timer (seconds, on an idle kiosk). Here the C-level handler writes the
signal's number to a socket pair (``signal.set_wakeup_fd``); a ``QSocketNotifier``
on the other end wakes the event loop, which then quits. No polling timer, so an
idle kiosk stays idle. The socket pair is local to the process: no network.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopOnSignal(QObject):
    """While it lives, SIGINT or SIGTERM quits ``app`` with status 128 + signal number."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, self._handle) for number in SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _handle(self, number: int, _frame: object) -> None:
        """The Python-level handler: runs when the event loop next runs Python (``_wake`` makes that at once)."""
        self.app.exit(128 + number)

    def _wake(self) -> None:
        try:
            data = self._read.recv(64)
        except OSError:  # nothing to read after all (another wake-up took it)
            return
        for number in data:
            if number in SIGNALS:
                self.app.exit(128 + number)

    def uninstall(self) -> None:
        """Give back the handlers that were there before (for tests)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        self._read.close()
        self._write.close()


def install(app: QCoreApplication) -> StopOnSignal:
    """SIGINT and SIGTERM end ``app``'s event loop within milliseconds; keep the returned object while it runs."""
    return StopOnSignal(app)
