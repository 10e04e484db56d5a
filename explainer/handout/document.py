"""PDF documents: pages of a chosen paper size, written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

PAPERS = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
RESOLUTION = 600

Page = Callable[[QPagedPaintDevice, QPainter], None]


class WriteError(Exception):
    """The PDF could not be written; the message names the file and why."""


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
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteError(f"{path}: cannot write in folder {folder}: {exc.strerror or exc}") from None
    try:
        os.chmod(temporary, _mode(path))
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise WriteError(f"{path}: cannot write the file: {exc.strerror or exc}") from None


def _mode(path: Path) -> int:
    """The existing file's permissions, or what a new file would get (the temporary file starts private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
