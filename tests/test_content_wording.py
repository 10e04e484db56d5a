"""The bundled pack's wording rules that a checker can see: acronyms spelled out, no invitation to self-disclose.

WRITING.md asks that each acronym be spelled out the first time it appears on a
screen. A panel shows an item's summary (a pathway's short text, or a box's or
arrow's explanation), then its facts and its actions, in either order, so the
rule must hold both ways round.
"""

from __future__ import annotations

import re

import pytest

from explainer.model import Pack

ACRONYMS = ("DMV", "ICE", "NCIC", "DAPS", "RMV", "DPPA", "HSI", "ERO", "FBI", "DHS", "CLETS", "NILC", "STOP")
"""Acronyms the pack uses that a reader may not know."""


def _undefined(texts: list[str]) -> list[str]:
    """Acronyms whose first use in ``texts`` (read in order) is not spelled out beside it.

    Spelled out means written as ``Long Name (ACR)``, ``(Long name, ACR)`` or ``ACR (Long Name)``.
    """
    joined = "\n".join(texts)
    missing = []
    for acronym in ACRONYMS:
        first = re.search(rf"\b{acronym}\b", joined)
        if first is None:
            continue
        after = joined[first.end():first.end() + 2]
        if not (after.startswith(")") or after == " ("):
            missing.append(acronym)
    return missing


def _panels(pack: Pack, code: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """For the overview and every box, arrow and lane: (summary, facts, actions) as the panel shows them."""
    words = pack.language(code)

    def actions(pathway: str | None) -> list[str]:
        chosen = [*pack.demands_for(pathway), *pack.steps_now(pathway)]
        return [words.get(f"actions.{a.id}.text") for a in chosen]

    def facts(item: str) -> list[str]:
        return [words.get(f"facts.{f.id}") for f in pack.facts_about(item)]

    shorts = [words.get(f"pathways.{p}.short") for p in pack.pathways]
    panels: dict[str, tuple[list[str], list[str], list[str]]] = {
        "(overview)": ([words.get("intro"), *shorts], [], actions(None)),
    }
    for item in [*pack.nodes, *pack.edges]:
        panels[item] = ([words.get(f"explain.{item}")], facts(item), actions(pack.pathway_of(item)))
    for pathway in pack.pathways:
        panels[pathway] = ([words.get(f"pathways.{pathway}.short")], facts(pathway), actions(pathway))
    return panels


@pytest.mark.parametrize("code", ["en", "es"])
def test_every_panel_spells_out_each_acronym_where_it_first_appears(bundled: Pack, code: str) -> None:
    problems: dict[str, list[str]] = {}
    for item, (summary, facts, actions) in _panels(bundled, code).items():
        for order in ([*summary, *facts, *actions], [*summary, *actions, *facts]):
            missing = _undefined(order)
            if missing:
                problems[item] = missing
    assert problems == {}


def test_the_checker_catches_an_acronym_used_before_it_is_spelled_out() -> None:
    assert _undefined(["ICE asks.", "U.S. Immigration and Customs Enforcement (ICE) asks."]) == ["ICE"]
    assert _undefined(["The FBI (Federal Bureau of Investigation) and the DMV (Department of Motor Vehicles)."]) == []
    assert _undefined(["La ley (Driver's Privacy Protection Act, DPPA) y la DPPA."]) == []


@pytest.mark.parametrize("code", ["en", "es"])
def test_presenter_notes_never_ask_the_room_about_themselves(bundled: Pack, code: str) -> None:
    """Notes ask about people in general; phrases that invite someone to tell their own story stay out."""
    asks = {
        "en": r"what did you (hand|give)|who already works|raise your hand|tell us about your",
        "es": r"qué entregaron|quién ya trabaja|levante la mano|cuéntenos sobre su",
    }[code]
    words = bundled.language(code)
    for step in bundled.structure.tour:
        notes = words.get(f"tour.{step.id}.notes")
        assert not re.search(asks, notes, re.IGNORECASE), (step.id, notes)


@pytest.mark.parametrize("code", ["en", "es"])
def test_every_action_says_how(bundled: Pack, code: str) -> None:
    """Each demand and step carries a short "how": what a person actually does."""
    words = bundled.language(code)
    for action in bundled.structure.actions:
        how = words.how(action.id)
        assert 0 < how.count(".") <= 2, (action.id, how)
