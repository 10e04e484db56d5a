"""What the panel says about a node, an arrow or a pathway, as HTML: pure functions.

Dates are formatted by a function passed in, so the language's own month
names and digits come from the caller (Qt's ``QLocale`` in the app).
"""

from __future__ import annotations

from collections.abc import Iterable

from explainer.model.pack import Pack, Words
from explainer.model.state_words import state_word
from explainer.model.structure import Action
from explainer.panels import state_panel
from explainer.panels.markdown import render_markdown
from explainer.wording import DateFormat, escape, source_line


def _sources(ids: Iterable[str], pack: Pack, words: Words, fmt: DateFormat) -> str:
    lines = [source_line(pack.sources[i], words, fmt, address=False) for i in ids if i in pack.sources]
    if not lines:
        return ""
    label = escape(words.ui("source_label"))
    return "<p class='source'><b>" + label + ":</b> " + "<br/>".join(lines) + "</p>"


def pathway_badge(pack: Pack, words: Words, pathway_id: str) -> str:
    p = pack.pathways[pathway_id]
    number = escape(words.ui("pathway_number", number=p.number))
    title = escape(words.get(f"pathways.{pathway_id}.title"))
    return f"<p class='badge' style='color:{p.colour}'><b>{number}</b> · {title}</p>"


def _facts(item_id: str, pack: Pack, words: Words, fmt: DateFormat, shown: set[str] | None = None,
           heading: str | None = None) -> str:
    """The facts about an item, except those already ``shown`` (a state's, above them)."""
    facts = [f for f in pack.facts_about(item_id) if not shown or f.id not in shown]
    if not facts:
        return ""
    parts = [f"<h3>{escape(heading or words.ui('facts_heading'))}</h3>"]
    for fact in facts:
        as_of = escape(words.ui("as_of", date=fmt(fact.as_of)))
        parts.append(
            f"<div class='fact'><p>{escape(words.get(f'facts.{fact.id}'))} <i>{as_of}</i></p>"
            f"{_sources(fact.sources, pack, words, fmt)}</div>"
        )
    return "".join(parts)


def _action(action: Action, pack: Pack, words: Words, fmt: DateFormat, label: str = "") -> str:
    title = escape(words.get(f"actions.{action.id}.title"))
    text = escape(words.get(f"actions.{action.id}.text"))
    head = f"<span class='label'>{escape(label)}</span><br/>" if label else ""
    return f"<div class='action'><p>{head}<b>{title}</b></p><p>{text}</p>{_sources(action.sources, pack, words, fmt)}</div>"


def actions_html(pathway_id: str | None, pack: Pack, words: Words, fmt: DateFormat, qr_image: str | None = None,
                 state: str | None = None) -> str:
    """The demands that would close the pathway, what people can do now, and the legal note.

    ``qr_image`` names an image resource of the code that carries these actions; it is shown under them.
    With a ``state``, each demand says what is already won there and what is still open.
    """
    parts = [f"<h3>{escape(words.ui('actions_heading'))}</h3>"]
    for demand in pack.demands_for(pathway_id):
        badge = ""
        if pathway_id is None and demand.pathways:
            badge = pathway_badge(pack, words, demand.pathways[0])
        parts.append(badge + _action(demand, pack, words, fmt, words.ui("demand_label")))
        if state:
            parts.append(state_panel.demand_state_html(demand.id, pack, words, fmt, state))
    steps = pack.steps_now(pathway_id)
    if steps:
        parts.append(f"<h3>{escape(words.ui('now_heading'))}</h3>")
        parts.extend(_action(a, pack, words, fmt) for a in steps)
    parts.append(f"<p class='note'>{escape(words.ui('not_legal_advice'))}</p>")
    if qr_image:
        parts.append(f"<div class='qr'><img src='{escape(qr_image)}'/></div><p class='note'>{escape(words.ui('qr_caption'))}</p>")
    return "".join(parts)


def item_html(item_id: str, pack: Pack, words: Words, fmt: DateFormat, qr_image: str | None = None,
              state: str | None = None) -> str:
    """Everything the panel shows for one node, arrow or pathway; with a ``state``, its facts come first."""
    pathway = pack.pathway_of(item_id)
    parts: list[str] = []
    if pathway:
        parts.append(pathway_badge(pack, words, pathway))
    if item_id in pack.pathways:
        parts.append(f"<h2>{escape(words.get(f'pathways.{item_id}.title'))}</h2>")
        parts.append(f"<p>{escape(words.get(f'pathways.{item_id}.short'))}</p>")
    else:
        parts.append(f"<h2>{escape(words.title(item_id))}</h2>")
        if item_id in pack.edges:
            edge = pack.edges[item_id]
            arrow = words.ui("arrow_name", source=words.title(edge.source), target=words.title(edge.target))
            parts.append(f"<p class='muted'>{escape(arrow)}</p>")
        parts.append(render_markdown(words.get(f"explain.{item_id}")))
    if state:
        state_part, shown = state_panel.item_state_html(item_id, pack, words, fmt, state)
        parts.append(state_part)
        parts.append(_facts(item_id, pack, words, fmt, shown, state_word(words.code, "national")))
    else:
        parts.append(_facts(item_id, pack, words, fmt))
    parts.append(actions_html(pathway, pack, words, fmt, qr_image, state))
    return "".join(parts)


def intro_html(pack: Pack, words: Words, fmt: DateFormat) -> str:
    """The opening panel: the introduction and the three pathways in a line each."""
    parts = [f"<h2>{escape(words.get('title'))}</h2>", render_markdown(words.get("intro"))]
    for pathway_id in pack.pathways:
        parts.append(pathway_badge(pack, words, pathway_id))
        parts.append(f"<p>{escape(words.get(f'pathways.{pathway_id}.short'))}</p>")
    parts.append(f"<p class='note'>{escape(words.ui('offline_note'))}<br/>"
                 f"{escape(words.ui('reviewed', date=fmt(pack.structure.reviewed)))}</p>")
    return "".join(parts)


def sources_html(pack: Pack, words: Words, fmt: DateFormat) -> str:
    """Every source, with the pack's note on it (how it was read, which version) and what it is cited for."""
    parts = [f"<h2>{escape(words.ui('sources'))}</h2>"]
    cited: dict[str, list[str]] = {}
    for fact in pack.structure.facts:
        for source_id in fact.sources:
            for about in fact.about:
                if about in pack.edges:
                    continue
                name = words.title(about)
                if name not in cited.setdefault(source_id, []):
                    cited[source_id].append(name)
    for source in sorted(pack.sources.values(), key=lambda s: (s.publisher.lower(), s.title.lower())):
        parts.append(f"<p class='sourceitem'>{source_line(source, words, fmt)}")
        note = words.get(f"sources.{source.id}.note")
        if note:
            parts.append(f"<br/><span class='note'>{escape(note)}</span>")
        if source.id in cited:
            parts.append(f"<br/><i>{escape(words.ui('cites'))}: {escape(', '.join(cited[source.id]))}</i>")
        parts.append("</p>")
    return "".join(parts)


def about_html(pack: Pack, words: Words, fmt: DateFormat, signature: str = "") -> str:
    """The pack's About page; ``signature`` says who signed the pack, or that nobody did (``packsign.status``)."""
    s = pack.structure
    signed = f" · {escape(signature)}" if signature else ""
    return (f"<h2>{escape(words.ui('about'))}</h2>" + render_markdown(words.get("about"))
            + f"<p class='note'>{escape(words.ui('reviewed', date=fmt(s.reviewed)))} · {escape(s.id)} {escape(s.version)}"
            + f"{signed}</p>")
