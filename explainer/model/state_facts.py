"""One U.S. state's picture in a pack: its facts, each pathway's mark, its review date; and the checks on state tags.

A fact may name the states it is about (``states: [WA]``) and, for one of them,
the pathway a law or policy in it limits (``limits: access``) or a sourced case
documents (``documents: access``). A pathway's mark for a state comes only from
such facts: with none, the pathway is "no facts in this pack" — never a guess.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from msgspec import Struct

from explainer.model.pack import Pack
from explainer.model.structure import Fact, Structure
from explainer.model.unsafe import unsafe
from explainer.model.us_states import codes_line, is_state

MarkKind = Literal["limited", "documented", "none"]


class PathwayMark(Struct, frozen=True):
    """What the pack says about one pathway in one state: the facts that limit it and those that document it."""

    pathway: str
    limited: tuple[Fact, ...]
    documented: tuple[Fact, ...]

    @property
    def kinds(self) -> tuple[MarkKind, ...]:
        """``limited`` and/or ``documented``, or ``("none",)`` when the pack has no such fact."""
        kinds: list[MarkKind] = []
        if self.limited:
            kinds.append("limited")
        if self.documented:
            kinds.append("documented")
        return tuple(kinds) or ("none",)


class StatePicture(Struct, frozen=True):
    """Everything the pack says about one state, in the pack's order."""

    code: str
    facts: tuple[Fact, ...]
    """Every fact tagged with the state."""
    general: tuple[Fact, ...]
    """Those that neither limit nor document a pathway (for example, who gets a license)."""
    marks: dict[str, PathwayMark]
    """Each pathway's mark, in pathway order."""
    reviewed: str
    """When the pack last reviewed this state (``state_reviews``, else the pack's ``reviewed``)."""
    sources: tuple[str, ...]
    """The ids of the sources its facts cite, first cited first."""

    def facts_about(self, item_id: str) -> list[Fact]:
        """The state's facts that belong to a node, arrow or pathway."""
        return [f for f in self.facts if item_id in f.about]


def picture(pack: Pack, code: str) -> StatePicture:
    """The picture of state ``code`` (a valid, upper-case code) in ``pack``."""
    facts = tuple(f for f in pack.structure.facts if code in f.states)
    marks = {
        p: PathwayMark(p, tuple(f for f in facts if f.limits == p), tuple(f for f in facts if f.documents == p))
        for p in pack.pathways
    }
    sources: list[str] = []
    for fact in facts:
        sources += [s for s in fact.sources if s not in sources]
    return StatePicture(
        code=code,
        facts=facts,
        general=tuple(f for f in facts if f.limits is None and f.documents is None),
        marks=marks,
        reviewed=pack.structure.state_reviews.get(code, pack.structure.reviewed),
        sources=tuple(sources),
    )


def _real_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def check_state_facts(s: Structure, broken: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Every problem with the state tags, as (YAML path, message): unknown codes, marks without a state or a pathway.

    ``broken`` are the ids of items that failed to read: a mark naming one is not reported again.
    """
    problems: list[tuple[str, str]] = []
    pathways = {p.id for p in s.pathways} | broken
    in_pathway = {n.id: n.pathway for n in s.nodes} | {e.id: e.pathway for e in s.edges} | {p: p for p in pathways}
    for i, f in enumerate(s.facts):
        at = f"$.facts[{i}]"
        for j, code in enumerate(f.states):
            if not is_state(code):
                problems.append((f"{at}.states[{j}]", f"unknown state '{code}'; use one of: {codes_line()}"))
        if f.limits is not None and f.documents is not None:
            problems.append((f"{at}.documents", f"fact '{f.id}' both limits and documents a pathway; split it in two"))
        for mark in ("limits", "documents"):
            pathway = getattr(f, mark)
            if pathway is None:
                continue
            if pathway not in pathways:
                problems.append((f"{at}.{mark}", f"unknown pathway '{pathway}'"))
            elif not f.states:
                problems.append((f"{at}.{mark}", f"fact '{f.id}' marks pathway '{pathway}' but names no state "
                                 "(add states: [..])"))
            elif pathway not in broken and not any(in_pathway.get(item) == pathway for item in f.about):
                problems.append((f"{at}.{mark}", f"fact '{f.id}' marks pathway '{pathway}' but is about none of "
                                 "its parts (add the pathway or one of its boxes to about)"))
        if f.law is not None:
            if f.limits is None:
                problems.append((f"{at}.law", f"fact '{f.id}' names a law but limits no pathway (add limits:)"))
            if found := unsafe(f.law):
                problems.append((f"{at}.law", f"law: {found[1]}"))
    for code, day in s.state_reviews.items():
        if not is_state(code):
            problems.append((f"$.state_reviews.{code}", f"unknown state '{code}'; use one of: {codes_line()}"))
        elif not _real_date(day):
            problems.append((f"$.state_reviews.{code}", f"'{day}' is not a real date (year-month-day)"))
    return problems
