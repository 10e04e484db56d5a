"""Runs the real app in kiosk mode and plays a visitor, then an operator, with real touch events.

Used by ``test_kiosk_session.py`` in a child process: ``python tests/kiosk_driver.py ROUNDS [app arguments]``.
It taps every node, every control, pinches and swipes, waits for the kiosk to
start over by itself, breaks a click handler on purpose, then leaves through the
operator exit. It prints one JSON line with what it saw.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk_support import PIN, lift_finger, pinch, press_finger, swipe, tap
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from explainer.app import main
from explainer.modes.kiosk.corner import CORNER, TAPS
from explainer.modes.kiosk.kiosk import Kiosk
from explainer.window import MainWindow

seen: dict[str, int] = {"visits": 0, "resets": 0, "taps": 0}


def _wait(condition: Callable[[], object], ms: int = 5000) -> None:
    waited = 0
    while not condition() and waited < ms:
        QTest.qWait(20)
        waited += 20
    if not condition():
        raise SystemExit(f"driver: gave up waiting after {ms} ms")


def _tap(widget: QWidget, pos: QPoint | None = None) -> None:
    tap(widget, pos)
    seen["taps"] += 1


def _visit(kiosk: Kiosk) -> None:
    window = kiosk.window
    _wait(lambda: kiosk.attract.active)
    _tap(window.view.viewport())
    seen["visits"] += 1
    view = window.view
    for node in window.scene.nodes.values():
        _tap(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
    for button in kiosk.controls.languages.values():
        _tap(button)
    for control in (kiosk.controls.text_size, kiosk.controls.text_size, kiosk.controls.contrast):
        _tap(control)
    for action in (window.sources_action, window.about_action, window.back_action, window.zoom_in_action):
        tool = window.toolbar.widgetForAction(action)
        if tool is not None and tool.isVisible():
            _tap(tool)
    middle = view.viewport().rect().center()
    pinch(view.viewport(), middle, 60, 300)
    QTest.qWait(450)
    swipe(view.viewport(), middle, middle + QPoint(120, 60))
    _tap(kiosk.controls.take_home)
    _tap(kiosk.take_home.close_button)


def _break_a_click_handler(kiosk: Kiosk) -> None:
    def broken(item_id: str) -> None:
        raise RuntimeError(f"a handler that fails on purpose when {item_id} is opened")

    scene = kiosk.window.scene
    _wait(lambda: kiosk.attract.active)
    _tap(kiosk.window.view.viewport())
    scene.activated.connect(broken)
    view = kiosk.window.view
    node = scene.nodes["south-law"] if "south-law" in scene.nodes else next(iter(scene.nodes.values()))
    _tap(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
    _wait(lambda: kiosk.attract.active)
    scene.activated.disconnect(broken)


def _operator_exit(kiosk: Kiosk) -> None:
    window = kiosk.window
    corner = QPoint(window.width() - CORNER // 2, CORNER // 2)
    for _ in range(TAPS):
        _tap(window, corner)
    press_finger(window, corner)
    assert kiosk.operator is not None
    _wait(kiosk.operator.isVisible, 4000)
    lift_finger(window, corner)
    for digit in PIN:
        _tap(kiosk.operator.pad.keys[digit])
    _tap(kiosk.operator.pad.ok)
    _wait(kiosk.operator.exit_button.isVisible)
    print(json.dumps({**seen, "caught": kiosk.shut.crash.caught}), flush=True)
    _tap(kiosk.operator.exit_button)


def drive(rounds: int) -> None:
    _wait(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()))
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    kiosk = window.findChild(Kiosk)
    assert kiosk is not None
    kiosk.idle.expired.connect(lambda: seen.__setitem__("resets", seen["resets"] + 1))
    for _ in range(rounds):
        _visit(kiosk)
        _wait(lambda: kiosk.attract.active)
    _break_a_click_handler(kiosk)
    _operator_exit(kiosk)


if __name__ == "__main__":
    QTimer.singleShot(0, lambda: drive(int(sys.argv[1])))
    raise SystemExit(main(sys.argv[2:]))
