"""The second bundled pack (utility records to ICE) validates, renders, tours and prints in both its languages."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from handout_tools import pdf_info, pdf_text, squeeze
from present_support import Opener, assert_step_shown, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from explainer.model import Pack, check_pack, load_pack
from explainer.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
UTILITIES = ROOT / "content" / "utilities-to-ice"
LANGUAGES = ["en", "es"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line, as a person would run it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


@pytest.fixture(scope="module")
def utilities() -> Pack:
    return load_pack(UTILITIES)


def test_the_pack_has_no_errors_and_no_warnings() -> None:
    pack, problems = check_pack(UTILITIES)
    assert [str(p) for p in problems] == []
    assert pack is not None and pack.languages == LANGUAGES


@pytest.mark.e2e
def test_validate_on_the_command_line_prints_no_problems() -> None:
    result = run("validate", str(UTILITIES))
    assert result.returncode == 0, result.stderr
    assert "0 error(s), 0 warning(s)" in result.stdout + result.stderr


def test_every_word_is_written_in_both_languages_not_borrowed(utilities: Pack) -> None:
    english = utilities.language("en")
    spanish = utilities.language("es")
    assert spanish.name == "Español"
    keys = [f"explain.{i}" for i in [*utilities.nodes, *utilities.edges]]
    keys += [f"facts.{f.id}" for f in utilities.structure.facts]
    keys += [f"tour.{s.id}.notes" for s in utilities.structure.tour]
    keys += [f"actions.{a}.text" for a in utilities.actions]
    for key in keys:
        assert english.get(key).strip(), key
        assert spanish.get(key).strip() and spanish.get(key) != english.get(key), key


def test_every_fact_has_a_source_and_a_date_and_every_source_is_used(utilities: Pack) -> None:
    cited: set[str] = set()
    for fact in utilities.structure.facts:
        assert fact.sources and fact.as_of, fact.id
        cited.update(fact.sources)
    for action in utilities.structure.actions:
        cited.update(action.sources)
    assert {s.id for s in utilities.structure.sources} == cited


def test_each_pathway_has_one_demand_and_the_demand_names_it_back(utilities: Pack) -> None:
    assert [p.number for p in utilities.pathways.values()] == [1, 2]
    for pathway in utilities.structure.pathways:
        demands = utilities.demands_for(pathway.id)
        assert [d.id for d in demands] == [pathway.demand]
        assert utilities.demands.closes(demands[0].id) == [pathway.id]  # the pathway's demand is the one source


@pytest.mark.e2e
@pytest.mark.parametrize("code", LANGUAGES)
def test_it_renders_with_both_lane_colours(utilities: Pack, tmp_path: Path, code: str) -> None:
    out = tmp_path / f"{code}.png"
    result = run("render", "--content", str(UTILITIES), "--lang", code, "--size", "1280x800", "--out", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    found = dict.fromkeys(utilities.pathways, 0)
    wanted = {p.id: QColor(p.colour) for p in utilities.pathways.values()}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width() * 6 // 10, 2):
            pixel = image.pixelColor(x, y)
            for pathway_id, colour in wanted.items():
                if max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                       abs(pixel.blue() - colour.blue())) <= 12:
                    found[pathway_id] += 1
    assert all(count > 50 for count in found.values()), found


@pytest.mark.parametrize("code", LANGUAGES)
def test_nothing_overlaps_on_the_map(utilities: Pack, open_window: Callable[..., MainWindow], code: str) -> None:
    """Boxes, lanes and arrows as laid out: no box on another, each lane holds only its boxes, no arrow under a box."""
    window = open_window(utilities, code)
    scene = window.scene
    nodes = scene.geometry.nodes
    lanes = scene.geometry.lanes
    ids = list(nodes)
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            assert not nodes[ids[a]].intersects(nodes[ids[b]]), (ids[a], ids[b])
    first, second = lanes.values()
    assert not first.intersects(second)
    for node in utilities.structure.nodes:
        for lane_id, lane in lanes.items():
            if node.pathway == lane_id:
                assert lane.contains(nodes[node.id]), (node.id, lane_id)
            else:
                assert not lane.intersects(nodes[node.id]), (node.id, lane_id)
    for edge in utilities.structure.edges:
        item = scene.edges[edge.id]
        line = item.mapToScene(item.path())
        points = [line.pointAtPercent(i / 60) for i in range(61)]
        for node_id, rect in nodes.items():
            if node_id not in (edge.source, edge.target):
                assert not any(rect.contains(p) for p in points), (edge.id, node_id)


def test_the_tour_runs_from_start_to_end_in_both_languages(present: Opener, utilities: Pack, qtbot: QtBot) -> None:
    assert len(utilities.structure.tour) >= 5
    for code in LANGUAGES:
        p = present(utilities, language=code)
        for i in range(len(utilities.structure.tour)):
            assert_step_shown(p, i)
            assert p.caption.caption.text().strip(), (code, i)
            assert p.presenter.notes.toPlainText().strip(), (code, i)
            press(qtbot, p, Qt.Key.Key_PageDown)
        assert all(lane.isVisible() for lane in p.window.scene.lanes.values()), code
        p.window.close()


@pytest.mark.e2e
@pytest.mark.parametrize("code", LANGUAGES)
def test_its_handout_is_one_sheet_with_every_action(utilities: Pack, tmp_path: Path, code: str) -> None:
    out = tmp_path / f"{code}.pdf"
    result = run("handout", "--content", str(UTILITIES), "--lang", code, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert pdf_info(out)["Pages"] == "2"  # front and back
    words = utilities.language(code)
    text = squeeze(pdf_text(out))
    for wanted in [words.get("title"), *(words.get(f"actions.{a}.title") for a in utilities.actions)]:
        assert squeeze(wanted) in text, wanted
