"""The idle screen as the lesson: the pathways play in turn, with flowing data and one caption, in every language.

Each round shows the whole map, then each pathway, and each round starts one
language further on, so every pathway is told in every language. Touching
anywhere starts in the language on screen. Nothing moves while the window is
hidden, minimised or not exposed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from explainer.model.pack import Pack
from explainer.modes.kiosk import look
from explainer.modes.kiosk.caption import CaptionBand
from explainer.navigator import Navigator
from explainer.panels.markdown import first_paragraph
from explainer.window import MainWindow

FRAME_MARGIN = 40.0
STEP_MS = 12_000
"""How long each caption stays: time to read two lines in a second language."""
_VISIBILITY = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange, QEvent.Type.Expose)


@dataclass(frozen=True)
class Step:
    """One caption: a pathway (``None`` for the whole map) in one language."""

    pathway: str | None
    language: str


def steps(pack: Pack) -> list[Step]:
    """One round per language, each the whole map and then every pathway, the language moving on each time."""
    languages = pack.languages
    order: list[Step] = []
    for round_, language in enumerate(languages):
        order.append(Step(None, language))
        order += [Step(p, languages[(i + 1 + round_) % len(languages)]) for i, p in enumerate(pack.pathways)]
    return order


class AttractLoop(QObject):
    """Plays the pathways while nobody is there; ``touched`` says someone has started.

    A clear layer over the window takes the first touch (or key), so it starts
    a visit and does nothing else; ``language`` is the language on screen.
    """

    touched = Signal()
    shown = Signal()
    """A caption is on screen (the first, or the next): the kiosk reads it aloud when listening is on."""

    def __init__(self, window: MainWindow, navigator: Navigator, step_ms: int = STEP_MS) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        self.pack = window.pack
        self.steps = steps(self.pack)
        self.band = CaptionBand(window.view)
        self.cover = look.KioskLayer(window, QColor(0, 0, 0, 0))
        self.cover.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cover.pressed.connect(self.touched)
        self.active = False
        self.index = 0
        self._hidden: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setInterval(step_ms)
        self._timer.timeout.connect(self.next_step)

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    @property
    def language(self) -> str:
        return self.step.language

    @property
    def playing(self) -> bool:
        """Whether anything moves now: the step timer and the flowing data."""
        return self._timer.isActive() or self.window.scene.packets.running

    def start(self, language: str | None = None) -> None:
        """Take over the screen: the diagram alone, with the caption band, from the whole map in ``language``."""
        if self.active:
            return
        self.active = True
        # The toolbars and the panel step aside; those hidden now are shown again by ``stop``.
        self._hidden = [w for w in self.window.chrome() if not w.isHidden()]
        for widget in self._hidden:
            widget.hide()
        self.band.open()
        self.cover.open()
        self.cover.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window.installEventFilter(self)
        handle = self.window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        self.index = next((i for i, step in enumerate(self.steps)
                           if step.pathway is None and step.language == language), 0)
        self._show(self.step)
        self._follow_visibility()
        self.shown.emit()

    def stop(self) -> None:
        """Give the screen back: no motion, the toolbars and the panel as before."""
        if not self.active:
            return
        self.window.removeEventFilter(self)
        handle = self.window.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)
        # The diagram takes the focus quietly (no keyboard ring on its first node) before the cover goes.
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.cover.hide()
        self.active = False
        self._timer.stop()
        self.window.scene.flow([])
        self.band.close_band()
        self.window.scene.end_preview()
        for widget in self._hidden:
            widget.show()
        self._hidden = []

    def next_step(self) -> None:
        self.index = (self.index + 1) % len(self.steps)
        self._show(self.step)
        self.shown.emit()

    def _show(self, step: Step) -> None:
        words = self.pack.language(step.language)
        scene = self.window.scene
        # Only the diagram speaks the caption's language, as a preview over the navigator's: retranslating the
        # whole window every few seconds all day would cost memory (Qt keeps a little for every toolbar label).
        scene.show_preview(words, step.pathway)
        self.cover.setAccessibleName(words.ui("touch_to_start"))  # what a screen reader says on the idle screen
        if step.pathway is None:
            scene.flow(self._flowing())
            self._frame(scene.sceneRect(), 0.0)
            self.band.set_colour(QColor(look.INK))
            self.band.show_caption(words.direction == "rtl", "", words.get("title"),
                                   first_paragraph(words.get("intro")), words.ui("touch_to_start"))
            return
        pathway = self.pack.pathways[step.pathway]
        scene.flow(self._flowing())
        self._frame(scene.bounds_of(self._ids_of(step.pathway)), FRAME_MARGIN)
        self.band.set_colour(scene.theme.lane_colour(pathway.colour))
        self.band.show_caption(words.direction == "rtl", words.ui("pathway_number", number=pathway.number),
                               words.get(f"pathways.{step.pathway}.title"), words.get(f"pathways.{step.pathway}.short"),
                               words.ui("touch_to_start"))

    def _frame(self, rect: QRectF, margin: float) -> None:
        """Show ``rect`` at once: a cut, not a camera flight. All day in a public place, a flight every few
        seconds is a lot of motion, and it would cost a quarter of a core for most of a second each time."""
        view = self.window.view
        view.fitted = False
        view.show_rect(rect.adjusted(-margin, -margin, margin, margin))

    def _ids_of(self, pathway: str) -> list[str]:
        """The pathway's lane, its arrows and the nodes at both ends of them."""
        ids = [pathway]
        for edge in self.pack.structure.edges:
            if edge.pathway == pathway:
                ids += [edge.id, edge.source, edge.target]
        return ids

    def _visible(self) -> bool:
        handle = self.window.windowHandle()
        return self.window.isVisible() and not self.window.isMinimized() and (handle is None or handle.isExposed())

    def _follow_visibility(self) -> None:
        """Play only while someone could see it."""
        if not self.active:
            return
        if self._visible():
            if not self._timer.isActive():
                self._timer.start()
                self.window.scene.flow(self._flowing())
        else:
            self._timer.stop()
            self.window.scene.flow([])

    def _flowing(self) -> list[str]:
        """The pathways whose data flows now: none with reduced motion (the highlight and caption stay)."""
        if self.navigator.reduced_motion:
            return []
        return list(self.pack.pathways) if self.step.pathway is None else [self.step.pathway]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _VISIBILITY:
            QTimer.singleShot(0, self, self._follow_visibility)
        return False
