"""The "Your state" control: choose one of the 50 states, DC or Puerto Rico by list, touch or typing, or none.

Choosing is never required and never stored: the choice lives in the navigator
only, and is gone when the app closes or a kiosk starts over.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QSizePolicy, QWidget

from explainer.model.state_words import state_word
from explainer.model.us_states import CODES, normal_code, state_name
from explainer.navigator import Fields, Navigator


def _sort_key(name: str) -> str:
    """Accents aside, so Míchigan sorts with Michigan."""
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


class _Note(QLabel):
    """One line of plain text that ends in "…" when there is no room, rather than widen the window past the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def set_note(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))


class StatePicker(QWidget):
    """A label, an editable list with type-to-find and a note that it is optional; follows and sets ``Navigator.state``."""

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.label = QLabel()
        self.box = QComboBox()
        self.box.setObjectName("state-box")
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.box.setMaxVisibleItems(12)
        self.box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(18)
        self.hint = _Note()
        self.hint.setObjectName("state-hint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted: a note, not a control
        self.label.setBuddy(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.label)
        row.addWidget(self.box)
        row.addSpacing(10)
        row.addWidget(self.hint, 1)
        self._language = ""
        self.full = False
        """Whether the list holds every state (``fill``), not only the whole country and the chosen one."""
        self.box.activated.connect(self._chosen)
        line = self.box.lineEdit()
        if line is not None:
            line.editingFinished.connect(lambda: self._typed(line.text()))
        navigator.changed.connect(self._follow)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self.box, self.box.showPopup)  # after the release, so the list is not closed by it
        return False

    def _chosen(self, index: int) -> None:
        self.navigator.set_state(self.box.itemData(index))

    def _typed(self, text: str) -> None:
        """A name, a code or a part of one name typed and confirmed chooses that state; anything else puts back the
        current choice."""
        self.fill()  # typed before the list was filled: found all the same
        wanted = text.strip().casefold()
        for index in range(self.box.count()):
            if self.box.itemText(index).casefold() == wanted:
                self.navigator.set_state(self.box.itemData(index))
                self.sync()
                return
        code = normal_code(text)
        found = [self.box.itemData(i) for i in range(1, self.box.count()) if wanted in self.box.itemText(i).casefold()]
        if code is None and wanted and len(found) == 1:  # "york" is New York; "new" is four states, so none
            code = found[0]
        if code is not None:
            self.navigator.set_state(code)
        self.sync()

    def _follow(self, fields: Fields) -> None:
        if "language" in fields:
            self.retranslate()
        elif "state" in fields:
            self.sync()

    def retranslate(self) -> None:
        """The label, the names and the screen-reader words in the navigator's language."""
        language = self.navigator.language
        self.label.setText(state_word(language, "your_state"))
        self.box.setAccessibleName(state_word(language, "your_state"))
        self.box.setAccessibleDescription(state_word(language, "state_hint"))
        self.hint.set_note(state_word(language, "state_hint"))
        if language != self._language:
            self._language = language
            self._list()
        self.sync()

    def fill(self) -> None:
        """Every state in the list, and finding one by typing: the window calls this just after its first frame,
        which shows only the chosen item (52 names and a completer are no part of it)."""
        if self.full:
            return
        self.full = True
        completer = QCompleter(self.box.model(), self.box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "york" finds New York
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.box.setCompleter(completer)
        completer.activated[str].connect(self._typed)  # type: ignore[index]
        line = self.box.lineEdit()
        if line is not None:
            line.installEventFilter(self)  # a tap on the words opens the list: a touch screen has no keys
        self._list()
        self.sync()

    def _list(self) -> None:
        """The whole country, then the states in the language's order (until ``fill``, only the chosen state)."""
        language = self._language
        if self.full:
            codes = sorted(CODES, key=lambda c: _sort_key(state_name(c, language)))
        else:
            codes = [self.navigator.state] if self.navigator.state is not None else []
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(state_word(language, "whole_country"), None)
        for code in codes:
            self.box.addItem(state_name(code, language), code)
        self.box.blockSignals(False)

    def sync(self) -> None:
        """Show the navigator's state (or the whole country) as the current item."""
        state = self.navigator.state
        if state is not None and self.box.findData(state) < 0:
            self._list()  # not filled yet: the list holds the chosen state only
        index = 0 if state is None else max(0, self.box.findData(state))
        self.box.blockSignals(True)
        self.box.setCurrentIndex(index)
        line = self.box.lineEdit()
        if line is not None:
            line.setText(self.box.itemText(index))
        self.box.blockSignals(False)
