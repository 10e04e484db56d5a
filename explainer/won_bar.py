"""The "What if the demand wins?" bar: one checkable button per demand; the navigator's ``won`` set is the state.

Checking a demand draws its pathway cut on the map and makes the panel say what
would stop and what would still get through; unchecking restores the map. The
choice lives in the navigator only (a kiosk's start-over forgets it).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from explainer.model.pack import Pack
from explainer.navigator import Fields, Navigator


class _DemandButton(QPushButton):
    """A checkable demand button whose words wrap onto two lines, so a long demand is read whole on a small screen."""

    LINES = 2
    PAD = 8

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.fontMetrics().lineSpacing() * self.LINES + 2 * self.PAD))

    def minimumSizeHint(self) -> QSize:
        return QSize(90, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.icon = QIcon()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # the button and its focus, no label
        room = self.rect().adjusted(self.PAD + 2, self.PAD // 2, -self.PAD, -self.PAD // 2)
        size = option.iconSize
        icon_top = room.top() + (room.height() - size.height()) // 2
        self.icon().paint(painter, room.left(), icon_top, size.width(), size.height())
        room.setLeft(room.left() + size.width() + 6)
        painter.setPen(QColor("#FFFFFF") if self.isChecked() else self.palette().buttonText().color())
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(room, int(flags), _fitted(self.text().replace("&&", "&"), room, int(flags), self))


def _fitted(text: str, room: QRect, flags: int, button: QPushButton) -> str:
    """``text``, cut at a word with "…" if its wrapped lines need more height than ``room`` has."""
    metrics = button.fontMetrics()
    shown = text
    while " " in shown and metrics.boundingRect(room, flags, shown).height() > room.height():
        shown = shown.removesuffix("…").rsplit(" ", 1)[0] + "…"
    return shown


def _swatch(colours: list[str]) -> QIcon:
    """A small square in the colours of the pathways a demand closes."""
    pixmap = QPixmap(QSize(14, 14))
    pixmap.fill(QColor(colours[0]) if colours else QColor("#888888"))
    return QIcon(pixmap)


class WonBar(QWidget):
    """A label and a checkable button per demand, in pathway order; follows and sets ``Navigator.won``."""

    def __init__(self, pack: Pack, navigator: Navigator, parent: QWidget | None = None, *, focusable: bool = True) -> None:
        """``focusable=False`` for a window whose every key belongs to something else (the presenter's keys)."""
        super().__init__(parent)
        self.pack = pack
        self.navigator = navigator
        self.setObjectName("won-bar")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 4, 12, 4)
        column.setSpacing(2)
        column.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(6)
        column.addLayout(row)
        self.buttons: dict[str, QPushButton] = {}
        for demand in pack.demands.demands():
            colours = [pack.pathways[p].colour for p in pack.demands.closes(demand.id)]
            button = _DemandButton(_swatch(colours), "")
            button.setObjectName(f"won-{demand.id}")
            button.setCheckable(True)
            # Preferred, not a push button's Minimum: on a small screen the words shrink (with "…"), not the window.
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
            button.toggled.connect(lambda on, d=demand.id: self._toggle(d, on))
            row.addWidget(button, 1)  # equal shares: each demand gets the same room for its words
            self.buttons[demand.id] = button
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
