"""Colours, type sizes and strokes of the diagram, in a normal and a high-contrast variant."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from explainer.look.focus_ring import FOCUS
from explainer.look.fonts import pixel_font


@dataclass(frozen=True)
class Theme:
    """Everything the scene's items need to paint themselves."""

    background: QColor
    node_fill: QColor
    node_border: QColor
    text: QColor
    muted: QColor
    focus: QColor
    selected: QColor
    neutral_edge: QColor
    lane_fill_alpha: int
    dim_opacity: float
    text_scale: float = 1.0
    high_contrast: bool = False

    def font(self, size: float, bold: bool = False) -> QFont:
        return pixel_font(size * self.text_scale, bold)

    def lane_colour(self, colour: str) -> QColor:
        return QColor(colour) if not self.high_contrast else QColor(colour).darker(140)


def standard_theme(text_scale: float = 1.0) -> Theme:
    return Theme(
        background=QColor("#FBFAF7"),
        node_fill=QColor("#FFFFFF"),
        node_border=QColor("#5B5F66"),
        text=QColor("#1B1D21"),
        muted=QColor("#4A4E55"),
        focus=QColor(FOCUS),  # a hue no pathway uses (look/focus_ring.py)
        selected=QColor("#1B1D21"),
        neutral_edge=QColor("#5B5F66"),
        lane_fill_alpha=26,
        dim_opacity=0.22,
        text_scale=text_scale,
    )


def high_contrast_theme(text_scale: float = 1.0) -> Theme:
    return Theme(
        background=QColor("#FFFFFF"),
        node_fill=QColor("#FFFFFF"),
        node_border=QColor("#000000"),
        text=QColor("#000000"),
        muted=QColor("#000000"),
        focus=QColor(FOCUS),
        selected=QColor("#000000"),
        neutral_edge=QColor("#000000"),
        lane_fill_alpha=40,
        dim_opacity=0.6,  # black at 0.6 on white is 5.7:1: dimmed items stay readable, and they can still be opened
        text_scale=text_scale,
        high_contrast=True,
    )
