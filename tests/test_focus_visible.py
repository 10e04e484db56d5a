"""Focus you can see, measured in pixels: every Tab stop in explore and kiosk shows a ring ≥ 3:1 and ≥ 2 px thick.

For each stop the window is grabbed with the stop focused (reached with real Tab
presses) and with no focus at all; a pixel counts when the two differ by a contrast
ratio of 3:1 or more (WCAG's focus-appearance measure). The ring must run along
every side of a widget (except a side at the window's edge) two pixels thick, and
around a box, lane or arrow of the diagram.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk_support import Maker, make_kiosk_fixture  # noqa: F401
from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget
from pytestqt.qtbot import QtBot

from explainer.look.focus_ring import FOCUS, ring_of, set_keyboard
from explainer.model import Pack
from explainer.scene.diagram_view import DiagramView
from explainer.scene.edge_item import EdgeItem
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]
_LINEAR = [(c / 255 / 12.92) if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in range(256)]
PATHWAY_HUES = (20, 205, 163)
"""Roughly the hues of the bundled pack's three lanes (orange, blue, green), in degrees."""


def luminance(rgb: int) -> float:
    return 0.2126 * _LINEAR[(rgb >> 16) & 255] + 0.7152 * _LINEAR[(rgb >> 8) & 255] + 0.0722 * _LINEAR[rgb & 255]


def ratio(a: int, b: int) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


@dataclass
class Stop:
    """One Tab stop: a widget, or the diagram's focused item, and where it is in the window."""

    name: str
    rect: QRect
    item: QGraphicsItem | None


def grab(window: QWidget) -> QImage:
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def strong(focused: QImage, plain: QImage, x: int, y: int) -> bool:
    """The pixel changed with focus by at least 3:1."""
    if not (0 <= x < focused.width() and 0 <= y < focused.height()):
        return False
    return ratio(focused.pixel(x, y), plain.pixel(x, y)) >= 3.0


def side_coverage(focused: QImage, plain: QImage, rect: QRect, window: QRect) -> dict[str, float]:
    """For each side of ``rect`` not on the window's edge, the share of its length with a 2-px strong ring."""
    out: dict[str, float] = {}
    sides = {
        "top": (rect.top() > window.top() + 2, [(x, rect.top()) for x in range(rect.left() + 8, rect.right() - 8)], (0, -1)),
        "bottom": (rect.bottom() < window.bottom() - 2,
                   [(x, rect.bottom()) for x in range(rect.left() + 8, rect.right() - 8)], (0, 1)),
        "left": (rect.left() > window.left() + 2, [(rect.left(), y) for y in range(rect.top() + 8, rect.bottom() - 8)], (-1, 0)),
        "right": (rect.right() < window.right() - 2,
                  [(rect.right(), y) for y in range(rect.top() + 8, rect.bottom() - 8)], (1, 0)),
    }
    for side, (inside, points, (dx, dy)) in sides.items():
        if not inside or not points:
            continue
        hit = 0
        for x, y in points:
            # Look across the edge, from 6 px in to 9 px out, for two strong pixels in a row.
            run = best = 0
            for step in range(-6, 10):
                run = run + 1 if strong(focused, plain, x + dx * step, y + dy * step) else 0
                best = max(best, run)
            hit += best >= 2
        out[side] = hit / len(points)
    return out


def thick_strong_pixels(focused: QImage, plain: QImage, rect: QRect) -> int:
    """Strong pixels whose right or lower neighbour is strong too (a line at least two pixels wide)."""
    count = 0
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            if strong(focused, plain, x, y) and (strong(focused, plain, x + 1, y) or strong(focused, plain, x, y + 1)):
                count += 1
    return count


def current_stop(window: QWidget) -> Stop:
    widget = QApplication.focusWidget()
    assert widget is not None and widget.window() is window
    view = widget if isinstance(widget, DiagramView) else None
    if view is not None:
        item = view.diagram.focusItem()
        assert item is not None
        box = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return Stop(item.objectName() if isinstance(item, QObject) else "?",
                    QRect(view.mapTo(window, box.topLeft()), box.size()), item)
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return Stop(name, QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size()), None)


def tab_stops(window: QWidget, qtbot: QtBot, first: QWidget, most: int = 120) -> list[tuple[Stop, QImage]]:
    """Tab from ``first`` round the window once; each stop with the window's picture while it has focus."""
    set_keyboard(True)  # the ring shows once the keyboard is in use (a key was pressed)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    seen: list[tuple[Stop, QImage]] = []
    names: set[str] = set()
    for _ in range(most):
        stop = current_stop(window)
        if stop.name in names:
            break
        names.add(stop.name)
        seen.append((stop, grab(window)))
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def assert_every_stop_shows_its_ring(window: QWidget, qtbot: QtBot, stops: list[tuple[Stop, QImage]]) -> None:
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None)
    plain = grab(window)
    bounds = window.rect()
    failures: list[tuple[str, object]] = []
    for stop, focused in stops:
        if stop.item is None or not isinstance(stop.item, EdgeItem):
            coverage = side_coverage(focused, plain, stop.rect, bounds)
            # All round, with room for the few places where it crosses an arrow of much the same lightness.
            if not coverage or min(coverage.values()) < 0.6 or sum(coverage.values()) / len(coverage) < 0.85:
                failures.append((stop.name, (coverage, stop.rect)))
        else:
            around = stop.rect.adjusted(-10, -10, 10, 10)
            count = thick_strong_pixels(focused, plain, around)
            if count < max(around.width(), around.height()):  # along both sides of the line
                failures.append((stop.name, count))
    assert failures == [], "\n".join(map(str, failures))


def test_the_focus_colour_is_no_pathways_hue_and_3_to_1_on_the_page() -> None:
    hue = FOCUS.hslHue()
    assert all(min(abs(hue - h), 360 - abs(hue - h)) > 60 for h in PATHWAY_HUES)
    assert ratio(FOCUS.rgb(), 0xFFFBFAF7) >= 4.5 and ratio(FOCUS.rgb(), 0xFF1B1D21) >= 3.0


def test_every_explore_tab_stop_shows_a_ring(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    window.navigator.select("nlets")  # dimmed lanes: the ring must still show at full strength
    first = window.toolbar.widgetForAction(window.home_action)
    assert first is not None
    stops = tab_stops(window, qtbot, first)
    names = {s.name for s, _ in stops}
    assert set(bundled.nodes) | set(bundled.edges) | set(bundled.pathways) <= names
    assert window.panel.primary.accessibleName() in names
    assert_every_stop_shows_its_ring(window, qtbot, stops)


def test_every_kiosk_tab_stop_and_layer_button_shows_a_ring(make_kiosk: Maker, bundled: Pack, qtbot: QtBot) -> None:
    kiosk = make_kiosk(bundled)
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    kiosk.begin()
    kiosk.navigator.select("access")
    # A kiosk screen's size: the offscreen test screen is 800 px wide, where the panel does not fit beside the map.
    window.showNormal()
    window.setGeometry(0, 0, 1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.panel.primary.geometry().right() < 1280)
    stops = tab_stops(window, qtbot, kiosk.controls.start_over)
    assert set(bundled.nodes) <= {s.name for s, _ in stops}
    assert kiosk.controls.take_home.text() in {s.name for s, _ in stops}
    kiosk.still_there.ask(window.words, 20)
    qtbot.waitUntil(kiosk.still_there.keep_going.hasFocus)
    stops += tab_stops(window, qtbot, kiosk.still_there.keep_going, most=3)
    assert_every_stop_shows_its_ring(window, qtbot, stops)


def test_the_ring_follows_its_widget_when_the_window_changes_size(
    open_window: Opener, bundled: Pack, qtbot: QtBot
) -> None:
    window = open_window(bundled)
    set_keyboard(True)
    box = window.language_box
    box.setFocus(Qt.FocusReason.TabFocusReason)
    ring = ring_of(window)
    qtbot.waitUntil(ring.isVisible)
    window.resize(1100, 760)  # the right-hand controls move left
    qtbot.waitUntil(lambda: ring.geometry().contains(QRect(box.mapTo(window, box.rect().topLeft()), box.size())))
    set_keyboard(False)  # a click or a touch: no ring
    assert not ring.isVisible()
