"""The one-page handout: the diagram, the pathways, their demands with codes, what to do now, the sources."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice, QPainter

from explainer.handout.content import HandoutText, StepText
from explainer.handout.typeset import Frame, PrintedDiagram, Sheet, Typesetter
from explainer.model.pack import Pack
from explainer.wording import escape

MARGIN_PT = 28.0
DIAGRAM_SHARE = 0.54
"""How much of the width the diagram takes before any room left on the page is given to it."""
CODE_PT = 92.0
"""The most a printed code's side takes: about 1.3 inches."""
SCALES = tuple(round(1.0 - step * 0.02, 2) for step in range(21))
"""Type sizes to try, largest first, down to 60 %."""


def draw_handout_page(device: QPagedPaintDevice, painter: QPainter, pack: Pack, text: HandoutText) -> None:
    """Draw one language's handout."""
    fit_handout(device, pack, text)[0].draw(painter)


def fit_handout(device: QPagedPaintDevice, pack: Pack, text: HandoutText) -> tuple[Sheet, float]:
    """The handout with the type shrunk as little as needed to fit the page, and the type scale it took."""
    page = HandoutPage(device, pack, text)
    limit = device.height() - Typesetter(device, False).pt(MARGIN_PT)
    for scale in SCALES:
        sheet = page.lay_out(scale)
        if page.bottom <= limit:
            break
    if page.bottom < limit:
        grown = page.lay_out(scale, grow=limit - page.bottom)
        if page.bottom <= limit:
            sheet = grown
    return sheet, scale


class HandoutPage:
    """Lays out one language's handout at a given type scale."""

    def __init__(self, device: QPagedPaintDevice, pack: Pack, text: HandoutText) -> None:
        self.device = device
        self.text = text
        self.colours = {p.number: p.colour for p in pack.pathways.values()}
        self.diagram = PrintedDiagram(pack, text.code)
        self.bottom = 0.0

    def lay_out(self, scale: float, grow: float = 0.0) -> Sheet:
        """Everything at type ``scale``; ``grow`` is room left on the page that the diagram may take."""
        t = Typesetter(self.device, self.text.rtl, scale)
        margin = t.unit * MARGIN_PT
        sheet = Sheet(t, Frame(margin, self.device.width() - margin, self.text.rtl), self.colours)
        y = self._header(sheet, margin)
        y = self._diagram_and_pathways(sheet, y + t.pt(8), grow)
        y = self._demands(sheet, y + t.pt(10))
        y = self._steps(sheet, y + t.pt(8))
        y = self._sources(sheet, y + t.pt(8))
        self.bottom = sheet.text(f"<span class='muted'>{escape(self.text.more)}</span>", 0, sheet.frame.width,
                                 y + t.pt(5), 7)
        return sheet

    def _header(self, sheet: Sheet, y: float) -> float:
        s, w = self.text, sheet.frame.width
        y = sheet.text(escape(s.title), 0, w, y, 17, bold=True)
        note = f"<span class='muted'>{escape(s.reviewed)} · {escape(s.offline_note)}</span>"
        y = sheet.text(note, 0, w, y + sheet.t.pt(2), 8)
        if s.state_lines:  # made for one state: its marks and what the pack holds about it
            y = sheet.text(f"<b>{escape(s.state_lines[0])}</b><br/>{escape(s.state_lines[1])}", 0, w,
                           y + sheet.t.pt(4), 8.5)
        return y

    def _diagram_and_pathways(self, sheet: Sheet, y: float, grow: float) -> float:
        """The diagram; beside it each pathway in a sentence, and the code that carries every action."""
        t, frame = sheet.t, sheet.frame
        aspect = self.diagram.aspect()
        height = min(frame.width * DIAGRAM_SHARE * aspect, t.pt(300)) + grow
        width = min(height / aspect, frame.width * 0.7)
        height = width * aspect
        offset = width + t.pt(14)
        column = frame.width - offset
        badge = 14.0
        indent = t.pt(badge + 6)
        top = y
        for pathway in self.text.pathways:
            sheet.badge(pathway.number, offset, top, badge)
            top = sheet.text(escape(pathway.title), offset + indent, column - indent, top, 10, bold=True)
            top = sheet.text(escape(pathway.short), offset + indent, column - indent, top + t.pt(1), 8) + t.pt(7)
        side = min(sheet.code_side(self.text.all_actions_code, CODE_PT), column / 2)
        sheet.code(self.text.all_actions_code, offset, top, side)
        caption = f"<span class='muted'>{escape(self.text.qr_caption)}</span>"
        below = sheet.text(caption, offset + side + t.pt(8), column - side - t.pt(8), top + t.pt(4), 7.5)
        row = max(height, top + side - y, below - y)
        target = QRectF(frame.x(0, width), y + (row - height) / 2, width, height)
        sheet.ops.append(lambda p: self.diagram.draw(p, target))
        return y + row

    def _demands(self, sheet: Sheet, y: float) -> float:
        """Each pathway's demand in a column of its own."""
        s, t, frame = self.text, sheet.t, sheet.frame
        y = sheet.text(escape(s.actions_heading), 0, frame.width, y, 12, bold=True) + t.pt(3)
        gap = t.pt(14)
        column = (frame.width - gap * (len(s.pathways) - 1)) / max(1, len(s.pathways))
        badge = 13.0
        indent = t.pt(badge + 5)
        bottom = y
        for i, pathway in enumerate(s.pathways):
            offset = i * (column + gap)
            sheet.badge(pathway.number, offset, y, badge)
            top = sheet.text(f"<span class='muted'>{escape(s.demand_label)}</span>", offset + indent, column - indent, y, 7)
            top = sheet.text(escape(pathway.demand_title), offset + indent, column - indent, top, 9, bold=True)
            bottom = max(bottom, sheet.text(escape(pathway.demand_text), offset, column, max(top, y + t.pt(badge)) + t.pt(2), 8))
        return bottom

    def _step_html(self, step: StepText) -> str:
        badges = {p.number: p.badge for p in self.text.pathways}
        tags = " · ".join(badges[n] for n in step.numbers if n in badges)
        tail = f" <span class='muted'>({escape(tags)})</span>" if tags else ""
        return f"<b>{escape(step.title)}</b>{tail}<br/>{escape(step.text)}"

    def _steps(self, sheet: Sheet, y: float) -> float:
        s, t = self.text, sheet.t
        y = sheet.text(escape(s.now_heading), 0, sheet.frame.width, y, 11.5, bold=True) + t.pt(3)
        y = two_columns(sheet, [self._step_html(step) for step in s.steps], y, 8, 5)
        return sheet.text(escape(s.not_legal_advice), 0, sheet.frame.width, y + t.pt(6), 8.5, bold=True)

    def _sources(self, sheet: Sheet, y: float) -> float:
        """The sources run on in two columns, half of them in each, so short entries waste no lines."""
        t = sheet.t
        sheet.rule(y, 0.5)
        y = sheet.text(escape(self.text.sources_heading), 0, sheet.frame.width, y + t.pt(4), 8.5, bold=True) + t.pt(2)
        entries = list(self.text.sources_html)
        total = sum(len(e) for e in entries)
        split, count = 0, 0
        while split < len(entries) and count + len(entries[split]) / 2 <= total / 2:
            count += len(entries[split])
            split += 1
        halves = [" · ".join(part) for part in (entries[:split], entries[split:]) if part]
        return two_columns(sheet, halves, y, 6.3, 0)


def two_columns(sheet: Sheet, blocks: list[str], y: float, size: float, spacing_pt: float) -> float:
    """Blocks of rich text flowing down two columns, the first filled first; return the y below both."""
    t, frame = sheet.t, sheet.frame
    gap = t.pt(16)
    spacing = t.pt(spacing_pt)
    column = (frame.width - gap) / 2
    docs = [t.text(b, column, size) for b in blocks]
    heights = [float(d.size().height()) for d in docs]
    half = (sum(heights) + spacing * len(heights)) / 2
    top, col, bottom = y, 0, y
    for doc, height in zip(docs, heights, strict=True):
        if col == 0 and top - y + height / 2 > half:
            col, top = 1, y
        bottom = max(bottom, sheet.document(doc, col * (column + gap), top))
        top += height + spacing
    return bottom

