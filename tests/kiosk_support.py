"""Shared helpers for the kiosk tests: a kiosk on a pack, real touches, and what "as at start" means."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.kiosk.content import KioskContent
from explainer.modes.kiosk.kiosk import Kiosk, KioskSettings
from explainer.modes.kiosk.pin import PinHash, make_hash
from explainer.navigator import Navigator
from explainer.window import MainWindow

PIN = "2468"
FAST_PIN_HASH = make_hash(PIN, iterations=1000)
"""A cheap hash for tests; the pin command uses many more iterations."""

Maker = Callable[..., Kiosk]
_DEVICE: list[QPointingDevice] = []


def touchscreen() -> QPointingDevice:
    """One touch screen for the whole test session (Qt keeps every device it is given)."""
    if not _DEVICE:
        _DEVICE.append(QTest.createTouchDevice())
    return _DEVICE[0]


@pytest.fixture(name="make_kiosk")
def make_kiosk_fixture(app: QApplication, qtbot: QtBot, mini: Pack) -> Iterator[Maker]:
    """A running kiosk on a real, shown window; stopped (and so closable) after the test."""
    made: list[Kiosk] = []

    def _make(pack: Pack | None = None, language: str | None = None, idle_ms: int = 60_000, countdown_ms: int = 60_000,
              step_ms: int = 60_000, pin: bool = False, problems: Sequence[str] = (), fallback: bool = False,
              reduced_motion: bool = False) -> Kiosk:
        pack = pack or mini
        navigator = Navigator(pack, language, reduced_motion=reduced_motion)
        window = MainWindow(pack, navigator)
        qtbot.addWidget(window)
        content = KioskContent(pack, language or pack.default_language, fallback, list(problems))
        settings = KioskSettings(idle_ms, countdown_ms, step_ms, PinHash.parse(FAST_PIN_HASH) if pin else None)
        kiosk = Kiosk(window, navigator, content, settings)
        made.append(kiosk)
        kiosk.start()
        qtbot.waitExposed(window)
        return kiosk

    yield _make
    for kiosk in made:
        kiosk.stop()


def centre_of(widget: QWidget) -> QPoint:
    return widget.rect().center()


def tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """A finger down and up on ``widget`` (at its centre unless ``pos`` is given)."""
    point = pos if pos is not None else centre_of(widget)
    window = widget.window()
    at = widget.mapTo(window, point)
    QTest.touchEvent(window, touchscreen()).press(0, at, window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, at, window).commit()
    QApplication.processEvents()


def press_finger(widget: QWidget, pos: QPoint) -> None:
    window = widget.window()
    QTest.touchEvent(window, touchscreen()).press(0, widget.mapTo(window, pos), window).commit()
    QApplication.processEvents()


def lift_finger(widget: QWidget, pos: QPoint) -> None:
    window = widget.window()
    QTest.touchEvent(window, touchscreen()).release(0, widget.mapTo(window, pos), window).commit()
    QApplication.processEvents()


def swipe(widget: QWidget, start: QPoint, end: QPoint, steps: int = 12) -> None:
    window = widget.window()
    a, b = widget.mapTo(window, start), widget.mapTo(window, end)
    QTest.touchEvent(window, touchscreen()).press(0, a, window).commit()
    for i in range(1, steps + 1):
        QTest.qWait(8)
        point = QPointF(a) + (QPointF(b) - QPointF(a)) * (i / steps)
        QTest.touchEvent(window, touchscreen()).move(0, point.toPoint(), window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, b, window).commit()
    QApplication.processEvents()


def pinch(widget: QWidget, centre: QPoint, start_gap: int, end_gap: int, steps: int = 12) -> None:
    """Two fingers moving apart (or together) around ``centre``."""
    window = widget.window()
    c = widget.mapTo(window, centre)

    def fingers(gap: float) -> tuple[QPoint, QPoint]:
        return c - QPoint(round(gap / 2), 0), c + QPoint(round(gap / 2), 0)

    a, b = fingers(start_gap)
    QTest.touchEvent(window, touchscreen()).press(0, a, window).press(1, b, window).commit()
    for i in range(1, steps + 1):
        QTest.qWait(8)
        a, b = fingers(start_gap + (end_gap - start_gap) * i / steps)
        QTest.touchEvent(window, touchscreen()).move(0, a, window).move(1, b, window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, a, window).release(1, b, window).commit()
    QApplication.processEvents()


def begin_visit(kiosk: Kiosk) -> None:
    """Touch the idle screen, as a visitor does, and check the visit started."""
    tap(kiosk.window.view.viewport())
    assert not kiosk.attract.active


def idle_soon(kiosk: Kiosk) -> None:
    """The kiosk counts as idle 50 ms from now, as if the last touch were now; once, then the idle time is as before.

    Tests make their kiosk with the long default idle time and call this after their last touch, so a slow
    machine cannot start the countdown between two touches (nor again after a touch that answers it).
    """
    idle = kiosk.idle
    usual = idle.idle_ms

    def restore(_seconds: int) -> None:
        idle.idle_ms = usual

    idle.countdown_started.connect(restore, Qt.ConnectionType.SingleShotConnection)
    idle.idle_ms = 50
    idle.poke()


def assert_as_at_start(kiosk: Kiosk) -> None:
    """Everything a visitor could change is as a freshly started app has it."""
    fresh = Navigator(kiosk.navigator.pack, kiosk.language, reduced_motion=kiosk.navigator.reduced_motion)
    plain = (str, int, float, bool, type(None), tuple, list, dict, set, frozenset)
    state = {k: v for k, v in vars(fresh).items() if k != "pack" and isinstance(v, plain)}
    assert state, "the navigator's state is read from its attributes"
    for name, value in state.items():
        assert getattr(kiosk.navigator, name) == value, name
    window = kiosk.window
    assert not kiosk.navigator.contrast
    assert not window.scene.theme.high_contrast
    assert window.scene.theme.text_scale == 1.0
    for layer in (kiosk.still_there, kiosk.take_home, kiosk.operator):
        assert layer is None or not layer.isVisible()
    assert QApplication.activePopupWidget() is None
    assert kiosk.attract.active
    assert not kiosk.idle.running
