"""A loaded, checked content pack: structure plus words in every language."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from pathlib import Path

from msgspec import Struct

from explainer.model.bidi import fill
from explainer.model.demands import Demands
from explainer.model.grid import Cell
from explainer.model.structure import Action, Edge, Fact, Node, Pathway, Source, Structure


class Words(Struct, frozen=True):
    """The words of one language, falling back to the pack's default language."""

    code: str
    name: str
    direction: str
    entries: dict[str, str]

    def get(self, key: str, **values: object) -> str:
        """The text for ``key``, with ``{name}`` placeholders filled from ``values`` (``bidi.fill``)."""
        return fill(self.entries.get(key, ""), values, self.direction == "rtl")  # mixed scripts read in order

    def ui(self, key: str, **values: object) -> str:
        return self.get(f"ui.{key}", **values)

    def how(self, action_id: str) -> str:
        """An action's short "how": what a person actually does."""
        return self.get(f"actions.{action_id}.how")

    def action_in_full(self, action_id: str) -> str:
        """An action's text followed by its how, as one paragraph (for codes and paper)."""
        return " ".join(part for part in (self.get(f"actions.{action_id}.text"), self.how(action_id)) if part)

    def title(self, item_id: str) -> str:
        """The title of a node, the label of an edge, or the title of a pathway."""
        for key in (f"nodes.{item_id}.title", f"edges.{item_id}.label", f"pathways.{item_id}.title"):
            if key in self.entries:
                return self.entries[key]
        return item_id


@dataclass(frozen=True)
class Pack:
    """Everything the app shows, checked and indexed by id."""

    root: Path
    structure: Structure
    words: dict[str, Words]
    nodes: dict[str, Node] = field(init=False)
    edges: dict[str, Edge] = field(init=False)
    pathways: dict[str, Pathway] = field(init=False)
    sources: dict[str, Source] = field(init=False)
    actions: dict[str, Action] = field(init=False)
    cells: dict[str, Cell] = field(init=False)
    """Where each node stands on the grid: as the pack gives it, or laid out from the arrows when it gives none."""

    def __post_init__(self) -> None:
        s = self.structure
        object.__setattr__(self, "nodes", {n.id: n for n in s.nodes})
        object.__setattr__(self, "edges", {e.id: e for e in s.edges})
        object.__setattr__(self, "pathways", {p.id: p for p in sorted(s.pathways, key=lambda p: p.number)})
        object.__setattr__(self, "sources", {x.id: x for x in s.sources})
        object.__setattr__(self, "actions", {a.id: a for a in s.actions})
        object.__setattr__(self, "cells", cells_of(s))

    @property
    def default_language(self) -> str:
        return self.structure.default_language

    @property
    def languages(self) -> list[str]:
        return list(self.structure.languages)

    def language(self, code: str | None) -> Words:
        """The words for ``code`` (the default language when ``None``)."""
        return self.words[code or self.default_language]

    def has(self, item_id: str) -> bool:
        return item_id in self.nodes or item_id in self.edges or item_id in self.pathways

    def pathway_of(self, item_id: str) -> str | None:
        """The pathway a node, edge or pathway belongs to, if any."""
        if item_id in self.pathways:
            return item_id
        item: Node | Edge | None = self.nodes.get(item_id) or self.edges.get(item_id)
        return item.pathway if item else None

    def facts_about(self, item_id: str) -> list[Fact]:
        return [f for f in self.structure.facts if item_id in f.about]

    @property
    def demands(self) -> Demands:
        """Which demand closes which pathway, and each pathway's steps: the one source of truth."""
        return Demands(self.structure)

    def demands_for(self, pathway_id: str | None) -> list[Action]:
        """The demand that would close ``pathway_id``; every demand, in pathway order, when it is ``None``."""
        if pathway_id is None:
            return self.demands.demands()
        demand = self.demands.demand_of(pathway_id)
        return [demand] if demand is not None else []

    def steps_now(self, pathway_id: str | None) -> list[Action]:
        """What people can do now: the general steps plus those for ``pathway_id``."""
        return self.demands.steps(pathway_id)

    def reading_order(self) -> list[str]:
        """Node ids in the order a person reads the diagram: the flow, whatever the layout.

        A node comes after every node that sends it data (cycles are broken at the earliest place). Among
        the nodes ready to read: where the flow starts, then each pathway's nodes in pathway order, row by
        row, then whatever stands after the lanes.
        """
        cells = self.cells
        first_lane = min((c.column for c in cells.values() if c.pathway), default=0)
        numbers = {p.id: p.number for p in self.structure.pathways}
        senders: dict[str, set[str]] = {n.id: set() for n in self.structure.nodes}
        receivers: dict[str, list[str]] = {n.id: [] for n in self.structure.nodes}
        for e in self.structure.edges:
            if e.source in senders and e.target in senders and e.source != e.target:
                senders[e.target].add(e.source)
                receivers[e.source].append(e.target)

        def key(node_id: str) -> tuple[int, int, int, int, str]:
            c = cells[node_id]
            if c.pathway:
                return (1, numbers.get(c.pathway, 0), c.row, c.column, node_id)
            group = 0 if not senders[node_id] or c.column < first_lane else 2
            return (group, 0, c.column, c.row, node_id)

        waiting = {i: len(s) for i, s in senders.items()}
        ready = [key(i) for i, count in waiting.items() if count == 0]
        heapq.heapify(ready)
        order: list[str] = []
        done: set[str] = set()
        while len(order) < len(waiting):
            if not ready:  # a cycle: start it at its earliest node
                heapq.heappush(ready, min(key(i) for i in waiting if i not in done))
            node_id = heapq.heappop(ready)[-1]
            if node_id in done:
                continue
            done.add(node_id)
            order.append(node_id)
            for target in receivers[node_id]:
                waiting[target] -= 1
                if waiting[target] == 0 and target not in done:
                    heapq.heappush(ready, key(target))
        return order

    def outgoing(self, node_id: str) -> list[Edge]:
        return [e for e in self.structure.edges if e.source == node_id]


def cells_of(structure: Structure) -> dict[str, Cell]:
    """Each node's grid place: as given, or from ``autolayout`` when no node gives one (the loader refuses a mix)."""
    given = {n.id: Cell(n.column, n.row, n.span, n.pathway) for n in structure.nodes
             if n.column is not None and n.row is not None}
    if len(given) == len(structure.nodes):
        return given
    if _placed and _placed[0][0] is structure:  # validate lays a pack out, then loads it: once is enough
        return dict(_placed[0][1])
    from explainer.model.autolayout import place

    cells = place(structure)
    _placed[:] = [(structure, cells)]
    return dict(cells)


_placed: list[tuple[Structure, dict[str, Cell]]] = []
"""The last pack laid out automatically (at most one kept)."""
