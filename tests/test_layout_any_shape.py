"""Layout that holds for any shape: validate's warnings, auto-layout on 2, 4 and 9 pathways, reading order, search, zoom.

Packs are made by ``tests/generated_packs.py``. Geometry is read from the rendered scene's items: no two boxes
or lanes overlap, each box sits in its own lane only, and no arrow passes under a box.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml
from generated_packs import box_id, write_pack, write_structure
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QGraphicsObject
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.model.loader import check_pack, load_pack
from explainer.model.problems import Problem
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]


def _edit(root: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Change pack.yaml's structure in place and write words and pages again for what it names."""
    data = yaml.safe_load((root / "pack.yaml").read_text(encoding="utf-8"))
    change(data)
    write_structure(root, data)


def _line_of(root: Path, text: str) -> int:
    """The line of pack.yaml holding ``text`` (1-based)."""
    for number, line in enumerate((root / "pack.yaml").read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            return number
    raise AssertionError(f"{text} not in pack.yaml")


def _warnings(root: Path) -> list[Problem]:
    pack, problems = check_pack(root)
    assert pack is not None, [str(p) for p in problems]
    # Lane colours are checked elsewhere (test_colour.py): nine generated lanes cannot all stay apart.
    return [p for p in problems if p.path.endswith("pack.yaml") and " colour #" not in p.message]


def _node(data: dict[str, Any], node_id: str) -> dict[str, Any]:
    return next(n for n in data["nodes"] if n["id"] == node_id)


# -- validate ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pathways", [2, 4, 9])
def test_a_well_placed_pack_and_an_unplaced_one_get_no_layout_warning(tmp_path: Path, pathways: int) -> None:
    assert _warnings(write_pack(tmp_path / "placed", pathways, placed=True, skips=1)) == []
    assert _warnings(write_pack(tmp_path / "auto", pathways, skips=2, cross=3, law=True)) == []


def test_lanes_that_share_rows_are_a_warning_at_the_pathway(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", 4, placed=True)
    _edit(root, lambda d: _node(d, box_id(1, 1, 0)).update(row=0, column=5))  # pathway 2's box in pathway 1's row
    found = [p for p in _warnings(root) if "lanes of pathways" in p.message]
    assert found and found[0].severity == "warning"
    assert found[0].line == _line_of(root, "id: way-2,")


def test_a_box_in_another_pathways_lane_is_a_warning_at_the_box(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", 2, placed=True)
    # Pathway 2's box moves between two of pathway 1's rows: it stands inside pathway 1's lane.
    _edit(root, lambda d: (_node(d, box_id(0, 1, 1)).update(row=2), _node(d, box_id(1, 1, 0)).update(row=1)))
    found = [p for p in _warnings(root) if "stands inside the lane of pathway 'way-1'" in p.message]
    assert _line_of(root, f"id: {box_id(1, 1, 0)},") in [p.line for p in found]
    assert _line_of(root, f"id: {box_id(1, 0, 1)},") not in [p.line for p in found]  # row 3: below pathway 1's lane


def test_a_box_outside_the_lanes_that_misses_its_row_is_a_warning(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", 4, placed=True)
    _edit(root, lambda d: _node(d, "start").update(row=7))  # the last lane's row: the box is centred, far above it
    found = [p for p in _warnings(root) if "does not line up with row 7" in p.message]
    assert found and found[0].line == _line_of(root, "id: start,")


def test_an_arrow_that_cannot_get_round_a_box_is_a_warning_at_the_arrow(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", 1, layers=3, width=3, placed=True)

    def box_in_the_way(d: dict[str, Any]) -> None:
        # Rows 0 and 2 hold one wide box each, over every gap; row 1 runs start-of-row -> end-of-row past a box.
        nodes = [n for n in d["nodes"] if n["id"] in ("start", "end") or n["id"].endswith("k1")]
        for k, n in enumerate(nodes):
            n.update(column=k, row=1)
        nodes += [{"id": "wide-top", "kind": "law", "pathway": "way-1", "column": 0, "row": 0, "span": 4},
                  {"id": "wide-bottom", "kind": "law", "pathway": "way-1", "column": 0, "row": 2, "span": 4}]
        d["nodes"] = nodes
        kept = {str(n["id"]) for n in nodes}
        edges = [e for e in d["edges"] if e["source"] in kept and e["target"] in kept]
        edges.append({"id": "jump", "source": box_id(0, 0, 1), "target": box_id(0, 2, 1), "pathway": "way-1"})
        d["edges"] = edges

    _edit(root, box_in_the_way)
    found = [p for p in _warnings(root) if "passes under node" in p.message]
    assert [p.line for p in found] == [_line_of(root, "id: jump,")]
    assert f"node '{box_id(0, 1, 1)}'" in found[0].message


def test_places_on_some_nodes_only_is_an_error(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", 2)
    _edit(root, lambda d: _node(d, "start").update(column=0, row=0))
    pack, problems = check_pack(root)
    assert pack is None
    assert any("on every node, or on none" in p.message and p.severity == "error" for p in problems)


# -- the drawn diagram --------------------------------------------------------------------------------------

def _geometry_problems(window: MainWindow) -> list[str]:
    """Every overlap and every arrow under a box in the scene as drawn."""
    scene = window.scene
    boxes = {i: item.mapRectToScene(item.rect()) for i, item in scene.nodes.items()}
    lanes: dict[str, QRectF] = {p: scene.geometry.lanes[p] for p in scene.lanes}
    found = [f"boxes {a} and {b} overlap" for (a, ra), (b, rb) in combinations(boxes.items(), 2) if ra.intersects(rb)]
    found += [f"lanes {a} and {b} overlap" for (a, ra), (b, rb) in combinations(lanes.items(), 2) if ra.intersects(rb)]
    for node_id, rect in boxes.items():
        own = window.pack.nodes[node_id].pathway
        for pathway, lane in lanes.items():
            inside = lane.contains(rect)
            if pathway == own and not inside:
                found.append(f"box {node_id} is not inside its lane")
            if pathway != own and lane.intersects(rect):
                found.append(f"box {node_id} is in the lane of {pathway}")
    for edge_id, item in scene.edges.items():
        edge = window.pack.edges[edge_id]
        path = item.path()
        points = [path.pointAtPercent(k / 200) for k in range(201)]
        for node_id, rect in boxes.items():
            if node_id in (edge.source, edge.target):
                continue
            inner = rect.adjusted(2, 2, -2, -2)
            if any(inner.contains(p) for p in points):
                found.append(f"arrow {edge_id} passes under {node_id}")
    return found


@pytest.mark.parametrize("pathways", [2, 4, 9])
def test_an_unplaced_pack_is_laid_out_with_no_overlap_and_no_arrow_under_a_box(
        tmp_path: Path, open_window: Opener, pathways: int) -> None:
    pack = load_pack(write_pack(tmp_path / "p", pathways, skips=2, cross=pathways, law=True))
    assert all(n.column is None for n in pack.structure.nodes)
    window = open_window(pack)
    assert _geometry_problems(window) == []
    # The flow runs left to right: every arrow between lane boxes goes rightwards.
    for e in pack.structure.edges:
        assert pack.cells[e.target].column > pack.cells[e.source].column


@pytest.mark.parametrize("pathways", [2, 4, 9])
def test_a_placed_pack_with_jumping_arrows_leads_them_round_the_boxes(
        tmp_path: Path, open_window: Opener, pathways: int) -> None:
    pack = load_pack(write_pack(tmp_path / "p", pathways, layers=4, placed=True, skips=3))
    window = open_window(pack, "es")
    assert _geometry_problems(window) == []


def test_reading_order_follows_the_flow_and_the_hub_comes_first(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", 4, placed=True)
    # The hub stands in the first lane column, as in the pack that read it 22nd: it is still read first.
    _edit(root, lambda d: _node(d, "start").update(column=1, row=8))
    for pack in (load_pack(root), load_pack(write_pack(tmp_path / "auto", 9, skips=2, law=True))):
        order = pack.reading_order()
        assert order[0] == "start" and order[-1] == "end"
        at = {node_id: i for i, node_id in enumerate(order)}
        assert all(at[e.source] < at[e.target] for e in pack.structure.edges)
        # Pathway by pathway: the boxes of pathway 1 come before those of pathway 2.
        first = [i for n, i in at.items() if pack.nodes[n].pathway == "way-1"]
        second = [i for n, i in at.items() if pack.nodes[n].pathway == "way-2"]
        assert max(first) < min(second)


def test_keyboard_order_follows_the_flow_on_an_unplaced_pack(tmp_path: Path, open_window: Opener) -> None:
    pack = load_pack(write_pack(tmp_path / "p", 4, skips=1, law=True))
    window = open_window(pack)
    ids = [item.objectName() for item in window.view.focus_items() if isinstance(item, QGraphicsObject)]
    nodes = [item_id for item_id in ids if item_id in pack.nodes]
    assert nodes == pack.reading_order()


# -- finding and showing ---------------------------------------------------------------------------------------

# The list of names is a popup: the offscreen platform says it cannot raise it or give it the keys (a real one can).
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard")


@OFFSCREEN_POPUP
def test_search_finds_a_box_by_name_in_english_and_spanish_by_keyboard(
        tmp_path: Path, open_window: Opener, qtbot: QtBot) -> None:
    pack = load_pack(write_pack(tmp_path / "p", 4))
    window = open_window(pack)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "Box 3.2.1")
    with qtbot.waitSignal(window.navigator.changed, timeout=2000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.navigator.selection == box_id(2, 1, 0)
    qtbot.waitUntil(lambda: not window.view.flying)
    assert window.view.visible_rect().contains(window.scene.nodes[box_id(2, 1, 0)].sceneBoundingRect())

    window.navigator.set_language("es")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Slash)
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "caja 2.3.2")  # lower case finds "Caja 2.3.2"
    with qtbot.waitSignal(window.navigator.changed, timeout=2000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.navigator.selection == box_id(1, 2, 1)
    assert window.search.match("via 2") == "way-2"  # no accent finds "Vía 2"
    assert window.search.match("Box 3.2.1") is None  # English names are not offered in Spanish
    assert window.search.match("Flecha Caja 1.1.1") is not None  # an arrow, by its label


@OFFSCREEN_POPUP
def test_search_offers_the_names_that_hold_what_is_typed(tmp_path: Path, open_window: Opener, qtbot: QtBot) -> None:
    pack = load_pack(write_pack(tmp_path / "p", 2))
    window = open_window(pack)
    qtbot.waitUntil(lambda: window.search.completer() is not None)  # made just after the first frame
    window.search.setFocus()
    qtbot.keyClicks(window.search, "2.3")
    completer = window.search.completer()
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    offered = {completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())}
    assert {"Box 2.3.1", "Box 2.3.2"} <= offered
    assert all("2.3" in name for name in offered)  # arrows too, by their label: "Arrow Box 2.2.1 → Box 2.3.1"


def test_choosing_a_pathway_zooms_to_its_lane_and_home_shows_the_whole_map(
        tmp_path: Path, open_window: Opener, qtbot: QtBot) -> None:
    pack = load_pack(write_pack(tmp_path / "p", 9, skips=1))
    window = open_window(pack)
    view = window.view
    lane = window.scene.lanes["way-5"]
    heading = lane.mapToScene(lane.boundingRect().topLeft()) + (lane.sceneBoundingRect().topRight() -
                                                                  lane.sceneBoundingRect().topLeft()) * 0.5
    point: QPoint = view.mapFromScene(heading.x(), heading.y() + 12)
    with qtbot.waitSignal(window.scene.activated, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["way-5"]
    qtbot.waitUntil(lambda: not view.flying)
    shown = view.visible_rect()
    assert shown.contains(lane.sceneBoundingRect())
    assert view.zoom_level() > 1.5  # closer than the whole map
    window.home_action.trigger()
    qtbot.waitUntil(lambda: view.fitted and view.zoom_level() == pytest.approx(1.0, abs=0.01))


@pytest.mark.timeout(300)  # 28 s on a loaded 2-core machine: lays out and draws 300 boxes and 600 arrows twice
@pytest.mark.parametrize("pathways", [9])
def test_the_big_map_and_a_lane_render(tmp_path: Path, open_window: Opener, pathways: int, qtbot: QtBot) -> None:
    """The overview and a lane's view render without a warning (looked at: docs/decisions.md, 'Layout for any pack')."""
    pack: Pack = load_pack(write_pack(tmp_path / "p", pathways, layers=11, width=3, arrows=598, law=True, seed=7))
    assert (len(pack.nodes), len(pack.edges)) == (300, 600)
    window = open_window(pack, size=(1920, 1080))
    assert _geometry_problems(window) == []
    window.navigator.select("way-9")
    qtbot.waitUntil(lambda: not window.view.flying)
    assert window.view.grab().width() > 0
