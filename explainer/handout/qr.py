"""QR codes that carry the action steps' text itself, so scanning one needs no internet.

Qt-free: the kiosk and the handout both draw from :func:`qr_matrix`.
"""

from __future__ import annotations

import segno

from explainer.model.pack import Pack, Words

MAX_CHARS = 600
"""The longest text a code carries; longer action text is cut down to titles."""

QUIET_ZONE = 4
"""Light modules a code needs around it to scan; :func:`qr_matrix` leaves them out."""

ERROR_LEVEL = "m"


def _pathway_line(pack: Pack, words: Words, pathway_id: str) -> str:
    number = words.ui("pathway_number", number=pack.pathways[pathway_id].number)
    return f"{number}: {words.get(f'pathways.{pathway_id}.title')}"


def _compose(pack: Pack, words: Words, pathway_id: str | None, with_text: bool) -> list[str]:
    lines: list[str] = []
    if pathway_id is not None and pathway_id in pack.pathways:
        lines.append(_pathway_line(pack, words, pathway_id))
    for demand in pack.demands_for(pathway_id):
        lines.append(f"{words.ui('demand_label')}: {words.get(f'actions.{demand.id}.title')}")
        if with_text:
            lines.append(words.get(f"actions.{demand.id}.text"))
    steps = pack.steps_now(pathway_id)
    if steps:
        lines.append("")
        lines.append(words.ui("now_heading"))
        for step in steps:
            title = words.get(f"actions.{step.id}.title")
            lines.append(f"- {title}: {words.get(f'actions.{step.id}.text')}" if with_text else f"- {title}")
    lines.append("")
    lines.append(words.ui("not_legal_advice"))
    return lines


def actions_text(pack: Pack, words: Words, pathway_id: str | None) -> str:
    """The text a code carries: the demand for ``pathway_id`` and what to do now, in ``words``' language.

    With ``pathway_id`` ``None``, every demand. The whole text when it fits in
    :data:`MAX_CHARS`; otherwise titles only, cut at a line end if even that is too long.
    """
    full = "\n".join(_compose(pack, words, pathway_id, with_text=True)).strip()
    if len(full) <= MAX_CHARS:
        return full
    kept: list[str] = []
    for line in _compose(pack, words, pathway_id, with_text=False):
        if len("\n".join([*kept, line])) > MAX_CHARS:
            break
        kept.append(line)
    return "\n".join(kept).strip()


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark (``True``) and light modules of a QR code for ``text``, without the quiet zone.

    Draw at least :data:`QUIET_ZONE` light modules around it.
    """
    code = segno.make_qr(text, error=ERROR_LEVEL, boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix]
