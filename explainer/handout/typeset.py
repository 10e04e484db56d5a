"""Rich text, number badges, codes and the diagram, laid out on a printed page in device pixels."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen, QTextDocument, QTextOption

from explainer.actioncode.qr import QUIET_ZONE, qr_matrix
from explainer.actioncode.qr_qt import paint_qr
from explainer.look.fonts import pixel_font, point_font
from explainer.look.theme import standard_theme
from explainer.model.pack import Pack
from explainer.scene.diagram_scene import DiagramScene

INK = QColor("#000000")
MUTED = "#3A3D42"
MODULE_PT = 1.0
"""A printed code's module, about 0.35 mm: phones read it from a hand's length."""
MODULE_MIN_PT = 0.95
"""The smallest printed module, about 0.33 mm: below it phones misread a printed code (a code that needs smaller
modules in its room carries a shorter text instead: ``Sheet.code_choice``)."""
STYLE = "p { margin: 0; } .muted { color: " + MUTED + "; } .address { color: " + MUTED + "; }"


class Typesetter:
    """Sizes in points, scaled by ``scale``; positions in the device's pixels; text in one direction."""

    def __init__(self, device: QPagedPaintDevice, rtl: bool, scale: float = 1.0) -> None:
        self.device = device
        self.rtl = rtl
        self.scale = scale
        self.unit = device.logicalDpiY() / 72.0

    def pt(self, points: float) -> float:
        """``points`` (1/72 inch) in device pixels, scaled."""
        return points * self.unit * self.scale

    def printed(self, size: float) -> float:
        """``size`` points, scaled, rounded up to a whole device pixel: the device rounds a font to its pixels,
        and 7 pt must not print as 6.96."""
        return math.ceil(size * self.scale * self.unit - 1e-6) / self.unit

    def text(self, html: str, width: float, size: float, bold: bool = False) -> QTextDocument:
        """``html`` wrapped to ``width`` device pixels at ``size`` points, in the text's direction."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(STYLE)
        doc.setDefaultFont(point_font(self.printed(size), bold))
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc


def draw_text(painter: QPainter, doc: QTextDocument, x: float, y: float) -> None:
    """Draw ``doc`` with its top-left corner at ``(x, y)``."""
    painter.save()
    painter.translate(x, y)
    doc.drawContents(painter)
    painter.restore()


def draw_badge(painter: QPainter, centre: QPointF, diameter: float, number: int, colour: str, font_px: float) -> None:
    """A pathway's number in a dark disc: the number, not the colour, tells the pathways apart in black and white."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour).darker(135))
    rect = QRectF(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter)
    painter.drawEllipse(rect)
    painter.setFont(pixel_font(font_px, True))
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(number))
    painter.restore()


def draw_rule(painter: QPainter, x1: float, x2: float, y: float, width: float) -> None:
    painter.save()
    painter.setPen(QPen(INK, width))
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    painter.restore()


LABEL_SCALE = 2.0
"""The printed diagram's words are twice their screen size beside its boxes and gaps: at a page's width
they stay at least 6 pt, where the screen's proportions would print them at about 5."""
SMALLEST_LABEL_PX = 12.5
"""The smallest words the diagram draws (a box's subtitle, a lane's mark) at text size 1, in scene pixels."""


LABEL_SCALES = (LABEL_SCALE, 2.5, 3.0, 3.5)
"""Larger words for a wider map: the boxes grow with their words but the gaps do not, so words gain on the width."""


class PrintedDiagram:
    """The pack's diagram in one language, as vectors with real text, on white for printing."""

    def __init__(self, pack: Pack, code: str, label_scale: float = LABEL_SCALE) -> None:
        self.pack = pack
        self.code = code
        self._make(label_scale)

    def _make(self, label_scale: float) -> None:
        theme = replace(standard_theme(), background=QColor("#FFFFFF"), text_scale=label_scale)
        self.label_scale = label_scale
        self.scene = DiagramScene(self.pack, self.pack.language(self.code), theme)

    def readable_at(self, width_pt: float, smallest_pt: float) -> bool:
        """Draw the words large enough that, ``width_pt`` wide, the smallest is ``smallest_pt``; False if none is."""
        for scale in LABEL_SCALES:
            if scale != self.label_scale:
                self._make(scale)
            if self.smallest_label_pt(width_pt) >= smallest_pt:
                return True
        return False

    def smallest_label_pt(self, width_pt: float) -> float:
        """The smallest words' size in points when the diagram is printed ``width_pt`` points wide."""
        rect = self.scene.sceneRect()
        px = max(1, round(SMALLEST_LABEL_PX * self.label_scale))
        return px * width_pt / rect.width() if rect.width() else 0.0

    def aspect(self) -> float:
        """Height over width."""
        rect = self.scene.sceneRect()
        return rect.height() / rect.width() if rect.width() else 1.0

    def draw(self, painter: QPainter, target: QRectF) -> None:
        self.scene.render(painter, target, self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


Op = Callable[[QPainter], None]


@dataclass(frozen=True)
class Frame:
    """A printable width; mirrors positions for a right-to-left language."""

    left: float
    right: float
    rtl: bool

    @property
    def width(self) -> float:
        return self.right - self.left

    def x(self, offset: float, width: float) -> float:
        """The left edge of a box ``offset`` from the reading start, ``width`` wide."""
        return self.right - offset - width if self.rtl else self.left + offset


class Sheet:
    """Collects drawing steps while measuring, so a layout that does not fit can be tried again smaller."""

    def __init__(self, t: Typesetter, frame: Frame, colours: dict[int, str]) -> None:
        self.t = t
        self.frame = frame
        self.colours = colours
        self.ops: list[Op] = []
        self.codes: list[tuple[str, QRectF]] = []
        """Each code drawn: its text and its square, quiet zone included, in device pixels (for checks)."""

    def text(self, html_text: str, offset: float, width: float, y: float, size: float, bold: bool = False) -> float:
        """Place rich text; return the y below it."""
        return self.document(self.t.text(html_text, width, size, bold), offset, y)

    def document(self, doc: QTextDocument, offset: float, y: float) -> float:
        """Place text already laid out to its width; return the y below it."""
        x = self.frame.x(offset, doc.textWidth())
        self.ops.append(lambda p: draw_text(p, doc, x, y))
        return y + float(doc.size().height())

    def badge(self, number: int, offset: float, y: float, size: float) -> None:
        """A pathway's number disc, ``size`` points wide, its top at ``y``."""
        d = self.t.pt(size)
        centre = QPointF(self.frame.x(offset, d) + d / 2, y + d / 2)
        colour = self.colours.get(number, "#444444")
        self.ops.append(lambda p: draw_badge(p, centre, d, number, colour, d * 0.62))

    def code_side(self, text: str, most_pt: float, module_pt: float = MODULE_PT) -> float:
        """How wide the code for ``text`` is drawn: ``module_pt`` a module, at most ``most_pt`` points."""
        cells = len(qr_matrix(text)) + 2 * QUIET_ZONE
        return min(cells * module_pt, most_pt) * self.t.unit

    def code_choice(self, texts: tuple[str, ...], most_pt: float) -> str | None:
        """The first of ``texts`` whose code, at :data:`MODULE_MIN_PT` a module or more, fits ``most_pt`` points."""
        return next((t for t in texts if (len(qr_matrix(t)) + 2 * QUIET_ZONE) * MODULE_MIN_PT <= most_pt), None)

    def code(self, text: str, offset: float, y: float, side: float) -> None:
        """A code holding exactly ``text``, ``side`` device pixels square; its size does not follow the type scale."""
        rect = QRectF(self.frame.x(offset, side), y, side, side)
        self.codes.append((text, rect))
        self.ops.append(lambda p: paint_qr(p, rect, text))

    def rule(self, y: float, width_pt: float) -> None:
        """A thin line across the frame."""
        left, right, width = self.frame.left, self.frame.right, self.t.pt(width_pt)
        self.ops.append(lambda p: draw_rule(p, left, right, y, width))

    def draw(self, painter: QPainter) -> None:
        for op in self.ops:
            op(painter)
