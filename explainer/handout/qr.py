"""QR codes that carry the action steps' words themselves, so scanning one needs no internet and tells nobody.

Qt-free: the kiosk, the panel and the handout all draw from :func:`qr_matrix`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import segno

from explainer.model.pack import Pack, Words

MAX_CHARS = 600
"""The longest text a code carries, so a phone can still read it from a small print."""

QUIET_ZONE = 4
"""Light modules a code needs around it to scan; :func:`qr_matrix` leaves them out."""

ERROR_LEVEL = "m"
"""Medium error correction: a fold or a smudge on a printed code still scans."""

Detail = Literal["full", "demand", "titles"]


def _lines(pack: Pack, words: Words, pathway_id: str | None, detail: Detail) -> list[str]:
    lines: list[str] = []
    if pathway_id is not None and pathway_id in pack.pathways:
        number = words.ui("pathway_number", number=pack.pathways[pathway_id].number)
        lines.append(f"{number}: {words.get(f'pathways.{pathway_id}.title')}")
    for demand in pack.demands_for(pathway_id):
        lines.append(f"{words.ui('demand_label')}: {words.get(f'actions.{demand.id}.title')}")
        if detail != "titles":
            lines.append(words.get(f"actions.{demand.id}.text"))
    steps = pack.steps_now(pathway_id)
    if steps:
        lines += ["", words.ui("now_heading")]
        for step in steps:
            title = words.get(f"actions.{step.id}.title")
            lines.append(f"- {title}: {words.get(f'actions.{step.id}.text')}" if detail == "full" else f"- {title}")
    lines += ["", words.ui("not_legal_advice")]
    return lines


def actions_text(pack: Pack, words: Words, pathway_id: str | None) -> str:
    """The words a code carries: the demand that closes ``pathway_id`` and what people can do now.

    In ``words``' language; every demand when ``pathway_id`` is ``None``. The
    titles and texts when they fit in :data:`MAX_CHARS`, else the demand's text
    and the steps' titles, else titles only (cut at a line end if still too long).
    """
    for detail in ("full", "demand"):
        text = "\n".join(_lines(pack, words, pathway_id, detail)).strip()
        if len(text) <= MAX_CHARS:
            return text
    kept: list[str] = []
    for line in _lines(pack, words, pathway_id, "titles"):
        if len("\n".join([*kept, line])) > MAX_CHARS:
            break
        kept.append(line)
    return "\n".join(kept).strip()


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark (``True``) and light modules of a QR code holding exactly ``text``, without the quiet zone.

    Draw at least :data:`QUIET_ZONE` light modules around it. Words are UTF-8
    (no ECI marker), which phone readers recognise in every script; an address
    is plain ASCII, so the code holds it with nothing added.
    """
    return [list(row) for row in _encoded(text)]


@lru_cache(maxsize=64)
def _encoded(text: str) -> tuple[tuple[bool, ...], ...]:
    """Encoding is slow in pure Python (tens of milliseconds), and the same texts come back often."""
    code = segno.make_qr(text, error=ERROR_LEVEL, boost_error=False, encoding="utf-8")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
