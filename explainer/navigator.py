"""The one object that knows what is shown now: selection, view, language and text size."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Signal

from explainer.model.pack import Pack

View = Literal["diagram", "sources", "about"]


class Navigator(QObject):
    """Holds the state that widgets show; widgets ask it and follow its signals."""

    selection_changed = Signal(object)
    view_changed = Signal(str)
    language_changed = Signal(str)
    second_language_changed = Signal(object)
    text_scale_changed = Signal(float)

    def __init__(self, pack: Pack, language: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.selection: str | None = None
        self.view: View = "diagram"
        self.language = language or pack.default_language
        self.second_language: str | None = None
        self.text_scale = 1.0

    def select(self, item_id: str | None) -> None:
        """Open a node, arrow or pathway (``None`` shows the overview)."""
        if item_id is not None and not self.pack.has(item_id):
            raise KeyError(item_id)
        self.show_view("diagram")
        if item_id != self.selection:
            self.selection = item_id
            self.selection_changed.emit(item_id)

    def home(self) -> None:
        """Back to the overview: nothing selected, the diagram shown."""
        self.select(None)

    def show_view(self, view: View) -> None:
        if view != self.view:
            self.view = view
            self.view_changed.emit(view)

    def set_language(self, code: str) -> None:
        if code not in self.pack.words:
            raise KeyError(code)
        if code != self.language:
            self.language = code
            if self.second_language == code:
                self.set_second_language(None)
            self.language_changed.emit(code)

    def set_second_language(self, code: str | None) -> None:
        """Show a second language beside the first in the panel (``None`` for one)."""
        if code is not None and (code not in self.pack.words or code == self.language):
            code = None
        if code != self.second_language:
            self.second_language = code
            self.second_language_changed.emit(code)

    def set_text_scale(self, scale: float) -> None:
        scale = round(min(max(scale, 0.8), 2.5), 2)
        if scale != self.text_scale:
            self.text_scale = scale
            self.text_scale_changed.emit(scale)
