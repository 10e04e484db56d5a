"""Each tour step, said to the presenter's screen reader: its number and its caption, in the presenter's language.

The audience sees the step; a blind facilitator hears it. Qt's announcement event
reaches AT-SPI as ``object:announcement`` (newer Orca speaks it; Orca 43 does not,
research/a11y.md), and the presenter window's status line says the same for reading.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from explainer.locale_format import number
from explainer.model.pack import Pack, Words
from explainer.modes.present.tour import TourController


class StepAnnouncer(QObject):
    """Announces the tour's step whenever it changes, on the presenter window."""

    announced = Signal(str)
    """The words announced (for tests)."""

    def __init__(self, tour: TourController, pack: Pack, words: Callable[[], Words], presenter: QWidget,
                 audience: QWidget) -> None:
        super().__init__(presenter)
        self.tour = tour
        self.pack = pack
        self.words = words
        self.presenter = presenter
        self.audience = audience
        tour.step_changed.connect(lambda _i: QTimer.singleShot(0, self, self.announce))

    def message(self) -> str:
        """``Step 2 of 7. <caption>`` for the step shown now; nothing outside the tour."""
        tour = self.tour
        if not tour.running or not 0 <= tour.index < len(self.pack.structure.tour):
            return ""
        w = self.words()
        step = self.pack.structure.tour[tour.index]
        head = w.ui("present_step", number=number(w.code, tour.index + 1), count=number(w.code, tour.count))
        return f"{head}. {w.get(f'tour.{step.id}.caption')}"

    def announce(self) -> None:
        text = self.message()
        if not text:
            return
        self.announced.emit(text)
        if QAccessible.isActive():  # the presenter window, or the audience window while it is hidden (one screen)
            target = self.presenter if self.presenter.isVisible() else self.audience
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(target, text))
