"""The kiosk's controls: only what a visitor may use, every button big enough for a finger.

Everything the window put in its toolbar that is not on the keep list is
hidden, so a later "save" or "print" button never reaches a public screen.
The kiosk's own buttons (a button per language, text size, contrast, "Take
this with you" and "Start over") sit in a bar along the bottom of the screen,
where someone seated or in a wheelchair can reach them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget

from explainer.modes.kiosk import look
from explainer.navigator import Fields, Navigator
from explainer.window import MainWindow, icon

TEXT_SCALES = (1.0, 1.25, 1.5)

STYLE = f"""
QToolBar {{ spacing: 4px; padding: 4px 8px; }}
QToolBar QToolButton {{
    min-height: {look.TARGET}px; min-width: {look.TARGET + 16}px;
    font-size: 16px; border: 2px solid transparent; border-radius: 10px;
}}
QToolBar QToolButton:pressed {{ background: #E4E2DC; }}
QToolBar QToolButton:checked {{ border-color: {look.INK}; background: #FFFFFF; }}
QToolBar QToolButton#start-over {{ background: {look.GO}; border-color: {look.INK}; font-weight: 600; }}
QToolBar QToolButton#take-home {{ border-color: {look.INK}; background: #FFFFFF; font-weight: 600; }}
"""


STATE_STYLE = f"""
QComboBox {{ min-height: {look.TARGET}px; font-size: 18px; padding: 0 10px; }}
QComboBox QAbstractItemView {{ font-size: 20px; }}
QComboBox QAbstractItemView::item {{ min-height: {look.TARGET}px; }}
QLabel {{ font-size: 18px; }}
"""


class KioskControls(QObject):
    """Reshapes the window's toolbar, adds the kiosk's bar, and keeps their words in the current language."""

    def __init__(self, window: MainWindow, navigator: Navigator, start_over: Callable[[], None],
                 take_home: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        top = window.toolbar
        keep = {window.home_action, window.zoom_out_action, window.zoom_in_action, window.sources_action,
                window.about_action, window.back_action}
        for action in top.actions():
            if action not in keep:
                action.setVisible(False)
        window.home_action.triggered.connect(window.view.fit)
        self.bar = QToolBar()
        self.bar.setObjectName("kiosk-controls")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        for bar in (top, self.bar):
            bar.setIconSize(QSize(30, 30))
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            bar.setStyleSheet(STYLE)
        window.add_toolbar(self.bar, Qt.ToolBarArea.BottomToolBarArea)
        # "Your state" keeps its own row: beside the top row's buttons it would fall off a small screen's edge.
        window.sheet.set_strip(look.TARGET)  # on a small screen the panel's slide button is finger-sized too
        window.state_bar.setStyleSheet(STATE_STYLE)  # a list a finger can open and scroll
        window.search_action.setVisible(False)  # finding a box by name needs a keyboard; a kiosk has a touch screen
        self.languages: dict[str, QToolButton] = {}
        if len(window.pack.languages) > 1:
            for code in window.pack.languages:
                button = QToolButton()
                button.setText(window.pack.language(code).name)
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.clicked.connect(lambda _on=False, c=code: navigator.set_language(c))
                self.bar.addWidget(button)
                self.languages[code] = button
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(spacer)
        self.text_size = self._add("text-size", self._next_text_size)
        self.contrast = self._add("contrast", lambda: navigator.set_contrast(self.contrast.isChecked()))
        self.contrast.setCheckable(True)
        self.take_home = self._add("take-home", take_home)
        self.start_over = self._add("start-over", start_over)
        navigator.changed.connect(self._follow)
        self.retranslate()

    def _add(self, name: str, slot: Callable[[], None]) -> QToolButton:
        # Plain buttons, not actions: Qt keeps ~70 bytes each time an action's text changes, and visitors
        # change the language all day.
        button = QToolButton()
        button.setObjectName(name)
        button.setIcon(icon(name))
        button.setIconSize(QSize(30, 30))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(slot)
        self.bar.addWidget(button)
        return button

    def _next_text_size(self) -> None:
        now = self.navigator.text_scale
        bigger = [s for s in TEXT_SCALES if s > now + 1e-6]
        self.navigator.set_text_scale(bigger[0] if bigger else TEXT_SCALES[0])

    def _follow(self, fields: Fields) -> None:
        if "language" in fields:
            self.retranslate()
        elif "contrast" in fields:
            self.sync()

    def retranslate(self) -> None:
        words = self.window.words
        for button, key in ((self.text_size, "text_size"), (self.contrast, "contrast"),
                            (self.take_home, "take_home"), (self.start_over, "start_over")):
            button.setText(words.ui(key))
        look.fit_footer(self.window.footer)  # the privacy line in this language, on one line
        self.sync()

    def sync(self) -> None:
        """Show the current language and contrast as pressed buttons."""
        for code, button in self.languages.items():
            button.setChecked(code == self.navigator.language)
        self.contrast.setChecked(self.navigator.contrast)
