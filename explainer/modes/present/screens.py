"""Which screen shows the audience and which the presenter, and putting windows there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

S = TypeVar("S")


def choose(screens: Sequence[S], primary: S, wanted: int | None) -> tuple[S, S | None]:
    """The audience's screen (``wanted``, else the first that is not the primary) and the presenter's.

    The presenter's is the primary screen (the laptop), or another one when the
    audience is on the primary; ``None`` when there is only one screen.
    """
    audience = screens[wanted] if wanted is not None else next((s for s in screens if s is not primary), primary)
    if primary is not audience:
        return audience, primary
    return audience, next((s for s in screens if s is not audience), None)


def show_on(window: QWidget, screen: QScreen, full_screen: bool) -> None:
    """Show ``window`` on ``screen``: full screen, or maximised."""
    window.setScreen(screen)
    area = screen.availableGeometry()
    window.move(area.topLeft())
    if full_screen:
        # Without a window manager (a bare X session) full screen is only a hint; the geometry makes it so.
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(area.size())
        window.showMaximized()
