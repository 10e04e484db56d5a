"""A box in the diagram: a title, an optional subtitle, and its pathway's colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from explainer.look.theme import Theme
from explainer.paths import assets_dir
from explainer.scene.focusable import FocusableItem

TITLE_SIZE = 15.0
SUBTITLE_SIZE = 12.5
PAD_X = 14.0
PAD_Y = 10.0
STRIPE = 7.0
RADIUS = 9.0
FOCUS_GAP = 5.0
ICON = 20.0
ICON_GAP = 8.0
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def icon_size(theme: Theme) -> float:
    return ICON * min(theme.text_scale, 1.5)


def _text_box(theme: Theme, width: float, stripe: bool) -> float:
    return max(10.0, width - 2 * PAD_X - (STRIPE if stripe else 0.0) - icon_size(theme) - ICON_GAP)


@cache
def _icon(kind: str) -> QSvgRenderer:
    return QSvgRenderer(str(assets_dir() / "icons" / "kinds" / f"{kind}.svg"))


def preferred_width(theme: Theme, title: str, subtitle: str, stripe: bool) -> float:
    """The width that shows the title on one line, if the layout allows it."""
    title_width = QFontMetricsF(theme.font(TITLE_SIZE, True)).horizontalAdvance(title)
    sub_width = QFontMetricsF(theme.font(SUBTITLE_SIZE)).horizontalAdvance(subtitle) * 0.6
    return max(title_width, sub_width) + 2 * PAD_X + (STRIPE if stripe else 0.0) + icon_size(theme) + ICON_GAP + 2


def text_height(theme: Theme, title: str, subtitle: str, width: float, stripe: bool) -> float:
    """The height a node of ``width`` needs to show all its words, wrapped."""
    box = QRectF(0, 0, _text_box(theme, width, stripe), 10_000)
    height = QFontMetricsF(theme.font(TITLE_SIZE, True)).boundingRect(box, _WRAP, title).height()
    if subtitle:
        height += 3 + QFontMetricsF(theme.font(SUBTITLE_SIZE)).boundingRect(box, _WRAP, subtitle).height()
    return height + 2 * PAD_Y


class NodeItem(FocusableItem):
    """A focusable node; emits ``activated`` with its id when clicked or tapped."""

    activated = Signal(str)

    def __init__(self, node_id: str, kind: str, colour: QColor | None, theme: Theme) -> None:
        super().__init__()
        self.node_id = node_id
        self.kind = kind
        self.colour = colour
        self.theme = theme
        self.title = ""
        self.subtitle = ""
        self.selected = False
        self.mirrored = False
        self._size = QRectF(0, 0, 100, 40)
        self.setObjectName(node_id)

    def set_words(self, title: str, subtitle: str) -> None:
        self.title, self.subtitle = title, subtitle
        self.update()

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.setPos(rect.topLeft())
        self._size = QRectF(0, 0, rect.width(), rect.height())

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def port(self, outgoing: bool, fraction: float) -> QPointF:
        """A point on the node's side where an arrow leaves or arrives, in scene coordinates."""
        right = outgoing != self.mirrored
        x = self._size.right() if right else self._size.left()
        margin = min(self._size.height() * 0.2, 14.0)
        y = margin + (self._size.height() - 2 * margin) * fraction
        return self.mapToScene(QPointF(x, y))

    def rect(self) -> QRectF:
        return self._size

    def boundingRect(self) -> QRectF:
        grow = FOCUS_GAP + 3
        return self._size.adjusted(-grow, -grow, grow, grow)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._size, RADIUS, RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(t.node_fill)
        if self.selected and self.colour is not None and not t.high_contrast:
            fill = QColor(self.colour).lighter(100)
            fill.setAlpha(40)
            painter.setBrush(t.node_fill)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(self._size, RADIUS, RADIUS)
        border = QPen(t.selected if self.selected else (self.colour or t.node_border), 3.0 if self.selected else 1.6)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(self._size.adjusted(0.8, 0.8, -0.8, -0.8), RADIUS, RADIUS)
        stripe = self.colour is not None
        text_left = PAD_X
        if stripe:
            bar = QPainterPath()
            side = QRectF(self._size.right() - STRIPE - 2, 2, STRIPE, self._size.height() - 4) if self.mirrored \
                else QRectF(2, 2, STRIPE, self._size.height() - 4)
            bar.addRoundedRect(side, 3, 3)
            painter.fillPath(bar, self.colour or t.node_border)
            if not self.mirrored:
                text_left += STRIPE
        icon = icon_size(t)
        text_width = _text_box(t, self._size.width(), stripe)
        if self.mirrored:
            icon_left = self._size.width() - PAD_X - (STRIPE if stripe else 0.0) - icon
        else:
            icon_left = text_left
            text_left += icon + ICON_GAP
        _icon(self.kind).render(painter, QRectF(icon_left, PAD_Y + 1, icon, icon))
        box = QRectF(text_left, PAD_Y, text_width, self._size.height() - 2 * PAD_Y)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        if self.mirrored:
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        painter.setPen(t.text)
        painter.setFont(t.font(TITLE_SIZE, True))
        used = painter.boundingRect(box, flags, self.title)
        painter.drawText(box, flags, self.title)
        if self.subtitle:
            painter.setPen(t.muted)
            painter.setFont(t.font(SUBTITLE_SIZE))
            painter.drawText(box.adjusted(0, used.height() + 3, 0, 0), flags, self.subtitle)

    def focus_path(self) -> QPainterPath:
        """Where the view draws the keyboard focus ring (over everything, so a dimmed box shows it too)."""
        path = QPainterPath()
        path.addRoundedRect(self._size.adjusted(-FOCUS_GAP, -FOCUS_GAP, FOCUS_GAP, FOCUS_GAP),
                            RADIUS + FOCUS_GAP, RADIUS + FOCUS_GAP)
        return self.mapToScene(path)

    def activate(self) -> None:
        """Open this node: the view calls it on a click, a tap or Enter."""
        self.activated.emit(self.node_id)

