"""A floor for start-up: a window with the kinds of widgets the app's first frame shows, and nothing of the app.

A toolbar of buttons and two drop-down lists, a state list and a search field, a
graphics view with 14 boxes of two lines and 26 arrows, a text panel with a heading
and paragraphs, three buttons under the map and the privacy line; the app's own
fontconfig (no system fonts) and its Latin font files, registered as the app does.
No content pack, no checks, no module of the app's. ``bench/first_frame.py
skeleton`` times it like the bare window and the app: what any PySide6 window of
this shape costs before one line of the app runs.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def prepare_process() -> None:
    """Before Qt starts, as the app: its fontconfig, which lists no system font."""
    os.environ.setdefault("FONTCONFIG_FILE", str(ASSETS / "fonts.conf"))


def register_fonts() -> None:
    """The app's Latin font files (regular, bold, italic, bold italic), by path."""
    for path in sorted((ASSETS / "fonts").glob("NotoSans-*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    QApplication.setFont(QFont("Noto Sans", 11))


def skeleton_window() -> QMainWindow:
    """The window, made and sized, not shown."""
    window = QMainWindow()
    window.resize(1280, 800)
    bar = QToolBar()
    window.addToolBar(bar)
    for number in range(9):
        bar.addAction(f"Action {number}")
    for name, choices in (("Language", ["English", "Español"]), ("Side by side", ["One language", "Español"])):
        bar.addWidget(QLabel(name))
        choice = QComboBox()
        choice.addItems(choices)
        bar.addWidget(choice)
    scene = QGraphicsScene()
    for number in range(14):
        x, y = 100 + (number % 3) * 200, 50 + (number // 3) * 60
        scene.addRect(QRectF(x, y, 180, 44), QPen(QColor("#c00")), QBrush(QColor("#fee")))
        scene.addText(f"Box number {number}\nA second line of smaller words").setPos(x + 5, y + 2)
    for number in range(26):
        scene.addLine(0, number * 10, 600, number * 12, QPen(QColor("#00c"), 2))
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    panel = QTextBrowser()
    panel.setHtml("<h1>How DMV data reaches ICE</h1>" + "<p>This map shows how information you give reaches ICE.</p>" * 6)
    left = QWidget()
    column = QVBoxLayout(left)
    column.addWidget(view)
    demands = QHBoxLayout()
    for number in range(3):
        demands.addWidget(QPushButton(f"Demand {number}"))
    column.addLayout(demands)
    split = QSplitter()
    split.addWidget(left)
    split.addWidget(panel)
    central = QWidget()
    page = QVBoxLayout(central)
    top = QHBoxLayout()
    top.addWidget(QLabel("Your state"))
    top.addWidget(QComboBox())
    top.addWidget(QLineEdit())
    page.addLayout(top)
    page.addWidget(split)
    page.addWidget(QLabel("This app works offline and keeps nothing about you."))
    window.setCentralWidget(central)
    return window
