"""Warnings about a pack's diagram, without Qt: overlapping lanes or boxes, ignored rows, arrows under boxes.

Runs the scene's own grid arithmetic (``model/grid.py``) with estimated word sizes: a box as wide as the
narrowest column and as tall as a two-line title, every lane heading as tall as one line. Each warning is
``(path, message)``, the path a JSON path into ``pack.yaml`` that the loader turns into file:line.
"""

from __future__ import annotations

from collections.abc import Iterator

from explainer.model.grid import MIN_WIDTH, BoxIndex, Cell, Plan, Rect, curve_points, plan, polyline_points, port, route
from explainer.model.structure import Structure

BOX_HEIGHT = 56.0
HEADING = 28.0


def positions(structure: Structure) -> Iterator[tuple[str, str]]:
    """Errors: a node that gives its column without its row (or the reverse), or places on some nodes only."""
    placed = [n.column is not None and n.row is not None for n in structure.nodes]
    for i, n in enumerate(structure.nodes):
        if (n.column is None) != (n.row is None):
            yield f"$.nodes[{i}]", f"node '{n.id}' gives its {'row' if n.column is None else 'column'} but not its " \
                                   f"{'column' if n.column is None else 'row'}: give both, or leave both out"
    if any(placed) and not all(placed):
        first = placed.index(False) if placed[0] else placed.index(True)
        yield f"$.nodes[{first}]", "give a column and a row on every node, or on none (to have the diagram laid out)"


def estimated_plan(structure: Structure, cells: dict[str, Cell]) -> Plan:
    """The scene's plan with estimated word sizes."""
    return plan(cells, [p.id for p in sorted(structure.pathways, key=lambda p: p.number)],
                lambda _i: MIN_WIDTH, lambda _i, _w: BOX_HEIGHT, HEADING)


def arrow_lines(structure: Structure, rects: dict[str, Rect]) -> dict[str, list[tuple[float, float]]]:
    """Points along every arrow's line as the scene draws it (routed round boxes where it can be)."""
    index = BoxIndex(rects)
    centre = {i: r.y + r.h / 2 for i, r in rects.items()}
    outgoing: dict[str, list[str]] = {}
    incoming: dict[str, list[str]] = {}
    edges = {e.id: e for e in structure.edges}
    for e in structure.edges:
        outgoing.setdefault(e.source, []).append(e.id)
        incoming.setdefault(e.target, []).append(e.id)
    lines: dict[str, list[tuple[float, float]]] = {}
    for e in structure.edges:
        outs = sorted(outgoing[e.source], key=lambda i: centre[edges[i].target])
        ins = sorted(incoming[e.target], key=lambda i: centre[edges[i].source])
        start = port(rects[e.source], True, _fraction(outs.index(e.id), len(outs)))
        end = port(rects[e.target], False, _fraction(ins.index(e.id), len(ins)))
        points = curve_points(start, end)
        corners = route(start, end, e.source, e.target, index, points)
        lines[e.id] = points if corners is None else polyline_points(corners)
    return lines


def check_layout(structure: Structure, cells: dict[str, Cell]) -> Iterator[tuple[str, str]]:
    """Every layout problem a visitor would see, as (JSON path, message)."""
    if not structure.nodes:
        return
    done = estimated_plan(structure, cells)
    where = {n.id: i for i, n in enumerate(structure.nodes)}
    pathway_at = {p.id: i for i, p in enumerate(structure.pathways)}
    given = all(n.column is not None for n in structure.nodes)
    lanes = list(done.lanes.items())
    for k, (a, ra) in enumerate(lanes):
        for b, rb in lanes[k + 1:]:
            if ra.intersects(rb):
                yield f"$.pathways[{pathway_at[b]}]", f"the lanes of pathways '{a}' and '{b}' overlap: give each " \
                                                      "pathway's nodes rows of their own, not shared or interleaved"
    rects = sorted(done.nodes.items(), key=lambda item: item[1].x)
    for k, (a, ra) in enumerate(rects):
        for b, rb in rects[k + 1:]:
            if rb.x >= ra.right:
                break
            if ra.intersects(rb):
                yield f"$.nodes[{where[b]}]", f"node '{b}' overlaps node '{a}' on the screen"
    for node_id, rect in done.nodes.items():
        own = cells[node_id].pathway
        for pathway, lane in lanes:
            if pathway != own and lane.intersects(rect):
                yield f"$.nodes[{where[node_id]}]", f"node '{node_id}' stands inside the lane of pathway '{pathway}'" \
                                                   f"{'' if own is None else f', not its own ({own})'}"
    if given:
        yield from _ignored_rows(structure, cells, done, where)
    lines = arrow_lines(structure, done.nodes)
    index = BoxIndex(done.nodes)
    for e_index, e in enumerate(structure.edges):
        under = index.under(lines[e.id], (e.source, e.target))
        if under:
            yield f"$.edges[{e_index}]", f"arrow '{e.id}' passes under node '{under[0]}'" + (
                f" and {len(under) - 1} more" if len(under) > 1 else "") + ": move the boxes apart or leave out " \
                "every column and row to have the diagram laid out"


def _ignored_rows(structure: Structure, cells: dict[str, Cell], done: Plan, where: dict[str, int]) \
        -> Iterator[tuple[str, str]]:
    """A box in a column with no lane boxes is centred on the lanes: warn when it misses the lane its row names.

    Row 0 names none: it is what a pack writes when the row of such a box does not matter.
    """
    lane_columns = {col for c in cells.values() if c.pathway for col in range(c.column, c.column + c.span)}
    row_span: dict[int, tuple[float, float]] = {}
    for node_id, c in cells.items():
        if c.pathway or c.column in lane_columns:
            r = done.lanes[c.pathway] if c.pathway else done.nodes[node_id]
            top, bottom = row_span.get(c.row, (r.y, r.bottom))
            row_span[c.row] = (min(top, r.y), max(bottom, r.bottom))
    for node_id, c in cells.items():
        if c.pathway or c.column in lane_columns or c.row not in row_span or c.row == 0:
            continue  # row 0 is where a box goes when its row does not matter
        r, (top, bottom) = done.nodes[node_id], row_span[c.row]
        if r.bottom <= top or r.y >= bottom:
            yield f"$.nodes[{where[node_id]}].row", f"node '{node_id}' is in column {c.column}, which holds no " \
                  f"lane, so it is centred on the lanes and does not line up with row {c.row}"


def _fraction(index: int, count: int) -> float:
    return 0.5 if count == 1 else index / (count - 1)
