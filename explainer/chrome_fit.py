"""Making the window's controls fit: its first size on a small screen, and a toolbar that never hides the language.

A toolbar that is too narrow puts its last controls behind a » button, where the
language box could not be reached by keyboard. So when the words do not fit, the
buttons lose their words (their tooltips and accessible names keep them), then the
labels in front of the language boxes go (the boxes keep their names).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStyle, QToolBar

WANTED = QSize(1280, 760)
"""The size the window opens at when the screen has room for it."""
SLACK = 32
"""Pixels kept spare: the toolbar's layout reserves room for its » button before it gives widgets their width."""
FRAME = QSize(16, 48)
"""Room left for the window manager's frame and title bar, which Qt only knows once the window is shown."""


def start_size(available: QRect, wanted: QSize = WANTED) -> QSize:
    """The window's first size: ``wanted``, or less so that it and its frame fit the screen's free area."""
    room = available.size() - FRAME
    return wanted.boundedTo(QSize(max(room.width(), 320), max(room.height(), 240)))


def fit_toolbar(bar: QToolBar, width: int, labels: Iterable[QAction]) -> None:
    """Show ``bar``'s words if they fit in ``width`` pixels; else icons only; else also hide ``labels``."""
    if bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
        return  # a mode's own choice, which also chose what to show (the kiosk's finger-sized buttons)
    labels = list(labels)
    for style, show_labels in ((Qt.ToolButtonStyle.ToolButtonTextBesideIcon, True),
                               (Qt.ToolButtonStyle.ToolButtonIconOnly, True),
                               (Qt.ToolButtonStyle.ToolButtonIconOnly, False)):
        bar.setToolButtonStyle(style)
        for label in labels:
            label.setVisible(show_labels)  # a toolbar's widget is shown and hidden through its action
        if needed_width(bar) <= width:
            return


def needed_width(bar: QToolBar) -> int:
    """The width ``bar`` needs to show every visible control on one row, without its » button."""
    layout = bar.layout()
    spacing = layout.spacing() if layout is not None else 0
    margins = bar.contentsMargins()
    total = margins.left() + margins.right() + 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarItemMargin)
    total += bar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarHandleExtent) + 4
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if not action.isVisible() or widget is None:
            continue
        if action.isSeparator():
            total += bar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarSeparatorExtent) + spacing
        else:
            widget.ensurePolished()
            total += widget.sizeHint().width() + spacing
    return total + SLACK


NARROW = 1100
"""Below this window width, opening a box brings it close enough to read (``reading_rect``)."""
READABLE = 12.0
"""The least height, in screen pixels, of a box's smallest words once it is opened on a narrow window."""


def reading_rect(target: QRectF, viewport: QSize, scale: float, smallest: float) -> QRectF | None:
    """The scene rectangle to show so that words ``smallest`` scene pixels tall are ``READABLE`` on screen.

    Centred on ``target`` (the opened box or arrow); ``None`` when the view's ``scale`` already makes them readable.
    """
    need = READABLE / max(smallest, 1.0)
    if scale >= need - 1e-6 or viewport.isEmpty():
        return None
    width, height = viewport.width() / need, viewport.height() / need
    centre = target.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
