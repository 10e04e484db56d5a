"""What keeps a kiosk's screen shut: on the running kiosk and on its neutral "being set up" screen alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from explainer.modes.kiosk.corner import CornerGesture
from explainer.modes.kiosk.crash import CrashGuard
from explainer.modes.kiosk.pointer import TouchCursor, application
from explainer.modes.kiosk.policy import EscapeGuard


class Shut(QObject):
    """No way out by key, link or menu; the pointer hidden under a finger; an error recovered from, not shown.

    ``operator``, when given, is what the operator's corner gesture opens (only when the kiosk has a PIN).
    """

    def __init__(self, window: QMainWindow, recover: Callable[[], None],
                 operator: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.guard = EscapeGuard(window)
        self.cursor = TouchCursor(self)
        self.crash = CrashGuard(recover, self)
        self.corner: CornerGesture | None = None
        if operator is not None:
            self.corner = CornerGesture(window)
            self.corner.triggered.connect(operator)

    def install(self) -> None:
        """Take the application's input: from now on nothing leaves the screen but the operator's way."""
        app = application()
        app.installEventFilter(self.guard)
        self.guard.block_links()
        self.cursor.start()
        self.crash.install()
        if self.corner is not None:
            app.installEventFilter(self.corner)

    def uninstall(self) -> None:
        """Give the input back (for tests; a kiosk only stops by exiting)."""
        app = application()
        self.crash.uninstall()
        self.cursor.stop()
        self.guard.unblock_links()
        app.removeEventFilter(self.guard)
        if self.corner is not None:
            app.removeEventFilter(self.corner)
