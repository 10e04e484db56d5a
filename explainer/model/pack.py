"""A loaded, checked content pack: structure plus words in every language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from explainer.model.demands import Demands
from explainer.model.structure import Action, Edge, Fact, Node, Pathway, Source, Structure


@dataclass(frozen=True, slots=True)
class Words:
    """The words of one language, falling back to the pack's default language."""

    code: str
    name: str
    direction: str
    entries: dict[str, str]

    def get(self, key: str, **values: object) -> str:
        """The text for ``key``, with ``{name}`` placeholders filled from ``values``."""
        text = self.entries.get(key, "")
        if values:
            for name, value in values.items():
                text = text.replace("{" + name + "}", str(value))
        return text

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

    def __post_init__(self) -> None:
        s = self.structure
        object.__setattr__(self, "nodes", {n.id: n for n in s.nodes})
        object.__setattr__(self, "edges", {e.id: e for e in s.edges})
        object.__setattr__(self, "pathways", {p.id: p for p in sorted(s.pathways, key=lambda p: p.number)})
        object.__setattr__(self, "sources", {x.id: x for x in s.sources})
        object.__setattr__(self, "actions", {a.id: a for a in s.actions})

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
        """Node ids in the order a person reads the diagram.

        Left to right up to the lanes, then each pathway's nodes in pathway
        order, row by row, then whatever stands after the lanes.
        """
        lane_columns = [n.column for n in self.structure.nodes if n.pathway]
        first_lane = min(lane_columns, default=0)
        numbers = {p.id: p.number for p in self.structure.pathways}

        def key(n: Node) -> tuple[int, int, int, int]:
            if n.pathway:
                return (1, numbers.get(n.pathway, 0), n.row, n.column)
            return (0 if n.column < first_lane else 2, 0, n.column, n.row)

        return [n.id for n in sorted(self.structure.nodes, key=key)]

    def outgoing(self, node_id: str) -> list[Edge]:
        return [e for e in self.structure.edges if e.source == node_id]
