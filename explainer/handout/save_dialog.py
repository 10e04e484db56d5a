"""The window's "print" control: ask where to save the handout, then write it there and nowhere else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from explainer.handout import page
from explainer.handout.build import write_handout
from explainer.handout.document import WriteError
from explainer.model.contact import Contact
from explainer.model.pack import Pack


def default_paper() -> str:
    """A4 where the system measures in metric, Letter otherwise (the United States)."""
    metric = QLocale().measurementSystem() == QLocale.MeasurementSystem.MetricSystem
    return "a4" if metric else "letter"


def save_handout(parent: QWidget, pack: Pack, codes: list[str], contact: Contact | None = None) -> Path | None:
    """Ask for a file name and write the handout in ``codes``' languages (with the local ``contact``, if any);
    the path written, or ``None``."""
    words = pack.language(codes[0])
    suggested = str(Path.home() / f"{pack.structure.id}-{'-'.join(codes)}.pdf")
    name, _ = QFileDialog.getSaveFileName(parent, words.ui("print"), suggested, f"{words.ui('pdf_files')} (*.pdf)")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_handout(pack, codes, path, default_paper(), contact=contact)
    except (WriteError, page.DoesNotFit) as exc:
        QGuiApplication.restoreOverrideCursor()
        said = words.ui("handout_too_long") if isinstance(exc, page.DoesNotFit) else words.ui("save_failed", path=str(path))
        box = QMessageBox(QMessageBox.Icon.Warning, words.ui("print"), said, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name or a pack's word is never rich text
        box.exec()
        return None
    QGuiApplication.restoreOverrideCursor()
    return path
