"""Blackout, freeze, jump, help, leaving and resuming the tour, and answering a question mid-tour."""

from __future__ import annotations

from present_support import Opener, assert_step_shown, click, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.present.keys import command_for

K = Qt.Key


def test_b_blacks_out_the_audience_and_any_key_brings_it_back_without_moving(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_B)
    assert p.blackout.isVisible()
    assert p.presenter.status.text() == mini.language("en").ui("present_status_black")
    press(qtbot, p, K.Key_Right)
    assert not p.blackout.isVisible()
    assert_step_shown(p, 0)
    press(qtbot, p, K.Key_Period)
    assert p.blackout.isVisible()
    qtbot.mouseClick(p.blackout, Qt.MouseButton.LeftButton)
    assert not p.blackout.isVisible()
    press(qtbot, p, K.Key_Semicolon)
    assert p.blackout.isVisible()
    press(qtbot, p, K.Key_Escape)
    assert not p.blackout.isVisible() and p.tour.running


def test_freezing_holds_the_audience_picture_while_the_presenter_moves_on(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_H)
    assert p.freeze_frame.isVisible()
    held = p.freeze_frame.picture.toImage()
    press(qtbot, p, K.Key_Right, K.Key_Right)
    assert p.freeze_frame.isVisible()
    assert p.freeze_frame.picture.toImage() == held
    assert p.presenter.caption.text() == mini.language("en").get("tour.step-south.caption")
    # The status line says the picture is frozen, and what the room still sees: the step it was frozen on.
    assert p.presenter.status.text().startswith(mini.language("en").ui("present_status_frozen"))
    assert mini.language("en").ui("present_status_live") in p.presenter.status.text()
    assert p.tour.index == 2
    press(qtbot, p, K.Key_H)
    assert not p.freeze_frame.isVisible()
    assert_step_shown(p, 2)
    assert p.window.grab().toImage() != held


def test_g_and_a_number_jumps_to_that_step(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_G, K.Key_3)
    assert p.caption.side.text() == "Go to step 3"
    press(qtbot, p, K.Key_Return)
    assert_step_shown(p, 2)
    press(qtbot, p, K.Key_G, K.Key_9, K.Key_Enter)
    assert_step_shown(p, 2)
    press(qtbot, p, K.Key_G, K.Key_1, K.Key_Backspace, K.Key_2, K.Key_Enter)
    assert_step_shown(p, 1)
    press(qtbot, p, K.Key_G, K.Key_Escape)
    assert not p.jumping and p.tour.running


def test_clicking_a_step_in_the_presenter_list_jumps_there(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_P)
    qtbot.waitExposed(p.presenter)
    steps = p.presenter.step_list
    rect = steps.visualItemRect(steps.item(2))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert_step_shown(p, 2)


def test_esc_leaves_the_tour_for_free_exploration_and_t_resumes_at_the_same_step(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_Right)
    press(qtbot, p, K.Key_Escape)
    scene = p.window.scene
    assert not p.tour.running
    assert not p.caption.isVisible() and p.window.toolbar.isVisible() and p.window.panel.isVisible()
    assert all(item.isVisible() and item.opacity() == 1.0 for item in [*scene.nodes.values(), *scene.lanes.values()])
    assert not scene.packets.running
    press(qtbot, p, K.Key_Right)
    assert p.tour.index == 1 and scene.focusItem() is not None
    click(qtbot, p, scene.nodes["south-law"])
    assert p.navigator.selection == "south-law"
    # Esc is the window's again (its shortcut goes back to the overview).
    assert command_for(K.Key_Escape, Qt.KeyboardModifier.NoModifier, p) is None
    press(qtbot, p, K.Key_T)
    assert_step_shown(p, 1)


def test_the_clickers_page_down_also_returns_to_the_tour(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_Escape, K.Key_PageDown)
    assert_step_shown(p, 0)


def test_a_part_opened_mid_tour_is_explained_and_next_returns_to_the_step(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_Right)
    click(qtbot, p, p.window.scene.nodes["north-hop"])
    assert p.navigator.selection == "north-hop"
    assert p.window.panel.isVisible() and not p.caption.isVisible()
    assert mini.language("en").get("nodes.north-hop.title") in p.window.panel.primary.toPlainText()
    assert "North hop" in p.presenter.status.text()
    press(qtbot, p, K.Key_Right)
    assert p.navigator.selection is None
    assert_step_shown(p, 1)


def test_question_mark_lists_every_key_and_esc_closes_the_list(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    press(qtbot, p, "?")
    assert p.help.isVisible() and p.help.window() is p.presenter
    texts = [label.text() for label in [*p.help.keys.values(), *p.help.meanings.values()]]
    assert all(texts) and "Next step" in texts
    press(qtbot, p, K.Key_Escape)
    assert not p.help.isVisible() and p.tour.running


def test_contrast_and_text_size_are_one_key_away(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_C)
    assert p.navigator.contrast and p.window.scene.theme.high_contrast
    press(qtbot, p, "+")
    assert p.navigator.text_scale == 1.25
    assert_step_shown(p, 0)
    press(qtbot, p, K.Key_Minus, K.Key_Minus)
    assert p.navigator.text_scale == 0.8
    press(qtbot, p, K.Key_C)
    assert not p.navigator.contrast


def test_p_and_s_show_and_hide_the_presenter_window_on_one_screen(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    assert not p.presenter.isVisible()
    press(qtbot, p, K.Key_P)
    assert p.presenter.isVisible() and p.presenter.ticker.isActive()
    qtbot.keyClick(p.presenter, K.Key_Right)
    assert p.tour.index == 1
    press(qtbot, p, K.Key_S)
    assert not p.presenter.isVisible() and not p.presenter.ticker.isActive()


def test_f_toggles_full_screen(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    assert p.window.isFullScreen()
    press(qtbot, p, K.Key_F)
    qtbot.waitUntil(lambda: not p.window.isFullScreen())
    press(qtbot, p, K.Key_F)
    qtbot.waitUntil(p.window.isFullScreen)


def test_closing_the_audience_window_closes_the_presenter_window(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    p = present(mini)
    press(qtbot, p, K.Key_P)
    assert p.presenter.isVisible()
    p.window.close()
    assert not p.presenter.isVisible()
