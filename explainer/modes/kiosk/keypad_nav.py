"""The kiosk's keypad path, as public kiosks with a headphone jack have it: arrows move, Enter opens, Help, Back.

A visitor who cannot see the screen uses four arrows, Enter, a help key and a
back key (a kiosk keypad, or a keyboard's arrows, Enter, F1, ? or *, Backspace
or Esc). The arrows go through the parts of the map in reading order, then the
buttons along the bottom, and round again; the part or button under the keys
has the keyboard focus, so a sighted helper sees it too. Enter opens the part
(or presses the button). Help turns listening on and reads what is on screen.
Back closes what is open and puts the keys back on it. On the idle screen only
Help is taken (it starts listening and reads the invitation); every other key
starts a visit, as a touch does. While a kiosk layer is open ("Still there?",
the code, the operator's keypad) or a list is open, keys go where they went.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsObject,
    QLineEdit,
    QToolBar,
)

from explainer.modes.kiosk.attract import AttractLoop
from explainer.modes.kiosk.listen import Listening
from explainer.navigator import Navigator
from explainer.window import MainWindow

NEXT = frozenset({Qt.Key.Key_Right, Qt.Key.Key_Down})
PREVIOUS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up})
OPEN = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select})
HELP = frozenset({Qt.Key.Key_F1, Qt.Key.Key_Help, Qt.Key.Key_Question, Qt.Key.Key_Asterisk})
BACK = frozenset({Qt.Key.Key_Back, Qt.Key.Key_Backspace, Qt.Key.Key_Escape})
_TYPED = frozenset({Qt.Key.Key_Question, Qt.Key.Key_Asterisk, Qt.Key.Key_Backspace})
"""Keys that are characters (or delete one) where the visitor types, as in the state list: left to it there."""
_ALLOWED = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier  # '?' and '*' need Shift

Stop = QGraphicsObject | QAbstractButton


class KeypadNav(QObject):
    """An app-wide key filter for the kiosk; ``busy`` says a kiosk layer is open and the keys are not ours."""

    def __init__(self, window: MainWindow, navigator: Navigator, listening: Listening, attract: AttractLoop,
                 bar: QToolBar, busy: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        self.listening = listening
        self.attract = attract
        self.bar = bar
        self.busy = busy

    # -- the stops ------------------------------------------------------------------
    def items(self) -> list[QGraphicsObject]:
        return [i for i in self.window.view.focus_items() if isinstance(i, QGraphicsObject) and i.isVisible()]

    def buttons(self) -> list[QAbstractButton]:
        """The demand buttons under the map ("What if the demand wins?"), then the kiosk's bar."""
        found: list[QAbstractButton] = [b for b in self.window.won_bar.buttons.values() if b.isVisible() and b.isEnabled()]
        for action in self.bar.actions():
            widget = self.bar.widgetForAction(action)
            if isinstance(widget, QAbstractButton) and action.isVisible() and widget.isVisible() and widget.isEnabled():
                found.append(widget)
        return found

    def stops(self) -> list[Stop]:
        """The parts of the map in reading order, then the buttons under it and along the bottom."""
        return [*self.items(), *self.buttons()]

    def current(self) -> int:
        """Where the keys are: the focused part or button, else the open part, else nowhere (-1)."""
        stops = self.stops()
        focus = QApplication.focusWidget()
        view = self.window.view
        focused = self.window.scene.focusItem()
        if focus is view and isinstance(focused, QGraphicsObject) and focused in stops:
            return stops.index(focused)
        if focus in stops:
            return stops.index(focus)
        selection = self.navigator.selection
        opened = self.window.scene.item_for(selection) if selection else None
        return stops.index(opened) if opened in stops else -1

    def move(self, step: int) -> None:
        """The next (or previous) stop, round the end; its name is said."""
        stops = self.stops()
        if not stops:
            return
        index = self.current()
        index = (index + step) % len(stops) if index >= 0 else (0 if step > 0 else len(stops) - 1)
        self.focus(stops[index])
        stop = stops[index]
        self.listening.say_stop(stop if isinstance(stop, QAbstractButton) else stop.objectName())

    def focus(self, stop: Stop) -> None:
        if isinstance(stop, QAbstractButton):
            stop.setFocus(Qt.FocusReason.TabFocusReason)
            return
        view = self.window.view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.focus_at(view.focus_items().index(stop))

    # -- the keys -------------------------------------------------------------------
    def open(self) -> None:
        """Enter: open the part under the keys (read it again if it is open already), or press the button."""
        stops = self.stops()
        index = self.current()
        if index < 0:
            self.listening.read_screen()
            return
        stop = stops[index]
        if isinstance(stop, QAbstractButton):
            language = self.navigator.language
            stop.click()
            if stop.isCheckable() and self.navigator.language == language:
                self.listening.say_stop(stop)  # on or off now (a new language reads the screen instead)
            return
        item_id = stop.objectName()
        if self.navigator.selection == item_id and self.navigator.view == "diagram":
            self.listening.say_item(item_id)
            return
        activate = getattr(stop, "activate", None)
        if callable(activate):
            activate()

    def _view_opens(self) -> bool:
        """Whether the diagram has the keys on a part that is not open: its own Enter opens it, as everywhere."""
        view = self.window.view
        focused = self.window.scene.focusItem()
        return QApplication.focusWidget() is view and isinstance(focused, QGraphicsObject) \
            and focused in self.items() and focused.objectName() != self.navigator.selection

    def help(self) -> None:
        """Help: listening on (if this screen has a voice), then what is on screen."""
        if self.listening.on or self.listening.turn_on(self.navigator.language):
            self.listening.read_screen()

    def back(self) -> None:
        """Back: from Sources or About to the map; from an open part to the whole map, the keys on that part."""
        if self.navigator.view != "diagram":
            self.navigator.show_view("diagram")
            return
        opened = self.navigator.selection
        item = self.window.scene.item_for(opened) if opened else None
        self.navigator.home()
        if item is not None and item in self.items():
            self.focus(item)
            self.listening.back_on(item.objectName())

    def _ours(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~_ALLOWED:
            return False
        if key not in NEXT | PREVIOUS | OPEN | HELP | BACK:
            return False
        if QApplication.activePopupWidget() is not None or self.busy():
            return False
        if self.attract.active:
            return key in HELP
        focus = QApplication.focusWidget()
        if key in OPEN and isinstance(focus, QAbstractButton) and focus not in self.buttons():
            return False  # a button the keypad path does not go through (Tab reaches it): Enter presses it
        typing = isinstance(focus, (QLineEdit, QComboBox, QAbstractItemView))
        return not (typing and (key in _TYPED or key in NEXT | PREVIOUS | OPEN))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(event, QKeyEvent):
            return False
        if not self._ours(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to us as a key press, not as the window's Esc shortcut
            return True
        key = event.key()
        if self.attract.active:
            if self.listening.on or self.listening.turn_on(self.attract.language):
                self.listening.invite(self.attract.language, self.attract.step.pathway)
        elif key in NEXT or key in PREVIOUS:
            step = 1 if key in NEXT else -1
            if self.window.scene.mirrored and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = -step
            self.move(step)
        elif key in OPEN:
            if self._view_opens():
                return False
            self.open()
        elif key in HELP:
            self.help()
        else:
            self.back()
        event.accept()
        return True
