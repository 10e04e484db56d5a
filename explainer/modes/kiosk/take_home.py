""""Take this with you": the open pathway's action steps as a QR code a phone can read from arm's length.

The code holds the words themselves (``explainer.actioncode.qr``), so scanning it
opens no web page and tells nobody anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from explainer.actioncode.qr import QUIET_ZONE, actions_text, qr_matrix
from explainer.actioncode.qr_qt import qr_image
from explainer.modes.kiosk import look
from explainer.navigator import Navigator
from explainer.window import MainWindow

CODE_SHARE = 0.6
"""The code's side as a share of the window's height: about 10 cm on a 21-inch screen, enough for a phone at 60 cm."""

MAX_SIDE = 640


class TakeHome(look.KioskLayer):
    """Shows the code for the selected pathway (every demand when none is selected), in the language on screen."""

    def __init__(self, window: MainWindow, navigator: Navigator) -> None:
        super().__init__(window)
        self.main = window
        self.navigator = navigator
        self.text = ""
        card = look.Card()
        self.code = QLabel()
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = look.label(36, True)
        self.pathway = look.label(24, True)
        self.caption = look.label(22)
        self.contact = look.label(24)
        """The organiser's local group, when the kiosk was given one; hidden otherwise."""
        self.close_button = look.button(primary=True)
        self.close_button.clicked.connect(self.hide)
        words = QVBoxLayout()
        words.setSpacing(16)
        words.addWidget(self.heading)
        words.addWidget(self.pathway)
        words.addWidget(self.caption)
        words.addWidget(self.contact)
        words.addStretch(1)
        words.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeading)
        row = QHBoxLayout(card)
        row.setContentsMargins(36, 36, 36, 36)
        row.setSpacing(36)
        row.addWidget(self.code)
        row.addLayout(words, 1)
        card.setMaximumWidth(1400)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addWidget(card, 1)

    def show_code(self) -> None:
        pack = self.main.pack
        words = self.main.words
        selection = self.navigator.selection
        pathway = pack.pathway_of(selection) if selection else None
        self.text = actions_text(pack, words, pathway)
        cells = len(qr_matrix(self.text)) + 2 * QUIET_ZONE
        side = min(int(self.main.height() * CODE_SHARE), MAX_SIDE)
        self.code.setPixmap(QPixmap.fromImage(qr_image(self.text, max(4, side // cells))))
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if words.direction == "rtl" else Qt.LayoutDirection.LeftToRight)
        self.heading.setText(words.ui("take_home"))
        self.pathway.setText(words.get(f"pathways.{pathway}.title") if pathway else words.get("title"))
        self.caption.setText(words.ui("qr_caption"))
        contact = self.main.contact.lines() if self.main.contact else []
        self.contact.setText("\n".join([words.ui("contact_heading"), *contact]) if contact else "")
        self.contact.setVisible(bool(contact))
        self.close_button.setText(words.ui("close"))
        self.open()
