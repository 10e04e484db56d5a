"""The app's words for the "Your state" view, in English and Spanish (Qt-free).

These are interface words, the same for every pack; a language not listed here
shows the English ones. Braced names such as ``{state}`` are filled in by the app.
"""

from __future__ import annotations

from explainer.model.state_facts import MarkKind

SYMBOLS: dict[MarkKind, str] = {"limited": "§", "documented": "!", "none": "–"}
"""A symbol beside each mark's word, so a mark is never told by colour alone (each is in the bundled font)."""

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "your_state": "Your state",
        "whole_country": "Whole country",
        "state_hint": "Optional: choose a state to see its laws and cases. Nothing is saved.",
        "limited": "Limited by state law or policy",
        "documented": "Documented case",
        "none": "No facts in this pack",
        "mark_line": "In {state}: {marks}",
        "in_state": "In {state}",
        "national": "Across the country",
        "no_state_facts_here": "This pack has no facts about {state} for this part of the map.",
        "won": "Already won in {state}",
        "open": "Still open in {state}",
        "open_text": "This pack has no law or policy in {state} that limits this pathway.",
        "summary_title": "{state}: what this pack says",
        "summary_pathways": "The pathways in {state}",
        "summary_facts": "Facts about {state}",
        "summary_sources": "Sources about {state}",
        "summary_none": "This pack has no facts about {state}. Each part of the map shows what it says about the "
                        "whole country.",
        "summary_reviewed": "This pack last reviewed its facts about {state} on {date}.",
        "summary_hint": "Open a pathway, box or arrow to see {state}'s facts first, then the whole country.",
        "as_of": "as of {date}",
        "policy": "state policy",
        "handout_facts": "This pack has {count} facts about {state}; the app shows each with its source.",
        "handout_none": "This pack has no facts about {state}.",
    },
    "es": {
        "your_state": "Su estado",
        "whole_country": "Todo el país",
        "state_hint": "Opcional: elija un estado para ver sus leyes y casos. No se guarda nada.",
        "limited": "Limitado por ley o política estatal",
        "documented": "Caso documentado",
        "none": "No hay datos en este paquete",
        "mark_line": "En {state}: {marks}",
        "in_state": "En {state}",
        "national": "En todo el país",
        "no_state_facts_here": "Este paquete no tiene datos sobre {state} para esta parte del mapa.",
        "won": "Ya logrado en {state}",
        "open": "Pendiente en {state}",
        "open_text": "Este paquete no tiene ninguna ley o política de {state} que limite esta vía.",
        "summary_title": "{state}: lo que dice este paquete",
        "summary_pathways": "Las vías en {state}",
        "summary_facts": "Datos sobre {state}",
        "summary_sources": "Fuentes sobre {state}",
        "summary_none": "Este paquete no tiene datos sobre {state}. Cada parte del mapa muestra lo que dice sobre "
                        "todo el país.",
        "summary_reviewed": "Este paquete revisó por última vez sus datos sobre {state} el {date}.",
        "summary_hint": "Abra una vía, un recuadro o una flecha para ver primero los datos de {state} y luego los "
                        "de todo el país.",
        "as_of": "fecha del dato: {date}",
        "policy": "política estatal",
        "handout_facts": "Este paquete tiene {count} datos sobre {state}; la aplicación muestra cada uno con su "
                         "fuente.",
        "handout_none": "Este paquete no tiene datos sobre {state}.",
    },
}


def state_word(language: str, key: str, **values: object) -> str:
    """The word ``key`` in ``language`` (English if the app has none in it), placeholders filled."""
    table = WORDS.get(language.split("-")[0], WORDS["en"])
    text = table.get(key, WORDS["en"][key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def mark_words(language: str, kind: MarkKind) -> str:
    """A mark as its symbol and its word: ``§ Limited by state law or policy``."""
    return f"{SYMBOLS[kind]} {state_word(language, kind)}"
