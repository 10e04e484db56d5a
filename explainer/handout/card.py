"""Wallet cards: fold-out strips of four bank-card-sized panels, in type at least :data:`SMALLEST_PT`.

A strip is cut out and folded back and forth along its dashed lines to the size
of a bank card. The first panel has the title and the pathways; the words then
run on over the others: each demand with its "how", what people can do now
(each step's title and "how"), the not-legal-advice note, the local contact
when there is one, and the code that carries as much of it as its room holds at modules of at least
``MODULE_MIN_PT`` (every step it names with its how). With two languages,
each strip is one language whole, so "What you can do" is on both.
Words that do not fit the four panels raise :class:`DoesNotFit`: type never shrinks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from explainer.handout.content import HandoutText
from explainer.handout.typeset import Frame, Sheet, Typesetter
from explainer.model.pack import Pack
from explainer.wording import escape

MM = 72 / 25.4
CARD_W_PT = 85.6 * MM
CARD_H_PT = 53.98 * MM
"""The size of a bank card (ISO/IEC 7810 ID-1), so the folded strip fits a wallet."""
PANELS = 4
PAD_PT = 6.0
GAP_PT = 26.0
"""Between the two strips on a page: room to cut."""
MARGIN_PT = 30.0
SMALLEST_PT = 7.0
"""The smallest words on a card."""
BADGE_PT = 12.0
"""A pathway's number disc; its number is about 7.4 pt."""
CODE_PT = 140.0
"""The most a code's side takes: nearly a panel's height."""
CODE_SHARE = 0.6
"""The most of a panel's width the code takes: the note and the caption need the rest beside it."""


class DoesNotFit(Exception):  # noqa: N818  (a plain name: the command prints it as it is)
    """The card's words run past its last panel at readable sizes."""

    def __init__(self, section: str, code: str) -> None:
        super().__init__(f"the {section} section does not fit on the '{code}' wallet card at readable type sizes "
                         f"(at least {SMALLEST_PT:g} pt); shorten its words")
        self.section = section


@dataclass(frozen=True)
class Block:
    """One paragraph of a card: rich text at ``size`` points, maybe after a pathway's number disc."""

    html: str
    size: float
    section: str
    badge: int | None = None
    bold: bool = False
    gap: float = 1.2
    code: tuple[str, ...] = ()
    """A code block: the texts the code may hold, richest first (the first that fits its room at modules of at
    least ``MODULE_MIN_PT``), with ``html`` as its caption beside it."""


def cover(text: HandoutText) -> list[Block]:
    """The first panel: the title and each pathway in a sentence."""
    blocks = [Block(escape(text.title), 9.0, "title", bold=True, gap=4)]
    for p in text.pathways:
        blocks.append(Block(f"<b>{escape(p.title)}</b><br/>{escape(p.short)}", SMALLEST_PT, "pathways", badge=p.number))
    return blocks


def inside(text: HandoutText) -> list[Block]:
    """The rest: each demand, each step with its how, then the code with the note and the contact beside it."""
    blocks = [Block(escape(text.actions_heading), 8.0, "demands", bold=True)]
    for p in text.pathways:
        blocks.append(Block(f"<b>{escape(p.demand_title)}</b>", SMALLEST_PT, "demands", badge=p.number))
    blocks.append(Block(escape(text.now_heading), 8.0, "what you can do", bold=True, gap=3))
    for step in text.steps:
        blocks.append(Block(f"<b>{escape(step.title)}:</b> {escape(step.how)}", SMALLEST_PT, "what you can do"))
    # Beside the code, not under it: the note and what the code is.
    if text.contact:  # on one run of lines, the fields apart by dots: a card has no room for a line each
        lines = " · ".join(escape(line) for line in text.contact)
        blocks.append(Block(f"<b>{escape(text.contact_heading)}:</b> {lines}", SMALLEST_PT, "contact"))
    beside = f"<b>{escape(text.not_legal_advice)}</b><br/><span class='muted'>{escape(text.qr_caption)}</span>"
    blocks.append(Block(beside, SMALLEST_PT, "code and contact", code=text.code_choices or (text.all_actions_code,)))
    return blocks


def lay_out_strip(device: QPagedPaintDevice, text: HandoutText, colours: dict[int, str]) -> list[Sheet]:
    """One sheet per panel (in panel coordinates); :class:`DoesNotFit` when the words need a fifth."""
    u = device.logicalDpiY() / 72.0
    width, height, pad = CARD_W_PT * u, CARD_H_PT * u, PAD_PT * u
    sheets = [Sheet(Typesetter(device, text.rtl), Frame(pad, width - pad, text.rtl), colours) for _ in range(PANELS)]
    bottom = height - pad
    panel, y = 0, pad
    for block in [*cover(text), *inside(text)]:
        while True:
            if panel >= PANELS:
                raise DoesNotFit(block.section, text.code)
            end = _place(sheets[panel], block, y, bottom, dry=True)
            if block.code and panel + 1 < PANELS and y > pad and \
                    _code_for(sheets[panel], block, y, bottom) != _code_for(sheets[panel], block, pad, bottom):
                end = float("inf")  # the next panel, empty, holds a code with more of the words
            if end <= bottom:
                y = _place(sheets[panel], block, y, bottom, dry=False) + block.gap * u
                break
            if y == pad:  # taller than a whole panel
                raise DoesNotFit(block.section, text.code)
            panel, y = panel + 1, pad
    return sheets


def _code_most(sheet: Sheet, y: float, bottom: float) -> float:
    """The most a code's side may take at ``y``, in points."""
    return min(CODE_PT, sheet.frame.width * CODE_SHARE / sheet.t.unit, (bottom - y) / sheet.t.unit)


def _code_for(sheet: Sheet, block: Block, y: float, bottom: float) -> str | None:
    """The richest of ``block``'s texts whose code keeps readable modules in the room left below ``y``."""
    return sheet.code_choice(block.code, _code_most(sheet, y, bottom))


def _place(sheet: Sheet, block: Block, y: float, bottom: float, dry: bool) -> float:
    """Put ``block`` at ``y`` (or only measure it, when ``dry``); return the y below it (past ``bottom``: no room)."""
    t, w = sheet.t, sheet.frame.width
    if block.code:
        most = _code_most(sheet, y, bottom)
        code = _code_for(sheet, block, y, bottom)
        if code is None:
            return float("inf")  # no room here at readable modules: on the next panel
        side = sheet.code_side(code, most)
        caption = t.text(block.html, w - side - t.pt(6), block.size)
        if not dry:
            sheet.code(code, 0, y, side)
            sheet.document(caption, side + t.pt(6), y)
        return y + max(side, float(caption.size().height()))
    indent = t.pt(BADGE_PT + 3) if block.badge is not None else 0.0
    doc = t.text(block.html, w - indent, block.size, block.bold)
    if not dry:
        if block.badge is not None:
            sheet.badge(block.badge, 0, y, BADGE_PT)
        sheet.document(doc, indent, y)
    return y + max(float(doc.size().height()), t.pt(BADGE_PT) if block.badge is not None else 0.0)


def draw_card_page(device: QPagedPaintDevice, painter: QPainter, pack: Pack,
                   texts: list[HandoutText]) -> list[tuple[str, QRectF]]:
    """Two strips side by side: the one language twice, or one strip in each of two languages.

    Returns each code's text and its square on the page, in device pixels (for checks)."""
    u = device.logicalDpiY() / 72.0
    colours = {p.number: p.colour for p in pack.pathways.values()}
    pair = [texts[0], texts[1] if len(texts) > 1 else texts[0]]
    strips = [lay_out_strip(device, text, colours) for text in pair]
    width, height = CARD_W_PT * u, CARD_H_PT * u
    left = (device.width() - 2 * width - GAP_PT * u) / 2
    top = MARGIN_PT * u
    for text in dict.fromkeys(t.code for t in pair):  # the hint once in each language
        words = next(t for t in pair if t.code == text)
        hint = Sheet(Typesetter(device, words.rtl), Frame(left, left + 2 * width + GAP_PT * u, words.rtl), colours)
        top = hint.text(f"<span class='muted'>{escape(words.card_hint)}</span>", 0, 2 * width + GAP_PT * u, top,
                        SMALLEST_PT) + 2 * u
        hint.draw(painter)
    top += 6 * u
    if top + PANELS * height > device.height() - MARGIN_PT * u / 2:
        raise DoesNotFit("card hint", pair[0].code)
    codes: list[tuple[str, QRectF]] = []
    for index, sheets in enumerate(strips):
        x = left + index * (width + GAP_PT * u)
        _outline(painter, QRectF(x, top, width, PANELS * height), height, u)
        for number, sheet in enumerate(sheets):
            painter.save()
            painter.translate(x, top + number * height)
            sheet.draw(painter)
            painter.restore()
            codes += [(text, rect.translated(x, top + number * height)) for text, rect in sheet.codes]
    return codes


def _outline(painter: QPainter, rect: QRectF, panel: float, u: float) -> None:
    """Solid lines to cut along, dashed lines to fold on."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#000000"), 0.6 * u))
    painter.drawRect(rect)
    painter.setPen(QPen(QColor("#000000"), 0.6 * u, Qt.PenStyle.DashLine))
    for fold in range(1, PANELS):
        y = rect.top() + fold * panel
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    painter.restore()
