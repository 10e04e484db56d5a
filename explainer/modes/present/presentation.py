"""Presenter mode put together: the tour, the audience window's stage and covers, the presenter window,
and the commands the keys call."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication

from explainer.locale_format import number
from explainer.model.pack import Pack, Words
from explainer.modes.present.announce import StepAnnouncer
from explainer.modes.present.audience import AudienceStage
from explainer.modes.present.blackout import Blackout
from explainer.modes.present.caption import CaptionBar
from explainer.modes.present.freeze import FreezeFrame
from explainer.modes.present.help_overlay import HelpOverlay
from explainer.modes.present.keys import ClickerKeys
from explainer.modes.present.presenter_window import PresenterWindow
from explainer.modes.present.screens import show_on
from explainer.modes.present.tour import TourController, follow_won
from explainer.navigator import Fields, Navigator
from explainer.window import MainWindow

TEXT_STEP = 0.25


class Presentation(QObject):
    """Owns presenter mode's parts; the keys, the presenter window and the covers call its commands."""

    def __init__(self, window: MainWindow, navigator: Navigator, pack: Pack) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        self.pack = pack
        self.tour = TourController(len(pack.structure.tour), self)
        follow_won(self.tour, navigator, pack)  # a step may show demands as won
        self.caption = CaptionBar()
        window.add_bar(self.caption)
        self.stage = AudienceStage(window, navigator, pack, self.tour, self.caption, self)
        self.freeze_frame = FreezeFrame(window)
        self.blackout = Blackout(window)
        self.presenter = PresenterWindow(pack, navigator, self.tour, window.scene)
        self.stage.card_changed.connect(lambda: self.presenter.show_card(self.stage.card))
        self.announcer = StepAnnouncer(self.tour, pack, lambda: self.words, self.presenter, window)
        """Says each step to the presenter's screen reader."""
        # The key list is the facilitator's: on the presenter's own screen, never on the projector.
        self.help = HelpOverlay(self.presenter)
        self.frozen_seen = ""
        """What the audience saw when the picture was frozen: the status line keeps saying it."""
        self.keys = ClickerKeys(self, [window, self.presenter], self)
        self.typed: str | None = None
        self.keys_hint = True
        self._wire()
        self.retranslate()
        self.restyle()
        self.stage.refresh(animate=False)

    def _wire(self) -> None:
        self.navigator.changed.connect(self._follow)
        self.tour.step_changed.connect(lambda _i: self.update_status())
        self.tour.running_changed.connect(lambda _r: self.update_status())
        self.blackout.pressed.connect(self.toggle_black)
        self.help.pressed.connect(self.toggle_help)
        self.presenter.step_chosen.connect(self.go)
        self.presenter.quit_requested.connect(self.window.close)
        self.window.installEventFilter(self)

    def open(self, audience: QScreen, presenter: QScreen | None) -> None:
        """Show the audience window full screen on ``audience``; the presenter window on ``presenter``, if any.

        With one screen the presenter window starts hidden (a mirrored projector would show the notes)."""
        show_on(self.window, audience, full_screen=True)
        if presenter is not None:
            show_on(self.presenter, presenter, full_screen=False)
        else:
            self.presenter.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.presenter.setScreen(audience)
        self.presenter.started.restart()
        self.stage.refresh(animate=False)

    def start(self) -> None:
        """Listen to the clicker's keys wherever the focus is."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.keys)

    def stop(self) -> None:
        """Stop listening to the keys and close the presenter window (the audience window stays)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
        self.presenter.close()

    def _follow(self, fields: Fields) -> None:
        if "language" in fields:
            self.retranslate()
        elif fields & {"selection", "won", "text_scale"}:
            self.update_status()
        if fields & {"text_scale", "contrast"}:
            self.restyle()

    @property
    def words(self) -> Words:
        return self.pack.language(self.navigator.language)

    # -- state the keys read -------------------------------------------------------------
    @property
    def touring(self) -> bool:
        return self.tour.running

    @property
    def blacked_out(self) -> bool:
        return self.blackout.isVisible()

    @property
    def frozen(self) -> bool:
        return self.freeze_frame.isVisible()

    @property
    def help_shown(self) -> bool:
        return self.help.isVisible()

    @property
    def jumping(self) -> bool:
        return self.typed is not None

    # -- moving through the tour ---------------------------------------------------------
    def _back_to_step(self) -> bool:
        """From a detour or free exploration back to the step; True if that was needed."""
        if self.tour.running and self.navigator.selection is None:
            return False
        self.tour.resume()
        self.navigator.home()
        return True

    def next(self) -> None:
        self._key_used()
        if not self._back_to_step():
            self.tour.next()

    def back(self) -> None:
        self._key_used()
        if not self._back_to_step():
            self.tour.back()

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(self.tour.count - 1)

    def go(self, index: int) -> None:
        """Go to step ``index`` and show it, from wherever the facilitator was."""
        self._key_used()
        self.tour.go(index)
        self._back_to_step()

    def leave(self) -> None:
        self._key_used()
        self.tour.leave()

    def resume(self) -> None:
        self._key_used()
        self._back_to_step()

    # -- the audience screen -------------------------------------------------------------
    def toggle_black(self) -> None:
        if self.blacked_out:
            self.blackout.hide()
        else:
            self.blackout.open()
        self.update_status()

    def toggle_freeze(self) -> None:
        if self.frozen:
            self.freeze_frame.release()
        else:
            self.frozen_seen = self.audience_sees()
            self.freeze_frame.hold()
        self.update_status()

    def toggle_help(self) -> None:
        if self.help_shown:
            self.help.hide()
            return
        if not self.presenter.isVisible():  # one screen: the list comes with the presenter window (as P would)
            self.toggle_presenter()
        self.help.open()

    def toggle_presenter(self) -> None:
        if self.presenter.isVisible():
            self.presenter.hide()
        else:
            self.presenter.show()
            self.presenter.activateWindow()

    def toggle_fullscreen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()

    def toggle_contrast(self) -> None:
        self.navigator.set_contrast(not self.navigator.contrast)

    def toggle_motion(self) -> None:
        self.navigator.set_reduced_motion(not self.navigator.reduced_motion)

    def bigger(self) -> None:
        self.navigator.set_text_scale(self.navigator.text_scale + TEXT_STEP)

    def smaller(self) -> None:
        self.navigator.set_text_scale(self.navigator.text_scale - TEXT_STEP)

    # -- going to a step by number (G, digits, Enter) ------------------------------------
    def start_jump(self) -> None:
        self.typed = ""
        self.update_status()

    def type_digit(self, digit: int) -> None:
        self.typed = ((self.typed or "") + str(digit))[-3:]
        self.update_status()

    def erase_digit(self) -> None:
        self.typed = (self.typed or "")[:-1]
        self.update_status()

    def commit_jump(self) -> None:
        typed, self.typed = self.typed, None
        if typed and 1 <= int(typed) <= self.tour.count:
            self.go(int(typed) - 1)
        self.update_status()

    def cancel_jump(self) -> None:
        self.typed = None
        self.update_status()

    # -- words and looks -------------------------------------------------------------------
    def _key_used(self) -> None:
        if self.keys_hint:
            self.keys_hint = False
            self.update_status()

    def retranslate(self) -> None:
        w = self.words
        self.blackout.set_hint(w.ui("present_black_hint"))
        self.help.set_words(w)
        self.update_status()

    def restyle(self) -> None:
        scale = self.navigator.text_scale
        self.caption.set_look(scale, self.navigator.contrast)
        self.help.set_look(scale, self.navigator.contrast)

    def update_status(self) -> None:
        """The caption's side line on the audience screen and the presenter's status line."""
        w = self.words
        tour = self.tour
        if self.typed is not None:
            side = w.ui("present_jump", number=self.typed or "…")
        elif self.keys_hint:
            side = w.ui("present_hint_keys")
        elif tour.count:
            side = w.ui("present_step", number=number(w.code, tour.index + 1), count=number(w.code, tour.count))
        else:
            side = ""
        self.caption.set_side(side)
        if self.blacked_out:
            text, tone = w.ui("present_status_black"), "black"
        elif self.frozen:
            text, tone = f"{w.ui('present_status_frozen')}  ·  {self.frozen_seen}", "frozen"
        else:
            text = self.audience_sees()
            tone = "live" if tour.running and self.navigator.selection is None else \
                ("detour" if tour.running else "exploring")
        if self.typed is not None:
            text = f"{w.ui('present_jump', number=self.typed or '…')}  ·  {text}"
        self.presenter.set_status(text, tone)

    def audience_sees(self) -> str:
        """What the audience window shows now, in the presenter's words: the step and its card, a detour, exploring."""
        w = self.words
        tour = self.tour
        if not tour.running:
            return w.ui("present_status_exploring" if tour.count else "present_no_tour")
        if self.navigator.selection is not None:
            return w.ui("present_status_detour", name=w.title(self.navigator.selection))
        text = w.ui("present_status_live")
        card = self.stage.card
        if card.isVisible() and card.labels:
            shown = [label.text() for label in card.labels if not label.isHidden()]
            title = shown[1] if len(shown) > 1 else shown[0]
            text += "  ·  " + w.ui("present_status_card", card=" ".join(title.split()[:12]))
        won = sorted(self.navigator.won)
        if won:
            text += "  ·  " + w.ui("present_status_won", demands=", ".join(w.get(f"actions.{d}.title") for d in won))
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closing the audience window ends the presentation, presenter window and all.
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.presenter.close()
        return False
