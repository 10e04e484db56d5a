"""Camera flights and flowing packets run and then stop; with reduced motion nothing moves at all."""

from __future__ import annotations

from present_support import Opener, assert_step_shown, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explainer.model import Pack

K = Qt.Key


def test_with_reduced_motion_a_step_change_leaves_nothing_running(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini, reduced_motion=True)
    for _ in range(len(mini.structure.tour)):
        press(qtbot, p, K.Key_Right)
        assert not p.window.view.flying
        assert not p.window.scene.packets.running
    assert_step_shown(p, len(mini.structure.tour) - 1)


def test_without_it_the_camera_flies_then_rests_and_packets_flow_on_the_pathway(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini, reduced_motion=False)
    view, scene = p.window.view, p.window.scene
    press(qtbot, p, K.Key_Right)
    assert view.flying
    qtbot.waitUntil(lambda: not view.flying, timeout=3000)
    assert_step_shown(p, 1)
    assert scene.packets.running and scene.flowing == ["north"]
    press(qtbot, p, K.Key_Home)
    qtbot.waitUntil(lambda: not view.flying, timeout=3000)
    assert not scene.packets.running, "a step with no arrows lets the packets stop"


def test_m_turns_motion_off_mid_tour(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini, reduced_motion=False)
    press(qtbot, p, K.Key_Right)
    press(qtbot, p, K.Key_M)
    assert p.navigator.reduced_motion
    assert not p.window.view.flying and not p.window.scene.packets.running
    assert_step_shown(p, 1)
    press(qtbot, p, K.Key_M)
    assert p.window.scene.packets.running


def test_leaving_the_tour_stops_the_packets(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini, reduced_motion=False)
    press(qtbot, p, K.Key_Right)
    assert p.window.scene.packets.running
    press(qtbot, p, K.Key_Escape)
    assert not p.window.scene.packets.running
    qtbot.waitUntil(lambda: not p.window.view.flying, timeout=3000)


def test_packets_show_the_route_for_a_few_rounds_then_rest(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini, reduced_motion=False)
    p.stage.flow_timer.setInterval(200)
    press(qtbot, p, K.Key_Right)
    assert p.window.scene.packets.running
    qtbot.waitUntil(lambda: not p.window.scene.packets.running, timeout=3000)
    assert_step_shown(p, 1)
