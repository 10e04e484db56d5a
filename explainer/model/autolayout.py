"""Grid places for a pack that gives none: a layered (Sugiyama) drawing from igraph, fitted to lanes.

igraph's ``layout_sugiyama`` assigns each box a layer (the flow runs left to right, one column per layer;
cycles are broken by a feedback-arc set) and orders the boxes within each layer to reduce crossings
(see docs/decisions.md). The order is then kept inside bands of rows, one band per pathway in pathway
order, so each pathway's boxes form one lane that no other lane or box enters. Boxes in no pathway that
share a column with lane boxes get a band of their own below the lanes; in a column of their own they
are stacked in the order igraph chose, centred on the lanes (as the grid does for any pack).
"""

from __future__ import annotations

from explainer.model.grid import Cell
from explainer.model.structure import Structure


def layers_and_order(structure: Structure) -> tuple[dict[str, int], dict[str, float]]:
    """Each node's layer (0 = where the flow starts) and its position within the layer, from igraph."""
    import igraph  # only packs without places need it: kept off every other start

    ids = [n.id for n in structure.nodes]
    index = {node_id: i for i, node_id in enumerate(ids)}
    pairs = sorted({(index[e.source], index[e.target]) for e in structure.edges
                    if e.source in index and e.target in index and e.source != e.target})
    graph = igraph.Graph(n=len(ids), edges=pairs, directed=True)
    coords = graph.layout_sugiyama(maxiter=100).coords
    return ({node_id: round(coords[i][1]) for i, node_id in enumerate(ids)},
            {node_id: float(coords[i][0]) for i, node_id in enumerate(ids)})


def place(structure: Structure) -> dict[str, Cell]:
    """A column and row for every node, from the arrows alone."""
    layer, order = layers_and_order(structure)
    numbers = {p.id: p.number for p in structure.pathways}
    lanes = sorted({n.pathway for n in structure.nodes if n.pathway in numbers}, key=lambda p: numbers[p])
    lane_layers = {layer[n.id] for n in structure.nodes if n.pathway in numbers}

    def band_of(pathway: str | None) -> str | None:
        return pathway if pathway in numbers else None

    # Per band and layer, the nodes in igraph's order; a band is as tall as its fullest layer.
    groups: dict[tuple[str | None, int], list[str]] = {}
    for n in sorted(structure.nodes, key=lambda n: order[n.id]):
        if band_of(n.pathway) is None and layer[n.id] not in lane_layers:
            continue
        groups.setdefault((band_of(n.pathway), layer[n.id]), []).append(n.id)
    cells: dict[str, Cell] = {}
    top = 0
    for band in [*lanes, None]:
        height = 0
        for (owner, _layer), members in groups.items():
            if owner != band:
                continue
            height = max(height, len(members))
            for k, node_id in enumerate(members):
                cells[node_id] = Cell(layer[node_id], top + k, 1, band)
        top += height
    # Columns with no lane boxes: stacked in igraph's order (the grid centres them on the lanes).
    for n in sorted(structure.nodes, key=lambda n: order[n.id]):
        if n.id not in cells:
            cells[n.id] = Cell(layer[n.id], top, 1, None)
            top += 1
    return cells
