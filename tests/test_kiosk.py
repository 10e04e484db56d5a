"""Kiosk mode: the idle screen teaches, a visit starts with a touch, and the kiosk starts over by itself."""

from __future__ import annotations

import io

import pytest
from kiosk_support import Maker, assert_as_at_start, begin_visit, idle_soon, make_kiosk_fixture, tap  # noqa: F401
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.kiosk import attract
from explainer.modes.kiosk.kiosk import Kiosk


def _change_everything(kiosk: Kiosk) -> None:
    """What a visitor can change: language, selection, views, text size, contrast, zoom, the QR view."""
    nav = kiosk.navigator
    tap(kiosk.controls.languages["ar"])
    assert nav.language == "ar"
    nav.select("north-hop")
    nav.set_second_language("en")
    tap(kiosk.controls.text_size)
    tap(kiosk.controls.contrast)
    assert nav.text_scale > 1.0 and nav.contrast
    kiosk.window.view.zoom_in()
    assert not kiosk.window.view.fitted
    nav.show_view("sources")
    tap(kiosk.controls.take_home)
    assert kiosk.take_home.isVisible()


def test_after_the_idle_time_it_asks_still_there_then_starts_over_as_new(make_kiosk: Maker, qtbot: QtBot) -> None:
    # A long idle time while the visitor changes things (a slow machine must not start the countdown between taps),
    # then a short one from the last touch on.
    kiosk = make_kiosk(countdown_ms=200)
    begin_visit(kiosk)
    _change_everything(kiosk)
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=10_000):
        idle_soon(kiosk)
    assert kiosk.still_there.isVisible()
    assert "1" in kiosk.still_there.seconds.text()
    with qtbot.waitSignal(kiosk.idle.expired, timeout=10_000):
        pass
    assert_as_at_start(kiosk)
    begin_visit(kiosk)
    assert kiosk.window.view.fitted
    assert kiosk.window.view.zoom_level() == pytest.approx(1.0)
    assert "mini" in kiosk.window.panel.primary.toPlainText()


def test_start_over_does_the_same_at_once(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    _change_everything(kiosk)
    kiosk.take_home.hide()
    tap(kiosk.controls.start_over)
    assert_as_at_start(kiosk)


def test_a_touch_answers_still_there_and_does_nothing_else(make_kiosk: Maker, qtbot: QtBot) -> None:
    kiosk = make_kiosk(countdown_ms=60_000)
    begin_visit(kiosk)
    kiosk.navigator.select("south-hop")
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=10_000):
        idle_soon(kiosk)
    node = kiosk.window.scene.nodes["north-hop"]
    view = kiosk.window.view
    with qtbot.waitSignal(kiosk.idle.countdown_cancelled, timeout=10_000):
        tap(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
    assert not kiosk.still_there.isVisible()
    assert kiosk.navigator.selection == "south-hop"
    assert kiosk.idle.running and not kiosk.attract.active


def test_the_idle_screen_plays_every_pathway_in_every_language(mini: Pack) -> None:
    order = attract.steps(mini)
    shown = {(s.pathway, s.language) for s in order}
    assert shown == {(p, lang) for p in [None, *mini.pathways] for lang in mini.languages}
    assert len(order) == len(shown)


def test_the_idle_screen_shows_a_pathway_with_flowing_data_and_its_caption(make_kiosk: Maker, mini: Pack,
                                                                            qtbot: QtBot) -> None:
    kiosk = make_kiosk()
    loop = kiosk.attract
    assert loop.active
    qtbot.waitUntil(lambda: loop.playing, timeout=2000)
    assert not kiosk.window.toolbar.isVisible() and not kiosk.window.panel.isVisible()
    assert loop.band.isVisible()
    for _ in range(len(loop.steps)):
        loop.next_step()
        step = loop.step
        words = mini.language(step.language)
        assert kiosk.window.scene.words.code == step.language
        assert kiosk.navigator.language == "en", "the window keeps its language until someone touches"
        assert loop.band.touch.text() == words.ui("touch_to_start")
        scene = kiosk.window.scene
        assert scene.packets.running
        if step.pathway is not None:
            assert loop.band.title.text() == words.get(f"pathways.{step.pathway}.title")
            assert loop.band.text.text() == words.get(f"pathways.{step.pathway}.short")
            assert scene.flowing == [step.pathway]
            assert scene.lanes[step.pathway].selected


def test_touching_the_idle_screen_starts_in_the_language_on_screen(make_kiosk: Maker) -> None:
    kiosk = make_kiosk()
    while kiosk.attract.step.language != "ar":
        kiosk.attract.next_step()
    tap(kiosk.window, QPoint(400, 300))
    assert not kiosk.attract.active
    assert kiosk.navigator.language == "ar"
    assert kiosk.navigator.selection is None
    assert kiosk.window.toolbar.isVisible() and kiosk.window.panel.isVisible()
    assert not kiosk.window.scene.packets.running
    assert kiosk.idle.running


def test_nothing_moves_while_the_window_is_hidden(make_kiosk: Maker, qtbot: QtBot) -> None:
    kiosk = make_kiosk()
    loop = kiosk.attract
    qtbot.waitUntil(lambda: loop.playing, timeout=2000)
    kiosk.window.hide()
    qtbot.waitUntil(lambda: not loop.playing, timeout=2000)
    assert not kiosk.window.scene.packets.running
    kiosk.window.showFullScreen()
    qtbot.waitUntil(lambda: loop.playing, timeout=2000)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_click_handler_returns_to_the_idle_screen(make_kiosk: Maker, qtbot: QtBot) -> None:
    kiosk = make_kiosk()
    report = io.StringIO()
    kiosk.shut.crash.stream = report

    def broken(item_id: str) -> None:
        raise RuntimeError(f"broken handler for {item_id}")

    kiosk.window.scene.activated.connect(broken)
    begin_visit(kiosk)
    view = kiosk.window.view
    node = kiosk.window.scene.nodes["north-hop"]
    tap(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
    qtbot.waitUntil(lambda: kiosk.attract.active, timeout=2000)
    assert kiosk.shut.crash.caught == 1
    assert_as_at_start(kiosk)
    text = report.getvalue()
    assert "RuntimeError" in text and "starting over" in text
    assert "north-hop" not in text, "the report must not say what the visitor opened"
    kiosk.window.scene.activated.disconnect(broken)
    begin_visit(kiosk)
    tap(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
    assert kiosk.navigator.selection == "north-hop"
    assert QApplication.instance() is not None


def test_errors_that_keep_coming_end_the_app_for_a_fresh_start(monkeypatch: pytest.MonkeyPatch, app: QApplication) -> None:
    from explainer.modes.kiosk import crash

    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    recovered: list[bool] = []
    guard = crash.CrashGuard(lambda: recovered.append(True), stream=io.StringIO())
    for _ in range(crash.BURST - 1):
        guard.handle(RuntimeError, RuntimeError("x"), None)
    assert not exits
    guard.handle(RuntimeError, RuntimeError("x"), None)
    assert exits == [crash.GAVE_UP_STATUS]


def test_the_contrast_button_repaints_the_cached_lanes_and_nodes(make_kiosk: Maker, mini: Pack) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    window = kiosk.window
    lane = window.scene.lanes["north"]
    area = window.view.mapFromScene(lane.sceneBoundingRect()).boundingRect()

    def colours() -> set[tuple[int, int, int]]:
        image = window.view.viewport().grab(area).toImage()
        return {(c.red(), c.green(), c.blue()) for c in (image.pixelColor(x, y) for x in range(0, image.width(), 2)
                                                          for y in range(0, image.height(), 2))}

    def near(found: set[tuple[int, int, int]], colour: QColor) -> bool:
        return any(max(abs(r - colour.red()), abs(g - colour.green()), abs(b - colour.blue())) <= 6 for r, g, b in found)

    dark = QColor(mini.pathways["north"].colour).darker(140)
    assert not near(colours(), dark)
    tap(kiosk.controls.contrast)
    assert kiosk.navigator.contrast
    assert near(colours(), dark), "the lane is drawn again in its high-contrast colour"


def test_with_reduced_motion_the_idle_screen_still_teaches_but_nothing_moves(make_kiosk: Maker, mini: Pack,
                                                                             qtbot: QtBot) -> None:
    kiosk = make_kiosk(reduced_motion=True)
    loop = kiosk.attract
    qtbot.waitUntil(lambda: loop.playing, timeout=2000)
    loop.next_step()
    assert loop.step.pathway is not None
    assert kiosk.window.scene.lanes[loop.step.pathway].selected
    assert loop.band.title.text() == mini.language(loop.step.language).get(f"pathways.{loop.step.pathway}.title")
    assert not kiosk.window.scene.packets.running and not kiosk.window.view.flying
