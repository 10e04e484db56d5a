"""The QApplication, set up once for every command and mode: the bundled fonts and the diagram's screen-reader support."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from explainer.look.fonts import FONT_FAMILY
from explainer.paths import assets_dir
from explainer.scene import accessibility


def application(argv: list[str]) -> QApplication:
    """The QApplication with the bundled fonts and the diagram's screen-reader support."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    for font in sorted((assets_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    app.setFont(QFont(FONT_FAMILY, 11))
    app.setApplicationName("Know Your Data")
    accessibility.install()
    return app
