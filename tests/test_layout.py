"""Laying out the diagram: nodes never overlap, lanes hold their pathway's nodes, and words get the room they ask for."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

import pytest
from PySide6.QtCore import QRectF

from explainer.model import Pack
from explainer.scene.layout import COLUMN_GAP, MAX_WIDTH, MIN_WIDTH, Geometry, lay_out
from explainer.window import MainWindow

HEADING = 24.0


def _lay_out(pack: Pack, widths: dict[str, float] | None = None, heading_widths: dict[str, float] | None = None,
             text_scale: float = 1.0, mirrored: bool = False) -> Geometry:
    """Lay ``pack`` out with made-up word sizes: every node wants 150 wide (or ``widths[id]``), 40 + 1 per id letter tall."""
    wanted = widths or {}
    return lay_out(pack, lambda i: wanted.get(i, 150.0), lambda i, _w: 40.0 + len(i), HEADING, heading_widths, text_scale,
                   mirrored)


def _overlapping(rects: dict[str, QRectF]) -> list[tuple[str, str]]:
    return [(a, b) for (a, ra), (b, rb) in combinations(rects.items(), 2) if ra.intersects(rb)]


@pytest.mark.parametrize("pack_name", ["mini", "bundled"])
def test_no_two_nodes_overlap_and_every_node_is_placed(pack_name: str, request: pytest.FixtureRequest) -> None:
    pack: Pack = request.getfixturevalue(pack_name)
    geometry = _lay_out(pack)
    assert set(geometry.nodes) == set(pack.nodes)
    assert _overlapping(geometry.nodes) == []
    assert all(r.width() > 0 and r.height() > 0 for r in geometry.nodes.values())


def test_each_lane_holds_its_pathways_nodes_and_no_other(bundled: Pack) -> None:
    geometry = _lay_out(bundled)
    assert set(geometry.lanes) == set(bundled.pathways)
    for pathway_id, lane in geometry.lanes.items():
        for node in bundled.structure.nodes:
            inside = lane.contains(geometry.nodes[node.id])
            assert inside == (node.pathway == pathway_id), (pathway_id, node.id)
        assert lane.top() + HEADING <= min(geometry.nodes[n.id].top() for n in bundled.structure.nodes
                                           if n.pathway == pathway_id), "room above the nodes for the heading"
    assert _overlapping(geometry.lanes) == []


def test_columns_line_up_and_rows_go_down_the_page(bundled: Pack) -> None:
    geometry = _lay_out(bundled)
    by_column: dict[int, set[float]] = {}
    for node in bundled.structure.nodes:
        by_column.setdefault(bundled.cells[node.id].column, set()).add(geometry.nodes[node.id].left())
    assert all(len(lefts) == 1 for lefts in by_column.values()), by_column
    lefts = [by_column[c].pop() for c in sorted(by_column)]
    assert lefts == sorted(lefts)
    in_lanes = sorted((n for n in bundled.structure.nodes if n.pathway), key=lambda n: bundled.cells[n.id].row)
    tops = [geometry.nodes[n.id].top() for n in in_lanes]
    assert tops == sorted(tops) and len(set(tops)) == len({bundled.cells[n.id].row for n in in_lanes})


def test_a_node_gets_the_width_it_asks_for_within_the_limits(mini: Pack) -> None:
    geometry = _lay_out(mini, {"start": 20.0, "north-hop": 200.0, "end": 900.0})
    assert geometry.nodes["start"].width() == MIN_WIDTH
    assert geometry.nodes["north-hop"].width() == 200.0
    assert geometry.nodes["end"].width() == MAX_WIDTH
    assert geometry.nodes["south-hop"].width() == 200.0, "a column is as wide as its widest node"


def test_a_wide_node_spanning_two_columns_widens_them_and_the_gap_between_counts(bundled: Pack) -> None:
    spanning = next(n for n in bundled.structure.nodes if n.span == 2)
    geometry = _lay_out(bundled, {spanning.id: 2 * MAX_WIDTH})
    column = bundled.cells[spanning.id].column + 1
    right_column = next(n for n in bundled.structure.nodes if bundled.cells[n.id].column == column and n.span == 1)
    assert geometry.nodes[spanning.id].width() == pytest.approx(2 * MAX_WIDTH)
    assert geometry.nodes[spanning.id].right() == pytest.approx(geometry.nodes[right_column.id].right())
    gap = geometry.nodes[right_column.id].left() - geometry.nodes[spanning.id].left()
    assert gap >= MIN_WIDTH + COLUMN_GAP


def test_height_is_measured_at_the_width_the_node_is_given(mini: Pack) -> None:
    asked: dict[str, float] = {}

    def height_for(node_id: str, width: float) -> float:
        asked[node_id] = width
        return 3000.0 / width

    geometry = lay_out(mini, lambda i: 180.0 if i == "south-law" else 130.0, height_for, HEADING)
    assert asked == {i: r.width() for i, r in geometry.nodes.items()}
    assert all(r.height() == pytest.approx(3000.0 / r.width()) for r in geometry.nodes.values())


def test_a_long_lane_heading_widens_its_lane(mini: Pack) -> None:
    narrow = _lay_out(mini)
    wide = _lay_out(mini, heading_widths={"south": 600.0})
    assert narrow.lanes["south"].width() < 600.0 <= wide.lanes["south"].width()
    assert _overlapping(wide.nodes) == []


def test_nodes_outside_the_lanes_are_centred_on_them(mini: Pack) -> None:
    geometry = _lay_out(mini)
    lanes = geometry.lanes["north"].united(geometry.lanes["south"])
    for node_id in ("start", "end"):
        assert geometry.nodes[node_id].center().y() == pytest.approx(lanes.center().y(), abs=1.0), node_id


def test_right_to_left_mirrors_every_box_across_the_same_page(bundled: Pack) -> None:
    plain, mirrored = _lay_out(bundled), _lay_out(bundled, mirrored=True)
    page = plain.bounds()
    assert mirrored.bounds() == page
    for table, flipped in ((plain.nodes, mirrored.nodes), (plain.lanes, mirrored.lanes)):
        for key, rect in table.items():
            assert flipped[key].top() == rect.top() and flipped[key].size() == rect.size(), key
            assert flipped[key].left() - page.left() == pytest.approx(page.right() - rect.right()), key


def test_bigger_text_gets_wider_nodes(bundled: Pack) -> None:
    asks = {"dmv": 900.0, "you": 10.0}
    normal, big = _lay_out(bundled, asks), _lay_out(bundled, asks, text_scale=2.0)
    assert big.nodes["dmv"].width() > normal.nodes["dmv"].width() == MAX_WIDTH
    assert big.nodes["you"].width() > normal.nodes["you"].width() == MIN_WIDTH


@pytest.mark.parametrize(("language", "scale"), [("en", 1.0), ("es", 1.0), ("es", 2.0)])
def test_the_bundled_diagram_as_drawn_has_no_overlaps(open_window: Callable[..., MainWindow], bundled: Pack,
                                                       language: str, scale: float) -> None:
    """The real words, measured in the real fonts, after the scene grows nodes that many arrows meet."""
    window = open_window(bundled, language)
    window.navigator.set_text_scale(scale)
    scene = window.scene
    boxes = {i: item.mapRectToScene(item.rect()) for i, item in scene.nodes.items()}
    assert boxes == scene.geometry.nodes
    assert _overlapping(boxes) == []
    for pathway_id, area in scene.geometry.lanes.items():
        for node in bundled.structure.nodes:
            if node.pathway == pathway_id:
                assert area.contains(boxes[node.id]), (pathway_id, node.id)
