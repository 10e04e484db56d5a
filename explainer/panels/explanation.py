"""Parts of what the panel says, as HTML: pure functions (a pathway's badge, the sources and about views).

A box, arrow, lane or the overview is told action first by ``order.py``.

Dates are formatted by a function passed in, so the language's own month
names and digits come from the caller (Qt's ``QLocale`` in the app).
"""

from __future__ import annotations

from explainer.model.pack import Pack, Words
from explainer.panels.markdown import render_markdown
from explainer.wording import DateFormat, escape, source_line


def pathway_badge(pack: Pack, words: Words, pathway_id: str) -> str:
    p = pack.pathways[pathway_id]
    number = escape(words.ui("pathway_number", number=p.number))
    title = escape(words.get(f"pathways.{pathway_id}.title"))
    return f"<p class='badge' style='color:{p.colour}'><b>{number}</b> · {title}</p>"


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
