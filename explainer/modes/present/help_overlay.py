"""The list of presenter keys (?), laid over the presenter's own window in large type, never on the projector."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from explainer.look.fonts import pixel_font
from explainer.look.overlay import Overlay
from explainer.model.pack import Words

# Each row shows ``ui.present_keys_<name>`` beside ``ui.present_help_<name>``.
ROWS = ("next", "back", "ends", "jump", "black", "freeze", "leave", "resume",
        "presenter", "fullscreen", "contrast", "size", "motion", "help")
TITLE_SIZE = 26.0
ROW_SIZE = 18.0
SMALLEST = 0.7
"""The card's type shrinks to this share of its size, at most, to fit a small screen."""


class HelpOverlay(Overlay):
    """A card of keys and what they do over a darkened screen; a click closes it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, QColor(0, 0, 0, 150))
        self.card = QFrame(self)
        self.card.setObjectName("help-card")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # interface words a pack may override: never rich text
        self.title.setObjectName("help-title")
        self.closing = QLabel()
        self.closing.setTextFormat(Qt.TextFormat.PlainText)
        self.closing.setObjectName("help-close")
        self.keys: dict[str, QLabel] = {}
        self.meanings: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(8)
        for row, name in enumerate(ROWS):
            self.keys[name] = QLabel()
            self.keys[name].setTextFormat(Qt.TextFormat.PlainText)
            self.keys[name].setObjectName("help-keys")
            self.meanings[name] = QLabel()
            self.meanings[name].setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(self.keys[name], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.meanings[name], row, 1, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self.card)
        column.setContentsMargins(36, 28, 36, 28)
        column.setSpacing(18)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addWidget(self.closing)
        outer = QVBoxLayout(self)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        self.set_look(1.0, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The presenter window outlives this layer's Python half at shutdown; then there is nothing to follow.
        if "window_under" not in self.__dict__:
            return False
        return super().eventFilter(watched, event)

    def set_words(self, words: Words) -> None:
        self.title.setText(words.ui("present_help_title"))
        self.closing.setText(words.ui("present_help_close"))
        for name in ROWS:
            self.keys[name].setText(words.ui(f"present_keys_{name}"))
            self.meanings[name].setText(words.ui(f"present_help_{name}"))
        self._fit()

    def set_look(self, text_scale: float, high_contrast: bool) -> None:
        # The card must fit a 1280x800 projector at the largest text size.
        self._wanted = min(text_scale, 1.5)
        border = "#000000" if high_contrast else "#5B5F66"
        self.card.setStyleSheet(f"#help-card {{ background: #FFFFFF; border: 3px solid {border}; border-radius: 14px; }}"
                                " QLabel { color: #000000; } #help-close { color: #33363B; }")
        self._fit()

    def _sized(self, scale: float) -> None:
        self.title.setFont(pixel_font(TITLE_SIZE * scale, True))
        self.closing.setFont(pixel_font(ROW_SIZE * 0.9 * scale))
        for name in ROWS:
            self.keys[name].setFont(pixel_font(ROW_SIZE * scale, True))
            self.meanings[name].setFont(pixel_font(ROW_SIZE * scale))

    def _fit(self) -> None:
        """The text size asked for, or smaller until the whole card fits the window (a 1024x768 projector)."""
        scale = self._wanted
        while True:
            self._sized(scale)
            width, height = self._needed()
            if scale <= SMALLEST or self.isHidden() or (width <= self.width() - 48 and height <= self.height() - 48):
                return
            scale = round(scale - 0.05, 2)

    def _needed(self) -> tuple[int, int]:
        """The card's size for its words in their fonts now: measured, as the labels' hints wait for a show."""

        def size(label: QLabel) -> tuple[int, int]:
            metrics = QFontMetrics(label.font())
            return metrics.horizontalAdvance(label.text()) + 4, metrics.height() + 2

        keys = [size(self.keys[name]) for name in ROWS]
        meanings = [size(self.meanings[name]) for name in ROWS]
        title, closing = size(self.title), size(self.closing)
        rows = max(k[0] for k in keys) + 28 + max(m[0] for m in meanings)
        width = 72 + max(rows, title[0], closing[0])
        height = 56 + title[1] + closing[1] + 2 * 18 + sum(max(k[1], m[1]) + 8 for k, m in zip(keys, meanings, strict=True))
        return width, height

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
