"""Listening: a kiosk that reads itself aloud, with a fake speech engine; the keypad path; a pack's recorded voices."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from kiosk_support import Maker, begin_visit, idle_soon, make_kiosk_fixture, tap  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsObject
from pytestqt.qtbot import QtBot

from explainer.model import Pack, load_pack
from explainer.modes.kiosk.kiosk import Kiosk
from explainer.modes.kiosk.speech import MAX_AUDIO_BYTES, choose_engine, recording
from explainer.paths import bundled_content


class FakeVoice:
    """Writes down what it was asked to say, and in which language."""

    def __init__(self, ready: bool = True) -> None:
        self.said: list[tuple[str, str]] = []
        self.stops = 0
        self._ready = ready

    def ready(self) -> bool:
        return self._ready

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))

    def stop(self) -> None:
        self.stops += 1

    @property
    def last(self) -> tuple[str, str]:
        assert self.said, "nothing was said"
        return self.said[-1]


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[Path] = []

    def play(self, path: Path) -> bool:
        self.played.append(path)
        return True

    def stop(self) -> None:
        pass


@pytest.fixture(scope="module")
def two_languages() -> Pack:
    """The bundled pack: English and Spanish."""
    pack = load_pack(bundled_content())
    assert pack.languages == ["en", "es"]
    return pack


def _kiosk(make_kiosk: Maker, pack: Pack, language: str, voice: FakeVoice, **timing: int) -> Kiosk:
    kiosk = make_kiosk(pack=pack, language=language, **timing)
    kiosk.listening.make_voice = lambda: voice
    return kiosk


def _key(key: Qt.Key) -> None:
    """A key pressed where the keyboard focus is, as a keypad sends it."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key)


def _node_on_a_pathway(pack: Pack) -> str:
    return next(n.id for n in pack.structure.nodes if n.pathway)


@pytest.mark.parametrize("language", ["en", "es"])
def test_opening_a_box_says_its_title_summary_and_action_steps(make_kiosk: Maker, two_languages: Pack,
                                                               language: str) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, language, voice)
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    assert kiosk.listening.on and kiosk.listening.button.isChecked()
    words = two_languages.language(language)
    assert words.get("title") in voice.last[0]  # turning it on reads the screen: the whole map
    node_id = _node_on_a_pathway(two_languages)
    view = kiosk.window.view
    node = kiosk.window.scene.nodes[node_id]
    view.centerOn(node)  # the kiosk's finger-sized map may be larger than the screen: as if a swipe brought it in
    tap(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
    assert kiosk.navigator.selection == node_id
    text, spoken_in = voice.last
    assert spoken_in == language
    pathway = two_languages.nodes[node_id].pathway
    assert pathway is not None
    summary_start = " ".join(words.get(f"explain.{node_id}").split()[:4]).strip("*_")
    demand = two_languages.demands.demand_of(pathway)
    assert demand is not None
    step = two_languages.steps_now(pathway)[0]
    for expected in (words.title(node_id), summary_start, words.ui("act_heading"),
                     words.get(f"actions.{demand.id}.title"), words.get(f"actions.{step.id}.title"), words.how(step.id)):
        assert expected in text, expected
    assert text.index(words.title(node_id)) < text.index(summary_start) < text.index(words.ui("act_heading"))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_help_key_on_the_idle_screen_reads_the_invitation(make_kiosk: Maker, two_languages: Pack,
                                                              language: str) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, language, voice)
    assert kiosk.attract.active and kiosk.attract.language == language
    QTest.keyClick(kiosk.attract.cover, Qt.Key.Key_F1)
    assert kiosk.attract.active, "the help key only listens: the visit has not started"
    words = two_languages.language(language)
    text, spoken_in = voice.last
    assert spoken_in == language
    for expected in (words.get("title"), words.ui("touch_to_start"), words.ui("listen_enter")):
        assert expected in text
    # The next caption (a pathway, in the next language) is read as it appears.
    kiosk.attract.next_step()
    step = kiosk.attract.step
    assert step.pathway is not None
    text, spoken_in = voice.last
    assert spoken_in == step.language
    assert two_languages.language(step.language).get(f"pathways.{step.pathway}.title") in text
    # Enter starts the visit, in the language last read, and listening stays on.
    QTest.keyClick(kiosk.attract.cover, Qt.Key.Key_Return)
    assert not kiosk.attract.active and kiosk.listening.on
    assert kiosk.navigator.language == step.language
    assert two_languages.language(step.language).ui("listen_keys") in voice.last[0]


@pytest.mark.parametrize(("language", "question", "seconds"),
                         [("en", "Still there?", "Starting over in"), ("es", "¿Sigue ahí?", "Volverá al inicio en")])
def test_still_there_and_its_countdown_are_read_aloud(make_kiosk: Maker, two_languages: Pack, qtbot: QtBot,
                                                      language: str, question: str, seconds: str) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, language, voice, countdown_ms=6000)
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=10_000):
        idle_soon(kiosk)
    text, spoken_in = voice.last
    assert spoken_in == language
    assert question in text and f"{seconds} 6" in text
    assert two_languages.language(language).ui("listen_keep") in text
    with qtbot.waitSignal(kiosk.idle.countdown_tick, timeout=10_000):
        pass
    assert voice.last[0] == f"{seconds} 5", "5 seconds left is said on its own"


@pytest.mark.parametrize("language", ["en", "es"])
def test_with_no_speech_engine_the_listen_button_says_so(make_kiosk: Maker, two_languages: Pack, qtbot: QtBot,
                                                         language: str) -> None:
    voice = FakeVoice(ready=False)
    kiosk = _kiosk(make_kiosk, two_languages, language, voice)
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    assert not kiosk.listening.on and not kiosk.listening.button.isChecked()
    notice = kiosk.listening.no_voice
    assert notice.isVisible()
    assert notice.message.text() == two_languages.language(language).ui("listen_unavailable")
    assert notice.message.text() in {"This screen has no voice installed, so it cannot read aloud.",
                                     "Esta pantalla no tiene ninguna voz instalada, así que no puede leer en voz alta."}
    assert voice.said == []
    tap(notice.close_button)
    assert not notice.isVisible()
    # The help key says the same, and the kiosk goes on working.
    _key(Qt.Key.Key_F1)
    assert notice.isVisible()
    tap(notice)
    qtbot.waitUntil(lambda: not notice.isVisible())
    kiosk.navigator.select(_node_on_a_pathway(two_languages))
    assert voice.said == []


def test_an_engine_that_fails_later_turns_listening_off_and_says_so(make_kiosk: Maker, two_languages: Pack) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, "en", voice)
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    assert kiosk.listening.on
    said = len(voice.said)
    voice._ready = False  # speech-dispatcher went away
    kiosk.navigator.select(_node_on_a_pathway(two_languages))
    assert len(voice.said) == said
    assert not kiosk.listening.on and kiosk.listening.no_voice.isVisible()


def test_no_real_engine_means_no_voice() -> None:
    """Qt's silent test engine (shipped in the wheel) is never taken for a voice."""
    assert choose_engine([]) is None
    assert choose_engine(["mock"]) is None
    assert choose_engine(["mock", "speechd"]) == "speechd"
    assert choose_engine(["flite", "speechd"]) == "speechd"
    assert choose_engine(["other"]) == "other"


def test_start_over_turns_listening_off(make_kiosk: Maker, two_languages: Pack) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, "es", voice)
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    assert kiosk.listening.on
    said, stops = len(voice.said), voice.stops
    tap(kiosk.controls.start_over)
    assert kiosk.attract.active
    assert not kiosk.listening.on and not kiosk.listening.button.isChecked()
    assert voice.stops > stops, "what was being said stops at once"
    kiosk.attract.next_step()
    assert len(voice.said) == said, "the idle screen is silent again"
    # The Listen button turns it off too.
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    assert kiosk.listening.on
    tap(kiosk.listening.button)
    assert not kiosk.listening.on


def test_the_listen_button_is_on_the_kiosk_bar_with_its_word(make_kiosk: Maker, two_languages: Pack) -> None:
    kiosk = make_kiosk(pack=two_languages, language="en")
    begin_visit(kiosk)
    button = kiosk.listening.button
    assert button.isVisible() and button.parent() is kiosk.controls.bar
    assert button.text() == "Listen" and not button.icon().isNull()
    tap(kiosk.controls.languages["es"])
    assert button.text() == "Escuchar"


def test_the_keypad_moves_opens_reads_and_goes_back(make_kiosk: Maker, two_languages: Pack, qtbot: QtBot) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, "en", voice)
    begin_visit(kiosk)
    words = two_languages.language("en")
    view = kiosk.window.view
    scene = kiosk.window.scene
    order = [i for i in view.focus_items() if isinstance(i, QGraphicsObject)]
    first, second = order[0].objectName(), order[1].objectName()

    # Help: listening turns on and the screen is read, with how the keys work.
    _key(Qt.Key.Key_F1)
    assert kiosk.listening.on
    assert words.ui("listen_keys") in voice.last[0]

    # Arrows move through the parts of the map in reading order; each is named.
    _key(Qt.Key.Key_Right)
    assert QApplication.focusWidget() is view and scene.focusItem() is order[0]
    assert words.title(first) in voice.last[0]
    _key(Qt.Key.Key_Down)
    assert scene.focusItem() is order[1]
    assert words.title(second) in voice.last[0]
    _key(Qt.Key.Key_Up)
    assert scene.focusItem() is order[0]

    # Enter opens the part under the keys and reads it; Enter again reads it again.
    _key(Qt.Key.Key_Enter)
    assert kiosk.navigator.selection == first
    assert words.ui("act_heading") in voice.last[0]
    count = len(voice.said)
    voice.said.append(("", "en"))  # so the same words again are not taken for a repeat within a moment
    kiosk.listening._said_at = -10.0
    _key(Qt.Key.Key_Return)
    assert len(voice.said) == count + 2 and words.title(first) in voice.last[0]

    # Back closes it and puts the keys back on it; Esc from a list view goes back to the map.
    _key(Qt.Key.Key_Backspace)
    assert kiosk.navigator.selection is None
    assert scene.focusItem() is order[0]
    assert voice.last[0].startswith(words.get("title")) and words.title(first) in voice.last[0]
    kiosk.navigator.show_view("sources")
    _key(Qt.Key.Key_Escape)
    assert kiosk.navigator.view == "diagram"

    # Before the first part come the buttons along the bottom, last first; Enter presses one.
    view.setFocus()
    scene.setFocusItem(order[0])
    _key(Qt.Key.Key_Left)
    assert QApplication.focusWidget() is kiosk.controls.start_over
    assert voice.last[0].startswith(words.ui("start_over"))
    _key(Qt.Key.Key_Left)
    _key(Qt.Key.Key_Left)
    assert QApplication.focusWidget() is kiosk.controls.contrast
    _key(Qt.Key.Key_Enter)
    assert kiosk.navigator.contrast

    # After the last part come the demand buttons under the map; Enter shows a demand as won, and says so.
    view.setFocus()
    scene.setFocusItem(order[-1])
    _key(Qt.Key.Key_Right)
    first_demand = next(iter(two_languages.demands.demands()))
    button = kiosk.window.won_bar.buttons[first_demand.id]
    assert QApplication.focusWidget() is button
    assert words.get(f"actions.{first_demand.id}.title") in voice.last[0]
    _key(Qt.Key.Key_Enter)
    assert first_demand.id in kiosk.navigator.won
    assert voice.last[0].endswith(words.ui("listen_chosen") + ".")

    # Enter on a button the arrows do not go through (Tab reaches it) presses that button.
    sources = kiosk.window.toolbar.widgetForAction(kiosk.window.sources_action)
    assert sources is not None
    sources.setFocus()
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.navigator.view == "sources")  # pressed as a click is: after a moment


def test_keys_inside_a_kiosk_layer_stay_there(make_kiosk: Maker, two_languages: Pack) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, "en", voice)
    begin_visit(kiosk)
    tap(kiosk.controls.take_home)
    assert kiosk.take_home.isVisible()
    QTest.keyClick(kiosk.take_home.close_button, Qt.Key.Key_Right)
    QTest.keyClick(kiosk.take_home.close_button, Qt.Key.Key_F1)
    assert kiosk.window.scene.focusItem() is None, "the arrows did not move onto the map under the layer"
    assert not kiosk.listening.on and voice.said == []


def test_a_pack_recording_is_played_instead_of_the_voice(make_kiosk: Maker, mini_copy: Path) -> None:
    pack = load_pack(mini_copy)
    node_id = _node_on_a_pathway(pack)
    audio = mini_copy / "en" / "audio"
    audio.mkdir()
    (audio / f"{node_id}.ogg").write_bytes(b"OggS" + bytes(64))
    voice, player = FakeVoice(), FakePlayer()
    kiosk = _kiosk(make_kiosk, pack, "en", voice)
    kiosk.listening.make_player = lambda: player
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    said = len(voice.said)
    kiosk.navigator.select(node_id)
    assert player.played == [(audio / f"{node_id}.ogg").resolve()]
    assert len(voice.said) == said, "the recording is played instead of the voice"
    kiosk.navigator.select(next(e for e in pack.edges))
    assert len(voice.said) == said + 1, "an item with no recording is read by the voice"


def test_a_recording_must_be_a_plain_file_inside_the_pack(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    audio = pack / "en" / "audio"
    audio.mkdir(parents=True)
    (audio / "ok.wav").write_bytes(b"RIFF" + bytes(40))
    assert recording(pack, "en", "ok") == (audio / "ok.wav").resolve()
    assert recording(pack, "es", "ok") is None
    assert recording(pack, "en", "missing") is None
    assert recording(pack, "en", "../en/audio/ok") is None
    assert recording(pack, "..", "ok") is None
    outside = tmp_path / "secret.ogg"
    outside.write_bytes(b"OggS" + bytes(10))
    (audio / "link.ogg").symlink_to(outside)
    assert recording(pack, "en", "link") is None, "a link out of the pack is not followed"
    (audio / "inside.ogg").symlink_to(audio / "ok.wav")
    assert recording(pack, "en", "inside") == (audio / "ok.wav").resolve()
    (audio / "empty.mp3").write_bytes(b"")
    assert recording(pack, "en", "empty") is None
    with open(audio / "big.ogg", "wb") as big:
        big.truncate(MAX_AUDIO_BYTES + 1)
    assert recording(pack, "en", "big") is None
    (audio / "folder.ogg").mkdir()
    assert recording(pack, "en", "folder") is None
    os.mkfifo(audio / "pipe.ogg")
    assert recording(pack, "en", "pipe") is None, "a pipe is refused without being opened"
    (audio / "device.ogg").symlink_to("/dev/zero")
    assert recording(pack, "en", "device") is None
    shutil.rmtree(pack)
    assert recording(pack, "en", "ok") is None


def test_the_take_home_code_says_what_it_is(make_kiosk: Maker, two_languages: Pack) -> None:
    voice = FakeVoice()
    kiosk = _kiosk(make_kiosk, two_languages, "es", voice)
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    tap(kiosk.controls.take_home)
    words = two_languages.language("es")
    text = voice.last[0]
    assert text.startswith(words.ui("take_home"))
    assert words.ui("qr_caption") in text and text.endswith(words.ui("close") + ".")


def test_a_recording_that_will_not_play_is_read_by_the_voice(make_kiosk: Maker, mini_copy: Path) -> None:
    pack = load_pack(mini_copy)
    node_id = _node_on_a_pathway(pack)
    (mini_copy / "en" / "audio").mkdir()
    (mini_copy / "en" / "audio" / f"{node_id}.mp3").write_bytes(b"not sound")

    class Broken(FakePlayer):
        def play(self, path: Path) -> bool:
            super().play(path)
            return False

    voice, player = FakeVoice(), Broken()
    kiosk = _kiosk(make_kiosk, pack, "en", voice)
    kiosk.listening.make_player = lambda: player
    begin_visit(kiosk)
    tap(kiosk.listening.button)
    kiosk.navigator.select(node_id)
    assert len(player.played) == 1
    assert pack.language("en").title(node_id) in voice.last[0]


@pytest.mark.qt_log_ignore("pipewire")  # Qt Multimedia, loaded with the module, looks for PipeWire (none here)
def test_the_qt_voice_is_not_ready_without_an_engine_or_without_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    from explainer.modes.kiosk import speech
    from explainer.modes.kiosk.speech import QtVoice

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    voice = QtVoice()
    assert not voice.ready()
    voice.say("nothing", "en")  # does nothing, raises nothing
    voice.stop()
    # An install without PySide6's add-ons. (Not by blanking sys.modules: Qt's own lazy type
    # loading reads that entry later and fails far from here.)
    def no_add_ons() -> type[QTextToSpeech]:
        raise ImportError("No module named 'PySide6.QtTextToSpeech'")

    monkeypatch.setattr(speech, "speech_class", no_add_ons)
    assert not QtVoice().ready()
