"""The kiosk put together: idle screen, visits, "Still there?", starting over, the operator's way out."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QObject, QTimer
from PySide6.QtWidgets import QApplication

from explainer.model.pack import Pack
from explainer.modes.kiosk import attract
from explainer.modes.kiosk.attract import AttractLoop
from explainer.modes.kiosk.content import NEW_CONTENT_STATUS, KioskContent, new_version_installed
from explainer.modes.kiosk.controls import KioskControls
from explainer.modes.kiosk.countdown import StillThere
from explainer.modes.kiosk.edge_cues import EdgeCues
from explainer.modes.kiosk.health import Vitals, health_lines, language_lines, speech_line
from explainer.modes.kiosk.idle import IdleWatcher
from explainer.modes.kiosk.keypad_nav import KeypadNav
from explainer.modes.kiosk.listen import Listening
from explainer.modes.kiosk.operator import EXIT_STATUS, OperatorScreen
from explainer.modes.kiosk.pin import PinHash
from explainer.modes.kiosk.pointer import application
from explainer.modes.kiosk.policy import fill_screen
from explainer.modes.kiosk.shut import Shut
from explainer.modes.kiosk.take_home import TakeHome
from explainer.modes.kiosk.watchdog import Watchdog
from explainer.navigator import Navigator
from explainer.window import MainWindow


@dataclass(frozen=True)
class KioskSettings:
    """How long the kiosk waits before "Still there?", how long it counts down, and the operator's PIN."""

    idle_ms: int = 90_000
    countdown_ms: int = 20_000
    step_ms: int = attract.STEP_MS
    pin: PinHash | None = None


class Kiosk(QObject):
    """Owns the kiosk's parts; ``reset`` puts everything back as at start and plays the idle screen."""

    def __init__(self, window: MainWindow, navigator: Navigator, content: KioskContent, settings: KioskSettings) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        self.language = content.language
        self.place_state = navigator.state
        """The state the kiosk starts with (``--state``, or none): a visitor's choice is forgotten at reset."""
        self.content = content
        self.idle = IdleWatcher(settings.idle_ms, settings.countdown_ms, self)
        self.attract = AttractLoop(window, navigator, settings.step_ms)
        self.still_there = StillThere(window)
        self.take_home = TakeHome(window, navigator)
        self.controls = KioskControls(window, navigator, self.reset, self.take_home.show_code)
        self.listening = Listening(window, navigator, self.controls.bar, before=self.controls.text_size)
        self.edge_cues = EdgeCues(window, paused=lambda: self.attract.active)
        """Arrow buttons on the map's edges where the finger-sized map goes on beyond the screen."""
        self.keypad = KeypadNav(window, navigator, self.listening, self.attract, self.controls.bar, self._layer_open)
        self.shut = Shut(window, self.reset, self.open_operator if settings.pin is not None else None)
        self.vitals = Vitals(time.monotonic(), lambda: self.shut.crash.caught)
        self.watchdog = Watchdog(self)
        """WATCHDOG=1 to systemd from the event loop (when the unit asks for it), so a frozen screen is restarted."""
        self.operator: OperatorScreen | None = None
        if settings.pin is not None:
            self.operator = OperatorScreen(window, settings.pin, content.pack, content.fallback, content.problems,
                                           content.signer, health=self._health)
            self.operator.exit_requested.connect(self.leave)
        self.idle.countdown_started.connect(lambda seconds: self.still_there.ask(window.words, seconds))
        self.idle.countdown_tick.connect(self.still_there.count)
        # Hidden on the next turn, so the press that answered lands on the layer and opens nothing under it.
        self.idle.countdown_cancelled.connect(lambda: QTimer.singleShot(0, self.still_there, self.still_there.hide))
        self.idle.expired.connect(self.vitals.count_idle_reset)
        self.idle.expired.connect(self.reset)
        self.attract.touched.connect(self.begin)
        # Read aloud when listening is on (connected after ``begin``, so a visit has started when it speaks).
        self.idle.countdown_started.connect(self.listening.countdown)
        self.idle.countdown_tick.connect(self.listening.count)
        self.attract.touched.connect(self.listening.read_screen)
        self.attract.shown.connect(lambda: self.listening.invite(self.attract.language, self.attract.step.pathway))
        self.controls.take_home.clicked.connect(lambda: self.listening.say_shown(self.take_home))

    def start(self) -> None:
        """Take over the screen and its input; start at the idle screen."""
        app = application()
        fill_screen(self.window)
        self.shut.install()
        app.installEventFilter(self.keypad)
        self.watchdog.start()
        self.reset()

    def stop(self) -> None:
        """Give the screen and the input back (for tests; a kiosk only stops by exiting)."""
        app = application()
        self.idle.stop()
        self.attract.stop()
        self.watchdog.stop()
        self.shut.uninstall()
        app.removeEventFilter(self.keypad)

    def retranslate(self) -> None:
        """The kiosk's own words (its bar) in the navigator's language; its layers take theirs when they open."""
        self.controls.retranslate()

    def reset(self) -> None:
        """Everything as if the app had just started, then the idle screen: nothing of the last visit is left."""
        if new_version_installed(self.content.version, self.content.store):
            # An operator installed or rolled back a pack: a fresh start shows it, and this is between visits.
            QApplication.exit(NEW_CONTENT_STATUS)
            return
        self.idle.stop()
        self.listening.turn_off()
        for layer in (self.still_there, self.take_home):
            layer.hide()
        if self.operator is not None:
            self.operator.close_screen()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self.navigator.start_over(self.language, state=self.place_state)
        self.window.view.fit()
        self.controls.sync()
        self.attract.stop()
        self.attract.start(self.language)

    def _layer_open(self) -> bool:
        """Whether a kiosk layer is over the screen: its keys are its own, not the keypad path's."""
        layers = (self.still_there, self.take_home, self.listening.no_voice, self.operator)
        return any(layer is not None and layer.isVisible() for layer in layers)

    def _health(self) -> list[str]:
        """Review age, uptime, resets, recovered errors, free disk, languages and speech, for the operator screen only.

        Worked out when the operator screen opens, kept in memory; nothing is written."""
        pack = self.content.pack
        ui = pack.language(None).ui
        voice = self.listening.voice  # None until a visitor first pressed Listen
        return [*health_lines(ui, self.vitals, time.monotonic(), date.fromisoformat(pack.structure.reviewed),
                              date.today(), pack.root),
                *language_lines(ui, pack, _drawable(pack)),
                speech_line(ui, self.speech_engine(), None if voice is None else voice.ready())]

    @staticmethod
    def speech_engine() -> str | None:
        """The text-to-speech engine the kiosk would speak with, or None.

        Read from Qt's installed engine plugins, not by asking Qt Text-to-Speech, which would load Qt Multimedia
        (and start nothing useful) just to fill a line of the operator screen."""
        from explainer.modes.kiosk.speech import choose_engine

        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech"
        try:
            names = [p.name.split(".")[0].removeprefix("lib").removeprefix("qtexttospeech_") for p in folder.iterdir()]
        except OSError:
            return None
        engine = choose_engine(names)
        if engine == "speechd" and shutil.which("speech-dispatcher") is None:
            return None  # Qt's plugin is there, but not the system's speech service it talks to
        return engine

    def open_operator(self) -> None:
        """The keypad for the operator's PIN; the idle screen gives way, and the idle time still counts."""
        if self.attract.active:
            self.begin()
        if self.operator is not None:
            self.operator.open_screen()

    def leave(self) -> None:
        """The operator chose Exit: end the app with a status systemd does not restart."""
        QApplication.exit(EXIT_STATUS)

    def begin(self) -> None:
        """Someone touched the idle screen: the app as at start, in the language that was on screen."""
        self.navigator.set_language(self.attract.language)
        self.attract.stop()
        self.window.view.fit()
        self.idle.start()


def _drawable(pack: Pack) -> frozenset[int]:
    """Every character the bundled fonts and the pack's own fonts draw (regular style), from their character maps."""
    from explainer.coverage import bundled_faces, pack_faces
    from explainer.coverage.check import style_coverage

    return style_coverage([*bundled_faces(), *pack_faces(pack.root)[0]])["regular"]
