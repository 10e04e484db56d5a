"""Opening a part tells a screen-reader user what opened: Enter moves focus to the panel's heading, Esc comes back.

Enter (or Space) on a box, arrow or lane opens it and puts the keyboard focus on
the panel's first heading (its title), so a screen reader reads what opened and
"What you can do" is one heading-jump (H) away. Esc in the panel gives the
focus back to the item that was opened (a second Esc, in the diagram, goes to
the overview as before). A click or tap opens without moving the focus; a
screen reader is told the part's title and summary as an announcement.

F6 moves between the window's regions (the controls, the diagram, the panel),
as in browsers and mail programs, so a keyboard user skips the toolbar's stops.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from explainer.model.pack import Words
from explainer.panels.outline import PanelOutline
from explainer.panels.panel import ExplanationPanel
from explainer.scene.diagram_view import DiagramView


class PanelFocus(QObject):
    """Moves focus between the diagram's opened item and the panel's heading."""

    def __init__(self, view: DiagramView, panel: ExplanationPanel, words: Callable[[], Words], window: QWidget) -> None:
        super().__init__(panel)
        self.window = window
        self.view = view
        self.panel = panel
        self.words = words
        self.outline = PanelOutline(panel)
        self.opened: str | None = None
        """The id of the item Enter opened, while the focus is in the panel: Esc goes back to it."""
        view.opened_by_key.connect(self.to_panel)
        view.diagram.activated.connect(self._opened)
        for browser in (panel.primary, panel.secondary):
            browser.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_F6), window, self.next_region)

    def next_region(self) -> None:
        """F6: from the controls to the diagram, from the diagram to the panel, from the panel to the controls."""
        focus = QApplication.focusWidget()
        in_panel = focus is not None and self.panel.isAncestorOf(focus)
        if focus is self.view and self.panel.isVisible():
            item = self.view.diagram.focusItem()
            if self.outline.focus_heading(0) is not None:
                self.opened = item.objectName() if isinstance(item, QObject) else None
                return
        if (in_panel or focus is self.view or not self.view.isVisible()) and self._controls():
            self._controls()[0].setFocus(Qt.FocusReason.TabFocusReason)
            return
        if self.view.isVisible():
            self.view.setFocus(Qt.FocusReason.TabFocusReason)  # its first item, with the ring

    def _controls(self) -> list[QWidget]:
        """The window's Tab stops outside the diagram and the panel, in Tab order."""
        stops: list[QWidget] = []
        widget = self.window.nextInFocusChain()
        while widget is not None and widget is not self.window and len(stops) < 500:
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and widget is not self.view and not self.panel.isAncestorOf(widget):
                stops.append(widget)
            widget = widget.nextInFocusChain()
        return stops

    def to_panel(self, item_id: str) -> None:
        """The panel now shows ``item_id``: focus its heading."""
        if self.panel.isVisible() and self.outline.focus_heading(0) is not None:
            self.opened = item_id

    def back(self) -> bool:
        """Focus the item that was opened again; False when there is none to go back to."""
        item = self.view.diagram.item_for(self.opened) if self.opened else None
        self.opened = None
        if item is None or not item.isVisible() or not self.view.isVisible():
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        item.setFocus(Qt.FocusReason.TabFocusReason)  # the keyboard ring shows on it
        self.view.ensureVisible(item, 40, 40)
        return True

    def _opened(self, item_id: str) -> None:
        QTimer.singleShot(0, self, lambda: self._announce(item_id))

    def _announce(self, item_id: str) -> None:
        """After a click or tap: say the title and summary, since the focus stays where it was."""
        if QAccessible.isActive() and not self.panel.primary.hasFocus():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.panel.primary, self.opened_message(item_id)))

    def opened_message(self, item_id: str) -> str:
        """``Opened: <title>. <summary>``: the panel's first heading and the paragraph under it."""
        headings = self.outline.headings()
        summary = ""
        if headings:
            block = self.panel.primary.document().findBlock(headings[0].end).next()
            while block.isValid() and not block.text().strip():
                block = block.next()
            summary = block.text().strip() if block.isValid() else ""
        title = headings[0].text if headings else item_id
        return " ".join(filter(None, [self.words().ui("panel_opened", name=title) + ".", summary]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) \
                and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.opened = None  # the person moved on: Esc no longer jumps back
        escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and self.opened is not None
        if escape and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes here, not to the window's Esc (which goes to the overview)
            return True
        if escape and event.type() == QEvent.Type.KeyPress:
            return self.back()
        return False
