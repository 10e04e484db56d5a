"""Demands and actions: which demand closes which pathway, and which action steps belong to it (Qt-free).

The one source of truth is each pathway's ``demand`` in ``pack.yaml``. A demand
may also list ``pathways``, but only the ones that name it: anything else is a
contradiction the checker reports at its line. A ``now`` step belongs to the
pathways it lists, or to every pathway when it lists none. Screen, presenter,
kiosk and handout all ask :class:`Demands`, never the raw lists.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from msgspec import Struct

from explainer.model.structure import Action, Edge, Fact, Structure


class Demands(Struct, frozen=True):
    """Which demand closes each pathway, and the action steps of each pathway, read from one structure."""

    structure: Structure

    def demand_of(self, pathway_id: str) -> Action | None:
        """The demand that would close ``pathway_id`` (``None`` only for a pack that failed its checks)."""
        demand_id = next((p.demand for p in self.structure.pathways if p.id == pathway_id), None)
        return next((a for a in self.structure.actions if a.id == demand_id and a.kind == "demand"), None)

    def demands(self) -> list[Action]:
        """Every demand some pathway names, in pathway order, each once."""
        seen: list[Action] = []
        for pathway in sorted(self.structure.pathways, key=lambda p: p.number):
            demand = self.demand_of(pathway.id)
            if demand is not None and demand not in seen:
                seen.append(demand)
        return seen

    def closes(self, demand_id: str) -> list[str]:
        """The pathways ``demand_id`` would close, in pathway order."""
        return [p.id for p in sorted(self.structure.pathways, key=lambda p: p.number) if p.demand == demand_id]

    def steps(self, pathway_id: str | None) -> list[Action]:
        """What people can do now for ``pathway_id``: its own steps and the general ones (``None``: every step)."""
        return [a for a in self.structure.actions
                if a.kind == "now" and (pathway_id is None or not a.pathways or pathway_id in a.pathways)]

    def own_steps(self, pathway_id: str) -> list[Action]:
        """The steps that name ``pathway_id`` itself (not the general ones)."""
        return [a for a in self.structure.actions if a.kind == "now" and pathway_id in a.pathways]

    def general_steps(self) -> list[Action]:
        """The steps that belong to every pathway."""
        return [a for a in self.structure.actions if a.kind == "now" and not a.pathways]

    def entries(self, pathway_id: str) -> list[Edge]:
        """The pathway's arrows that bring data into it from outside its lane (where a won demand cuts it)."""
        inside = {n.id for n in self.structure.nodes if n.pathway == pathway_id}
        return [e for e in self.structure.edges if e.pathway == pathway_id and e.source not in inside]

    def ends(self, pathway_id: str) -> tuple[list[str], list[str]]:
        """The nodes outside the lane where the pathway's data starts and where it arrives (e.g. DMV and ICE)."""
        inside = {n.id for n in self.structure.nodes if n.pathway == pathway_id}
        starts: list[str] = []
        ends: list[str] = []
        for e in self.structure.edges:
            if e.pathway != pathway_id:
                continue
            if e.source not in inside and e.source not in starts:
                starts.append(e.source)
            if e.target not in inside and e.target not in ends:
                ends.append(e.target)
        return starts, ends

    def cut(self, won: AbstractSet[str]) -> list[str]:
        """The pathways closed by the demands in ``won``, in pathway order."""
        return [p.id for p in sorted(self.structure.pathways, key=lambda p: p.number) if p.demand in won]

    def done_in(self, pathway_id: str) -> list[Fact]:
        """Facts about a state law or policy that already limits ``pathway_id``: where something like its demand won."""
        return [f for f in self.structure.facts if f.limits == pathway_id and f.states]


LISTED = 30
"""At most this many valid demand ids in one message (a hostile pack may hold a thousand)."""


def check_demands(s: Structure, broken: frozenset[str]) -> list[tuple[str, str]]:
    """Contradictions between pathways, demands and the tour, as (YAML path, message); ids in ``broken`` pass."""
    problems: list[tuple[str, str]] = []
    kinds = {a.id: a.kind for a in s.actions}
    named: dict[str, list[str]] = {}
    known = {p.id for p in s.pathways} | broken
    for i, p in enumerate(s.pathways):
        named.setdefault(p.demand, []).append(p.id)
        if kinds.get(p.demand) == "now":
            problems.append((f"$.pathways[{i}].demand",
                             f"'{p.demand}' is a 'now' step, not a demand; a pathway's demand must have kind: demand"))
    for i, a in enumerate(s.actions):
        if a.kind != "demand":
            continue
        closes = named.get(a.id, [])
        if not closes and a.id not in broken:
            problems.append((f"$.actions[{i}]",
                             f"demand '{a.id}' closes no pathway: name it as a pathway's demand (pathways: - demand: {a.id})"))
            continue
        for j, listed in enumerate(a.pathways):
            if listed not in closes and listed in known and listed not in broken:
                problems.append((f"$.actions[{i}].pathways[{j}]",
                                 f"demand '{a.id}' lists pathway '{listed}', but that pathway's demand is another; "
                                 f"it closes only {', '.join(closes)}"))
    demand_ids = {a.id for a in s.actions if a.kind == "demand"}  # a set: a hostile tour may list many ids
    names = sorted(demand_ids)
    listed = (", ".join(names[:LISTED]) + (", …" if len(names) > LISTED else "")) or "(none)"
    for i, step in enumerate(s.tour):
        for j, won in enumerate(step.won):
            if won not in demand_ids and won not in broken:
                problems.append((f"$.tour[{i}].won[{j}]", f"unknown demand '{won}'; use one of: {listed}"))
    return problems
