"""QR codes that carry the action steps' words themselves, so scanning one needs no internet and tells nobody.

Qt-free: the kiosk, the panel and the handout all draw from :func:`qr_matrix`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import segno

from explainer.model.pack import Pack, Words

MAX_CHARS = 1300
"""The longest text a code carries: every step's title and "how" in one code, which a phone still reads from
a print at one module a point (about 5 cm) and from the screen."""

MAX_BYTES = 1500
"""The most UTF-8 bytes a code carries: characters outside Latin cost two to four bytes each in the code."""

ELLIPSIS = "…"
"""Ends a text :func:`qr_matrix` itself had to shorten (only text not made by :func:`actions_text`)."""

QUIET_ZONE = 4
"""Light modules a code needs around it to scan; :func:`qr_matrix` leaves them out."""

ERROR_LEVEL = "m"
"""Medium error correction: a fold or a smudge on a printed code still scans."""

Detail = Literal["full", "how", "demand", "titles"]


def _lines(pack: Pack, words: Words, pathway_id: str | None, detail: Detail) -> list[str]:
    lines: list[str] = []
    if pathway_id is not None and pathway_id in pack.pathways:
        number = words.ui("pathway_number", number=pack.pathways[pathway_id].number)
        lines.append(f"{number}: {words.get(f'pathways.{pathway_id}.title')}")
    for demand in pack.demands_for(pathway_id):
        lines.append(f"{words.ui('demand_label')}: {words.get(f'actions.{demand.id}.title')}")
        if detail in ("full", "demand"):
            lines.append(words.action_in_full(demand.id))
    steps = pack.steps_now(pathway_id)
    if steps:
        lines += ["", words.ui("now_heading")]
        for step in steps:
            title = words.get(f"actions.{step.id}.title")
            if detail == "full":
                lines.append(f"- {title}: {words.action_in_full(step.id)}")
            elif detail == "how":  # what to do, without the examples: every step's how fits one code
                lines.append(f"- {title}: {words.how(step.id)}")
            else:
                lines.append(f"- {title}")
    lines += ["", words.ui("not_legal_advice")]
    return lines


def fits(text: str) -> bool:
    """Whether one code carries ``text`` and a phone still reads it from a small print."""
    return len(text) <= MAX_CHARS and len(text.encode("utf-8", "replace")) <= MAX_BYTES


def shortened(text: str, ending: str) -> str:
    """``text`` cut at a word boundary so that it and ``ending``, on a line of its own, fit one code.

    ``ending`` says the rest is in the app; it is itself cut if even it alone is too long.
    """
    if fits(text):
        return text
    while ending and not fits(ending):
        ending = ending[: len(ending) // 2]
    tail = f"\n{ending}" if ending else ""
    low, high = 0, len(text)
    while low < high:  # the longest start of ``text`` that fits with the ending
        middle = (low + high + 1) // 2
        if fits(text[:middle] + tail):
            low = middle
        else:
            high = middle - 1
    kept = text[:low]
    boundary = max(kept.rfind(" "), kept.rfind("\n"))
    if boundary > 0 and low < len(text) and not text[low].isspace():
        kept = kept[:boundary]
    return (kept.rstrip() + tail).strip()


def actions_text(pack: Pack, words: Words, pathway_id: str | None) -> str:
    """The words a code carries: the demand that closes ``pathway_id`` and what people can do now.

    In ``words``' language; every demand when ``pathway_id`` is ``None``. The
    titles and texts when they fit (:func:`fits`), else the demands' titles and
    each step's title and "how", else the demand's text and the steps' titles,
    else titles only; if even those do not fit, they are cut
    at a word and end with the interface word ``qr_more`` ("more in the app").
    Never raises for long or unusual text: every result fits one code.
    """
    text = ""
    for detail in ("full", "how", "demand", "titles"):
        text = "\n".join(_lines(pack, words, pathway_id, detail)).strip()
        if fits(text):
            return text
    return shortened(text, words.ui("qr_more"))


def printed_choices(pack: Pack, words: Words) -> list[str]:
    """Texts for one printed code of every action, the richest first; a page prints the first whose code fits.

    :func:`actions_text` of every demand and step; then every step's title and "how" with the
    not-legal-advice note, then without it (the page prints the demands and the note beside the code);
    then the first steps, whole, ending with ``qr_more``. A step is never cut: each text carries the how
    of every step it names, so a smaller code (bigger modules on the same paper) is always complete in itself.
    """
    steps = [f"- {words.get(f'actions.{s.id}.title')}: {words.how(s.id)}" for s in pack.steps_now(None)]
    heading, note, more = words.ui("now_heading"), words.ui("not_legal_advice"), words.ui("qr_more")
    texts = [actions_text(pack, words, None)]
    if steps:
        texts += ["\n".join([heading, *steps, "", note]), "\n".join([heading, *steps])]
        texts += ["\n".join([heading, *steps[:count], more]) for count in range(len(steps) - 1, 0, -1)]
    return list(dict.fromkeys(t for t in texts if fits(t)))


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark (``True``) and light modules of a QR code holding exactly ``text``, without the quiet zone.

    Draw at least :data:`QUIET_ZONE` light modules around it. Words are UTF-8
    (no ECI marker), which phone readers recognise in every script; an address
    is plain ASCII, so the code holds it with nothing added.
    """
    # A lone surrogate cannot be written as UTF-8; too long a text would overflow the largest code.
    text = shortened(text.encode("utf-8", "replace").decode("utf-8"), ELLIPSIS)
    return [list(row) for row in _encoded(text)]


@lru_cache(maxsize=64)
def _encoded(text: str) -> tuple[tuple[bool, ...], ...]:
    """Encoding is slow in pure Python (tens of milliseconds), and the same texts come back often."""
    code = segno.make_qr(text, error=ERROR_LEVEL, boost_error=False, encoding="utf-8")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
