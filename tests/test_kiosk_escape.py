"""A kiosk cannot be closed or left by a visitor; the same keys still work in explore mode."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kiosk_support import Maker, begin_visit, make_kiosk_fixture  # noqa: F401
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
ESCAPES = [(Qt.Key.Key_Q, CTRL), (Qt.Key.Key_W, CTRL), (Qt.Key.Key_F4, ALT), (Qt.Key.Key_F4, CTRL),
           (Qt.Key.Key_F11, NONE)]


def _quit_shortcut(window: MainWindow) -> QShortcut:
    return next(s for s in window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Q"))


@pytest.mark.parametrize(("key", "modifiers"), ESCAPES)
def test_quit_close_and_fullscreen_keys_do_nothing_in_a_kiosk(make_kiosk: Maker, key: Qt.Key,
                                                              modifiers: Qt.KeyboardModifier) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    kiosk.navigator.select("north-hop")
    fired: list[bool] = []
    _quit_shortcut(kiosk.window).activated.connect(lambda: fired.append(True))
    QTest.keyClick(kiosk.window, key, modifiers)
    QApplication.processEvents()
    assert not fired
    assert kiosk.window.isVisible() and kiosk.window.isFullScreen()
    assert kiosk.navigator.selection == "north-hop"


def test_esc_goes_back_to_the_whole_map_and_never_leaves_the_kiosk(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    kiosk.navigator.select("north-hop")
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert kiosk.navigator.selection is None
    assert kiosk.window.isVisible() and kiosk.window.isFullScreen()


def test_closing_the_kiosk_window_is_refused(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    assert kiosk.window.close() is False
    QApplication.processEvents()
    assert kiosk.window.isVisible()


def test_leaving_full_screen_is_undone(make_kiosk: Maker, qtbot: QtBot) -> None:
    kiosk = make_kiosk()
    kiosk.window.showNormal()
    qtbot.waitUntil(kiosk.window.isFullScreen, timeout=2000)


def test_no_context_menu_opens(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    target = kiosk.window.panel.primary.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(20, 20), target.mapToGlobal(QPoint(20, 20)))
    assert QApplication.sendEvent(target, event)
    assert QApplication.activePopupWidget() is None


def test_links_open_nothing_in_a_kiosk(make_kiosk: Maker, qtbot: QtBot) -> None:
    kiosk = make_kiosk()
    with qtbot.waitSignal(kiosk.shut.guard.link_refused, timeout=1000):
        assert QDesktopServices.openUrl(QUrl("https://example.org/report"))
    with qtbot.waitSignal(kiosk.shut.guard.link_refused, timeout=1000):
        QDesktopServices.openUrl(QUrl("mailto:someone@example.org"))


def test_ctrl_q_and_close_still_work_in_explore_mode(open_window: Callable[..., MainWindow], mini: Pack,
                                                     qtbot: QtBot) -> None:
    window = open_window(mini)
    fired: list[bool] = []
    _quit_shortcut(window).activated.connect(lambda: fired.append(True))
    QTest.keyClick(window, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert fired
    window.show()
    qtbot.waitExposed(window)
    assert window.close() is True

