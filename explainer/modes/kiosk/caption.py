"""The idle screen's caption: one pathway's number, title and short text, and "Touch to start", in one language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explainer.look.fonts import pixel_font
from explainer.modes.kiosk import look
from explainer.scene.diagram_view import DiagramView

HEIGHT = 220
TITLE_PX = 34
TEXT_PX = 24
SMALLEST = 0.6
"""The caption's words shrink to this share of their size, at most, to fit a small screen (1024x600)."""


class CaptionBand(QWidget):
    """A band under the diagram, inside the view's bottom margin so the diagram is never hidden behind it."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setObjectName("kiosk-caption")
        self.badge = QLabel()
        self.badge.setTextFormat(Qt.TextFormat.PlainText)  # pack words: never rich text
        self.badge.setFont(pixel_font(18, True))
        self.title = look.label(TITLE_PX, True)
        self.text = look.label(TEXT_PX)
        self.touch = QLabel()
        self.touch.setTextFormat(Qt.TextFormat.PlainText)
        self.touch.setFont(pixel_font(28, True))
        self.touch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.touch.setMinimumHeight(look.TARGET + 16)
        self.touch.setStyleSheet(f"color: {look.INK}; background: {look.GO}; border-radius: 16px; padding: 8px 28px;")
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeading)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(36, 22, 36, 22)
        row.setSpacing(32)
        row.addLayout(words, 1)
        row.addWidget(self.touch, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_colour(QColor(look.INK))
        view.installEventFilter(self)
        self.hide()

    def set_colour(self, colour: QColor) -> None:
        self.setStyleSheet(f"#kiosk-caption {{ background: #FFFFFF; border-top: 8px solid {colour.name()}; }}")
        self.badge.setStyleSheet(f"color: #FFFFFF; background: {colour.name()}; border-radius: 6px; padding: 3px 10px;")

    def show_caption(self, rtl: bool, badge: str, title: str, text: str, touch: str) -> None:
        """Show one caption; an empty ``badge`` hides the badge."""
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        for line in (self.title, self.text):
            # Absolute, so a line still in the fallback language lines up with the rest.
            line.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.badge.setText(badge)
        self.badge.setVisible(bool(badge))
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.touch.setText(touch)
        self._fit_words()

    def open(self) -> None:
        self.view.setViewportMargins(0, 0, 0, HEIGHT)
        self._place()
        self.show()

    def close_band(self) -> None:
        self.hide()
        self.view.setViewportMargins(0, 0, 0, 0)

    def _place(self) -> None:
        self.setGeometry(0, self.view.height() - HEIGHT, self.view.width(), HEIGHT)
        self._fit_words()

    def _fit_words(self) -> None:
        """The title on one line and the whole short text inside the band: smaller type on a narrow screen."""
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        margins = layout.contentsMargins()
        touch = self.touch.sizeHint().width()
        room = self.width() - margins.left() - margins.right() - layout.spacing() - touch
        height = HEIGHT - margins.top() - margins.bottom()
        step = 1.0
        while True:
            self.title.setFont(pixel_font(TITLE_PX * step, True))
            self.text.setFont(pixel_font(TEXT_PX * step))
            badge = self.badge.sizeHint().height() + 6 if self.badge.isVisibleTo(self) else 0
            one_line = self.title.fontMetrics().horizontalAdvance(self.title.text()) <= room
            text = self.text.heightForWidth(room) if self.text.isVisibleTo(self) else 0
            if step <= SMALLEST or (one_line and badge + self.title.fontMetrics().height() + 6 + text <= height):
                return
            step = round(step - 0.05, 2)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
