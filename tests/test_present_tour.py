"""Clicker keys walk the guided tour; every step is staged, captioned and mirrored in the presenter window."""

from __future__ import annotations

from present_support import Opener, assert_step_shown, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.present.staging import reached, staging_for
from explainer.modes.present.tour import TourController

K = Qt.Key
NEXT_KEYS = [K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Down, K.Key_Enter]
BACK_KEYS = [K.Key_Left, K.Key_PageUp, K.Key_Backspace, K.Key_Up]


def test_the_tour_controller_stays_within_the_tour() -> None:
    tour = TourController(3)
    tour.back()
    assert tour.index == 0
    tour.last()
    tour.next()
    assert tour.index == 2 and tour.is_last
    tour.leave()
    assert not tour.running
    tour.resume()
    assert tour.running and tour.index == 2
    assert not TourController(0).running


def test_pathways_are_revealed_as_the_story_reaches_them(mini: Pack) -> None:
    assert reached(mini, 0) == frozenset()
    assert reached(mini, 1) == {"north"}
    assert reached(mini, 2) == {"north", "south"}
    step = staging_for(mini, 1)
    assert step.spotlit is not None and {"north", "north-hop", "start-north", "north-end"} <= step.spotlit
    assert "start" not in step.spotlit
    assert step.flowing == ("north",)
    assert staging_for(mini, 2).flowing == ("start-south",)
    assert staging_for(mini, 0).flowing == ()


def test_clicker_keys_walk_every_step_forwards_and_back(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    count = len(mini.structure.tour)
    assert_step_shown(p, 0)
    for i in range(1, count):
        press(qtbot, p, NEXT_KEYS[i % len(NEXT_KEYS)])
        assert_step_shown(p, i)
    press(qtbot, p, K.Key_Right)
    assert_step_shown(p, count - 1)
    for i in range(count - 2, -1, -1):
        press(qtbot, p, BACK_KEYS[i % len(BACK_KEYS)])
        assert_step_shown(p, i)
    press(qtbot, p, K.Key_End)
    assert_step_shown(p, count - 1)
    press(qtbot, p, K.Key_Home)
    assert_step_shown(p, 0)


def test_the_first_step_hides_pathways_not_yet_reached(present: Opener, mini: Pack) -> None:
    p = present(mini)
    scene = p.window.scene
    assert not scene.lanes["north"].isVisible() and not scene.nodes["north-hop"].isVisible()
    assert not scene.edges["start-north"].isVisible()
    assert scene.nodes["start"].isVisible() and scene.nodes["end"].isVisible()
    assert scene.nodes["end"].opacity() == scene.theme.dim_opacity


def test_the_presenter_window_shows_the_step_the_next_one_and_the_step_number(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini)
    words = mini.language("en")
    press(qtbot, p, K.Key_Right)
    assert p.presenter.step_label.text() == "Step 2 of 3"
    assert p.presenter.next_caption.text() == words.get("tour.step-south.caption")
    assert p.caption.side.text() == "Step 2 of 3"
    press(qtbot, p, K.Key_Right)
    assert p.presenter.next_caption.text() == words.ui("present_last_step")
    assert p.presenter.step_list.count() == 3


def test_the_first_key_replaces_the_keys_hint_with_the_step_number(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    assert p.caption.side.text() == mini.language("en").ui("present_hint_keys")
    press(qtbot, p, K.Key_PageDown)
    assert p.caption.side.text() == "Step 2 of 3"


def test_a_language_switch_keeps_the_step_and_numbers_it_in_that_language(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_Right)
    p.navigator.set_language("ar")
    assert_step_shown(p, 1)
    assert "٢" in p.presenter.step_label.text()
