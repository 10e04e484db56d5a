"""Guard against PySide6 6.12.0 on Python 3.11 dropping a reference to None on each void call.

After about 5,000 such calls the interpreter aborts (``none_dealloc``); an animated
diagram gets there in seconds. The pinned version must keep None's count steady.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QGraphicsRectItem


def test_none_keeps_its_references_across_thousands_of_qt_calls(qapp: QApplication) -> None:
    item = QGraphicsRectItem(0, 0, 10, 10)
    before = sys.getrefcount(None)
    for i in range(5000):
        item.setPos(QPointF(i, i))  # returns nothing: the call that leaked
        item.setOpacity(0.5)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references"
