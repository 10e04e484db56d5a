"""The caption bar under the diagram on the audience screen: the step's caption in large type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from explainer.look.fonts import pixel_font

CAPTION_SIZE = 28.0
SIDE_SIZE = 16.0


class CaptionBar(QFrame):
    """A dark band: the caption, and on the side the step number (or a hint, or the step being typed)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("caption-bar")
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # pack words: never rich text
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.side = QLabel()
        self.side.setTextFormat(Qt.TextFormat.PlainText)
        self.side.setObjectName("caption-side")
        self.side.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignBottom)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 14, 28, 14)
        row.setSpacing(24)
        row.addWidget(self.caption, 1)
        row.addWidget(self.side, 0, Qt.AlignmentFlag.AlignBottom)
        self.set_look(1.0, False)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)

    def set_side(self, text: str) -> None:
        self.side.setText(text)

    def set_look(self, text_scale: float, high_contrast: bool) -> None:
        background = "#000000" if high_contrast else "#1B1D21"
        side = "#FFFFFF" if high_contrast else "#C9CDD3"
        self.setStyleSheet(f"#caption-bar {{ background: {background}; border-top: 3px solid {background}; }}"
                           f" #caption {{ color: #FFFFFF; }} #caption-side {{ color: {side}; }}")
        for label, size, bold in ((self.caption, CAPTION_SIZE, True), (self.side, SIDE_SIZE, False)):
            label.setFont(pixel_font(size * text_scale, bold))
