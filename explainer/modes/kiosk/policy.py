"""What makes a public screen safe: it writes nothing, it cannot be closed or left, and links open nothing.

``prepare_process`` runs before the QApplication exists; the rest applies to
the running window.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping
from pathlib import Path

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QScroller, QTextBrowser

from explainer.modes.kiosk import look
from explainer.window import MainWindow

FONTS_CONF = Path(__file__).resolve().parent / "fonts.conf"
SYSTEM_FONTS_CONF = Path("/etc/fonts/fonts.conf")

NO_WRITE_ENVIRONMENT = {
    # Shader caches that OpenGL drivers and Qt would otherwise keep under ~/.cache.
    "MESA_SHADER_CACHE_DISABLE": "true",
    "MESA_GLSL_CACHE_DISABLE": "true",
    "__GL_SHADER_DISK_CACHE": "0",
    "QT_DISABLE_SHADER_DISK_CACHE": "1",
    # Python's own .pyc files, for anything imported from here on (and for child processes).
    "PYTHONDONTWRITEBYTECODE": "1",
}

TAP_RADIUS = look.TARGET // 2
"""A finger that lands this close beside a node or arrow still opens it."""
TOUCH_SCALE = 0.8
"""The least scale the kiosk shows its map at (screen pixels per scene unit): smaller, and boxes and arrows are
too close together for a finger; a map that does not fit the screen at it is shown from its middle, and a swipe pans."""
MIN_BOX = 56 / TOUCH_SCALE
"""Every box at least 56 screen pixels tall at ``TOUCH_SCALE`` (48 is the floor), in scene units."""
COLUMN_GAP = 180.0
"""The room between the map's columns, in scene units: where arrows fan out of a box and into one, each keeps a
finger's width (48 px) of its own before the arrows meet."""
HUB_TURN = 0.2
"""Arrows climb near the box with more arrows (``model/grid.curve``) and run level, a row apart, near the others."""
HIT_WIDTH = 60 / TOUCH_SCALE
"""How wide the band round each arrow is that a tap may land in, in scene units (the nearest arrow owns each point)."""

LINK_SCHEMES = ("http", "https", "ftp", "file", "mailto", "tel", "sms")

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_META = Qt.KeyboardModifier.MetaModifier
_NONE = Qt.KeyboardModifier.NoModifier
_MODIFIERS = _CTRL | _ALT | _SHIFT | _META
ESCAPE_KEYS = frozenset(
    QKeyCombination(mods, key).toCombined() for mods, key in (
        (_CTRL, Qt.Key.Key_Q), (_CTRL, Qt.Key.Key_W), (_CTRL | _SHIFT, Qt.Key.Key_Q), (_CTRL | _SHIFT, Qt.Key.Key_W),
        (_CTRL, Qt.Key.Key_F4), (_ALT, Qt.Key.Key_F4), (_ALT, Qt.Key.Key_Space), (_META, Qt.Key.Key_Q),
        (_NONE, Qt.Key.Key_F11), (_ALT, Qt.Key.Key_Return), (_ALT, Qt.Key.Key_Enter), (_CTRL | _META, Qt.Key.Key_F),
        (_NONE, Qt.Key.Key_Close),
    )
)
"""Keys that quit, close, leave full screen or open a window menu: they do nothing in a kiosk.

Esc keeps its one job in this app, going back to the whole map; it never leaves full screen here.

The platform's own bindings for quit, close and full screen are added when the guard is made.
"""


def prepare_process(environ: MutableMapping[str, str]) -> None:
    """Before Qt starts: turn off every cache that Qt and the libraries under it would write to disk.

    Fontconfig gets a configuration with the system's fonts and settings but
    no per-user cache folder; it reads the system's caches and writes none.
    """
    environ.update(NO_WRITE_ENVIRONMENT)
    if SYSTEM_FONTS_CONF.exists():
        environ["FONTCONFIG_FILE"] = str(FONTS_CONF)
    sys.dont_write_bytecode = True


def _combination(event: QKeyEvent) -> int:
    combination = event.keyCombination()
    return QKeyCombination(combination.keyboardModifiers() & _MODIFIERS, combination.key()).toCombined()


class EscapeGuard(QObject):
    """An app-wide filter: the window refuses to close, escape keys do nothing, and no context menu opens."""

    link_refused = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.keys = ESCAPE_KEYS | frozenset(
            binding[0].toCombined()  # type: ignore[index]
            for standard in (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close,
                             QKeySequence.StandardKey.FullScreen)
            for binding in QKeySequence.keyBindings(standard) if binding.count()
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and obj is self.window:
            event.ignore()
            return True
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent) \
                and _combination(event) in self.keys:
            event.accept()
            return True
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind == QEvent.Type.WindowStateChange and obj is self.window and not self.window.isFullScreen():
            QTimer.singleShot(0, self.window, self.window.showFullScreen)
        return False

    @Slot(QUrl)
    def drop_link(self, _url: QUrl) -> None:
        """Where a link would have opened a browser or a mail program: nowhere."""
        self.link_refused.emit()

    def block_links(self) -> None:
        for scheme in LINK_SCHEMES:
            # PySide6 6.11 accepts the slot's name only as a str, whatever its signature says.
            QDesktopServices.setUrlHandler(scheme, self, "drop_link")  # type: ignore[arg-type]

    def unblock_links(self) -> None:
        for scheme in LINK_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


def fill_screen(window: MainWindow) -> None:
    """No frame, no title bar, the whole screen; the privacy note large; text that scrolls under a finger."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    window.view.tap_radius = TAP_RADIUS
    window.scene.set_touch(COLUMN_GAP, MIN_BOX, HIT_WIDTH, HUB_TURN)
    window.view.touch_scale = TOUCH_SCALE
    look.FooterFit(window.footer)  # large, and on one line even at 1024 pixels in Spanish
    for browser in window.findChildren(QTextBrowser):
        browser.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        QScroller.grabGesture(browser.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    screen = window.screen()
    if screen is not None:
        window.setGeometry(screen.geometry())  # also where no window manager honours "full screen"
    window.showFullScreen()
