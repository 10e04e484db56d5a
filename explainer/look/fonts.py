"""The one place fonts are made, so every window, mode and page uses the bundled family the same way."""

from __future__ import annotations

from PySide6.QtGui import QFont

FONT_FAMILY = "Noto Sans"
"""The bundled family (``assets/fonts``); ``app.application`` registers it before any window exists."""


def pixel_font(pixels: float, bold: bool = False) -> QFont:
    """A font ``pixels`` high on screen (at least one pixel)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def point_font(points: float, bold: bool = False) -> QFont:
    """A font ``points`` high on paper, for pages whose device sets the resolution."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font
