"""What the kiosk says aloud when listening is on: the same words as on screen, as plain sentences (pure, no Qt).

Each function returns one text for the speech engine. The words come from the
pack and the app's interface words in the language given, the page text through
the Markdown parser's plain words, so nothing is read that the screen does not show.
"""

from __future__ import annotations

from explainer.model.pack import Pack, Words
from explainer.model.structure import Action
from explainer.panels.markdown import first_paragraph, plain_text
from explainer.panels.order import split_page

_ENDS = (".", "!", "?", ":", ";", "…", "。", "！", "？", "؟", "।", "።")


def sentences(parts: list[str]) -> str:
    """The non-empty parts as one text, each ending in a stop so a voice pauses between them."""
    out: list[str] = []
    for part in parts:
        text = " ".join(part.split())
        if text:
            out.append(text if text.endswith(_ENDS) else text + ".")
    return " ".join(out)


def _action(action: Action, words: Words, label: str = "") -> list[str]:
    title = words.get(f"actions.{action.id}.title")
    return [f"{label}: {title}" if label else title, words.how(action.id)]


def actions(pack: Pack, words: Words, pathway: str | None) -> list[str]:
    """ "What you can do", as the panel orders it: the pathway's demand and steps, or every pathway's briefly."""
    parts = [words.ui("act_heading")]
    if pathway is not None:
        demand = pack.demands.demand_of(pathway)
        if demand is not None:
            parts += _action(demand, words, words.ui("demand_label"))
        steps = pack.steps_now(pathway)
        if steps:
            parts.append(words.ui("steps_heading"))
            for step in steps:
                parts += _action(step, words)
    else:
        for pid in pack.pathways:
            parts.append(pathway_name(pack, words, pid))
            demand = pack.demands.demand_of(pid)
            if demand is not None:
                parts += _action(demand, words, words.ui("demand_label"))
            for step in pack.demands.own_steps(pid):
                parts += _action(step, words)
        general = pack.demands.general_steps()
        if general:
            parts.append(words.ui("steps_heading"))
            for step in general:
                parts += _action(step, words)
    parts.append(words.ui("not_legal_advice"))
    return parts


def pathway_name(pack: Pack, words: Words, pathway: str) -> str:
    """ "Pathway 1: States give ICE access", as the badge and title read together."""
    number = words.ui("pathway_number", number=pack.pathways[pathway].number)
    return f"{number}: {words.get(f'pathways.{pathway}.title')}"


def name(pack: Pack, words: Words, item_id: str) -> str:
    """A box's, arrow's or lane's name, with its pathway: what a visitor hears when the keys move onto it."""
    if item_id in pack.pathways:
        return pathway_name(pack, words, item_id)
    own = words.title(item_id)
    if item_id in pack.edges:
        edge = pack.edges[item_id]
        arrow = words.ui("arrow_name", source=words.title(edge.source), target=words.title(edge.target))
        own = f"{own}: {arrow}" if own and own != item_id else arrow
    pathway = pack.pathway_of(item_id)
    return f"{pathway_name(pack, words, pathway)}. {own}" if pathway else own


def item(pack: Pack, words: Words, item_id: str) -> str:
    """An opened box, arrow or lane: its name, its summary, then what you can do."""
    parts = [name(pack, words, item_id)]
    if item_id in pack.pathways:
        parts.append(words.get(f"pathways.{item_id}.short"))
    else:
        summary, _more = split_page(words.get(f"explain.{item_id}"))
        parts.append(plain_text(summary))
    parts += actions(pack, words, pack.pathway_of(item_id))
    return sentences(parts)


def overview(pack: Pack, words: Words) -> str:
    """The whole map, nothing open: the title, the introduction's first paragraph, and how the keys work."""
    return sentences([words.get("title"), first_paragraph(words.get("intro")), words.ui("listen_keys")])


def invitation(pack: Pack, words: Words, pathway: str | None) -> str:
    """The idle screen's caption as shown (whole map or one pathway), the invitation, and Enter to start."""
    if pathway is None:
        parts = [words.get("title"), first_paragraph(words.get("intro"))]
    else:
        parts = [pathway_name(pack, words, pathway), words.get(f"pathways.{pathway}.short")]
    return sentences([*parts, words.ui("touch_to_start"), words.ui("listen_enter")])


def still_there(words: Words, seconds: int) -> str:
    """The "Still there?" question, the seconds left, and how to answer without seeing it."""
    return sentences([words.ui("still_there"), words.ui("starting_over", seconds=seconds), words.ui("listen_keep")])
