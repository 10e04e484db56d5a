"""The handout: one sheet a language, printed on both sides, in type people can read.

The front has the diagram, each pathway in a sentence and the demand that would
close it; the back has what people can do now (each step with its "how"), the
code that carries them, a local contact when the organiser gave one, and the
sources. Type never shrinks below :data:`BODY_PT` (words), :data:`SOURCE_PT`
(sources) and :data:`LABEL_PT` (the diagram's words): a pack whose words do not
fit at those sizes raises :class:`DoesNotFit` naming the section.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice

from explainer.handout.content import HandoutText, StepText
from explainer.handout.typeset import MODULE_MIN_PT, MODULE_PT, Frame, PrintedDiagram, Sheet, Typesetter
from explainer.model.pack import Pack
from explainer.wording import escape

MARGIN_PT = 28.0
BODY_PT = 9.0
"""The smallest words on a handout."""
SOURCE_PT = 7.0
"""The sources' size: the smallest type, for a list people look things up in."""
LABEL_PT = 6.0
"""The smallest words in the printed diagram."""
CODE_PT = 140.0
"""The most a printed code's side takes (and a quarter of the page's width): about 1.9 inches, a point a module
for every demand and step's how (at least ``MODULE_MIN_PT``, else a shorter text: ``Sheet.code_choice``)."""
DIAGRAM_MOST = 0.5
"""The most of the page's height the diagram takes."""


class DoesNotFit(Exception):  # noqa: N818  (a plain name: the command prints it as it is)
    """A section's words run past the page at the smallest readable sizes; ``section`` says which."""

    def __init__(self, section: str, page: int, code: str) -> None:
        super().__init__(f"the {section} section does not fit on page {page} of the '{code}' handout at readable "
                         f"type sizes (words {BODY_PT:g} pt, sources {SOURCE_PT:g} pt, diagram {LABEL_PT:g} pt); "
                         "shorten its words")
        self.section = section
        self.page = page


def lay_out_handout(device: QPagedPaintDevice, pack: Pack, text: HandoutText) -> tuple[Sheet, Sheet]:
    """Both pages laid out; :class:`DoesNotFit` when a section runs past the bottom of its page."""
    page = HandoutPage(device, pack, text)
    return page.front(), page.back()


class HandoutPage:
    """Lays out one language's handout at the readable sizes."""

    def __init__(self, device: QPagedPaintDevice, pack: Pack, text: HandoutText) -> None:
        self.device = device
        self.text = text
        self.colours = {p.number: p.colour for p in pack.pathways.values()}
        self.diagram = PrintedDiagram(pack, text.code)
        t = Typesetter(device, text.rtl)
        self.limit = device.height() - t.pt(MARGIN_PT)
        self.diagram_rect = QRectF()
        """Where the diagram is drawn on the front, in device pixels (its words are the only ones under 9 pt there)."""
        self.sources_top = 0.0
        """Where the sources start on the back, in device pixels (the words below it are at least 7 pt)."""

    def _sheet(self) -> Sheet:
        t = Typesetter(self.device, self.text.rtl)
        margin = t.pt(MARGIN_PT)
        return Sheet(t, Frame(margin, self.device.width() - margin, self.text.rtl), self.colours)

    def _check(self, y: float, section: str, page: int) -> float:
        if y > self.limit:
            raise DoesNotFit(section, page, self.text.code)
        return y

    def front(self) -> Sheet:
        sheet = self._sheet()
        t = sheet.t
        y = self._check(self._header(sheet, t.pt(MARGIN_PT)), "title", 1)
        y = self._check(self._diagram(sheet, y + t.pt(8)), "diagram", 1)
        y = self._check(self._pathways(sheet, y + t.pt(10)), "pathways", 1)
        self._check(self._demands(sheet, y + t.pt(10)), "demands", 1)
        return sheet

    def back(self) -> Sheet:
        """The back with the richest code that keeps readable modules and lets the sources fit below it."""
        s = self.text
        error = DoesNotFit("code and contact", 2, s.code)
        for code in s.code_choices or (s.all_actions_code,):
            for module in (MODULE_PT, MODULE_MIN_PT):  # the text, a little smaller, before a shorter text
                try:
                    return self._back(code, module)
                except DoesNotFit as not_fit:
                    if not_fit.section == "what you can do":
                        raise
                    error = not_fit  # a smaller code leaves the sources more room: try it
        raise error

    def _back(self, code: str, module: float) -> Sheet:
        sheet = self._sheet()
        t = sheet.t
        y = self._check(self._steps(sheet, t.pt(MARGIN_PT)), "what you can do", 2)
        y = self._check(self._code_and_contact(sheet, y + t.pt(10), code, module), "code and contact", 2)
        self._check(self._sources(sheet, y + t.pt(10)), "sources", 2)
        return sheet

    def _header(self, sheet: Sheet, y: float) -> float:
        s, w = self.text, sheet.frame.width
        y = sheet.text(escape(s.title), 0, w, y, 17, bold=True)
        note = f"<span class='muted'>{escape(s.reviewed)} · {escape(s.offline_note)}</span>"
        y = sheet.text(note, 0, w, y + sheet.t.pt(2), BODY_PT)
        if s.state_lines:  # made for one state: its marks and what the pack holds about it
            y = sheet.text(f"<b>{escape(s.state_lines[0])}</b><br/>{escape(s.state_lines[1])}", 0, w,
                           y + sheet.t.pt(4), BODY_PT)
        return y

    def _diagram(self, sheet: Sheet, y: float) -> float:
        """The diagram across the page, as large as the page allows, its words at least :data:`LABEL_PT`."""
        t, frame = sheet.t, sheet.frame
        if not self.diagram.readable_at(frame.width / t.unit, LABEL_PT):
            raise DoesNotFit("diagram", 1, self.text.code)
        aspect = self.diagram.aspect()
        width = frame.width
        most = (self.limit - t.pt(MARGIN_PT)) * DIAGRAM_MOST
        if width * aspect > most:
            width = most / aspect
        if self.diagram.smallest_label_pt(width / t.unit) < LABEL_PT:
            raise DoesNotFit("diagram", 1, self.text.code)
        height = width * aspect
        target = QRectF(frame.x((frame.width - width) / 2, width), y, width, height)
        self.diagram_rect = target
        sheet.ops.append(lambda p: self.diagram.draw(p, target))
        return y + height

    def _pathways(self, sheet: Sheet, y: float) -> float:
        """Each pathway in a sentence, side by side."""
        s, t = self.text, sheet.t
        gap = t.pt(14)
        column = (sheet.frame.width - gap * (len(s.pathways) - 1)) / max(1, len(s.pathways))
        badge = 15.0  # its number is at least body size
        indent = t.pt(badge + 5)
        bottom = y
        for i, pathway in enumerate(s.pathways):
            offset = i * (column + gap)
            sheet.badge(pathway.number, offset, y, badge)
            top = sheet.text(escape(pathway.title), offset + indent, column - indent, y, 10.5, bold=True)
            top = sheet.text(escape(pathway.short), offset + indent, column - indent, top + t.pt(1), BODY_PT)
            bottom = max(bottom, top)
        return bottom

    def _demands(self, sheet: Sheet, y: float) -> float:
        """Each pathway's demand, with its words and its how, in a column of its own."""
        s, t, frame = self.text, sheet.t, sheet.frame
        sheet.rule(y, 0.5)
        y = sheet.text(escape(s.actions_heading), 0, frame.width, y + t.pt(6), 12, bold=True) + t.pt(3)
        gap = t.pt(14)
        column = (frame.width - gap * (len(s.pathways) - 1)) / max(1, len(s.pathways))
        badge = 15.0
        indent = t.pt(badge + 5)
        bottom = y
        for i, pathway in enumerate(s.pathways):
            offset = i * (column + gap)
            sheet.badge(pathway.number, offset, y, badge)
            top = sheet.text(f"<span class='muted'>{escape(s.demand_label)}</span>", offset + indent, column - indent, y,
                             BODY_PT)
            top = sheet.text(escape(pathway.demand_title), offset + indent, column - indent, top, 10, bold=True)
            bottom = max(bottom, sheet.text(escape(pathway.demand_text), offset, column,
                                            max(top, y + t.pt(badge)) + t.pt(2), BODY_PT))
        return bottom

    def _step_html(self, step: StepText) -> str:
        badges = {p.number: p.badge for p in self.text.pathways}
        tags = " · ".join(badges[n] for n in step.numbers if n in badges)
        tail = f" <span class='muted'>({escape(tags)})</span>" if tags else ""
        return f"<b>{escape(step.title)}</b>{tail}<br/>{escape(step.text)}"

    def _steps(self, sheet: Sheet, y: float) -> float:
        s, t = self.text, sheet.t
        y = sheet.text(escape(s.now_heading), 0, sheet.frame.width, y, 12, bold=True) + t.pt(3)
        y = two_columns(sheet, [self._step_html(step) for step in s.steps], y, BODY_PT, 6)
        return sheet.text(escape(s.not_legal_advice), 0, sheet.frame.width, y + t.pt(8), BODY_PT, bold=True)

    def _code_and_contact(self, sheet: Sheet, y: float, code: str, module: float) -> float:
        """The code that carries ``code`` (every action, if it fits) at ``module`` points a module (or a little
        more when the room is short), its caption, and the local contact if any."""
        s, t, frame = self.text, sheet.t, sheet.frame
        most = min(CODE_PT, frame.width / 4 / t.unit)
        if sheet.code_choice((code,), most) is None:  # its modules would be too small to scan
            raise DoesNotFit("code and contact", 2, s.code)
        side = sheet.code_side(code, most, module)
        sheet.code(code, 0, y, side)
        column = (frame.width - side - t.pt(12)) / (2 if s.contact else 1)
        offset = side + t.pt(12)
        bottom = sheet.text(f"<span class='muted'>{escape(s.qr_caption)}</span>", offset, column - t.pt(8), y, BODY_PT)
        if s.contact:
            lines = "<br/>".join(escape(line) for line in s.contact)
            bottom = max(bottom, sheet.text(f"<b>{escape(s.contact_heading)}</b><br/>{lines}", offset + column, column,
                                            y, BODY_PT))
        return max(bottom, y + side)

    def _sources(self, sheet: Sheet, y: float) -> float:
        """The sources run on in two columns, half of them in each, so short entries waste no lines."""
        t = sheet.t
        sheet.rule(y, 0.5)
        self.sources_top = y
        y = sheet.text(escape(self.text.sources_heading), 0, sheet.frame.width, y + t.pt(4), BODY_PT,
                       bold=True) + t.pt(2)
        entries = list(self.text.sources_html)
        total = sum(len(e) for e in entries)
        split, count = 0, 0
        while split < len(entries) and count + len(entries[split]) / 2 <= total / 2:
            count += len(entries[split])
            split += 1
        halves = [" · ".join(part) for part in (entries[:split], entries[split:]) if part]
        y = two_columns(sheet, halves, y, SOURCE_PT, 0)
        return sheet.text(f"<span class='muted'>{escape(self.text.more)}</span>", 0, sheet.frame.width,
                          y + t.pt(5), SOURCE_PT)


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
