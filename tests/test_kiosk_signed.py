"""A kiosk shows only its own pack, signed by a trusted key; otherwise a neutral screen, and the operator sees why."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_support import FAST_PIN_HASH, PIN, Maker, lift_finger, make_kiosk_fixture, press_finger, tap  # noqa: F401
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from explainer.modes.kiosk import content as kiosk_content
from explainer.modes.kiosk.config import read_config
from explainer.modes.kiosk.content import NEW_CONTENT_STATUS, KioskContent, Unavailable
from explainer.modes.kiosk.corner import CORNER, TAPS, CornerGesture
from explainer.modes.kiosk.kiosk import Kiosk, KioskSettings
from explainer.modes.kiosk.pin import PinHash
from explainer.modes.kiosk.setup import SetupKiosk, setup_words
from explainer.navigator import Navigator
from explainer.packsign import keys, seal, store
from explainer.paths import bundled_content
from explainer.window import MainWindow


@pytest.fixture(name="signer")
def signer_fixture(tmp_path: Path) -> tuple[keys.SecretKey, keys.PublicKey]:
    secret = keys.generate()
    return secret, secret.public


def _signed_copy(mini_copy: Path, secret: keys.SecretKey) -> Path:
    seal.sign_pack(mini_copy, secret)
    return mini_copy


@pytest.fixture(name="setup_screen")
def setup_screen_fixture(app: QApplication, qtbot: QtBot) -> Iterator[Callable[[Unavailable], SetupKiosk]]:
    made: list[SetupKiosk] = []

    def _make(content: Unavailable) -> SetupKiosk:
        screen = SetupKiosk(content, PinHash.parse(FAST_PIN_HASH))
        qtbot.addWidget(screen.window)
        made.append(screen)
        screen.start()
        qtbot.waitExposed(screen.window)
        return screen

    yield _make
    for screen in made:
        screen.stop()


def _open_operator(qtbot: QtBot, window: QWidget, corner: QPoint, gesture: CornerGesture) -> None:
    """Five taps in the corner, then a long press there, as the operator does."""
    for _ in range(TAPS):
        tap(window, corner)
    with qtbot.waitSignal(gesture.triggered, timeout=4000):
        press_finger(window, corner)
    lift_finger(window, corner)


def test_a_signed_pack_from_a_trusted_key_is_shown_and_names_its_signer(mini_copy: Path,
                                                                       signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    pack = _signed_copy(mini_copy, signer[0])
    found = kiosk_content.load(pack, None, [signer[1]])
    assert isinstance(found, KioskContent)
    assert found.signer == signer[1].signer and found.pack.root.resolve() == pack.resolve()


def test_a_tampered_pack_is_not_shown_and_the_reason_names_the_file(mini_copy: Path,
                                                                   signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    pack = _signed_copy(mini_copy, signer[0])
    about = pack / "en" / "about.md"
    about.write_text(about.read_text() + "\nA sentence nobody approved.\n")
    found = kiosk_content.load(pack, None, [signer[1]])
    assert isinstance(found, Unavailable)
    assert "en/about.md: differs from the signed file" in found.reasons[0]


def test_an_unsigned_or_other_key_pack_is_not_shown(mini_copy: Path, signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    unsigned = kiosk_content.load(mini_copy, None, [signer[1]])
    assert isinstance(unsigned, Unavailable) and "not signed" in unsigned.reasons[0]
    seal.sign_pack(mini_copy, keys.generate())
    other = kiosk_content.load(mini_copy, None, [signer[1]])
    assert isinstance(other, Unavailable) and "not a trusted key" in other.reasons[0]


def test_a_broken_pack_never_brings_the_bundled_pack_even_without_keys(mini_copy: Path) -> None:
    (mini_copy / "pack.yaml").write_text("id: [unclosed\n")
    found = kiosk_content.load(mini_copy, None)
    assert isinstance(found, Unavailable)
    assert "pack.yaml" in found.reasons[0]


def test_with_trusted_keys_the_bundled_pack_is_not_shown_either(signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    found = kiosk_content.load(None, None, [signer[1]])
    assert isinstance(found, Unavailable) and "not signed" in found.reasons[0]
    assert str(bundled_content()) in found.reasons[0]


def test_a_tampered_pack_shows_visitors_the_neutral_screen_and_the_operator_why(
        setup_screen: Callable[[Unavailable], SetupKiosk], qtbot: QtBot, mini_copy: Path,
        signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    pack = _signed_copy(mini_copy, signer[0])
    (pack / "en" / "intro.md").write_bytes(b"Visit our partner site instead.\n")
    found = kiosk_content.load(pack, None, [signer[1]])
    assert isinstance(found, Unavailable)
    screen = setup_screen(found)
    shown = [label.text() for label in screen.window.findChildren(QLabel) if label.isVisible()]
    assert setup_words()[0] == ("This screen is being set up.", "Please come back later.")
    assert setup_words()[1] == ("Esta pantalla se está preparando.", "Vuelva más tarde, por favor.")
    assert all(line in shown for pair in setup_words() for line in pair)
    assert not any("partner" in text or "DMV" in text for text in shown), shown
    assert screen.operator is not None and screen.shut.corner is not None
    corner = QPoint(screen.window.width() - CORNER // 2, CORNER // 2)
    _open_operator(qtbot, screen.window, corner, screen.shut.corner)
    operator = screen.operator
    assert operator.isVisible() and operator.pages.currentIndex() == 0
    for digit in PIN:
        tap(operator.pad.keys[digit])
    tap(operator.pad.ok)
    assert operator.pages.currentIndex() == 1
    assert "Visitors see “This screen is being set up”" in operator.facts.text()
    assert "en/intro.md: differs from the signed file" in operator.problem_list.toPlainText()


def test_the_running_kiosk_shows_the_signer_on_the_operator_screen(
        app: QApplication, qtbot: QtBot, mini_copy: Path, signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    found = kiosk_content.load(_signed_copy(mini_copy, signer[0]), None, [signer[1]])
    assert isinstance(found, KioskContent)
    kiosk = _kiosk(qtbot, found)
    try:
        assert kiosk.operator is not None
        kiosk.open_operator()
        for digit in PIN:
            tap(kiosk.operator.pad.keys[digit])
        tap(kiosk.operator.pad.ok)
        assert f"Signed by: {signer[1].signer}" in kiosk.operator.facts.text()
    finally:
        kiosk.stop()


def _kiosk(qtbot: QtBot, content: KioskContent) -> Kiosk:
    navigator = Navigator(content.pack, content.language)
    window = MainWindow(content.pack, navigator)
    qtbot.addWidget(window)
    kiosk = Kiosk(window, navigator, content, KioskSettings(60_000, 60_000, 60_000, PinHash.parse(FAST_PIN_HASH)))
    kiosk.start()
    qtbot.waitExposed(window)
    return kiosk


def test_a_new_install_is_picked_up_at_the_next_reset_not_mid_visit(
        app: QApplication, qtbot: QtBot, mini_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    content_store = tmp_path / "store"
    content_store.mkdir()
    pack = _signed_copy(mini_copy, signer[0])
    store.install(pack, content_store, [signer[1]])
    found = kiosk_content.load(None, None, [signer[1]], content_store)
    assert isinstance(found, KioskContent) and found.version is not None
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    kiosk = _kiosk(qtbot, found)
    try:
        kiosk.begin()
        store.install(pack, content_store, [signer[1]])
        assert exits == [], "nothing happens during the visit"
        kiosk.reset()
        assert exits == [NEW_CONTENT_STATUS]
    finally:
        kiosk.stop()


def test_a_settings_file_with_a_readable_pin_hash_is_refused(tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text(f'operator_pin_hash = "{FAST_PIN_HASH}"\n')
    settings.chmod(0o644)
    with pytest.raises(ValueError, match="others can read it"):
        read_config(settings, {})
    settings.chmod(0o600)
    assert read_config(settings, {}).pin is not None


def test_the_settings_name_trusted_keys_and_the_store(tmp_path: Path, signer: tuple[keys.SecretKey, keys.PublicKey]) -> None:
    (tmp_path / "org.pub").write_text(signer[1].text())
    settings = tmp_path / "kiosk.toml"
    settings.write_text('trusted_keys = ["org.pub"]\ncontent_store = "/var/lib/know-your-data/store"\n')
    config = read_config(settings, {})
    assert [k.raw for k in config.trusted_keys] == [signer[1].raw]
    assert config.store == Path("/var/lib/know-your-data/store")
    settings.write_text('trusted_keys = ["missing.pub"]\n')
    with pytest.raises(ValueError, match=r"missing\.pub"):
        read_config(settings, {})

