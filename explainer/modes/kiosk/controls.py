"""The kiosk's toolbar: only what a visitor may use, every button big enough for a finger.

Everything the window put in its toolbar that is not on the keep list is
hidden (so a later "save" or "print" button never reaches a public screen);
the kiosk adds a button per language, text size, contrast, "Take this with
you" and "Start over".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from explainer.modes.kiosk import look
from explainer.navigator import Navigator
from explainer.window import MainWindow, icon

TEXT_SCALES = (1.0, 1.25, 1.5)

STYLE = f"""
QToolBar#controls {{ spacing: 4px; padding: 4px 8px; }}
QToolBar#controls QToolButton {{
    min-height: {look.TARGET}px; min-width: {look.TARGET + 16}px;
    font-size: 16px; border: 2px solid transparent; border-radius: 10px;
}}
QToolBar#controls QToolButton:pressed {{ background: #E4E2DC; }}
QToolBar#controls QToolButton:checked {{ border-color: {look.INK}; background: #FFFFFF; }}
QToolBar#controls QToolButton#start-over {{ background: {look.GO}; border-color: {look.INK}; font-weight: 600; }}
QToolBar#controls QToolButton#take-home {{ border-color: {look.INK}; background: #FFFFFF; font-weight: 600; }}
"""


class KioskControls(QObject):
    """Reshapes the window's toolbar for a public touch screen and keeps its words in the current language."""

    def __init__(self, window: MainWindow, navigator: Navigator, start_over: Callable[[], None],
                 take_home: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        bar = window.toolbar
        keep = {window.home_action, window.zoom_out_action, window.zoom_in_action, window.sources_action,
                window.about_action, window.back_action}
        for action in bar.actions():
            if action not in keep:
                action.setVisible(False)
        window.home_action.triggered.connect(window.view.fit)
        bar.setIconSize(QSize(30, 30))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        bar.setStyleSheet(STYLE)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.languages: dict[str, QToolButton] = {}
        if len(window.pack.languages) > 1:
            for code in window.pack.languages:
                button = QToolButton()
                button.setText(window.pack.language(code).name)
                button.setCheckable(True)
                button.clicked.connect(lambda _on=False, c=code: navigator.set_language(c))
                bar.addWidget(button)
                self.languages[code] = button
            bar.addSeparator()
        self.text_size = self._add("text-size", self._next_text_size)
        self.contrast = self._add("contrast", lambda: window.set_high_contrast(self.contrast.isChecked()))
        self.contrast.setCheckable(True)
        self.take_home = self._add("take-home", take_home)
        self.start_over = self._add("start-over", start_over)
        navigator.language_changed.connect(lambda _c: self.retranslate())
        self.retranslate()

    def _add(self, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(icon(name), "", self.window)
        action.triggered.connect(slot)
        self.window.toolbar.addAction(action)
        button = self.window.toolbar.widgetForAction(action)
        if button is not None:
            button.setObjectName(name)
        return action

    def _next_text_size(self) -> None:
        now = self.navigator.text_scale
        bigger = [s for s in TEXT_SCALES if s > now + 1e-6]
        self.navigator.set_text_scale(bigger[0] if bigger else TEXT_SCALES[0])

    def retranslate(self) -> None:
        words = self.window.words
        for action, key in ((self.text_size, "text_size"), (self.contrast, "contrast"),
                            (self.take_home, "take_home"), (self.start_over, "start_over")):
            action.setText(words.ui(key))
        self.sync()

    def sync(self) -> None:
        """Show the current language and contrast as pressed buttons."""
        for code, button in self.languages.items():
            button.setChecked(code == self.navigator.language)
        self.contrast.setChecked(self.window.high_contrast)
