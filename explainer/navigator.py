"""The one owner of what is shown now: selection, view, languages, text size, contrast, motion, won demands, state.

Every change goes through a setter, which sets every field it touches and then
emits :attr:`Navigator.changed` once, with the names of the fields that
changed. A widget follows that one signal and redraws once per change: a new
language that also clears the second language is one change, not two.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Literal

from PySide6.QtCore import QObject, Signal

from explainer.model.pack import Pack

View = Literal["diagram", "sources", "about"]
Field = Literal["selection", "view", "language", "second_language", "text_scale", "contrast", "reduced_motion",
                "won", "state"]
Fields = frozenset[Field]

class Keep(Enum):
    """``start_over``'s default: the chosen state stays."""

    KEEP = "keep"


def _state_code(code: str | None) -> str | None:
    if code is not None:
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            raise ValueError(f"'{code}' is not a two-letter state code")
        code = code.upper()
    return code


MIN_SCALE = 0.8
MAX_SCALE = 2.5


class Navigator(QObject):
    """Holds the state that widgets show; widgets ask it and follow :attr:`changed`."""

    changed = Signal(object)
    """Emitted once per change, after every field is set, with the :data:`Fields` that changed."""

    def __init__(self, pack: Pack, language: str | None = None, parent: QObject | None = None, *,
                 reduced_motion: bool = False) -> None:
        super().__init__(parent)
        self.pack = pack
        self.selection: str | None = None
        self.view: View = "diagram"
        self.language = language or pack.default_language
        self.second_language: str | None = None
        self.text_scale = 1.0
        self.contrast = False
        """High contrast: black on white, no tinted fills."""
        self.reduced_motion = reduced_motion
        """No camera flights and no flowing data; the highlight and captions stay."""
        self.won: frozenset[str] = frozenset()
        """Demands shown as won (a "what if"): their pathways are drawn cut; a kiosk's start-over forgets them."""
        self.state: str | None = None
        """The US state chosen (two-letter postal code), or ``None`` for the whole country."""

    # -- one change, one signal ---------------------------------------------------------
    def _commit(self, **values: object) -> None:
        """Set every field in ``values``, then emit ``changed`` once with those that differ (nothing if none)."""
        changed = frozenset(name for name, value in values.items() if getattr(self, name) != value)
        for name in changed:
            setattr(self, name, values[name])
        if changed:
            self.changed.emit(changed)

    # -- what is shown ----------------------------------------------------------------------
    def select(self, item_id: str | None) -> None:
        """Open a node, arrow or pathway (``None`` shows the overview), on the diagram."""
        if item_id is not None and not self.pack.has(item_id):
            raise KeyError(item_id)
        self._commit(selection=item_id, view="diagram")

    def home(self) -> None:
        """Back to the overview: nothing selected, the diagram shown."""
        self.select(None)

    def show_view(self, view: View) -> None:
        self._commit(view=view)

    # -- words ----------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Speak ``code``; a second language equal to it is dropped in the same change."""
        if code not in self.pack.words:
            raise KeyError(code)
        second = None if self.second_language == code else self.second_language
        self._commit(language=code, second_language=second)

    def set_second_language(self, code: str | None) -> None:
        """Show a second language beside the first in the panel (``None`` for one)."""
        if code is not None and (code not in self.pack.words or code == self.language):
            code = None
        self._commit(second_language=code)

    # -- how it looks -----------------------------------------------------------------------
    def set_text_scale(self, scale: float) -> None:
        self._commit(text_scale=round(min(max(scale, MIN_SCALE), MAX_SCALE), 2))

    def set_contrast(self, on: bool) -> None:
        self._commit(contrast=on)

    def set_reduced_motion(self, on: bool) -> None:
        self._commit(reduced_motion=on)

    # -- the place the visitor cares about ---------------------------------------------------
    def set_won(self, demand_ids: Iterable[str]) -> None:
        """Show these demands as won (none: the map as it is); every id must be a demand of the pack."""
        won = frozenset(demand_ids)
        demands = {action.id for action in self.pack.structure.actions if action.kind == "demand"}
        unknown = sorted(won - demands)
        if unknown:
            raise KeyError(unknown[0])
        self._commit(won=won)

    def set_state(self, code: str | None) -> None:
        """Choose a US state by its two-letter postal code (any case), or ``None`` for none."""
        self._commit(state=_state_code(code))

    def start_over(self, language: str, state: str | Keep | None = Keep.KEEP) -> None:
        """Everything a visitor could change back as at start, in ``language``, as one change.

        Won demands are forgotten. Reduced motion stays: it is the place's setting, not the visitor's. The state stays
        too unless ``state`` is given: a kiosk passes its own (or ``None``) so a visitor's choice is forgotten.
        """
        if language not in self.pack.words:
            raise KeyError(language)
        values: dict[str, object] = {}
        if not isinstance(state, Keep):
            values["state"] = _state_code(state)
        self._commit(selection=None, view="diagram", language=language, second_language=None, text_scale=1.0,
                     contrast=False, won=frozenset(), **values)
