"""The guided tour's position: which step, and whether the tour runs or was left to explore freely; each step's won demands."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explainer.model.pack import Pack
from explainer.navigator import Navigator


class TourController(QObject):
    """The one place that holds the tour step; windows follow its signals."""

    step_changed = Signal(int)
    running_changed = Signal(bool)

    def __init__(self, count: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.index = 0
        self.running = count > 0

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1

    def go(self, index: int) -> None:
        """Move to step ``index`` (kept within the tour)."""
        if not self.count:
            return
        index = min(max(index, 0), self.count - 1)
        if index != self.index:
            self.index = index
            self.step_changed.emit(index)

    def next(self) -> None:
        self.go(self.index + 1)

    def back(self) -> None:
        self.go(self.index - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(self.count - 1)

    def leave(self) -> None:
        """Stop the tour for free exploration; ``resume`` comes back to the same step."""
        if self.running:
            self.running = False
            self.running_changed.emit(False)

    def resume(self) -> None:
        if self.count and not self.running:
            self.running = True
            self.running_changed.emit(True)


def follow_won(tour: TourController, navigator: Navigator, pack: Pack) -> None:
    """While the tour runs, each step shows the demands its ``won:`` names as won, and only those.

    A step without ``won:`` shows the map as it is, so stepping back from a "what if" ends it. Leaving the
    tour keeps what is shown (the facilitator may turn demands on and off); resuming shows the step's again.
    """

    def show(index: int) -> None:
        if tour.running and 0 <= index < len(pack.structure.tour):
            navigator.set_won(pack.structure.tour[index].won)

    tour.step_changed.connect(show)
    tour.running_changed.connect(lambda running: show(tour.index) if running else None)
    show(tour.index)
