"""The neutral screen a kiosk shows when its pack cannot be shown: "this screen is being set up", and the operator's way in.

It shows nothing of any pack. The words are the app's own interface words (a
pack that failed its checks cannot be trusted for them), in every language
the app's interface is translated into. The operator gesture and PIN
work as on the running kiosk, and the operator screen lists why the pack is
not shown. With a content store, a newly installed version is noticed within
``STORE_CHECK_MS`` and the app exits with ``NEW_CONTENT_STATUS`` so that
systemd starts it again on the new pack (nobody is mid-visit on this screen).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from explainer.model.interface import interface_words, languages
from explainer.modes.kiosk import look
from explainer.modes.kiosk.content import NEW_CONTENT_STATUS, Unavailable, new_version_installed, store_version
from explainer.modes.kiosk.operator import EXIT_STATUS, OperatorScreen
from explainer.modes.kiosk.pin import PinHash
from explainer.modes.kiosk.shut import Shut


def setup_words() -> list[tuple[str, str]]:
    """The neutral heading and line in each of the app's interface languages, English first."""
    codes = sorted(languages(), key=lambda code: code != "en")
    return [(words["setup_title"], words["setup_later"]) for words in map(interface_words, codes)]

STORE_CHECK_MS = 30_000


class SetupWindow(QMainWindow):
    """A plain full-screen page with the neutral words, in every language the app has."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Know Your Data")
        page = QWidget()
        page.setStyleSheet(f"background: {look.PAPER};")
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.lines: list[QLabel] = []
        for heading, more in setup_words():
            for text, size, bold in ((heading, 40, True), (more, 26, False)):
                line = look.label(size, bold)
                line.setTextFormat(Qt.TextFormat.PlainText)
                line.setText(text)
                line.setAlignment(Qt.AlignmentFlag.AlignCenter)
                column.addWidget(line)
                self.lines.append(line)
            column.addSpacing(36)
        column.addStretch(1)
        self.setCentralWidget(page)


class SetupKiosk(QObject):
    """The neutral screen, kept up and shut like the kiosk itself, with the operator screen behind the PIN."""

    def __init__(self, content: Unavailable, pin: PinHash | None, store_check_ms: int = STORE_CHECK_MS) -> None:
        super().__init__()
        self.content = content
        self.window = SetupWindow()
        self.operator: OperatorScreen | None = None
        if pin is not None:
            self.operator = OperatorScreen(self.window, pin, content.words, False, content.reasons, shown=False)
            self.operator.exit_requested.connect(lambda: QApplication.exit(EXIT_STATUS))
        self.shut = Shut(self.window, self.close_operator, None if self.operator is None else self.operator.open_screen)
        self.version = store_version(content.store)
        self.store_timer = QTimer(self)
        self.store_timer.setInterval(store_check_ms)
        self.store_timer.timeout.connect(self.check_store)

    def start(self) -> None:
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.shut.install()
        if self.content.store is not None:
            self.store_timer.start()
        screen = self.window.screen()
        if screen is not None:
            self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()

    def stop(self) -> None:
        """Give the screen and the input back (for tests)."""
        self.store_timer.stop()
        self.shut.uninstall()

    def close_operator(self) -> None:
        if self.operator is not None:
            self.operator.close_screen()

    def check_store(self) -> None:
        """A new version in the store: end, so systemd starts the kiosk again on it."""
        if new_version_installed(self.version, self.content.store):
            QApplication.exit(NEW_CONTENT_STATUS)
