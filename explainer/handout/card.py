"""Wallet cards: a page of cut-and-fold cards, the pathways on the front and the actions on the back.

With two languages, each side is a whole card in one language: the pathways,
their demands and a code with what to do now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from explainer.handout.content import HandoutText
from explainer.handout.typeset import Frame, Sheet, Typesetter
from explainer.model.pack import Pack
from explainer.wording import escape

MM = 72 / 25.4
CARD_W_PT = 85.6 * MM
CARD_H_PT = 53.98 * MM
"""The size of a bank card (ISO/IEC 7810 ID-1), so it fits a wallet."""
PAD_PT = 8.0
ROW_GAP_PT = 16.0
MARGIN_PT = 34.0
SCALES = (1.4, 1.3, 1.2, 1.1, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6)

Side = Callable[[Sheet, float], float]


def front(text: HandoutText) -> Side:
    """The essentials: the title and each pathway in a sentence."""

    def lay_out(sheet: Sheet, y: float) -> float:
        t, w = sheet.t, sheet.frame.width
        y = sheet.text(escape(text.title), 0, w, y, 8.5, bold=True) + t.pt(4)
        badge = 10.0
        indent = t.pt(badge + 4)
        for pathway in text.pathways:
            sheet.badge(pathway.number, 0, y, badge)
            top = sheet.text(escape(pathway.title), indent, w - indent, y, 7, bold=True)
            y = sheet.text(escape(pathway.short), indent, w - indent, top, 6) + t.pt(3.5)
        return sheet.text(f"<span class='muted'>{escape(text.offline_note)}</span>", 0, w, y, 5.5)

    return lay_out


def _code_side(sheet: Sheet, y: float, text: HandoutText) -> tuple[float, float]:
    """Put the code for every action at the trailing top corner; return the text column's width and the code's bottom."""
    t, w = sheet.t, sheet.frame.width
    side = min(sheet.code_side(text.all_actions_code, 84), w * 0.4)
    sheet.code(text.all_actions_code, w - side, y, side)
    return w - side - t.pt(4), y + side


def back(text: HandoutText) -> Side:
    """The actions: each pathway's demand, what to do now, and a code that holds them."""

    def lay_out(sheet: Sheet, y: float) -> float:
        t, w = sheet.t, sheet.frame.width
        column, code_bottom = _code_side(sheet, y, text)
        y = sheet.text(escape(text.actions_heading), 0, column, y, 7.5, bold=True) + t.pt(2)
        badge = 8.0
        indent = t.pt(badge + 3)
        for pathway in text.pathways:
            sheet.badge(pathway.number, 0, y, badge)
            title_end = sheet.text(escape(pathway.demand_title), indent, column - indent, y, 6.3, bold=True)
            y = max(title_end, y + t.pt(badge)) + t.pt(1.5)
        y = sheet.text(escape(text.now_heading), 0, column, y + t.pt(2), 7, bold=True) + t.pt(1)
        steps = "<br/>".join(f"• {escape(step.title)}" for step in text.steps)
        y = sheet.text(steps, 0, column, y, 6)
        return sheet.text(f"<span class='muted'>{escape(text.not_legal_advice)}</span>", 0, w, max(y, code_bottom) + t.pt(3), 5.3)

    return lay_out


def whole(text: HandoutText) -> Side:
    """One language's whole card on one side: the pathways with their demands and a code with the actions."""

    def lay_out(sheet: Sheet, y: float) -> float:
        t, w = sheet.t, sheet.frame.width
        column, code_bottom = _code_side(sheet, y, text)
        y = sheet.text(escape(text.title), 0, column, y, 7.5, bold=True) + t.pt(3)
        badge = 9.0
        indent = t.pt(badge + 3)
        for pathway in text.pathways:
            sheet.badge(pathway.number, 0, y, badge)
            top = sheet.text(escape(pathway.title), indent, column - indent, y, 6.5, bold=True)
            demand = f"<span class='muted'>{escape(text.demand_label)}:</span> {escape(pathway.demand_title)}"
            y = sheet.text(demand, indent, column - indent, top, 5.8) + t.pt(3)
        return sheet.text(f"<span class='muted'>{escape(text.not_legal_advice)}</span>", 0, w, max(y, code_bottom) + t.pt(2), 5.3)

    return lay_out


def _fit(device: QPagedPaintDevice, rect: QRectF, rtl: bool, colours: dict[int, str], side: Side) -> Sheet:
    """The side laid out in ``rect`` with the largest type that fits."""
    for scale in SCALES:
        sheet = Sheet(Typesetter(device, rtl, scale), Frame(rect.left(), rect.right(), rtl), colours)
        if side(sheet, rect.top()) <= rect.bottom():
            break
    return sheet


def draw_card_page(device: QPagedPaintDevice, painter: QPainter, pack: Pack, texts: list[HandoutText]) -> None:
    """As many rows of cards as fit the page; each row is a front and a back joined at a fold."""
    first = texts[0]
    u = device.logicalDpiY() / 72.0
    colours = {p.number: p.colour for p in pack.pathways.values()}
    if len(texts) > 1:
        sides = (whole(first), whole(texts[1]))
        directions = (first.rtl, texts[1].rtl)
    else:
        sides = (front(first), back(first))
        directions = (first.rtl, first.rtl)
    width, height, pad = CARD_W_PT * u, CARD_H_PT * u, PAD_PT * u
    left = (device.width() - 2 * width) / 2
    top = MARGIN_PT * u
    for text in texts:
        hint = Sheet(Typesetter(device, text.rtl), Frame(left, left + 2 * width, text.rtl), colours)
        top = hint.text(f"<span class='muted'>{escape(text.card_hint)}</span>", 0, 2 * width, top, 7.5) + 2 * u
        hint.draw(painter)
    top += 6 * u
    panels = [_fit(device, QRectF(0, 0, width, height).adjusted(pad, pad, -pad, -pad), rtl, colours, side)
              for side, rtl in zip(sides, directions, strict=True)]
    while top + height <= device.height() - MARGIN_PT * u:
        _outline(painter, QRectF(left, top, 2 * width, height), u)
        for index, panel in enumerate(panels):
            column = 1 - index if first.rtl else index
            painter.save()
            painter.translate(left + column * width, top)
            panel.draw(painter)
            painter.restore()
        top += height + ROW_GAP_PT * u


def _outline(painter: QPainter, rect: QRectF, u: float) -> None:
    """Solid lines to cut along, a dashed line to fold on."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#000000"), 0.6 * u))
    painter.drawRect(rect)
    fold = QPen(QColor("#000000"), 0.6 * u, Qt.PenStyle.DashLine)
    painter.setPen(fold)
    middle = rect.center().x()
    painter.drawLine(QPointF(middle, rect.top()), QPointF(middle, rect.bottom()))
    painter.restore()
