"""The facilitator's own window: this step's caption and notes, the next step, every step, the time, a live preview."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explainer.locale_format import number
from explainer.look.fonts import pixel_font
from explainer.model.pack import Pack, Words
from explainer.modes.present.card import AudienceCard
from explainer.modes.present.tour import TourController
from explainer.navigator import Fields, Navigator
from explainer.scene.diagram_scene import DiagramScene
from explainer.scene.diagram_view import DiagramView
from explainer.won_bar import WonBar
from explainer.wording import dates

PREVIEW_MIN_PX = 9.0
"""The preview's card type is the audience card's, scaled to the preview, but never smaller than this."""
TONES = {"live": "#E6F4EA", "black": "#2B2B2B", "frozen": "#DCEBFF", "exploring": "#FFF4D6", "detour": "#FFF4D6"}


def _label(size: int, bold: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack words: never rich text
    label.setFont(pixel_font(size, bold))
    label.setWordWrap(wrap)
    return label


def elapsed_text(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class PresenterWindow(QWidget):
    """Follows the tour and the navigator; a click on a step emits ``step_chosen``. Nothing here takes focus,
    so every key reaches the presenter keys."""

    step_chosen = Signal(int)
    quit_requested = Signal()

    def __init__(self, pack: Pack, navigator: Navigator, tour: TourController, scene: DiagramScene) -> None:
        super().__init__()
        self.pack = pack
        self.navigator = navigator
        self.tour = tour
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.started = QElapsedTimer()
        self.started.start()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self._build(scene)
        tour.step_changed.connect(lambda _i: self.show_step())
        tour.running_changed.connect(lambda _r: self.refresh_preview())
        navigator.changed.connect(self._follow)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.quit_requested.emit)
        self.resize(1100, 720)
        self.retranslate()

    def _build(self, scene: DiagramScene) -> None:
        self.step_label = _label(20, True)
        self.reviewed = _label(15)
        """When the pack was last reviewed: the facilitator sees how current what they present is."""
        self.elapsed_label = _label(15)
        self.elapsed = _label(26, True)
        self.clock_label = _label(15)
        self.clock = _label(26, True)
        self.caption = _label(26, True, wrap=True)
        self.notes_label = _label(15, True)
        self.notes = QTextBrowser()
        self.notes.setFont(pixel_font(22))
        self.notes.setOpenLinks(False)
        self.next_label = _label(15, True)
        self.next_caption = _label(18, wrap=True)
        self.preview_label = _label(15, True)
        self.preview = DiagramView(scene)
        self.preview.setMinimumHeight(180)
        # The preview repaints when the step or the picture changes (and once a second while packets
        # move), not at every frame of a flight: it would double the cost of every animation.
        self.preview.setViewportUpdateMode(DiagramView.ViewportUpdateMode.NoViewportUpdate)
        self.preview_card = AudienceCard(self.preview)
        """The audience card as the room sees it, in small: the preview shows what the projector shows."""
        self.steps_label = _label(15, True)
        self.step_list = QListWidget()
        self.step_list.setFont(pixel_font(16))
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = _label(17, True, wrap=True)
        self.status.setContentsMargins(12, 8, 12, 8)
        self.status.setAutoFillBackground(True)
        for widget in (self, self.notes, self.preview, self.step_list):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        times = QGridLayout()
        times.setHorizontalSpacing(24)
        times.addWidget(self.elapsed_label, 0, 0)
        times.addWidget(self.clock_label, 0, 1)
        times.addWidget(self.elapsed, 1, 0)
        times.addWidget(self.clock, 1, 1)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.step_label)
        heading.addWidget(self.reviewed)
        heading.addStretch(1)
        top.addLayout(heading, 1)
        top.addLayout(times)
        left = QVBoxLayout()
        left.addWidget(self.caption)
        left.addWidget(self.notes_label)
        left.addWidget(self.notes, 1)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.next_caption)
        right.addSpacing(8)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 2)
        right.addSpacing(8)
        right.addWidget(self.steps_label)
        right.addWidget(self.step_list, 2)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addLayout(top)
        column.addLayout(body, 1)
        self.won_bar = WonBar(self.pack, self.navigator, focusable=False)
        """The facilitator's own "What if the demand wins?" buttons (the audience window has the same)."""
        column.addWidget(self.won_bar)
        column.addWidget(self.status)

    @property
    def words(self) -> Words:
        return self.pack.language(self.navigator.language)

    def _caption(self, index: int) -> str:
        return self.words.get(f"tour.{self.pack.structure.tour[index].id}.caption")

    def _follow(self, fields: Fields) -> None:
        if "language" in fields:
            self.retranslate()  # shows the preview again too
        elif fields & {"selection", "text_scale", "contrast", "reduced_motion"}:
            self.refresh_preview()

    def retranslate(self) -> None:
        w = self.words
        self.setWindowTitle(f"{w.ui('present_window_title')} · {w.get('title')}")
        self.elapsed_label.setText(w.ui("present_elapsed"))
        self.clock_label.setText(w.ui("present_clock"))
        self.notes_label.setText(w.ui("present_notes"))
        self.next_label.setText(w.ui("present_next"))
        self.preview_label.setText(w.ui("present_preview"))
        self.steps_label.setText(w.ui("present_steps"))
        self.reviewed.setText(w.ui("reviewed", date=dates(w.code)(self.pack.structure.reviewed)))
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for i in range(self.tour.count):
            self.step_list.addItem(f"{number(w.code, i + 1)}. {self._caption(i)}")
        self.step_list.blockSignals(False)
        self.show_step()
        self._tick()

    def show_step(self) -> None:
        """Show the tour's current step, its notes and the next step."""
        w = self.words
        tour = self.tour
        if not tour.count:
            self.step_label.setText("")
            self.caption.setText(w.ui("present_no_tour"))
            self.notes.clear()
            self.next_caption.setText("")
            return
        step = self.pack.structure.tour[tour.index]
        self.step_label.setText(w.ui("present_step", number=number(w.code, tour.index + 1),
                                     count=number(w.code, tour.count)))
        self.caption.setText(self._caption(tour.index))
        self.notes.setPlainText(w.get(f"tour.{step.id}.notes"))
        self.next_caption.setText(w.ui("present_last_step") if tour.is_last else self._caption(tour.index + 1))
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(tour.index)
        self.step_list.blockSignals(False)
        self.refresh_preview()

    def show_card(self, card: AudienceCard) -> None:
        """Show on the preview the card ``card`` shows on the audience window (none when it is hidden)."""
        if card.isHidden() or card.kind is None or not card.lines:
            self.preview_card.hide()
        else:
            ratio = self.preview.height() / max(1, card.view.height())
            self.preview_card.setLayoutDirection(card.layoutDirection())
            self.preview_card.show_lines(card.kind, card.lines, max(PREVIEW_MIN_PX, card.body * ratio), card.contrast)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.preview.viewport().update()

    def set_status(self, text: str, tone: str) -> None:
        """The line at the bottom: what the audience sees now."""
        colour = TONES.get(tone, TONES["live"])
        ink = "#FFFFFF" if tone == "black" else "#1B1D21"
        self.status.setStyleSheet(f"background: {colour}; color: {ink}; border-radius: 6px;")
        self.status.setText(text)

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(row)

    def _tick(self) -> None:
        if self.preview.diagram.packets.running:
            self.refresh_preview()
        self.elapsed.setText(elapsed_text(self.started.elapsed()))
        self.clock.setText(QLocale(self.words.code).toString(QTime.currentTime(), QLocale.FormatType.ShortFormat))

    # The clock ticks only while someone can see it, so a hidden window costs nothing.
    def showEvent(self, event: QShowEvent) -> None:
        self._tick()
        self.ticker.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.ticker.stop()
        super().hideEvent(event)
