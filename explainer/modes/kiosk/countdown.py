"""The "Still there?" layer: a countdown before the kiosk clears itself; touching anywhere answers it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explainer.model.pack import Words
from explainer.modes.kiosk import look


class StillThere(look.KioskLayer):
    """Dims the screen and asks, with the seconds left, until someone touches it or time runs out."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.words: Words | None = None
        card = look.Card()
        self.question = look.label(44, True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = look.label(28)
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_going = look.button(primary=True)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(56, 40, 56, 40)
        inside.setSpacing(22)
        inside.addWidget(self.question)
        inside.addWidget(self.seconds)
        inside.addWidget(self.keep_going, 0, Qt.AlignmentFlag.AlignCenter)
        card.setMinimumWidth(560)
        self.centre(card)

    def ask(self, words: Words, seconds: int) -> None:
        self.words = words
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if words.direction == "rtl" else Qt.LayoutDirection.LeftToRight)
        self.question.setText(words.ui("still_there"))
        self.keep_going.setText(words.ui("keep_going"))
        self.count(seconds)
        self.open()

    def count(self, seconds: int) -> None:
        if self.words is not None:
            self.seconds.setText(self.words.ui("starting_over", seconds=seconds))
            # The button takes the focus when the layer opens: a screen reader reads the question with it.
            self.keep_going.setAccessibleDescription(f"{self.question.text()} {self.seconds.text()}")
