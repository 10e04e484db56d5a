"""Tour cards: what a tour step puts on the projector (a fact, a demand, or a pathway's actions), and their checks.

Qt-free. The presenter's audience card and the step checks both read :func:`card_kind`.
"""

from __future__ import annotations

from typing import Literal

from explainer.model.structure import Structure, TourCard

CardKind = Literal["fact", "demand", "actions"]
KINDS: tuple[CardKind, ...] = ("fact", "demand", "actions")


def card_kind(card: TourCard) -> tuple[CardKind, str] | None:
    """The one thing ``card`` shows, as (kind, id); ``None`` if it names none (a pack that failed its checks)."""
    for kind in KINDS:
        value = getattr(card, kind)
        if value is not None:
            return kind, str(value)
    return None


def check_cards(s: Structure, broken: frozenset[str]) -> list[tuple[str, str]]:
    """Each tour card names exactly one thing, and that thing exists, as (YAML path, message); ids in ``broken`` pass."""
    problems: list[tuple[str, str]] = []
    known = {
        "fact": sorted(f.id for f in s.facts),
        "demand": sorted(a.id for a in s.actions if a.kind == "demand"),
        "actions": [p.id for p in sorted(s.pathways, key=lambda p: p.number)],
    }
    for i, step in enumerate(s.tour):
        card = step.card
        if card is None:
            continue
        named = [kind for kind in KINDS if getattr(card, kind) is not None]
        if len(named) != 1:
            problems.append((f"$.tour[{i}].card", "a card shows exactly one of: fact, demand, actions "
                             f"(this one names {', '.join(named) or 'none'})"))
            continue
        kind = named[0]
        value = str(getattr(card, kind))
        if value not in known[kind] and value not in broken:
            what = {"fact": "fact", "demand": "demand", "actions": "pathway"}[kind]
            listed = known[kind]
            choices = ", ".join(listed[:12]) + (", …" if len(listed) > 12 else "")
            problems.append((f"$.tour[{i}].card.{kind}", f"unknown {what} '{value}'; use one of: {choices or '(none)'}"))
    return problems
