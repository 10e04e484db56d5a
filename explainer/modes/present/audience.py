"""Puts the tour on the audience window: what is revealed and bright, the camera, the packets, the caption.

Three states follow from the tour and the navigator, nothing else:
- a tour step: chrome hidden (toolbars and the won bar: the room sees the map, not controls; the
  facilitator's own window has the won buttons), the step staged, the caption shown;
- a detour (a part opened mid-tour): the panel explains it, the step waits, the controls stay hidden;
- free exploration (the tour left): the ordinary explore window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QLayout

from explainer.model.pack import Pack
from explainer.modes.present.caption import CaptionBar
from explainer.modes.present.card import AudienceCard, body_px, card_lines
from explainer.modes.present.staging import Staging, staging_for
from explainer.modes.present.tour import TourController
from explainer.navigator import Fields, Navigator
from explainer.scene.packets import CYCLE_MS
from explainer.window import MainWindow
from explainer.wording import dates

FRAME_MARGIN = 40.0
# A step showing one small node still shows some of the diagram around it.
MIN_SHARE = 0.5
# Packets show the route for a few rounds, then rest: a still screen while the facilitator talks,
# and no repainting (so no CPU) on a step that lasts minutes.
FLOW_ROUNDS = 3


def at_least(rect: QRectF, whole: QRectF, share: float) -> QRectF:
    """``rect`` grown about its centre to at least ``share`` of ``whole`` each way, kept inside ``whole``."""
    width = max(rect.width(), whole.width() * share)
    height = max(rect.height(), whole.height() * share)
    grown = QRectF(0, 0, width, height)
    grown.moveCenter(rect.center())
    dx = max(0.0, whole.left() - grown.left()) - max(0.0, grown.right() - whole.right())
    dy = max(0.0, whole.top() - grown.top()) - max(0.0, grown.bottom() - whole.bottom())
    if width <= whole.width():
        grown.translate(dx, 0)
    if height <= whole.height():
        grown.translate(0, dy)
    return grown


class AudienceStage(QObject):
    """Follows the tour and the navigator, and shows the matching state on the audience window."""

    card_changed = Signal()
    """The audience card was shown, changed or hidden (the presenter's preview draws the same card)."""

    def __init__(self, window: MainWindow, navigator: Navigator, pack: Pack, tour: TourController,
                 caption: CaptionBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.navigator = navigator
        self.pack = pack
        self.tour = tour
        self.caption = caption
        self.target: QRectF | None = None
        self.card = AudienceCard(window.view)
        self.flow_timer = QTimer(self)
        self.flow_timer.setSingleShot(True)
        self.flow_timer.setInterval(FLOW_ROUNDS * CYCLE_MS)
        self.flow_timer.timeout.connect(lambda: self.window.scene.flow([]))
        window.view.viewport().installEventFilter(self)
        navigator.changed.connect(self._follow)
        tour.step_changed.connect(lambda _i: self.refresh())
        tour.running_changed.connect(self._running_changed)

    @property
    def detour(self) -> bool:
        """A part was opened mid-tour; the step waits until the facilitator returns."""
        return self.tour.running and self.navigator.selection is not None

    def staging(self) -> Staging | None:
        return staging_for(self.pack, self.tour.index) if self.tour.count else None

    def _follow(self, fields: Fields) -> None:
        # A new look or language shows the step at once; a new selection may fly to it.
        if fields & {"language", "text_scale", "contrast", "reduced_motion"}:
            self.refresh(animate=False)
        elif "selection" in fields:
            self.refresh()

    def refresh(self, animate: bool = True) -> None:
        """Show the current state; ``animate`` False moves the camera at once."""
        scene = self.window.scene
        staging = self.staging()
        self.flow_timer.stop()
        if staging is None or not self.tour.running or self.detour:
            self.target = None
            scene.spotlight(None)
            scene.flow([])
            if not self.tour.running:
                scene.reveal(None)
            self.card.hide()
            self._chrome(toolbar=not self.tour.running, panel=True, caption=False)
            self.card_changed.emit()
            return
        scene.reveal(staging.revealed)
        scene.spotlight(staging.spotlit)
        scene.flow([] if self.navigator.reduced_motion else list(staging.flowing))
        if scene.flowing:
            self.flow_timer.start()
        words = self.pack.language(self.navigator.language)
        self.caption.set_caption(words.get(f"tour.{staging.step_id}.caption"))
        self._chrome(toolbar=False, panel=False, caption=True)
        self._show_card()
        self.card_changed.emit()
        self.target = at_least(scene.bounds_of(list(staging.frame)), scene.sceneRect(), MIN_SHARE)
        self._fly(self.target, animate)

    def _show_card(self) -> None:
        """The step's card in the language on screen, or none."""
        step = self.pack.structure.tour[self.tour.index]
        words = self.pack.language(self.navigator.language)
        made = card_lines(self.pack, words, step.card, dates(words.code)) if step.card is not None else None
        if made is None:
            self.card.hide()
            return
        self.card.setLayoutDirection(Qt.LayoutDirection.RightToLeft if words.direction == "rtl"
                                     else Qt.LayoutDirection.LeftToRight)
        kind, lines = made
        self.card.show_lines(kind, lines, body_px(self.window.height(), self.navigator.text_scale), self.navigator.contrast)

    def _running_changed(self, running: bool) -> None:
        self.refresh()
        if not running:
            if self.navigator.reduced_motion:
                self.window.view.fit()
            else:
                self._fly(self.window.scene.sceneRect(), True, 0.0)

    def _fly(self, rect: QRectF, animate: bool, margin: float = FRAME_MARGIN) -> None:
        self.window.view.fly_to(rect, margin, animate=animate and not self.navigator.reduced_motion)

    def _chrome(self, toolbar: bool, panel: bool, caption: bool) -> None:
        w = self.window
        w.toolbar.setVisible(toolbar)
        w.state_bar.setVisible(toolbar)
        # The demand buttons are the facilitator's (PresenterWindow.won_bar); a step's won demand still shows cut.
        w.won_bar.setVisible(toolbar)
        w.panel.setVisible(panel)
        self.caption.setVisible(caption)
        layout = w.layout()
        if isinstance(layout, QLayout):
            layout.activate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window changed size (full screen, panel hidden): keep the step framed.
        view = self.window.view
        if event.type() == QEvent.Type.Resize and self.target is not None and not view.flying:
            if self.card.isVisible():
                self._show_card()  # the type follows the window's height
                self.card_changed.emit()
            view.show_rect(self.target.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN))
        return False
