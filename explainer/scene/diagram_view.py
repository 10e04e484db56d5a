"""The window onto the diagram: fit, zoom, pan, pinch, clicks and keyboard focus."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QGestureEvent, QGraphicsItem, QGraphicsView, QPinchGesture, QWidget

from explainer.look.focus_ring import draw_ring
from explainer.scene.diagram_scene import DiagramScene
from explainer.scene.edge_item import EdgeItem
from explainer.scene.focusable import FocusableItem
from explainer.scene.lane_item import LaneItem
from explainer.scene.node_item import NodeItem

MIN_ZOOM = 0.6
MAX_ZOOM = 6.0
STEP = 1.25
FLIGHT_MS = 700

Activatable = NodeItem | EdgeItem | LaneItem


class DiagramView(QGraphicsView):
    """Shows a ``DiagramScene``; keeps it fitted until the person zooms or pans."""

    zoomed = Signal(float)
    opened_by_key = Signal(str)
    """Enter or Space opened the focused item (its id), after ``activated``: the window moves focus to the panel."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.diagram = scene
        self.fitted = True
        self.tap_radius = 0
        """How many view pixels a tap may miss a node or arrow by and still open it (a kiosk sets this)."""
        self.touch_scale = 0.0
        """The least scale the fitted view shows the map at (a kiosk's: every box and arrow a finger's size).
        When the whole map is smaller than that, the fitted view shows its middle and a swipe pans."""
        self._press: QPoint | None = None
        self._flight = QVariantAnimation(self)
        self._flight.setDuration(FLIGHT_MS)
        self._flight.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._flight.setStartValue(0.0)
        self._flight.setEndValue(1.0)
        self._flight.valueChanged.connect(self._fly_step)
        self._from = QRectF()
        self._to = QRectF()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("draws_focus_ring", True)  # around the focused item, not the whole view (look/focus_ring.py)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        scene.focusItemChanged.connect(self._focus_item_changed)
        scene.sceneRectChanged.connect(lambda _r: self.refit())

    # -- fitting and zooming -------------------------------------------------
    def fit_scale(self) -> float:
        """The fitted view's scale: the whole map's, or ``touch_scale`` when that is larger."""
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        return max(min(view.width() / rect.width(), view.height() / rect.height()), self.touch_scale)

    def fit(self) -> None:
        """Show the whole diagram, and keep it fitted as the window changes size."""
        self._flight.stop()
        self.fitted = True
        self.refit()

    def refit(self) -> None:
        if not self.fitted:
            return
        rect = self.sceneRect()
        if rect.isEmpty() or self.viewport().rect().isEmpty():
            return
        scale = self.fit_scale()
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())
        self.zoomed.emit(scale)

    def keeping_zoom(self, change: Callable[[], None]) -> None:
        """Run ``change`` (a new text size: the map grows or shrinks in scene units) and keep the zoom, so its words
        grow on screen in proportion. A map that no longer fits is shown from the same place and pans; Fit shows it
        whole again. One that still fits stays fitted."""
        old, before = self.sceneRect(), self.transform().m11()
        centre = self.visible_rect().center()
        share = QPointF((centre.x() - old.left()) / old.width() if old.width() else 0.5,
                        (centre.y() - old.top()) / old.height() if old.height() else 0.5)
        change()
        if not self.isVisible() or before <= self.fit_scale() * 1.001:
            self.fit()
            return
        new = self.sceneRect()
        self._flight.stop()
        self.fitted = False
        self.setTransform(QTransform.fromScale(before, before))
        self.centerOn(QPointF(new.left() + share.x() * new.width(), new.top() + share.y() * new.height()))
        self.zoomed.emit(before)

    def show_rect(self, rect: QRectF, limit: float = MAX_ZOOM) -> None:
        """Centre ``rect`` and scale it to fill the view, no closer than ``limit``."""
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        scale = min(view.width() / rect.width(), view.height() / rect.height(), limit * self.fit_scale())
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())
        self.zoomed.emit(scale)

    def visible_rect(self) -> QRectF:
        """The part of the scene the view shows now."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def fly_to(self, rect: QRectF, margin: float = 40.0, animate: bool = True) -> None:
        """Move the camera to show ``rect``: a smooth flight, or at once when not ``animate`` (reduced motion)."""
        target = rect.adjusted(-margin, -margin, margin, margin)
        self.fitted = False
        self._flight.stop()
        if not animate or not self.isVisible():
            self.show_rect(target)
            return
        self._from = self.visible_rect()
        self._to = target
        self._flight.start()

    @property
    def flying(self) -> bool:
        return self._flight.state() == QVariantAnimation.State.Running

    def _fly_step(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        a, b = self._from, self._to
        centre = a.center() + (b.center() - a.center()) * t
        width = a.width() + (b.width() - a.width()) * t
        height = a.height() + (b.height() - a.height()) * t
        self.show_rect(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height))

    def zoom_level(self) -> float:
        """The zoom relative to the fitted view (1.0 is fitted)."""
        return self.transform().m11() / self.fit_scale()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        target = min(max(self.zoom_level() * factor, MIN_ZOOM), MAX_ZOOM)
        factor = target / self.zoom_level()
        if abs(factor - 1.0) < 1e-6:
            return
        self.fitted = False
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
        self.zoomed.emit(self.transform().m11())

    def zoom_in(self) -> None:
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / STEP)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        trackpad = not event.pixelDelta().isNull() and event.phase() != Qt.ScrollPhase.NoScrollPhase
        if trackpad and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fitted = False
            delta = event.pixelDelta()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(STEP ** steps, event.position())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            assert isinstance(event, QGestureEvent)
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                event.accept()
                return True
        if event.type() == QEvent.Type.NativeGesture:
            assert isinstance(event, QNativeGestureEvent)
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position())
                return True
        return super().viewportEvent(event)

    # -- clicks and taps -------------------------------------------------------
    def activatable_at(self, pos: QPoint) -> Activatable | None:
        """The node under ``pos``; else the nearest arrow whose hit area holds it; else a lane."""
        under = [i for i in self.items(pos) if isinstance(i, (NodeItem, EdgeItem, LaneItem)) and i.isVisible()]
        for item in under:
            if isinstance(item, NodeItem):
                return item
        edges = [i for i in under if isinstance(i, EdgeItem)]
        if edges:
            point = self.mapToScene(pos)
            return min(edges, key=lambda e: e.distance_to(point))
        return self._nearest_within(pos) or (under[0] if under else None)

    def _nearest_within(self, pos: QPoint) -> NodeItem | EdgeItem | None:
        """The node or arrow nearest ``pos`` within ``tap_radius``, for a finger that lands just beside it."""
        radius = self.tap_radius
        if radius <= 0:
            return None
        point = self.mapToScene(pos)
        scale = self.transform().m11()
        best: NodeItem | EdgeItem | None = None
        best_distance = radius / scale
        for item in self.items(QRect(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)):
            if isinstance(item, NodeItem) and item.isVisible():
                box = item.mapRectToScene(item.rect())
                distance = math.hypot(max(box.left() - point.x(), 0.0, point.x() - box.right()),
                                      max(box.top() - point.y(), 0.0, point.y() - box.bottom()))
            elif isinstance(item, EdgeItem) and item.isVisible():
                distance = item.distance_to(point)
            else:
                continue
            if distance <= best_distance:
                best, best_distance = item, distance
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A quick second tap or click is a press like any other: two quick taps on two parts open both.
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() \
                >= QApplication.startDragDistance():
            self.fitted = False
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - press).manhattanLength() < QApplication.startDragDistance():
            item = self.activatable_at(press)
            if item is not None:
                item.activate()

    # -- keyboard --------------------------------------------------------------
    def focus_items(self) -> list[QGraphicsItem]:
        """The Tab stops in reading order: what is shown (a presenter may hide pathways)."""
        return [item for item in self.diagram.focus_order() if item.isVisible()]

    def focus_index(self) -> int:
        order = self.focus_items()
        current = self.diagram.focusItem()
        return order.index(current) if current in order else -1

    def focus_at(self, index: int) -> None:
        order = self.focus_items()
        item = order[index]
        item.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.fitted:
            self.ensureVisible(item, 40, 40)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        order = self.focus_items()
        if order and reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.focus_at(0 if reason == Qt.FocusReason.TabFocusReason else len(order) - 1)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.hasFocus():
            index = self.focus_index() + (1 if forward else -1)
            if 0 <= index < len(self.focus_items()):
                self.focus_at(index)
                return True
            current = self.diagram.focusItem()
            if current is not None:
                current.clearFocus()
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = self.focus_items()
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(Qt.Key(key))
        if step and order and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.diagram.mirrored and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = -step
            index = self.focus_index()
            self.focus_at(max(0, min(len(order) - 1, (index + step) if index >= 0 else 0)))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.diagram.focusItem()
            if isinstance(item, (NodeItem, EdgeItem, LaneItem)):
                item.activate()
                self.opened_by_key.emit(item.objectName())
                return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in()
            return
        if key == Qt.Key.Key_Minus and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_out()
            return
        super().keyPressEvent(event)

    def _focus_item_changed(self, new: QGraphicsItem | None, _old: QGraphicsItem | None, _reason: object) -> None:
        # Deferred one turn: Qt announces the view itself after focusInEvent, which would
        # otherwise drown the node announcement (research/a11y.md, "Focus announcement").
        QTimer.singleShot(0, self, self._announce_focus)
        self.viewport().update()  # the ring is drawn over the items (drawForeground)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The keyboard focus ring around the focused box, arrow or lane, above every item and at full strength."""
        item = self.diagram.focusItem()
        if self.hasFocus() and isinstance(item, FocusableItem) and item.ring and item.isVisible():
            draw_ring(painter, item.focus_path())

    def _announce_focus(self) -> None:
        item = self.diagram.focusItem()
        if not QAccessible.isActive() or item is None or not self.hasFocus():
            return
        if isinstance(item, QObject):
            iface = QAccessible.queryAccessibleInterface(item)
            if iface is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.Focus))

    def screen_rect(self, item: QGraphicsItem) -> QRect:
        """Where ``item`` is on the screen, for assistive technology."""
        r = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(self.viewport().mapToGlobal(r.topLeft()), r.size())
