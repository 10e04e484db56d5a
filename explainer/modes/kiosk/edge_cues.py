"""Round arrow buttons at the kiosk map's edges, where more of the map lies beyond the screen; a tap shows it.

A kiosk draws every box and arrow large enough for a finger, so on most screens
the map is larger than its place and opens on its middle. A swipe pans it, but
nothing on a cut edge says so: a visitor may never learn that "ICE" is just off
the right edge. Each button shows only while its side hides part of the map,
and a tap glides the map most of a screen that way (at once with reduced motion).
The buttons take no keyboard focus: a keypad moves from box to box, and the map
follows the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from explainer.modes.kiosk import look
from explainer.navigator import Fields
from explainer.window import MainWindow

SIDES = ("left", "right", "up", "down")
STEP = 0.6
"""How much of the shown map one tap moves on: most of a screen, so what was at the edge stays in sight."""
SLACK = 4.0
"""Pixels of map beyond an edge that do not count as hidden (a box's shadow, rounding)."""
MARGIN = 10


class EdgeButton(QAbstractButton):
    """A white disc with a chevron pointing to ``side``, a finger's size."""

    def __init__(self, side: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"map-more-{side}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedSize(QSize(look.TARGET, look.TARGET))
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor(look.INK), 2))
        painter.setBrush(QColor("#E4E2DC") if self.isDown() else QColor("#FFFFFF"))
        painter.drawEllipse(ring)
        painter.setPen(QPen(QColor(look.INK), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        centre, arm = ring.center(), ring.width() * 0.16
        tip = {"left": QPointF(-arm, 0), "right": QPointF(arm, 0), "up": QPointF(0, -arm), "down": QPointF(0, arm)}
        back = {"left": (QPointF(arm, -2 * arm), QPointF(arm, 2 * arm)),
                "right": (QPointF(-arm, -2 * arm), QPointF(-arm, 2 * arm)),
                "up": (QPointF(-2 * arm, arm), QPointF(2 * arm, arm)),
                "down": (QPointF(-2 * arm, -arm), QPointF(2 * arm, -arm))}
        one, two = back[self.side]
        chevron = QPainterPath(centre + one * 0.5)
        chevron.lineTo(centre + tip[self.side])
        chevron.lineTo(centre + two * 0.5)
        painter.drawPath(chevron)


class EdgeCues(QObject):
    """The four buttons over the window's map, each shown while the map goes on beyond its side."""

    def __init__(self, window: MainWindow, paused: Callable[[], bool] = lambda: False) -> None:
        """``paused``: True while the buttons have no use (the idle screen, whose camera moves by itself)."""
        super().__init__(window)
        self.window = window
        self.paused = paused
        self.view = view = window.view
        self.buttons = {side: EdgeButton(side, view.viewport()) for side in SIDES}
        for side, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, side=side: self.move(side))
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.zoomed.connect(self.update)
        view.viewport().installEventFilter(self)
        window.navigator.changed.connect(self._follow)
        self.retranslate()
        self.update()

    def _follow(self, fields: Fields) -> None:
        if "language" in fields:
            self.retranslate()

    def retranslate(self) -> None:
        words = self.window.words
        for side, button in self.buttons.items():
            name = words.ui(f"map_more_{side}")
            button.setAccessibleName(name)
            button.setToolTip(name)

    def hidden_sides(self) -> list[str]:
        """The sides beyond which part of the map is not shown now."""
        shown, whole = self.view.visible_rect(), self.view.sceneRect()
        slack = SLACK / max(self.view.transform().m11(), 1e-6)
        beyond = {"left": shown.left() - whole.left(), "right": whole.right() - shown.right(),
                  "up": shown.top() - whole.top(), "down": whole.bottom() - shown.bottom()}
        return [side for side in SIDES if beyond[side] > slack]

    def update(self) -> None:
        """Place the buttons on the viewport's edges; show those whose side hides some map."""
        if self.paused():  # called each frame of the idle screen's flights: nothing shown, nothing computed
            for button in self.buttons.values():
                button.hide()
            return
        area = self.view.viewport().rect()
        size = look.TARGET
        places = {"left": (MARGIN, area.center().y() - size // 2),
                  "right": (area.width() - size - MARGIN, area.center().y() - size // 2),
                  "up": (area.center().x() - size // 2, MARGIN),
                  "down": (area.center().x() - size // 2, area.height() - size - MARGIN)}
        hidden = set(self.hidden_sides())
        for side, button in self.buttons.items():
            button.move(*places[side])
            button.setVisible(side in hidden)
            if side in hidden:
                button.raise_()

    def move(self, side: str) -> None:
        """Glide the map most of a screen towards ``side`` (the view stops at the map's edge)."""
        shown = self.view.visible_rect()
        dx = {"left": -1, "right": 1}.get(side, 0) * shown.width() * STEP
        dy = {"up": -1, "down": 1}.get(side, 0) * shown.height() * STEP
        self.view.fly_to(shown.translated(dx, dy), margin=0, animate=not self.window.navigator.reduced_motion)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False
