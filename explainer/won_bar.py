"""The "What if the demand wins?" bar: one checkable button per demand; the navigator's ``won`` set is the state.

Checking a demand draws its pathway cut on the map and makes the panel say what
would stop and what would still get through; unchecking restores the map. The
choice lives in the navigator only (a kiosk's start-over forgets it).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from explainer.model.pack import Pack
from explainer.navigator import Fields, Navigator


class _DemandButton(QPushButton):
    """A checkable button that may get narrower than its words: it then shows them cut with "…" (full name to AT)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 90), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.width() - option.iconSize.width() - 28
        option.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(room, 10))
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


def _swatch(colours: list[str]) -> QIcon:
    """A small square in the colours of the pathways a demand closes."""
    pixmap = QPixmap(QSize(14, 14))
    pixmap.fill(QColor(colours[0]) if colours else QColor("#888888"))
    return QIcon(pixmap)


class WonBar(QWidget):
    """A label and a checkable button per demand, in pathway order; follows and sets ``Navigator.won``."""

    def __init__(self, pack: Pack, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.navigator = navigator
        self.setObjectName("won-bar")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 2, 12, 2)
        row.addWidget(self.label)
        self.buttons: dict[str, QPushButton] = {}
        for demand in pack.demands.demands():
            colours = [pack.pathways[p].colour for p in pack.demands.closes(demand.id)]
            button = _DemandButton(_swatch(colours), "")
            button.setObjectName(f"won-{demand.id}")
            button.setCheckable(True)
            # Preferred, not a push button's Minimum: on a small screen the words shrink (with "…"), not the window.
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.toggled.connect(lambda on, d=demand.id: self._toggle(d, on))
            row.addWidget(button)
            self.buttons[demand.id] = button
        row.addStretch(1)
        # A won demand must look on, not merely pressed: dark, with light words.
        self.setStyleSheet("QPushButton:checked { background-color: #1B1D21; color: #FFFFFF; border: 2px solid #1B1D21;"
                           " border-radius: 4px; padding: 3px 8px; }")
        navigator.changed.connect(self._follow)
        self.retranslate()
        self._show_won()

    def _toggle(self, demand_id: str, on: bool) -> None:
        won = set(self.navigator.won)
        if on:
            won.add(demand_id)
        else:
            won.discard(demand_id)
        self.navigator.set_won(won)

    def _follow(self, fields: Fields) -> None:
        if "language" in fields:
            self.retranslate()
        if "won" in fields:
            self._show_won()

    def _show_won(self) -> None:
        for demand_id, button in self.buttons.items():
            if button.isChecked() != (demand_id in self.navigator.won):
                button.blockSignals(True)
                button.setChecked(demand_id in self.navigator.won)
                button.blockSignals(False)

    def retranslate(self) -> None:
        words = self.pack.language(self.navigator.language)
        self.label.setText(words.ui("won_bar"))
        for demand_id, button in self.buttons.items():
            title = words.get(f"actions.{demand_id}.title")
            button.setText(title.replace("&", "&&"))  # a pack's "&" is a character, not a shortcut mark
            button.setAccessibleName(words.ui("won_button", demand=title))
            button.setToolTip("")
