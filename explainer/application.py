"""The QApplication, set up once for every command and mode: the bundled fonts and the diagram's screen-reader support."""

from __future__ import annotations

import os

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from explainer import script_fonts
from explainer.look import button_keys, focus_ring
from explainer.look.fonts import FONT_FAMILY
from explainer.panels import outline
from explainer.paths import assets_dir
from explainer.scene import accessibility


def application(argv: list[str], watch_input: bool = True) -> QApplication:
    """The QApplication with the bundled fonts and the diagram's screen-reader support.

    ``watch_input=False`` leaves ``watch_keys`` to the caller: to be called once its window is made, before it shows.
    """
    # Fontconfig with no fonts of the system's: the app draws only with its bundled ones (assets/fonts.conf says why).
    # Read when Qt first lists fonts; an operator's own FONTCONFIG_FILE (and the kiosk's) is kept.
    os.environ.setdefault("FONTCONFIG_FILE", str(assets_dir() / "fonts.conf"))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    script_fonts.load_latin()  # other scripts' fonts: when a pack's words need them (explainer.script_fonts)
    app.setFont(QFont(FONT_FAMILY, 11))
    app.setApplicationName("Know Your Data")
    accessibility.install()
    outline.install()  # the panel's headings, lists and links
    if watch_input:
        watch_keys(app)
    return app


def watch_keys(app: QApplication) -> None:
    """The focus ring and Enter on buttons: application-wide filters, so each sees every event from then on.

    A window's making and first showing send ~1,600 events and each costs a
    filter ~7 us in Python, so ``app`` installs them just after the window's
    first frame (``first_frame.after_first_frame``); until it shows, no key
    can come and no focus can change.
    """
    focus_ring.install(app)  # one visible focus indicator for every widget
    button_keys.install(app)  # Enter presses buttons, as Space does
