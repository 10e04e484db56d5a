"""The audience card: one fact, demand or pathway's actions in large type beside (or over) the diagram.

A tour step's ``card`` (see ``model/tour_cards.py``) says what it shows; the
words come from the pack in the language on screen. Type is at least 24 px on
a 1024×768 projector and 28 px on 1920×1080, times the text-size keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QVBoxLayout, QWidget

from explainer.look.fonts import pixel_font
from explainer.model.pack import Pack, Words
from explainer.model.structure import TourCard
from explainer.model.tour_cards import CardKind, card_kind
from explainer.wording import DateFormat

SMALL_PX, LARGE_PX = 24.0, 28.0
"""Body type on a 768- and a 1080-pixel-high projector; in between it grows with the height."""
SMALL_H, LARGE_H = 768.0, 1080.0
SHARE = 0.44
"""The card's width as a share of the diagram's, beside it; a card too tall for that grows over the diagram."""
WIDE_SHARE = 0.92
BESIDE_MOST = 0.6
"""A card up to this share of the width stands beside the diagram; a wider one lies over it."""
MARGIN = 24
BORDER = 3


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph of a card; ``style`` is heading, title, body, how or small (a source, a date)."""

    text: str
    style: str
    spare: int = 0
    """0: always shown; higher: left out first when the words do not fit the projector at readable sizes."""


def body_px(height: int, text_scale: float) -> float:
    """Body type in pixels for a window ``height`` pixels high."""
    share = min(max((height - SMALL_H) / (LARGE_H - SMALL_H), 0.0), 1.0)
    return (SMALL_PX + (LARGE_PX - SMALL_PX) * share) * text_scale


def card_lines(pack: Pack, words: Words, card: TourCard, fmt: DateFormat) -> tuple[CardKind, list[Line]] | None:
    """What ``card`` says in ``words``' language, paragraph by paragraph; ``None`` when it names nothing."""
    named = card_kind(card)
    if named is None:
        return None
    kind, item_id = named
    if kind == "fact":
        fact = next(f for f in pack.structure.facts if f.id == item_id)
        lines = [Line(words.ui("facts_heading"), "heading"), Line(words.get(f"facts.{fact.id}"), "body"),
                 Line(words.ui("as_of", date=fmt(fact.as_of)), "small")]
        cited = []
        for source_id in fact.sources:
            source = pack.sources[source_id]
            date = fmt(source.date) if source.date and source.date != "n.d." else words.ui("no_date")
            cited.append(f"{source.publisher}, “{source.title}”, {date}")
        lines.append(Line(f"{words.ui('source_label')}: {'; '.join(cited)}.", "small"))
        return kind, lines
    if kind == "demand":
        closes = [words.ui("pathway_number", number=pack.pathways[p].number) + ": " + words.title(p)
                  for p in pack.demands.closes(item_id)]
        # On a small projector the demand's examples give way first, so the map beside it stays large.
        return kind, [Line(words.ui("demand_label"), "heading"), Line(words.get(f"actions.{item_id}.title"), "title"),
                      Line(words.get(f"actions.{item_id}.text"), "body", 1), Line(words.how(item_id), "how"),
                      *(Line(c, "small", 2) for c in closes)]
    pathway = pack.pathways[item_id]
    lines = [Line(words.ui("now_heading"), "heading"),
             Line(f"{words.ui('pathway_number', number=pathway.number)}: {words.title(item_id)}", "small", 3)]
    demand = pack.demands.demand_of(item_id)
    if demand is not None:
        lines += [Line(f"{words.ui('demand_label')}: {words.get(f'actions.{demand.id}.title')}", "title"),
                  Line(words.how(demand.id), "how")]
    for step in pack.steps_now(item_id):
        # The steps for every pathway give way first to this pathway's own: the how, then the title.
        general = not step.pathways
        lines += [Line(words.get(f"actions.{step.id}.title"), "step", 1 if general else 0),
                  Line(words.how(step.id), "how", 2 if general else 0)]
    lines.append(Line(words.ui("not_legal_advice"), "small"))
    return kind, lines


class AudienceCard(QFrame):
    """The card on the diagram view; ``show_lines`` fills and places it, ``hide`` takes it away."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("audience-card")
        self.kind: CardKind | None = None
        self.labels: list[QLabel] = []
        self.spares: list[int] = []
        self.lines: list[Line] = []
        """What the card was last asked to show (the presenter's preview shows the same)."""
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(28, 20, 28, 20)
        self.column.setSpacing(6)
        self.body = LARGE_PX
        self.contrast = False
        self._restyle()
        view.installEventFilter(self)
        self.hide()

    def _restyle(self) -> None:
        border = "#000000" if self.contrast else "#5B5F66"
        self.setStyleSheet(f"#audience-card {{ background: #FFFFFF; border: {BORDER}px solid {border}; border-radius: 14px; }}"
                           " QLabel { color: #000000; background: transparent; }"
                           " QLabel[style='small'] { color: #2E3136; } QLabel[style='how'] { color: #123C7A; }")

    def show_lines(self, kind: CardKind, lines: list[Line], body: float, contrast: bool) -> None:
        """Show these paragraphs, body type ``body`` pixels, and place the card."""
        self.kind = kind
        self.lines = list(lines)
        self.body = body
        self.contrast = contrast
        self._restyle()
        for label in self.labels:
            self.column.removeWidget(label)
            label.hide()  # gone from this frame, not only after the next turn of the event loop
            label.deleteLater()
        self.labels = []
        self.spares = []
        # Every paragraph is at least body size: a source or a date read from the back row matters as much.
        sizes = {"title": 1.15}
        for line in lines:
            if not line.text:
                continue
            label = QLabel(line.text)
            label.setTextFormat(Qt.TextFormat.PlainText)  # pack words: never rich text
            label.setWordWrap(True)
            label.setProperty("style", line.style)
            label.setFont(pixel_font(body * sizes.get(line.style, 1.0), line.style in ("heading", "title", "step")))
            self.column.addWidget(label)
            self.labels.append(label)
            self.spares.append(line.spare)
        self.show()
        self.place()
        self.raise_()

    def smallest_px(self) -> float:
        """The smallest type on the card, in pixels (for checks)."""
        return min((label.font().pixelSize() for label in self.labels), default=0)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels if not label.isHidden())

    def place(self) -> None:
        """Beside the diagram at the trailing side; over it, wider, when the words need the room."""
        area = self.view.rect()
        height_most = area.height() - 2 * MARGIN
        levels = sorted({spare for spare in self.spares if spare}, reverse=True)
        # Beside the diagram with every paragraph; else beside it without the spare ones, so the map stays in
        # view; else over the map, wider, all paragraphs, then without the spare ones. Type never shrinks.
        tries = [(SHARE, 0), (BESIDE_MOST, 0), *((BESIDE_MOST, level) for level in levels),
                 (0.75, 0), (WIDE_SHARE, 0), *((WIDE_SHARE, level) for level in levels)]
        for share, level in tries:
            for label, spare in zip(self.labels, self.spares, strict=True):
                label.setVisible(not spare or not level or spare < level)
            width = int(area.width() * share)
            height = self.height_for(width)
            if height <= height_most:
                break
        height = min(height, height_most)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = MARGIN if rtl else area.right() - MARGIN - width
        self.setGeometry(x, MARGIN + (height_most - height) // 2, width, height)
        self.column.activate()  # the paragraphs take their places now, not after the next event
        # Beside: the diagram's viewport gives the card its side, so the camera frames the step in the rest.
        # A card that needs most of the width lies over the diagram instead.
        side = width + 2 * MARGIN if width <= area.width() * BESIDE_MOST else 0
        self.view_margins(side if rtl else 0, side if not rtl else 0)

    def view_margins(self, left: int, right: int) -> None:
        view = self.view
        if isinstance(view, QAbstractScrollArea) and view.viewportMargins() != QMargins(left, 0, right, 0):
            view.setViewportMargins(left, 0, right, 0)

    def hideEvent(self, event: QHideEvent) -> None:
        self.view_margins(0, 0)
        super().hideEvent(event)

    def height_for(self, width: int) -> int:
        """The card's height at ``width``: its paragraphs wrapped, with the spacing and margins."""
        m = self.column.contentsMargins()
        inner = width - m.left() - m.right() - 2 * BORDER  # the frame's border takes its share too
        shown = [label for label in self.labels if not label.isHidden()]
        words = sum(label.heightForWidth(inner) for label in shown)
        return words + self.column.spacing() * max(0, len(shown) - 1) + m.top() + m.bottom() + 2 * BORDER

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

