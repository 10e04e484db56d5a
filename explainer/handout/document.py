"""PDF documents: pages of a chosen paper size, written whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from explainer.atomic import WriteError, write_atomic

__all__ = ["PAPERS", "RESOLUTION", "Page", "WriteError", "pdf_writer", "render_pdf", "write_whole"]

PAPERS = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
RESOLUTION = 600

Page = Callable[[QPagedPaintDevice, QPainter], None]


def pdf_writer(device: QIODevice, paper: str) -> QPdfWriter:
    """A PDF writer on ``device`` for ``paper`` (``letter`` or ``a4``), edge to edge, at :data:`RESOLUTION`."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    return writer


def render_pdf(pages: list[Page], paper: str, title: str) -> bytes:
    """The bytes of a PDF with one page per function in ``pages``, each drawing its page."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper)
    writer.setTitle(title)
    writer.setCreator("Know Your Data")
    painter = QPainter(writer)
    try:
        for index, page in enumerate(pages):
            if index:
                writer.newPage()
            page(writer, painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, so an existing file is never half overwritten."""
    write_atomic(path, data)
