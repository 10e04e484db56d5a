"""The operator screen, behind the corner gesture and the PIN: what content runs, its problems, and Exit."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QScroller, QStackedWidget, QVBoxLayout, QWidget

from explainer.look.fonts import pixel_font
from explainer.model.pack import Pack
from explainer.modes.kiosk import look
from explainer.modes.kiosk.keypad import PinPad
from explainer.modes.kiosk.pin import PinHash
from explainer.modes.kiosk.pin_guard import Outcome, PinGuard
from explainer.wording import dates

EXIT_STATUS = 3
"""What the app exits with when the operator chooses Exit, so systemd can tell it from a crash."""

MAX_TRIES = 5
"""Wrong PINs after which the keypad closes; the guard (``pin_guard``) counts them across openings too."""


class OperatorScreen(look.KioskLayer):
    """Asks for the PIN on a keypad; with the right one, shows the content's state and offers Exit and Back."""

    exit_requested = Signal()

    def __init__(self, window: QWidget, pin: PinHash, pack: Pack, fallback: bool, problems: list[str],
                 signer: str | None = None, guard: PinGuard | None = None, shown: bool = True,
                 health: Callable[[], list[str]] | None = None) -> None:
        """``pack`` gives the words; with ``shown`` false it is only that (the configured content failed its checks)."""
        super().__init__(window, QColor(look.PAPER))
        self.pin = pin
        self.pack = pack
        self.fallback = fallback
        self.problems = problems
        self.signer = signer
        self.shown = shown
        self.guard = guard or PinGuard(time.monotonic)
        self.health = health
        self.words = pack.language(None)
        self.tries = 0
        self.pages = QStackedWidget()
        self.pages.addWidget(self._pin_page())
        self.pages.addWidget(self._info_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.addWidget(self.pages)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.words.direction == "rtl"
                                else Qt.LayoutDirection.LeftToRight)

    def _pin_page(self) -> QWidget:
        page = QWidget()
        self.ask = look.label(30, True)
        self.ask.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wrong = look.label(22, colour="#A4161A")
        self.wrong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PinPad()
        self.pad.entered.connect(self._check)
        self.pin_back = look.button()
        self.pin_back.clicked.connect(self.close_screen)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.ask)
        column.addWidget(self.wrong)
        column.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.pin_back, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        return page

    def _info_page(self) -> QWidget:
        page = QWidget()
        self.heading = look.label(34, True)
        self.facts = look.label(22)
        self.problem_heading = look.label(24, True)
        self.problem_list = QPlainTextEdit()
        self.problem_list.setReadOnly(True)
        self.problem_list.setFont(pixel_font(17))
        self.problem_list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problem_list.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        QScroller.grabGesture(self.problem_list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.exit_button = look.button(primary=True)
        self.exit_button.clicked.connect(self.exit_requested)
        self.back_button = look.button()
        self.back_button.clicked.connect(self.close_screen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.exit_button)
        column = QVBoxLayout(page)
        column.setSpacing(14)
        column.addWidget(self.heading)
        column.addWidget(self.facts)
        column.addWidget(self.problem_heading)
        column.addWidget(self.problem_list, 4)
        column.addStretch(1)
        column.addLayout(buttons)
        return page

    def _fill(self) -> None:
        w = self.words
        structure = self.pack.structure
        self.ask.setText(w.ui("operator_pin"))
        self.pad.set_words(w)
        self.pin_back.setText(w.ui("back"))
        self.heading.setText(w.ui("operator_title"))
        languages = ", ".join(f"{self.pack.language(c).name} ({c})" for c in self.pack.languages)
        if self.shown:
            lines = [w.ui("operator_content", id=structure.id, version=structure.version),
                     w.ui("operator_languages", languages=languages),
                     w.ui("reviewed", date=dates(w.code)(structure.reviewed)),
                     w.ui("operator_signed", signer=self.signer) if self.signer else self._unchecked()]
        else:
            lines = [w.ui("operator_not_shown")]
        if self.fallback:
            lines.append(w.ui("operator_fallback"))
        if self.health is not None:
            lines += self.health()
        if self.guard.total_failures or self.guard.refused:
            lines.append(w.ui("operator_pin_tries", total=self.guard.total_failures, refused=self.guard.refused))
        self.facts.setText("\n".join(lines))
        if self.problems:
            self.problem_heading.setText(w.ui("operator_problems", count=len(self.problems)))
            self.problem_list.setPlainText("\n".join(self.problems))
        else:
            self.problem_heading.setText(w.ui("operator_no_problems"))
            self.problem_list.clear()
        self.problem_list.setVisible(bool(self.problems))
        self.exit_button.setText(w.ui("operator_exit"))
        self.back_button.setText(w.ui("back"))

    def _unchecked(self) -> str:
        """No trusted keys: signatures are not checked, and what the pack's own signature file says (as About does)."""
        from explainer.packsign.status import describe

        signature, values = describe(self.pack.root)
        return f"{self.words.ui('operator_not_checked')} {self.words.ui(signature, **values)}."

    def open_screen(self) -> None:
        """Start at the keypad, every time."""
        self._fill()
        self.tries = 0
        self.wrong.clear()
        self.pad.clear()
        self.pages.setCurrentIndex(0)
        self.open()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_screen(self) -> None:
        self.pad.clear()
        self.pages.setCurrentIndex(0)
        self.hide()

    def _check(self, digits: str) -> None:
        if self.guard.attempt(self.pin.matches, digits) is Outcome.RIGHT:
            self._fill()
            self.pages.setCurrentIndex(1)
            return
        # A wrong PIN and one typed during a wait look the same to whoever is at the screen.
        self.tries += 1
        if self.tries >= MAX_TRIES:
            self.close_screen()
            return
        self.wrong.setText(self.words.ui("operator_wrong_pin"))
