"""Listening: the kiosk reads itself aloud for a visitor with headphones, with no screen reader installed.

A "Listen" button (a headphone symbol) on the kiosk's bar, or the help key, turns
it on. While it is on the kiosk says the idle screen's invitation, what opens
(its name, summary and what you can do, or the pack's recorded voice for it), the
"Still there?" countdown, and the name of each part the keys move onto, in the
language on screen. Starting over turns it off. The speech engine is made the
first time listening is turned on, so nothing of it loads before the first frame;
with no engine the button says so in a short message and nothing else changes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolBar, QToolButton, QVBoxLayout, QWidget

from explainer.model.pack import Words
from explainer.modes.kiosk import look, spoken
from explainer.modes.kiosk.speech import Player, QtPlayer, QtVoice, Voice, recording
from explainer.navigator import Fields, Navigator
from explainer.window import MainWindow, icon

COUNTDOWN_EVERY = 5
"""During "Still there?" the seconds are said at each multiple of this, and every second of the last few."""
REPEAT_S = 1.0


class NoVoice(look.KioskLayer):
    """The short message that this screen has no voice to read aloud with; a touch or any key closes it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        card = look.Card()
        self.message = look.label(28, True)
        self.close_button = look.button(primary=True)
        self.close_button.clicked.connect(self.hide)
        # Hidden on the next turn, so the finger that answered lifts on this layer and opens nothing under it.
        self.pressed.connect(lambda: QTimer.singleShot(0, self, self.hide))
        inside = QVBoxLayout(card)
        inside.setContentsMargins(48, 36, 48, 36)
        inside.setSpacing(22)
        inside.addWidget(self.message)
        inside.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignCenter)
        card.setMaximumWidth(720)
        self.centre(card)

    def explain(self, words: Words) -> None:
        rtl = words.direction == "rtl"
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.message.setText(words.ui("listen_unavailable"))
        self.close_button.setText(words.ui("close"))
        self.open()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)


class Listening(QObject):
    """Whether the kiosk speaks, what it says, and the Listen button that shows it.

    ``make_voice`` is called once, the first time listening is turned on, and
    ``make_player`` the first time a recording plays; tests replace them with
    objects that write down what they were asked.
    """

    def __init__(self, window: MainWindow, navigator: Navigator, bar: QToolBar, before: QWidget | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        self.pack = window.pack
        self.make_voice: Callable[[], Voice] = lambda: QtVoice(self)
        self.make_player: Callable[[], Player] = lambda: QtPlayer(self, self._recording_failed)
        self.voice: Voice | None = None
        self.player: Player | None = None
        self.on = False
        self.language = navigator.language
        """The language it speaks: the navigator's during a visit, the caption's on the idle screen."""
        self._last = ""
        self._said_at = -REPEAT_S
        self._recorded = ""
        self.no_voice = NoVoice(window)
        self.button = QToolButton()
        self.button.setObjectName("listen")
        self.button.setIcon(icon("listen"))
        self.button.setIconSize(QSize(30, 30))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setCheckable(True)
        self.button.clicked.connect(self._pressed)
        action = next((a for a in bar.actions() if before is not None and bar.widgetForAction(a) is before), None)
        if action is not None:
            bar.insertWidget(action, self.button)
        else:
            bar.addWidget(self.button)
        navigator.changed.connect(self._follow)
        self.retranslate()

    @property
    def words(self) -> Words:
        return self.pack.language(self.language)

    # -- on and off ---------------------------------------------------------------
    def _pressed(self) -> None:
        if self.on:
            self.turn_off()
        elif self.turn_on(self.navigator.language):
            self.read_screen()

    def turn_on(self, language: str) -> bool:
        """Start listening in ``language``; with no speech engine, say so on screen and stay off."""
        self.language = language
        if self.voice is None:
            # Qt's speech-dispatcher engine lists every voice as it starts (13,000 with eSpeak NG): seconds, once.
            # The press shows first.
            self.button.setChecked(True)
            self.button.repaint()
            self.voice = self.make_voice()
        if not self.voice.ready():
            self.on = False
            self.button.setChecked(False)
            self.no_voice.explain(self.words)
            return False
        self.on = True
        self.button.setChecked(True)
        return True

    def turn_off(self) -> None:
        """Silence at once; the kiosk's start-over calls this too."""
        self.on = False
        self.button.setChecked(False)
        self.no_voice.hide()
        self._silence()

    def _silence(self) -> None:
        if self.voice is not None:
            self.voice.stop()
        if self.player is not None:
            self.player.stop()

    # -- speaking -----------------------------------------------------------------
    def say(self, text: str) -> None:
        """Say ``text`` now, in place of whatever was being said."""
        if not self.on or self.voice is None or not text:
            return
        if not self.voice.ready():  # the engine failed since (speech-dispatcher ended): say so, once, and stop
            self.turn_off()
            self.no_voice.explain(self.words)
            return
        now = time.monotonic()
        if text == self._last and now - self._said_at < REPEAT_S:
            return  # the same words twice in a moment (a language change and a start together): once is enough
        if self.player is not None:
            self.player.stop()
        self._last, self._said_at = text, now
        self.voice.say(text, self.language)

    def say_item(self, item_id: str) -> None:
        """An opened part: the pack's recorded voice for it if it has one, else its words."""
        if not self.on:
            return
        words = spoken.item(self.pack, self.words, item_id)
        path = recording(self.pack.root, self.language, item_id)
        if path is not None and self._player() is not None:
            if self.voice is not None:
                self.voice.stop()
            self._recorded = words  # said instead if the recording will not play
            assert self.player is not None
            if self.player.play(path):
                return
        self.say(words)

    def _player(self) -> Player | None:
        """The recording player, made the first time a recording is played (none without Qt Multimedia)."""
        if self.player is None:
            try:
                self.player = self.make_player()
            except ImportError:
                return None
        return self.player

    def _recording_failed(self) -> None:
        """A recording that would not play: its words are said instead."""
        if self.on and self.voice is not None and self._recorded:
            self.voice.say(self._recorded, self.language)

    def read_screen(self) -> None:
        """What is on screen now: the open part, the list shown, or the whole map with how the keys work."""
        self.language = self.navigator.language
        selection = self.navigator.selection
        view = self.navigator.view
        words = self.words
        if view != "diagram":
            self.say(spoken.sentences([words.ui(view), words.ui("back")]))
        elif selection is not None:
            self.say_item(selection)
        else:
            self.say(spoken.overview(self.pack, words))

    def invite(self, language: str, pathway: str | None) -> None:
        """The idle screen's caption now on screen, in its language."""
        self.language = language
        self.say(spoken.invitation(self.pack, self.words, pathway))

    def countdown(self, seconds: int) -> None:
        """ "Still there?" has just opened: the question, the seconds, how to answer."""
        self.language = self.navigator.language
        self.say(spoken.still_there(self.words, seconds))

    def count(self, seconds: int) -> None:
        """One second less: the number, now and then and every second at the end, so the voice keeps up."""
        if seconds <= COUNTDOWN_EVERY or seconds % COUNTDOWN_EVERY == 0:
            self.say(self.words.ui("starting_over", seconds=seconds))

    def say_shown(self, layer: QWidget) -> None:
        """A layer that just opened (the take-home code): its words, top to bottom, buttons last."""
        labels = [w.text() for w in layer.findChildren(QLabel) if w.isVisibleTo(layer) and w.text()]
        buttons = [w.text() for w in layer.findChildren(QAbstractButton) if w.isVisibleTo(layer) and w.text()]
        self.say(spoken.sentences(labels + buttons))

    def back_on(self, item_id: str) -> None:
        """Back from an open part: the whole map is shown, the keys are on that part."""
        self.say(spoken.sentences([self.words.get("title"), spoken.name(self.pack, self.words, item_id)]))

    def say_stop(self, stop: str | QAbstractButton) -> None:
        """The part or button the keys moved onto, by name."""
        if isinstance(stop, str):
            self.say(spoken.name(self.pack, self.words, stop))
        else:
            text = stop.accessibleName() or stop.text()  # a demand button's name says what it does in full
            if stop.isCheckable() and stop.isChecked():
                text = f"{text}: {self.words.ui('listen_chosen')}"
            self.say(spoken.sentences([text]))

    # -- following the app ----------------------------------------------------------
    def _follow(self, fields: Fields) -> None:
        if "language" in fields:
            self.language = self.navigator.language
            self.retranslate()
        if not self.on:
            return
        if "selection" in fields and self.navigator.selection is not None:
            self.say_item(self.navigator.selection)
        elif "selection" in fields and not fields & {"view", "language"}:
            self.say(spoken.sentences([self.words.get("title")]))  # back to the whole map: its title, not all of it
        elif fields & {"selection", "view", "language"}:
            self.read_screen()

    def retranslate(self) -> None:
        """The button's word in the navigator's language (the idle screen's caption language never reaches it)."""
        word = self.pack.language(self.navigator.language).ui("listen")
        self.button.setText(word)
        self.button.setAccessibleName(word)
