"""What the panel says about one U.S. state, as HTML: pure functions.

A state's marks, facts and summary come only from facts the pack tags with
that state (``model.state_facts``); where there are none the panel says
"no facts in this pack", never a guess.
"""

from __future__ import annotations

from explainer.model.pack import Pack, Words
from explainer.model.state_facts import PathwayMark, StatePicture, picture
from explainer.model.state_words import mark_words, state_word
from explainer.model.structure import Fact
from explainer.model.us_states import state_name
from explainer.wording import DateFormat, escape, source_line


def _laws(mark: PathwayMark, language: str, fmt: DateFormat) -> str:
    """``Keep Washington Working Act (2019), as of 2025; state policy, as of 2018``: each limit and its date."""
    seen: list[str] = []
    for fact in mark.limited:
        as_of = state_word(language, "as_of", date=fmt(fact.as_of))
        text = f"{fact.law or state_word(language, 'policy')}, {as_of}"
        if text not in seen:
            seen.append(text)
    return "; ".join(seen)


def mark_text(mark: PathwayMark, language: str, fmt: DateFormat, symbols: bool = True) -> str:
    """A pathway's marks in one state as plain text, each with its symbol (not for a screen reader, which would
    read the symbol's name): for the panel, the handout, an item's accessible description."""
    parts = []
    for kind in mark.kinds:
        text = mark_words(language, kind) if symbols else state_word(language, kind)
        if kind == "limited":
            text += f" ({_laws(mark, language, fmt)})"
        parts.append(text)
    return "; ".join(parts)


def mark_line(pack: Pack, language: str, code: str, pathway_id: str, fmt: DateFormat, symbols: bool = True) -> str:
    """``In Washington: § Limited by state law or policy (…)`` for one pathway, as plain text."""
    mark = picture(pack, code).marks[pathway_id]
    return state_word(language, "mark_line", state=state_name(code, language),
                      marks=mark_text(mark, language, fmt, symbols))


def _fact(fact: Fact, pack: Pack, words: Words, fmt: DateFormat) -> str:
    as_of = escape(words.ui("as_of", date=fmt(fact.as_of)))
    sources = [source_line(pack.sources[i], words, fmt, address=False) for i in fact.sources if i in pack.sources]
    cited = f"<p class='source'><b>{escape(words.ui('source_label'))}:</b> {'<br/>'.join(sources)}</p>" if sources else ""
    return f"<div class='fact'><p>{escape(words.get(f'facts.{fact.id}'))} <i>{as_of}</i></p>{cited}</div>"


def _mark_p(mark: PathwayMark, words: Words, fmt: DateFormat) -> str:
    return f"<p class='mark'><b>{escape(mark_text(mark, words.code, fmt))}</b></p>"


def item_state_html(item_id: str, pack: Pack, words: Words, fmt: DateFormat, code: str) -> tuple[str, set[str]]:
    """The state's part of an item's panel (its pathway's mark, then its facts) and the ids of the facts shown."""
    state = picture(pack, code)
    name = state_name(code, words.code)
    parts = [f"<h3>{escape(state_word(words.code, 'in_state', state=name))}</h3>"]
    pathway = pack.pathway_of(item_id)
    if pathway:
        parts.append(_mark_p(state.marks[pathway], words, fmt))
    facts = state.facts_about(item_id)
    if facts:
        parts.extend(_fact(f, pack, words, fmt) for f in facts)
    elif not pathway:
        parts.append(f"<p>{escape(state_word(words.code, 'no_state_facts_here', state=name))}</p>")
    return "".join(parts), {f.id for f in facts}


def demand_state_html(demand_id: str, pack: Pack, words: Words, fmt: DateFormat, code: str) -> str:
    """Under a demand: what is already won in the state (the laws that limit its pathway) or that it is still open."""
    action = pack.actions[demand_id]
    state = picture(pack, code)
    name = state_name(code, words.code)
    lines = []
    for pathway in pack.demands.closes(action.id):  # a pathway's demand is the source of truth; a demand may list none
        mark = state.marks.get(pathway)
        if mark is None:
            continue
        if mark.limited:
            lines.append(f"<p class='won'><b>{escape(state_word(words.code, 'won', state=name))}:</b> "
                         f"{escape(_laws(mark, words.code, fmt))}</p>")
        else:
            lines.append(f"<p class='open'><b>{escape(state_word(words.code, 'open', state=name))}:</b> "
                         f"{escape(state_word(words.code, 'open_text', state=name))}</p>")
    return "".join(lines)


def summary_html(pack: Pack, words: Words, fmt: DateFormat, code: str) -> str:
    """The one-screen state summary: each pathway's mark, the state's own facts, its sources, its review date."""
    state: StatePicture = picture(pack, code)
    lang = words.code
    name = state_name(code, lang)
    parts = [f"<h2>{escape(state_word(lang, 'summary_title', state=name))}</h2>"]
    if not state.facts:
        parts.append(f"<p>{escape(state_word(lang, 'summary_none', state=name))}</p>")
    parts.append(f"<h3>{escape(state_word(lang, 'summary_pathways', state=name))}</h3>")
    for pathway_id, mark in state.marks.items():
        p = pack.pathways[pathway_id]
        badge = escape(words.ui("pathway_number", number=p.number))
        title = escape(words.get(f"pathways.{pathway_id}.title"))
        parts.append(f"<p class='badge' style='color:{p.colour}'><b>{badge}</b> · {title}</p>")
        parts.append(_mark_p(mark, words, fmt))
    if state.general:
        parts.append(f"<h3>{escape(state_word(lang, 'summary_facts', state=name))}</h3>")
        parts.extend(_fact(f, pack, words, fmt) for f in state.general)
    if state.sources:
        parts.append(f"<h3>{escape(state_word(lang, 'summary_sources', state=name))}</h3>")
        parts.append("<p class='source'>" + "<br/>".join(
            source_line(pack.sources[s], words, fmt, address=False) for s in state.sources if s in pack.sources)
            + "</p>")
    parts.append(f"<p class='note'>{escape(state_word(lang, 'summary_reviewed', state=name, date=fmt(state.reviewed)))}"
                 f"<br/>{escape(state_word(lang, 'summary_hint', state=name))}</p>")
    return "".join(parts)
