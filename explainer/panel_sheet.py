"""On a narrow window the explanation is a sheet at the map's side: a button and a drag slide it away and back.

Below ``chrome_fit.NARROW`` pixels the splitter's handle grows into a strip with
a button (‹ or ›) that hides or shows the panel, and the handle can be dragged
all the way to close it. On a wide window the panel is always there.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSplitter, QToolButton, QVBoxLayout, QWidget

from explainer.chrome_fit import NARROW
from explainer.look.fonts import pixel_font

STRIP = 30
"""The handle's width on a narrow window: room for the button, and a drag handle a finger can find."""


class PanelSheet:
    """The toggle on the splitter handle between the map and the panel; ``closed`` says the panel is away."""

    def __init__(self, splitter: QSplitter, panel: QWidget) -> None:
        self.splitter = splitter
        self.panel = panel
        self.closed = False
        self.narrow = False
        self.strip = STRIP
        self._words = ("", "")
        handle = splitter.handle(1)
        self.button = QToolButton(handle)
        self.button.setObjectName("panel-sheet")
        self.button.setAutoRaise(True)
        self.button.setFixedSize(QSize(STRIP - 2, 56))
        self.button.setFont(pixel_font(18, True))  # a sign, not words: the same at every text size
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(self.toggle)
        column = QVBoxLayout(handle)
        column.setContentsMargins(1, 0, 1, 0)
        column.addStretch(1)
        column.addWidget(self.button)
        column.addStretch(1)
        self.default_handle = splitter.handleWidth()
        splitter.splitterMoved.connect(self._moved)
        self.button.hide()

    def set_strip(self, width: int) -> None:
        """A wider strip and button (a kiosk's: big enough for a finger)."""
        self.strip = width
        self.button.setFixedSize(QSize(width - 2, max(56, width)))
        if self.narrow:
            self.splitter.setHandleWidth(width)

    def set_words(self, hide: str, show: str) -> None:
        self._words = (hide, show)
        self._show_state()

    def follow_width(self, width: int) -> None:
        """Become a sheet below ``NARROW`` pixels; on a wider window the panel is always shown."""
        narrow = width < NARROW
        if narrow == self.narrow:
            return
        self.narrow = narrow
        self.splitter.setHandleWidth(self.strip if narrow else self.default_handle)
        self.splitter.setCollapsible(1, narrow)
        self.button.setVisible(narrow)
        if not narrow:
            self.closed = False
        self._show_state()

    def toggle(self) -> None:
        self.set_closed(not self.closed)

    def set_closed(self, closed: bool) -> None:
        """Slide the panel away (``True``) or back; the window's ``_balance_panel`` gives the sizes."""
        self.closed = closed and self.narrow
        total = sum(self.splitter.sizes())
        if self.closed:
            self.splitter.setSizes([total, 0])
        else:
            panel = max(self.panel.minimumWidth(), min(410, int(total * 0.4)))
            self.splitter.setSizes([total - panel, panel])
        self._show_state()

    def _moved(self, _pos: int, _index: int) -> None:
        """A drag of the handle: closed when it reached the edge, open otherwise."""
        closed = self.splitter.sizes()[1] == 0
        if closed != self.closed:
            self.closed = closed
            self._show_state()

    def _show_state(self) -> None:
        rtl = self.splitter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        toward_map, toward_edge = ("›", "‹") if rtl else ("‹", "›")
        self.button.setText(toward_map if self.closed else toward_edge)
        words = self._words[1] if self.closed else self._words[0]
        self.button.setToolTip(words)
        self.button.setAccessibleName(words)
