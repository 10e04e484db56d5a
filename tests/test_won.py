"""What if the demand wins? One button per demand cuts its pathway on the map, stops its packets, and tells the panel.

Turning it off restores the map; a kiosk's start-over forgets it; a tour step can show it; render --won draws it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from kiosk_support import Maker, begin_visit, make_kiosk_fixture, tap  # noqa: F401
from present_support import Opener as Presenting
from present_support import present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.present.tour import TourController, follow_won
from explainer.navigator import Navigator
from explainer.scene.edge_item import CUT_LENGTH
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]
ROOT = Path(__file__).resolve().parent.parent


def _click(qtbot: QtBot, window: MainWindow, demand_id: str) -> None:
    with qtbot.waitSignal(window.navigator.changed, timeout=2000):
        qtbot.mouseClick(window.won_bar.buttons[demand_id], Qt.MouseButton.LeftButton)


def test_each_demand_cuts_its_own_pathway_and_nothing_else(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled, "en", (1366, 768))
    scene = window.scene
    whole = {e.id: window.scene.edges[e.id].flow_path().length() for e in bundled.structure.edges}
    words = bundled.language("en")
    for demand in bundled.demands.demands():
        _click(qtbot, window, demand.id)
        assert window.navigator.won == {demand.id}
        assert window.won_bar.buttons[demand.id].isChecked()
        cut = set(bundled.demands.closes(demand.id))
        entries = {e.id for p in cut for e in bundled.demands.entries(p)}
        assert entries, demand.id
        scene.flow(list(bundled.pathways))
        flowing = sorted(round(path.length(), 1) for path, _c in scene.packets.paths)
        scene.flow([])
        expected = []
        for e in bundled.structure.edges:
            item = scene.edges[e.id]
            if e.id in entries:
                stop = min(CUT_LENGTH, item.path().length() / 2)  # packets go as far as the barrier, no further
                assert item.cut == "entry" and item.flow_path().length() == pytest.approx(stop, abs=2)
                expected.append(round(item.flow_path().length(), 1))
            elif e.pathway in cut:
                assert item.cut == "after" and item.flow_path().isEmpty()
            else:
                assert item.cut == "" and item.flow_path().length() == pytest.approx(whole[e.id])
                if e.pathway is not None:
                    expected.append(round(whole[e.id], 1))
        assert flowing == sorted(expected), demand.id
        from explainer.scene.accessibility import item_description

        entry = next(iter(entries))
        assert words.ui("won_cut_name") in item_description(window.view, scene.edges[entry])
        # The panel (the overview here) says what it stops and what still gets through.
        text = window.panel.primary.toPlainText()
        assert words.ui("won_label") in text
        for other in bundled.pathways:
            if other not in cut:
                assert words.get(f"pathways.{other}.title") in text
        for fact in bundled.demands.done_in(next(iter(cut))):
            assert words.get(f"facts.{fact.id}")[:40] in text
        _click(qtbot, window, demand.id)  # off again: the map as it is
        assert window.navigator.won == frozenset()
        assert all(item.cut == "" for item in scene.edges.values())
        assert {e: scene.edges[e].flow_path().length() for e in whole} == pytest.approx(whole)
        assert words.ui("won_label") not in window.panel.primary.toPlainText()
        assert words.ui("won_cut_name") not in item_description(window.view, scene.edges[entry])


def test_the_panel_of_a_won_pathway_names_what_stops_and_where_it_is_done(bundled: Pack) -> None:
    from explainer.panels import order

    for code in ("en", "es"):
        words = bundled.language(code)
        html = order.item_html("access", bundled, words, str, won=frozenset({"stop-sharing"}))
        cut = words.ui("won_cut", number=1, pathway=words.get("pathways.access.title"), start=words.title("dmv"),
                       end=words.title("ice"))
        assert cut in html.replace("&#x27;", "'")
        assert words.ui("won_still", end=words.title("ice")) in html
        assert html.index(words.ui("won_done_in")) > html.index(words.ui("won_still", end=words.title("ice")))
        assert "Washington" in html and "Maryland" in html
        every = order.overview_html(bundled, words, str, frozenset(d.id for d in bundled.demands.demands()))
        assert words.ui("won_none_left", end=words.title("ice")) in every


def test_a_kiosk_start_over_forgets_the_won_demands(make_kiosk: Maker, mini: Pack) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    tap(kiosk.window.won_bar.buttons["close-north"])
    assert kiosk.navigator.won == {"close-north"}
    assert kiosk.window.scene.edges["start-north"].cut == "entry"
    kiosk.take_home.hide()
    tap(kiosk.controls.start_over)
    assert kiosk.navigator.won == frozenset()
    assert all(edge.cut == "" for edge in kiosk.window.scene.edges.values())
    assert not kiosk.window.won_bar.buttons["close-north"].isChecked()


def test_a_tour_step_shows_its_won_demands_and_only_while_it_runs(mini: Pack, app: object) -> None:
    import msgspec

    steps = list(mini.structure.tour)
    steps[1] = msgspec.structs.replace(steps[1], won=["close-north"])
    pack = Pack(root=mini.root, structure=msgspec.structs.replace(mini.structure, tour=steps), words=mini.words)
    navigator = Navigator(pack)
    tour = TourController(len(steps))
    follow_won(tour, navigator, pack)
    assert navigator.won == frozenset()
    tour.next()
    assert navigator.won == {"close-north"}
    tour.leave()
    navigator.set_won([])
    tour.resume()
    assert navigator.won == {"close-north"}
    tour.next()
    assert navigator.won == frozenset()


@pytest.mark.e2e
def test_render_won_draws_the_cut_and_refuses_an_unknown_demand(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "render", *args], capture_output=True, text=True,
                              cwd=ROOT, env=env, timeout=120)

    plain, won = tmp_path / "plain.png", tmp_path / "won.png"
    assert run("--out", str(plain)).returncode == 0
    result = run("--won", "stop-sharing", "--won", "limit-sale", "--out", str(won))
    assert result.returncode == 0, result.stderr
    assert QImage(str(won)) != QImage(str(plain))
    bad = run("--won", "stop-everything", "--out", str(tmp_path / "bad.png"))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    lines = [line for line in bad.stderr.splitlines() if line.strip()]
    assert lines == ["know-your-data: error: unknown demand 'stop-everything'; "
                     "use one of: stop-sharing, limit-sale, restrict-systems"]
    assert not (tmp_path / "bad.png").exists()


def test_the_bundled_tour_ends_on_a_won_demand_and_the_presenter_can_turn_one_on(
        present: Presenting, bundled: Pack, qtbot: QtBot) -> None:
    p = present(bundled)
    last = bundled.structure.tour[-1]
    assert last.won, "the bundled tour ends on a demand won"
    press(qtbot, p, Qt.Key.Key_End)
    assert p.navigator.won == frozenset(last.won)
    entry = bundled.demands.entries(bundled.demands.closes(last.won[0])[0])[0]
    assert p.window.scene.edges[entry.id].cut == "entry"
    assert p.presenter.won_bar.buttons[last.won[0]].isChecked()
    press(qtbot, p, Qt.Key.Key_Left)
    assert p.navigator.won == frozenset() and p.window.scene.edges[entry.id].cut == ""
    # The facilitator's own buttons, which never take the clicker's keys.
    other = next(d.id for d in bundled.demands.demands() if d.id not in last.won)
    button = p.presenter.won_bar.buttons[other]
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert p.navigator.won == {other}
    assert p.window.won_bar.buttons[other].isChecked()
