"""The panel's structure for screen readers: its headings, lists and links as objects with those roles.

Qt shows a QTextBrowser to assistive technology as one block of text, so a
screen reader could not jump to "What you can do". ``PanelOutline`` reads the
shown document's heading levels, lists and links into small ``PanelPart``
objects; the factory here gives each a Heading, List, ListItem or Link
interface under the panel's own. The browser keeps Qt's text interface, so the
caret still reads line by line. H and Shift+H in the panel move to the next and
previous heading and announce it (a read-only text has no other use for H).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QKeyEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from explainer.panels.panel import ExplanationPanel


class PanelPart(QObject):
    """One heading, list, list item or link of the shown text: its role, words and place in the document.

    Parts are kept and reused as the text changes (``PanelOutline.rebuild``): a screen reader that still
    holds one asks about a live object, never a deleted one."""

    def __init__(self, browser: QTextBrowser, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else browser)
        self.browser = browser
        self.role = QAccessible.Role.Heading
        self.text = ""
        self.start = 0
        self.end = 0
        self.level = 0
        self.items: list[PanelPart] = []
        """A list's items (the first ``len(items)`` of ``spare``)."""
        self.spare: list[PanelPart] = []
        self.container: PanelPart | None = None
        """The list an item is in."""


@dataclass
class Spec:
    """What one part is, read from the document before it is put in a ``PanelPart``."""

    role: QAccessible.Role
    text: str
    start: int
    end: int
    level: int = 0
    items: list[Spec] = field(default_factory=list)


def _read(browser: QTextBrowser) -> list[Spec]:
    """The document's headings, lists (with their items) and links, in reading order."""
    parts: list[Spec] = []
    lists: dict[int, Spec] = {}
    block: QTextBlock = browser.document().begin()
    while block.isValid():
        text = block.text().strip()
        start, end = block.position(), block.position() + max(0, block.length() - 1)
        level = block.blockFormat().headingLevel()
        text_list = block.textList()
        if level > 0 and text:
            parts.append(Spec(QAccessible.Role.Heading, text, start, end, level))
        elif text_list is not None and text:
            owner = lists.get(text_list.objectIndex())
            if owner is None:
                owner = lists[text_list.objectIndex()] = Spec(QAccessible.Role.List, "", start, end)
                parts.append(owner)
            owner.items.append(Spec(QAccessible.Role.ListItem, text, start, end))
            owner.end = end
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            if href:
                parts.append(Spec(QAccessible.Role.Link, fragment.text().strip() or href,
                                  fragment.position(), fragment.position() + fragment.length()))
            it += 1
        block = block.next()
    return parts


def _fill(pool: list[PanelPart], specs: list[Spec], browser: QTextBrowser,
          container: PanelPart | None = None) -> list[PanelPart]:
    """Put ``specs`` into the pool's parts (making more when needed); the parts in use, in order."""
    while len(pool) < len(specs):
        pool.append(PanelPart(browser, container))
    for part, spec in zip(pool, specs, strict=False):
        part.role, part.text, part.start, part.end, part.level = spec.role, spec.text, spec.start, spec.end, spec.level
        part.container = container
        part.items = _fill(part.spare, spec.items, browser, part)
    return pool[:len(specs)]


class PanelOutline(QObject):
    """Keeps the panel's parts in step with its text, moves the caret to headings and announces them."""

    heading_focused = Signal(str)
    """A heading took the screen reader's focus (its words); for tests and the presenter's status."""

    def __init__(self, panel: ExplanationPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self._parts: dict[QTextBrowser, list[PanelPart]] = {}
        self._stale = True
        """The text changed since the parts were read: they are read again when next asked for (``parts``)."""
        self._pool: dict[QTextBrowser, list[PanelPart]] = {panel.primary: [], panel.secondary: []}
        self.current: PanelPart | None = None
        """The heading the caret was moved to, until the caret leaves it."""
        for browser in (panel.primary, panel.secondary):
            browser.textChanged.connect(self._changed)
            browser.cursorPositionChanged.connect(lambda b=browser: self._caret_moved(b))
            browser.installEventFilter(self)
        self.rebuild()

    def _changed(self) -> None:
        self.rebuild()

    @property
    def parts(self) -> dict[QTextBrowser, list[PanelPart]]:
        """Each column's parts, read from its text when it last changed (read on demand: the first frame needs none)."""
        if self._stale:
            self._read_parts()
        return self._parts

    def _read_parts(self) -> None:
        self._stale = False
        self._parts = {b: _fill(self._pool[b], _read(b), b) for b in (self.panel.primary, self.panel.secondary)}

    def rebuild(self) -> None:
        """Read the parts again from the shown text; tell assistive technology the panel's children changed."""
        self.current = None
        self._stale = True
        if QAccessible.isActive():
            self._read_parts()  # now, before assistive technology asks
            iface = QAccessible.queryAccessibleInterface(self.panel)
            if iface is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.ObjectReorder))

    def shown_parts(self) -> list[PanelPart]:
        """The top-level parts of the columns on screen, first column first."""
        return [p for b, parts in self.parts.items() if b is self.panel.primary or b.isVisible() for p in parts]

    def headings(self, browser: QTextBrowser | None = None) -> list[PanelPart]:
        browser = browser or self.panel.primary
        return [p for p in self.parts.get(browser, []) if p.role == QAccessible.Role.Heading]

    def focus_heading(self, index: int = 0, browser: QTextBrowser | None = None) -> PanelPart | None:
        """Put keyboard focus in the panel with the caret on a heading, and announce that heading."""
        browser = browser or self.panel.primary
        headings = self.headings(browser)
        if not headings:
            return None
        part = headings[max(0, min(index, len(headings) - 1))]
        browser.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = QTextCursor(browser.document())
        cursor.setPosition(part.start)
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()
        self.current = part
        # One turn late: Qt announces the browser itself when it takes focus (as for the diagram's items).
        QTimer.singleShot(0, self, lambda p=part: self._announce(p))
        return part

    def _announce(self, part: PanelPart) -> None:
        if self.current is not part:
            return
        self.heading_focused.emit(part.text)
        if QAccessible.isActive():
            iface = QAccessible.queryAccessibleInterface(part)
            if iface is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.Focus))

    def _caret_moved(self, browser: QTextBrowser) -> None:
        part = self.current
        if part is None or part.browser is not browser:
            return
        position = browser.textCursor().position()
        if not part.start <= position <= part.end:
            self.current = None
            if QAccessible.isActive() and browser.hasFocus():  # back to reading the text itself
                iface = QAccessible.queryAccessibleInterface(browser)
                if iface is not None:
                    QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.Focus))

    def jump(self, browser: QTextBrowser, forward: bool) -> None:
        """The next (or previous) heading after the caret, wrapping to the first (or last)."""
        headings = self.headings(browser)
        if not headings:
            return
        position = browser.textCursor().position()
        if forward:
            later = [i for i, h in enumerate(headings) if h.start > position]
            index = later[0] if later else 0
        else:
            earlier = [i for i, h in enumerate(headings) if h.end < position]
            index = earlier[-1] if earlier else len(headings) - 1
        self.focus_heading(index, browser)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTextBrowser) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if event.key() == Qt.Key.Key_H and plain:
                self.jump(watched, not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return True
        return False


def _rect(part: PanelPart) -> QRect:
    """Where the part's text is on the screen."""
    browser = part.browser
    layout = browser.document().documentLayout()
    first = browser.document().findBlock(part.start)
    last = browser.document().findBlock(part.end)
    area = layout.blockBoundingRect(first).united(layout.blockBoundingRect(last)).toAlignedRect()
    area.translate(-browser.horizontalScrollBar().value(), -browser.verticalScrollBar().value())
    return QRect(browser.viewport().mapToGlobal(area.topLeft()), area.size())


class PartAccessible(QAccessibleObject):
    """A heading, list, list item or link of the panel, as a screen reader sees it."""

    def __init__(self, part: PanelPart) -> None:
        QAccessibleObject.__init__(self, part)
        self.part = part

    def _outline(self) -> PanelOutline | None:
        panel = self.part.browser.parentWidget()
        return panel.findChild(PanelOutline) if panel is not None else None

    def role(self) -> QAccessible.Role:
        return self.part.role

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.part.text
        if kind == QAccessible.Text.Identifier:
            return f"panel-{self.part.role.name.lower()}-{self.part.start}"
        return ""

    def rect(self) -> QRect:
        return _rect(self.part)

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        outline = self._outline()
        if self.part.role == QAccessible.Role.Heading:
            state.focusable = True
            state.focused = outline is not None and outline.current is self.part and self.part.browser.hasFocus()
        state.readOnly = True
        state.invisible = not self.part.browser.isVisible()
        return state

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if self.part.container is not None:
            return QAccessible.queryAccessibleInterface(self.part.container)
        panel = self.part.browser.parentWidget()
        return QAccessible.queryAccessibleInterface(panel) if panel is not None else None

    def childCount(self) -> int:
        return len(self.part.items)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self.part.items
        return QAccessible.queryAccessibleInterface(items[index]) if 0 <= index < len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if child is not None:
            for i, item in enumerate(self.part.items):
                iface = QAccessible.queryAccessibleInterface(item)
                if iface is not None and QAccessible.uniqueId(iface) == QAccessible.uniqueId(child):
                    return i
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None


class PanelAccessible(QAccessibleWidget):
    """The panel: Qt's own children (the text columns), then the shown text's headings, lists and links."""

    def __init__(self, panel: ExplanationPanel) -> None:
        super().__init__(panel, QAccessible.Role.Grouping)
        self.panel = panel

    def _parts(self) -> list[PanelPart]:
        outline = self.panel.findChild(PanelOutline)
        return outline.shown_parts() if outline is not None else []

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.panel.primary.accessibleName()
        return super().text(kind)

    def childCount(self) -> int:
        return super().childCount() + len(self._parts())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        base = super().childCount()
        if index < base:
            return super().child(index)
        parts = self._parts()
        j = index - base
        return QAccessible.queryAccessibleInterface(parts[j]) if 0 <= j < len(parts) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if child is not None:
            wanted = QAccessible.uniqueId(child)
            for j, part in enumerate(self._parts()):
                iface = QAccessible.queryAccessibleInterface(part)
                if iface is not None and QAccessible.uniqueId(iface) == wanted:
                    return super().childCount() + j
        return super().indexOfChild(child)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        outline = self.panel.findChild(PanelOutline)
        if outline is not None and outline.current is not None and outline.current.browser.hasFocus():
            return QAccessible.queryAccessibleInterface(outline.current)
        return super().focusChild()


def factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt calls this for every object a screen reader asks about."""
    if isinstance(obj, ExplanationPanel):
        return PanelAccessible(obj)
    if isinstance(obj, PanelPart):
        return PartAccessible(obj)
    return None


def install() -> None:
    """Install the factory; call once, right after the QApplication exists."""
    QAccessible.installFactory(factory)


def outline_of(panel: QWidget) -> PanelOutline | None:
    return panel.findChild(PanelOutline)
