"""The kiosk's finger-sized map is larger than the screen: arrow buttons on its edges say so, and a tap shows the rest."""

from __future__ import annotations

from functools import partial

from kiosk_support import Maker, begin_visit, make_kiosk_fixture, tap  # noqa: F401
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.kiosk.edge_cues import SIDES
from explainer.modes.kiosk.kiosk import Kiosk


def _shown(kiosk: Kiosk) -> set[str]:
    return {side for side, button in kiosk.edge_cues.buttons.items() if button.isVisible()}


def _moved_right_of(kiosk: Kiosk, edge: float) -> bool:
    return kiosk.window.view.visible_rect().right() > edge


def _node_in_sight(kiosk: Kiosk, node_id: str) -> bool:
    box = kiosk.window.scene.nodes[node_id].sceneBoundingRect()
    return kiosk.window.view.visible_rect().contains(box)


def test_a_button_shows_on_each_edge_that_hides_map_and_a_tap_brings_that_side_in(make_kiosk: Maker, bundled: Pack,
                                                                                 qtbot: QtBot) -> None:
    kiosk = make_kiosk(pack=bundled, reduced_motion=True)
    begin_visit(kiosk)
    cues = kiosk.edge_cues
    assert not _node_in_sight(kiosk, "ice"), "the test needs a map larger than its place, as on a kiosk"
    qtbot.waitUntil(lambda: "right" in _shown(kiosk), timeout=2000)
    assert _shown(kiosk) == set(cues.hidden_sides()), "a button for each side that hides map, and only those"
    for button in cues.buttons.values():
        assert button.width() >= 48 and button.height() >= 48, "a finger's size"
    right = cues.buttons["right"]
    assert right.accessibleName() == "More of the map to the right"
    for _ in range(6):  # each tap moves most of a screen; the map ends within a few
        if not right.isVisible():
            break
        edge = kiosk.window.view.visible_rect().right()
        tap(right)
        qtbot.waitUntil(partial(_moved_right_of, kiosk, edge), timeout=2000)
    assert not right.isVisible(), "at the map's right edge the right button goes"
    assert _node_in_sight(kiosk, "ice"), "and what was beyond it is on the screen"
    assert "left" in _shown(kiosk), "now the map goes on to the left"
    kiosk.reset()
    assert kiosk.attract.active and not _shown(kiosk), "none on the idle screen, whose camera moves by itself"
    begin_visit(kiosk)
    assert "right" in _shown(kiosk), "a new visit starts from the middle again"


def test_the_buttons_are_named_in_the_visitors_language_and_take_no_keyboard_focus(make_kiosk: Maker,
                                                                                  bundled: Pack) -> None:
    kiosk = make_kiosk(pack=bundled, language="en")
    begin_visit(kiosk)
    kiosk.navigator.set_language("es")
    names = {side: button.accessibleName() for side, button in kiosk.edge_cues.buttons.items()}
    assert names == {"left": "Más del mapa a la izquierda", "right": "Más del mapa a la derecha",
                     "up": "Más del mapa arriba", "down": "Más del mapa abajo"}
    assert set(names) == set(SIDES)
    assert all(not button.focusPolicy() for button in kiosk.edge_cues.buttons.values())


def test_a_map_shown_whole_shows_no_button(make_kiosk: Maker, mini: Pack) -> None:
    kiosk = make_kiosk(pack=mini)
    begin_visit(kiosk)
    assert _shown(kiosk), "at a finger's size the map is larger than the test screen"
    kiosk.window.view.touch_scale = 0.0  # as on a screen large enough for the whole map at a finger's size
    kiosk.window.view.fit()
    assert not kiosk.edge_cues.hidden_sides() and not _shown(kiosk)
