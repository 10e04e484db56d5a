"""The explanation panel: one column, or two languages side by side."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextBrowser, QWidget

from explainer.look.fonts import pixel_font

BASE_SIZE = 16.0

STYLE = """
h2 { font-size: 150%; margin: 4px 0 8px 0; }
h3 { font-size: 115%; margin: 16px 0 4px 0; }
h4 { font-size: 100%; margin: 10px 0 2px 0; }
.step { margin: 0 0 6px 0; }
.arrowname { font-size: 88%; color: #4A4E55; margin: -4px 0 6px 0; }
.why { font-size: 90%; color: #3E4248; margin-top: -2px; }
p { margin: 0 0 8px 0; line-height: 128%; }
.muted, .note { color: #4A4E55; }
.source { font-size: 85%; color: #3E4248; margin-top: -4px; }
.address { color: #3E4248; }
.badge { margin: 0 0 2px 0; }
.label { font-size: 85%; text-transform: uppercase; color: #4A4E55; }
.fact { margin-bottom: 6px; }
.sourceitem { margin-bottom: 10px; }
"""


HIGH_CONTRAST_STYLE = re.sub(r"#[0-9A-Fa-f]{6}", "#000000", STYLE) + "body { color: #000000; background: #FFFFFF; }"
"""Every grey made black: all text 21:1 on the white page."""
_INLINE_COLOUR = re.compile(r"(?<![-\w])color:\s*#[0-9A-Fa-f]{3,6}")


def _browser() -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.setFrameShape(QFrame.Shape.NoFrame)
    browser.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    browser.document().setDefaultStyleSheet(STYLE)
    browser.document().setDocumentMargin(14)
    return browser


class ExplanationPanel(QWidget):
    """Shows HTML for the current selection; a second column holds a second language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.primary = _browser()
        self.secondary = _browser()
        self.secondary.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.primary)
        layout.addWidget(self.secondary)
        self.setMinimumWidth(300)
        self.high_contrast = False
        self.set_text_scale(1.0)

    def add_image(self, name: str, image: QImage) -> None:
        """Make ``image`` available to the HTML of both columns as ``<img src=name>``."""
        for browser in (self.primary, self.secondary):
            browser.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)

    def set_names(self, name: str, first_language: str, second_language: str) -> None:
        self.primary.setAccessibleName(f"{name} ({first_language})" if second_language else name)
        self.secondary.setAccessibleName(f"{name} ({second_language})")

    def set_text_scale(self, scale: float) -> None:
        font = pixel_font(BASE_SIZE * scale)
        for browser in (self.primary, self.secondary):
            browser.setFont(font)  # its own, so the window's font (the interface's text size) does not replace it
            browser.document().setDefaultFont(font)

    def set_contrast(self, high: bool) -> None:
        """Black on white for high contrast (a pathway's coloured words too); the next ``show_html`` uses it."""
        self.high_contrast = high
        for browser in (self.primary, self.secondary):
            browser.document().setDefaultStyleSheet(HIGH_CONTRAST_STYLE if high else STYLE)
            palette = browser.palette()
            palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF") if high else self.palette().color(
                QPalette.ColorRole.Base))
            palette.setColor(QPalette.ColorRole.Text, QColor("#000000") if high else self.palette().color(
                QPalette.ColorRole.Text))
            browser.setPalette(palette)

    def set_reading_width(self, pixels: int | None) -> None:
        """Wrap lines at ``pixels`` (for full-width views), or at the panel's edge."""
        for browser in (self.primary, self.secondary):
            if pixels is None:
                browser.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
            else:
                browser.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
                browser.setLineWrapColumnOrWidth(pixels)

    def show_html(self, primary: str, secondary: str | None = None,
                  primary_rtl: bool = False, secondary_rtl: bool = False) -> None:
        """Replace the text; ``secondary`` is shown in a second column when given."""
        for browser, text, rtl in ((self.primary, primary, primary_rtl), (self.secondary, secondary, secondary_rtl)):
            if text is None:
                continue
            direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            browser.setLayoutDirection(direction)
            option = browser.document().defaultTextOption()
            option.setTextDirection(direction)
            browser.document().setDefaultTextOption(option)
            browser.setHtml(_INLINE_COLOUR.sub("color:#000000", text) if self.high_contrast else text)
        self.secondary.setVisible(secondary is not None)
