"""QR codes for Qt: an image for the screen, vector squares for a page."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from explainer.actioncode.qr import QUIET_ZONE, actions_text, qr_matrix
from explainer.model.pack import Pack, Words


def qr_image(text: str, module_px: int) -> QImage:
    """A black-on-white image of the code for ``text``, quiet zone included, ``module_px`` pixels a module."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_qr(painter, QRectF(0, 0, side, side), text)
    finally:
        painter.end()
    return image


def paint_qr(painter: QPainter, rect: QRectF, text: str) -> None:
    """Draw the code for ``text`` as vector squares filling the square ``rect``, quiet zone included."""
    matrix = qr_matrix(text)
    cells = len(matrix) + 2 * QUIET_ZONE
    module = min(rect.width(), rect.height()) / cells
    path = QPainterPath()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                path.addRect(QRectF(rect.x() + (x + QUIET_ZONE) * module, rect.y() + (y + QUIET_ZONE) * module, module, module))
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(rect.x(), rect.y(), cells * module, cells * module), QColor("white"))
    path.setFillRule(Qt.FillRule.WindingFill)
    painter.fillPath(path, QColor("black"))
    painter.restore()


PANEL_PX = 200
"""About how wide the panel's code is drawn on screen, in whole pixels a module so it stays sharp."""


def actions_code(pack: Pack, words: Words, pathway_id: str | None) -> tuple[str, QImage]:
    """A resource name and an image of the code carrying ``pathway_id``'s actions in ``words``' language."""
    return f"qr-{words.code}-{pathway_id or 'all'}", _panel_image(actions_text(pack, words, pathway_id))


@lru_cache(maxsize=32)
def _panel_image(text: str) -> QImage:
    """The panel's code for ``text``; kept, as encoding on every click would cost most of a frame."""
    cells = len(qr_matrix(text)) + 2 * QUIET_ZONE
    return qr_image(text, max(2, PANEL_PX // cells))
