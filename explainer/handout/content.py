"""What a handout or a card says in one language, gathered from a pack: Qt-free."""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from explainer.actioncode.qr import actions_text, printed_choices
from explainer.model.contact import Contact
from explainer.model.pack import Pack
from explainer.model.state_facts import picture
from explainer.model.state_words import mark_words, state_word
from explainer.model.us_states import state_name
from explainer.wording import DateFormat, source_line


@dataclass(frozen=True, slots=True)
class PathwayText:
    """One pathway in a sentence, and the demand that would close it."""

    number: int
    badge: str
    title: str
    short: str
    demand_title: str
    demand_text: str
    demand_how: str = ""


@dataclass(frozen=True, slots=True)
class StepText:
    """Something people can do now; ``numbers`` are the pathways it is about (none: all)."""

    title: str
    text: str
    numbers: tuple[int, ...]
    how: str = ""
    """The short "how": what a person actually does (the card prints the title and this)."""


@dataclass(frozen=True, slots=True)
class HandoutText:
    """Every word of a handout or card in one language."""

    code: str
    rtl: bool
    title: str
    pathways: tuple[PathwayText, ...]
    actions_heading: str
    demand_label: str
    now_heading: str
    steps: tuple[StepText, ...]
    all_actions_code: str
    sources_heading: str
    sources_html: tuple[str, ...]
    """Publisher, title and date of each source the actions cite; the addresses are in the app."""
    more: str
    reviewed: str
    not_legal_advice: str
    offline_note: str
    qr_caption: str
    card_hint: str
    state_lines: tuple[str, ...] = ()
    """For a handout made for one U.S. state: its marks on each pathway, then what the pack holds about it."""
    contact_heading: str = ""
    contact: tuple[str, ...] = ()
    """A local group's name, phone, address and hours, as the organiser's contact file gives them (none: nothing)."""
    code_choices: tuple[str, ...] = ()
    """What the printed code may carry, richest first (``all_actions_code`` first): a page prints the first whose
    modules are big enough to scan in the room it has (``qr.printed_choices``)."""


def handout_text(pack: Pack, code: str, fmt: DateFormat, state: str | None = None,
                 contact: Contact | None = None) -> HandoutText:
    """The handout's words in language ``code``; dates through ``fmt``; sources are those the actions cite.

    ``contact`` is the organiser's local group, printed as given; without one the handout names none."""
    words = pack.language(code)
    pathways = []
    for pathway in pack.pathways.values():
        demand = pathway.demand
        pathways.append(PathwayText(
            number=pathway.number,
            badge=words.ui("pathway_number", number=pathway.number),
            title=words.get(f"pathways.{pathway.id}.title"),
            short=words.get(f"pathways.{pathway.id}.short"),
            demand_title=words.get(f"actions.{demand}.title"),
            demand_text=words.action_in_full(demand),
            demand_how=words.how(demand),
        ))
    steps = tuple(
        StepText(
            title=words.get(f"actions.{step.id}.title"),
            text=words.action_in_full(step.id),
            numbers=tuple(pack.pathways[p].number for p in step.pathways if p in pack.pathways),
            how=words.how(step.id),
        )
        for step in pack.steps_now(None)
    )
    cited: list[str] = []
    for action in pack.structure.actions:
        cited += [s for s in action.sources if s in pack.sources and s not in cited]
    return HandoutText(
        code=code,
        rtl=words.direction == "rtl",
        title=words.get("title"),
        pathways=tuple(pathways),
        actions_heading=words.ui("actions_heading"),
        demand_label=words.ui("demand_label"),
        now_heading=words.ui("now_heading"),
        steps=steps,
        all_actions_code=actions_text(pack, words, None),
        sources_heading=words.ui("sources"),
        sources_html=tuple(source_line(msgspec.structs.replace(pack.sources[s], url=None), words, fmt) for s in cited),
        more=words.ui("handout_more", count=len(pack.sources)),
        reviewed=words.ui("reviewed", date=fmt(pack.structure.reviewed)),
        not_legal_advice=words.ui("not_legal_advice"),
        offline_note=words.ui("offline_note"),
        qr_caption=words.ui("qr_caption"),
        card_hint=words.ui("card_hint"),
        state_lines=state_lines(pack, code, fmt, state) if state else (),
        contact_heading=words.ui("contact_heading") if contact and contact.lines() else "",
        contact=tuple(contact.lines()) if contact else (),
        code_choices=tuple(printed_choices(pack, words)),
    )


def state_lines(pack: Pack, code: str, fmt: DateFormat, state: str) -> tuple[str, ...]:
    """``Washington — Pathway 1: § Limited by …`` and a line on its facts and review date, in language ``code``."""
    words = pack.language(code)
    seen = picture(pack, state)
    name = state_name(state, code)
    # The marks' words only: the page is full at readable sizes; the laws' names and dates are in the app.
    marks = [f"{words.ui('pathway_number', number=pack.pathways[p].number)}: "
             + ", ".join(mark_words(code, kind) for kind in m.kinds) for p, m in seen.marks.items()]
    facts = state_word(code, "handout_facts", state=name, count=len(seen.facts)) if seen.facts else \
        state_word(code, "handout_none", state=name)
    reviewed = state_word(code, "summary_reviewed", state=name, date=fmt(seen.reviewed))
    return (f"{name} — " + " · ".join(marks), f"{facts} {reviewed}")
