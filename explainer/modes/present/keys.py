"""The presenter keys: what clickers and keyboards send, turned into commands, in one event filter.

Installed on the application, it looks only at keys meant for the audience or
presenter window. During the tour it takes the arrows, Space and Enter that
explore mode uses to move between parts; once the tour is left they go back
to the diagram, and only the clicker's Page Up/Down (and T, F5) return.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

K = Qt.Key
NEXT = frozenset({K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter})
BACK = frozenset({K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace})
CLICKER = frozenset({K.Key_PageDown, K.Key_PageUp})
# A Logitech R400's blank key sends "." or, on some layouts, ";" (reveal.js #941).
BLACK = frozenset({K.Key_B, K.Key_Period, K.Key_Semicolon})
MODIFIERS = frozenset({K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_AltGr, K.Key_Meta, K.Key_Super_L,
                       K.Key_Super_R, K.Key_CapsLock, K.Key_NumLock, K.Key_unknown})
DIGITS = {getattr(K, f"Key_{d}"): d for d in range(10)}
CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier

Command = Callable[[], None]


class Commands(Protocol):
    """What the keys can ask of presenter mode, and the state that decides what a key means."""

    @property
    def touring(self) -> bool: ...
    @property
    def blacked_out(self) -> bool: ...
    @property
    def help_shown(self) -> bool: ...
    @property
    def jumping(self) -> bool: ...

    def next(self) -> None: ...
    def back(self) -> None: ...
    def first(self) -> None: ...
    def last(self) -> None: ...
    def leave(self) -> None: ...
    def resume(self) -> None: ...
    def toggle_black(self) -> None: ...
    def toggle_freeze(self) -> None: ...
    def toggle_presenter(self) -> None: ...
    def toggle_fullscreen(self) -> None: ...
    def toggle_contrast(self) -> None: ...
    def toggle_motion(self) -> None: ...
    def toggle_help(self) -> None: ...
    def bigger(self) -> None: ...
    def smaller(self) -> None: ...
    def start_jump(self) -> None: ...
    def type_digit(self, digit: int) -> None: ...
    def erase_digit(self) -> None: ...
    def commit_jump(self) -> None: ...
    def cancel_jump(self) -> None: ...


def _anytime(c: Commands) -> dict[int, Command]:
    table: dict[int, Command] = {key: c.toggle_black for key in BLACK}
    table.update({
        K.Key_H: c.toggle_freeze, K.Key_P: c.toggle_presenter, K.Key_S: c.toggle_presenter,
        K.Key_F: c.toggle_fullscreen, K.Key_C: c.toggle_contrast, K.Key_M: c.toggle_motion,
        K.Key_Plus: c.bigger, K.Key_Equal: c.bigger, K.Key_Minus: c.smaller, K.Key_Question: c.toggle_help,
        K.Key_G: c.start_jump, K.Key_T: c.resume, K.Key_F5: c.resume,
    })
    return table


def command_for(key: int, modifiers: Qt.KeyboardModifier, c: Commands) -> Command | None:
    """The command for ``key`` now, or None to let the window have it."""
    if key in MODIFIERS:
        return None
    if c.blacked_out:
        return c.toggle_black
    if modifiers & CHORDS:
        return None
    if c.jumping:
        if key in DIGITS:
            digit = DIGITS[key]
            return lambda: c.type_digit(digit)
        jump_keys: dict[int, Command] = {K.Key_Backspace: c.erase_digit, K.Key_Return: c.commit_jump,
                                         K.Key_Enter: c.commit_jump}
        return jump_keys.get(key, c.cancel_jump)
    if c.help_shown and key == K.Key_Escape:
        return c.toggle_help
    command = _anytime(c).get(key)
    if command is not None:
        return command
    if c.touring:
        tour_keys: dict[int, Command] = {K.Key_Home: c.first, K.Key_End: c.last, K.Key_Escape: c.leave}
        tour_keys.update({k: c.next for k in NEXT})
        tour_keys.update({k: c.back for k in BACK})
        return tour_keys.get(key)
    return c.resume if key in CLICKER else None


class ClickerKeys(QObject):
    """The event filter: keys for the given windows become commands; other keys pass."""

    def __init__(self, commands: Commands, windows: Sequence[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commands = commands
        self.windows = list(windows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() not in self.windows:
            return False
        assert isinstance(event, QKeyEvent)
        command = command_for(event.key(), event.modifiers(), self.commands)
        if command is None:
            return False
        # Accepting the override keeps window shortcuts (Esc = overview) from taking the key first.
        event.accept()
        if kind == QEvent.Type.KeyPress:
            command()
        return True
