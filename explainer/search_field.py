"""The search field: find a box, an arrow or a pathway by name in the language on screen.

Typing offers the names that contain the typed letters (upper or lower case, accents or none); Enter (or
choosing a name) emits ``found`` with the part's id, which the window selects and shows. The names are
a pack's words, so they are shown as plain text only. Ctrl+F and / bring the keyboard here (``MainWindow``).
"""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolTip, QWidget

from explainer.model.pack import Pack, Words

WIDTH = 260


def folded(text: str) -> str:
    """``text`` for matching: lower case, without accents (so "via" finds "Vía") or invisible marks (bidi isolates)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")


def names(pack: Pack, words: Words) -> dict[str, str]:
    """Every box, arrow and pathway by the name a person would type, in ``words``' language (first of a name wins)."""
    out: dict[str, str] = {}
    for node in pack.structure.nodes:
        out.setdefault(words.get(f"nodes.{node.id}.title") or node.id, node.id)
    for pathway in pack.pathways.values():
        out.setdefault(words.get(f"pathways.{pathway.id}.title") or pathway.id, pathway.id)
    for edge in pack.structure.edges:
        label = words.get(f"edges.{edge.id}.label")
        arrow = words.ui("arrow_name", source=words.title(edge.source), target=words.title(edge.target))
        out.setdefault(f"{arrow}: {label}" if label else arrow, edge.id)
    return out


class SearchField(QLineEdit):
    """A line to type a name in, with a list of the names that match."""

    found = Signal(str)
    """The id of the box, arrow or pathway a person chose."""

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.setObjectName("search")
        self.setMinimumWidth(WIDTH)
        self.setMaximumWidth(WIDTH + 80)  # the row keeps room for the state hint before it
        self._words: Words | None = None
        self._names: dict[str, str] = {}
        self._folded: list[tuple[str, str]] = []
        self._none = ""
        self._model: QStringListModel | None = None
        """The names offered while typing; made by ``finish``."""
        self.returnPressed.connect(lambda: self._choose(self.text()))

    def finish(self) -> None:
        """The names to find, their list and the clear button: the window calls this just after its first frame,
        which shows the empty field only."""
        if self._model is not None:
            return
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._choose)
        self.setCompleter(completer)
        if self._words is not None:
            self._offer(self._words)

    def set_words(self, words: Words) -> None:
        """Offer the names in ``words``' language and label the field in it."""
        self._words = words
        self.setPlaceholderText(words.ui("search"))
        self.setAccessibleName(words.ui("search"))
        self._none = words.ui("search_none")
        if self._model is not None:
            self._offer(words)

    def _offer(self, words: Words) -> None:
        assert self._model is not None
        self._names = names(self.pack, words)
        self._folded = [(folded(name), name) for name in self._names]
        self._model.setStringList(sorted(self._names, key=folded))

    def match(self, text: str) -> str | None:
        """The id for ``text``: the part with that name, else the first (in name order) whose name holds it."""
        self.finish()
        if text in self._names:
            return self._names[text]
        wanted = folded(text.strip())
        if not wanted:
            return None
        exact = [name for f, name in self._folded if f == wanted]
        holding = sorted((name for f, name in self._folded if wanted in f), key=folded)
        chosen = exact or holding
        return self._names[chosen[0]] if chosen else None

    def _choose(self, text: str) -> None:
        item_id = self.match(text)
        if item_id is None:
            # A tooltip guesses rich text: escaped inside a span, what was typed shows as the characters typed.
            message = f"<span>{html.escape(self._none.replace('{text}', text))}</span>"
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
            return
        popup = self.completer().popup()
        if popup is not None:
            popup.hide()
        self.found.emit(item_id)
