"""An on-screen keypad for the operator PIN: a kiosk has no keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from explainer.look.fonts import pixel_font
from explainer.model.pack import Words
from explainer.modes.kiosk import look
from explainer.modes.kiosk.pin import MAX_DIGITS

KEY = 92


class PinPad(QWidget):
    """Ten digits, Delete and OK; shows a dot per digit typed, never the digits."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self.dots = QLabel()
        self.dots.setTextFormat(Qt.TextFormat.PlainText)
        self.dots.setFont(pixel_font(40, True))
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(64)
        # A long PIN (up to 20 digits) must not widen the keypad: its dots close up, then clip at the sides.
        self.dots.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_key(digit), index // 3, index % 3)
        self.delete = self._key(lambda: self._set(self._digits[:-1]))
        self.ok = self._key(self._enter, primary=True)
        grid.addWidget(self.delete, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.dots)
        column.addLayout(grid)
        # Digits are the same on every keypad whatever the language, so the grid never mirrors.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _key(self, slot: object, primary: bool = False) -> QPushButton:
        key = look.button(primary)
        key.setMinimumSize(KEY + 40, KEY)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.clicked.connect(slot)
        return key

    def _digit_key(self, digit: str) -> QPushButton:
        key = self._key(lambda: self._set(self._digits + digit))
        key.setText(digit)
        key.setStyleSheet(look.BUTTON + "QPushButton { font-size: 34px; }")
        self.keys[digit] = key
        return key

    def _set(self, digits: str) -> None:
        self._digits = digits[:MAX_DIGITS]
        self.dots.setText((" " if len(self._digits) <= 8 else "").join("●" for _ in self._digits))

    def _enter(self) -> None:
        digits = self._digits
        self.clear()
        self.entered.emit(digits)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits, Backspace and Enter from a keyboard, for an operator who brought one."""
        text = event.text()
        if text.isascii() and text.isdigit():
            self._set(self._digits + text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._set(self._digits[:-1])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
        else:
            super().keyPressEvent(event)

    def clear(self) -> None:
        self._set("")

    def set_words(self, words: Words) -> None:
        self.delete.setText(words.ui("keypad_delete"))
        self.ok.setText(words.ui("keypad_enter"))
