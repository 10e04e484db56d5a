"""Focus in the kiosk's layers and the presenter's announcements: what a keyboard or screen-reader user meets."""

from __future__ import annotations

from kiosk_support import Maker, make_kiosk_fixture  # noqa: F401
from present_support import Opener, present_fixture  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from explainer.model import Pack


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_at_the_kiosk_idle_screen_stays_on_the_cover(make_kiosk: Maker, bundled: Pack, qtbot: QtBot) -> None:
    kiosk = make_kiosk(bundled)
    cover = kiosk.attract.cover
    qtbot.waitUntil(cover.hasFocus)
    assert cover.accessibleName() == bundled.language("en").ui("touch_to_start")
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        qtbot.keyClick(cover, key)
        assert cover.hasFocus() and kiosk.attract.active  # Tab neither leaves the cover nor starts a visit


def test_a_kiosk_layer_takes_the_focus_keeps_tab_inside_and_gives_it_back(
    make_kiosk: Maker, bundled: Pack, qtbot: QtBot
) -> None:
    kiosk = make_kiosk(bundled)
    kiosk.begin()
    window = kiosk.window
    start_over = kiosk.controls.start_over
    start_over.setFocus(Qt.FocusReason.TabFocusReason)
    kiosk.still_there.ask(window.words, 20)
    keep = kiosk.still_there.keep_going
    qtbot.waitUntil(keep.hasFocus)
    words = window.words
    assert keep.accessibleDescription() == f"{words.ui('still_there')} {words.ui('starting_over', seconds=20)}"
    qtbot.keyClick(keep, Qt.Key.Key_Tab)
    assert kiosk.still_there.isAncestorOf(focused())
    kiosk.still_there.hide()
    assert start_over.hasFocus()
    kiosk.navigator.select("nlets")
    kiosk.controls.take_home.setFocus(Qt.FocusReason.TabFocusReason)
    kiosk.take_home.show_code()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and kiosk.take_home.isAncestorOf(focused()))
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert kiosk.take_home.isAncestorOf(focused())
    kiosk.take_home.hide()
    assert kiosk.controls.take_home.hasFocus()


def test_the_presenter_hears_each_tour_step(present: Opener, bundled: Pack, qtbot: QtBot) -> None:
    p = present(bundled, language="es")
    words = bundled.language("es")
    step = bundled.structure.tour[1]
    with qtbot.waitSignal(p.announcer.announced, timeout=2000) as said:
        qtbot.keyClick(p.window.view, Qt.Key.Key_Right)
    count = len(bundled.structure.tour)
    assert said.args == [f"{words.ui('present_step', number=2, count=count)}. {words.get(f'tour.{step.id}.caption')}"]
