"""What the panel says, action first: a short summary, "What you can do", then the facts and sources (pure HTML).

Every panel (box, arrow, lane, overview) reads in this order, so that the
demand that closes a pathway and its steps are on the first screen:

1. a plain summary (the first paragraph of the part's page, or the pathway's short text);
2. **What you can do**: the demand that closes the pathway, with its short how, then the steps, each with its how
   (a part on no pathway lists every pathway's demand and steps briefly, under the pathway's name and colour);
   a demand shown as won says what it would stop, what would still get through, and where it is already done;
3. the rest of the page, then **Facts and sources** with their count.

Headings are ``<h2>``/``<h3>``/``<h4>``: Qt keeps them as heading levels in the document, so a screen reader
can jump to "What you can do". A chosen U.S. state's part (``state_panel``) follows "What you can do".
"""

from __future__ import annotations

import re
from collections.abc import Set

from explainer.model.pack import Pack, Words
from explainer.model.structure import Action, Fact
from explainer.model.us_states import state_name
from explainer.panels.explanation import pathway_badge
from explainer.panels.markdown import render_markdown
from explainer.wording import DateFormat, escape, source_line

Won = Set[str]


SUMMARY_CHARS = 240
"""About three short sentences: longer first paragraphs keep their first sentences here, the rest goes below."""
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


def split_page(page: str) -> tuple[str, str]:
    """A page's summary (its first paragraph, or that paragraph's first sentences) and the rest, still Markdown.

    So that "What you can do" is on the first screen, a long first paragraph is cut after the last sentence
    that ends within :data:`SUMMARY_CHARS` (always after the first), and the other sentences open the rest.
    """
    head, _sep, rest = page.strip().partition("\n\n")
    rest = rest.strip()
    if len(head) <= SUMMARY_CHARS or head.lstrip().startswith(("-", "*", "#", "1.", ">")):
        return head, rest
    sentences = _SENTENCE_END.split(head)
    kept = [sentences[0]]
    for sentence in sentences[1:]:
        if len(" ".join([*kept, sentence])) > SUMMARY_CHARS:
            break
        kept.append(sentence)
    tail = " ".join(sentences[len(kept):])
    return " ".join(kept), (tail + ("\n\n" + rest if rest else "")).strip()


def _sources(ids: list[str], pack: Pack, words: Words, fmt: DateFormat) -> str:
    lines = [source_line(pack.sources[i], words, fmt, address=False) for i in ids if i in pack.sources]
    if not lines:
        return ""
    return f"<p class='source'><b>{escape(words.ui('source_label'))}:</b> " + "<br/>".join(lines) + "</p>"


def _fact(fact: Fact, pack: Pack, words: Words, fmt: DateFormat, lead: str = "") -> str:
    as_of = escape(words.ui("as_of", date=fmt(fact.as_of)))
    lead_html = f"<b>{escape(lead)}</b> · " if lead else ""
    return (f"<div class='fact'><p>{lead_html}{escape(words.get(f'facts.{fact.id}'))} <i>{as_of}</i></p>"
            f"{_sources(fact.sources, pack, words, fmt)}</div>")


def _how(action: Action, words: Words, label: str = "") -> str:
    """An action's title and its short how, the first thing a person reads of it."""
    head = f"<span class='label'>{escape(label)}</span> · " if label else ""
    return (f"<p class='step'>{head}<b>{escape(words.get(f'actions.{action.id}.title'))}</b><br/>"
            f"{escape(words.how(action.id))}</p>")


def _full(action: Action, pack: Pack, words: Words, fmt: DateFormat, label: str = "", after_how: str = "") -> str:
    """Title and how (then ``after_how``), then why (the action's text) and its sources, smaller."""
    why = words.get(f"actions.{action.id}.text")
    why_html = f"<p class='why'>{escape(why)}</p>" if why else ""
    return (f"<div class='action'>{_how(action, words, label)}{after_how}{why_html}"
            f"{_sources(action.sources, pack, words, fmt)}</div>")


def won_html(pathway_id: str, pack: Pack, words: Words, fmt: DateFormat, won: Won) -> str:
    """A demand shown as won: what it stops, what still gets through the other pathways, where it is already done."""
    demands = pack.demands
    p = pack.pathways[pathway_id]
    starts, ends = demands.ends(pathway_id)
    start = ", ".join(words.title(n) for n in starts)
    end = ", ".join(words.title(n) for n in ends)
    parts = [f"<div class='won'><p class='label'>{escape(words.ui('won_label'))}</p>",
             "<p>" + escape(words.ui("won_cut", number=p.number, pathway=words.get(f"pathways.{pathway_id}.title"),
                                     start=start, end=end)) + "</p>"]
    cut = set(demands.cut(won))
    still = [q for q in pack.pathways if q not in cut]
    if still:
        parts.append(f"<p>{escape(words.ui('won_still', end=end))}</p>")
        parts.extend(pathway_badge(pack, words, q) for q in still)
    else:
        parts.append(f"<p>{escape(words.ui('won_none_left', end=end))}</p>")
    done = demands.done_in(pathway_id)
    if done:
        parts.append(f"<h4>{escape(words.ui('won_done_in'))}</h4>")
        for fact in done:
            lead = ", ".join(state_name(code, words.code) for code in fact.states)
            if fact.law:
                lead += f": {fact.law}"
            parts.append(_fact(fact, pack, words, fmt, lead))
    parts.append("</div>")
    return "".join(parts)


def act_html(pathway_id: str | None, pack: Pack, words: Words, fmt: DateFormat, qr_image: str | None = None,
             state: str | None = None, won: Won = frozenset()) -> str:
    """ "What you can do": the pathway's demand and steps in full, or every pathway's briefly (``None``)."""
    parts = [f"<h3>{escape(words.ui('act_heading'))}</h3>"]
    if pathway_id is not None:
        demand = pack.demands.demand_of(pathway_id)
        if demand is not None:
            shown_won = won_html(pathway_id, pack, words, fmt, won) if demand.id in won else ""
            parts.append(_full(demand, pack, words, fmt, words.ui("demand_label"), shown_won))
            if state:
                from explainer.panels import state_panel  # the chosen state's part (issue 14)

                parts.append(state_panel.demand_state_html(demand.id, pack, words, fmt, state))
        steps = pack.steps_now(pathway_id)
        if steps:
            parts.append(f"<h4>{escape(words.ui('steps_heading'))}</h4>")
            parts.extend(_full(a, pack, words, fmt) for a in steps)
    else:
        for pid in pack.pathways:
            demand = pack.demands.demand_of(pid)
            parts.append(pathway_badge(pack, words, pid))
            if demand is not None:
                parts.append(_how(demand, words, words.ui("demand_label")))
                if demand.id in won:
                    parts.append(won_html(pid, pack, words, fmt, won))
            parts.extend(_how(a, words) for a in pack.demands.own_steps(pid))
        general = pack.demands.general_steps()
        if general:
            parts.append(f"<h4>{escape(words.ui('steps_heading'))}</h4>")
            parts.extend(_how(a, words) for a in general)
    parts.append(f"<p class='note'>{escape(words.ui('not_legal_advice'))}</p>")
    if qr_image:
        parts.append(f"<div class='qr'><img src='{escape(qr_image)}'/></div>"
                     f"<p class='note'>{escape(words.ui('qr_caption'))}</p>")
    return "".join(parts)


def facts_html(item_id: str, pack: Pack, words: Words, fmt: DateFormat, shown: Set[str] = frozenset()) -> str:
    """ "Facts and sources (N)": the facts about an item, except those already ``shown`` above."""
    facts = [f for f in pack.facts_about(item_id) if f.id not in shown]
    if not facts:
        return ""
    heading = escape(words.ui("facts_count_heading", count=len(facts)))
    return f"<h3>{heading}</h3>" + "".join(_fact(f, pack, words, fmt) for f in facts)


def item_html(item_id: str, pack: Pack, words: Words, fmt: DateFormat, qr_image: str | None = None,
              state: str | None = None, won: Won = frozenset()) -> str:
    """Everything the panel shows for one node, arrow or pathway, action first."""
    pathway = pack.pathway_of(item_id)
    parts: list[str] = []
    if pathway:
        parts.append(pathway_badge(pack, words, pathway))
    if item_id in pack.pathways:
        parts.append(f"<h2>{escape(words.get(f'pathways.{item_id}.title'))}</h2>")
        summary, more = words.get(f"pathways.{item_id}.short"), ""
        parts.append(f"<p>{escape(summary)}</p>")
    else:
        parts.append(f"<h2>{escape(words.title(item_id))}</h2>")
        if item_id in pack.edges:
            edge = pack.edges[item_id]
            arrow = words.ui("arrow_name", source=words.title(edge.source), target=words.title(edge.target))
            parts.append(f"<p class='arrowname'>{escape(arrow)}</p>")
        summary, more = split_page(words.get(f"explain.{item_id}"))
        parts.append(render_markdown(summary))
    parts.append(act_html(pathway, pack, words, fmt, qr_image, state, won))
    shown: set[str] = set()
    if state:
        from explainer.panels import state_panel

        state_part, shown = state_panel.item_state_html(item_id, pack, words, fmt, state)
        parts.append(state_part)
    if more:
        parts.append(f"<h3>{escape(words.ui('more_heading'))}</h3>{render_markdown(more)}")
    parts.append(facts_html(item_id, pack, words, fmt, shown))
    return "".join(parts)


def overview_html(pack: Pack, words: Words, fmt: DateFormat, won: Won = frozenset()) -> str:
    """The opening panel: the introduction's first paragraph, every pathway's demand, then the rest and the lanes."""
    summary, more = split_page(words.get("intro"))
    parts = [f"<h2>{escape(words.get('title'))}</h2>", render_markdown(summary),
             act_html(None, pack, words, fmt, won=won),
             f"<h3>{escape(words.ui('more_heading'))}</h3>", render_markdown(more)]
    for pathway_id in pack.pathways:
        parts.append(pathway_badge(pack, words, pathway_id))
        parts.append(f"<p>{escape(words.get(f'pathways.{pathway_id}.short'))}</p>")
    parts.append(f"<p class='note'>{escape(words.ui('offline_note'))}<br/>"
                 f"{escape(words.ui('reviewed', date=fmt(pack.structure.reviewed)))}</p>")
    return "".join(parts)
