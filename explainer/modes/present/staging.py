"""What one tour step puts on the audience screen, worked out from the pack alone (no Qt).

A step names nodes, arrows and pathways in ``show``. From that and the steps
before it follow: which pathways the story has reached (the rest stay hidden),
what stays bright (the rest is dimmed), where packets flow, and what the
camera frames.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.model.pack import Pack


@dataclass(frozen=True)
class Staging:
    """The audience screen for one step."""

    index: int
    step_id: str
    revealed: frozenset[str]  # pathways shown; the others' lanes, nodes and arrows are hidden
    spotlit: frozenset[str] | None  # what stays bright; None dims nothing
    flowing: tuple[str, ...]  # pathways and arrows the packets run along
    frame: tuple[str, ...]  # what the camera fits


def reached(pack: Pack, index: int) -> frozenset[str]:
    """The pathways that steps 0 to ``index`` have shown something of."""
    found: set[str] = set()
    for step in pack.structure.tour[: index + 1]:
        for item_id in step.show:
            pathway = pack.pathway_of(item_id)
            if pathway is not None:
                found.add(pathway)
    return frozenset(found)


def _bright(pack: Pack, item_id: str) -> set[str]:
    """An item and what stays bright with it: a pathway's every part, or an item's own lane."""
    if item_id in pack.pathways:
        return ({item_id} | {n.id for n in pack.structure.nodes if n.pathway == item_id}
                | {e.id for e in pack.structure.edges if e.pathway == item_id})
    pathway = pack.pathway_of(item_id)
    return {item_id} | ({pathway} if pathway else set())


def visible(pack: Pack, revealed: frozenset[str]) -> tuple[str, ...]:
    """The lanes and nodes on screen when ``revealed`` pathways are shown."""
    lanes = [p for p in pack.pathways if p in revealed]
    nodes = [n.id for n in pack.structure.nodes if n.pathway is None or n.pathway in revealed]
    return (*lanes, *nodes)


def staging_for(pack: Pack, index: int) -> Staging:
    step = pack.structure.tour[index]
    revealed = reached(pack, index)
    spotlit: frozenset[str] | None = None
    if step.show:
        spotlit = frozenset().union(*(_bright(pack, i) for i in step.show))
    flowing = tuple(i for i in step.show if i in pack.pathways or i in pack.edges)
    # The camera takes in the lane of what is shown, so the lane's number and title stay on screen.
    lanes = [p for p in dict.fromkeys(pack.pathway_of(i) for i in step.show) if p is not None and p not in step.show]
    frame = (*step.show, *lanes) if step.show else visible(pack, revealed)
    return Staging(index, step.id, revealed, spotlit, flowing, frame)
