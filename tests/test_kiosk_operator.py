"""The operator's way out: corner taps, a long press, and a PIN on an on-screen keypad; the PIN kept only as a hash."""

from __future__ import annotations

import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from kiosk_support import PIN, Maker, lift_finger, make_kiosk_fixture, press_finger, tap  # noqa: F401
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explainer.modes.kiosk import settings_from
from explainer.modes.kiosk.config import ENV_PIN, default_config_file, operator_pin
from explainer.modes.kiosk.corner import CORNER, TAPS
from explainer.modes.kiosk.kiosk import Kiosk
from explainer.modes.kiosk.operator import EXIT_STATUS, MAX_TRIES
from explainer.modes.kiosk.pin import PinHash, make_hash

ROOT = Path(__file__).resolve().parent.parent


def _corner(kiosk: Kiosk) -> QPoint:
    return QPoint(kiosk.window.width() - CORNER // 2, CORNER // 2)


def _type(kiosk: Kiosk, digits: str) -> None:
    assert kiosk.operator is not None
    pad = kiosk.operator.pad
    for digit in digits:
        tap(pad.keys[digit])
    tap(pad.ok)


def test_a_pin_is_kept_as_a_salted_hash_that_only_its_pin_matches() -> None:
    first, second = make_hash(PIN, iterations=1000), make_hash(PIN, iterations=1000)
    assert PIN not in first and first != second
    stored = PinHash.parse(first)
    assert stored.matches(PIN)
    assert not stored.matches("2469") and not stored.matches("") and not stored.matches("24681")


@pytest.mark.parametrize("bad", ["", "1234", "md5$1$aa$bb", "pbkdf2_sha256$x$00$00", "pbkdf2_sha256$1000$00$00"])
def test_a_malformed_hash_is_refused_with_a_reason(bad: str) -> None:
    with pytest.raises(ValueError, match="hash"):
        PinHash.parse(bad)


@pytest.mark.parametrize("bad", ["12a4", "123", "1" * 21, "١٢٣٤"])
def test_a_pin_must_be_4_to_20_plain_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        make_hash(bad)


@pytest.mark.e2e
def test_the_pin_command_prints_a_hash_of_the_pin_it_reads() -> None:
    result = subprocess.run([sys.executable, "-m", "explainer.modes.kiosk.pin"], input="97531\n", cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert PinHash.parse(result.stdout).matches("97531")
    refused = subprocess.run([sys.executable, "-m", "explainer.modes.kiosk.pin"], input="12\n", cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and "4 to 20 digits" in refused.stderr


def test_the_pin_comes_from_the_given_file_then_the_environment_then_the_default_file(tmp_path: Path) -> None:
    given, default_dir = tmp_path / "given.toml", tmp_path / "config" / "know-your-data"
    default_dir.mkdir(parents=True)
    given.write_text(f'operator_pin_hash = "{make_hash("1111", 1000)}"\n')
    (default_dir / "kiosk.toml").write_text(f'operator_pin_hash = "{make_hash("3333", 1000)}"\n')
    for written in (given, default_dir / "kiosk.toml"):
        written.chmod(0o600)  # a PIN hash that others can read is refused (see the test below)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), ENV_PIN: make_hash("2222", 1000)}
    assert default_config_file(env) == default_dir / "kiosk.toml"
    assert (pin := operator_pin(given, env)) is not None and pin.matches("1111")
    assert (pin := operator_pin(None, env)) is not None and pin.matches("2222")
    assert (pin := operator_pin(None, {"XDG_CONFIG_HOME": env["XDG_CONFIG_HOME"]})) is not None and pin.matches("3333")
    assert operator_pin(None, {"HOME": str(tmp_path / "nobody")}) is None


@pytest.mark.parametrize(("text", "reason"), [("operator_pin_hash = 1234\n", "string"), ("pin = 'x'\n", "unknown"),
                                              ("operator_pin_hash = \n", "TOML"), ('operator_pin_hash = "1234"\n', "looks like")])
def test_a_bad_config_file_says_what_is_wrong(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text)
    path.chmod(0o600)
    with pytest.raises(ValueError, match=reason):
        operator_pin(path, {})
    with pytest.raises(ValueError, match="cannot read"):
        operator_pin(tmp_path / "missing.toml", {})


def test_without_a_pin_the_operator_exit_is_off_and_stderr_says_so(make_kiosk: Maker, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(ENV_PIN, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    args = Namespace(operator_config=None, idle_seconds=90.0, countdown_seconds=20.0, reduced_motion=False)
    assert settings_from(args).pin is None
    assert "operator exit is off" in capsys.readouterr().err
    kiosk = make_kiosk(pin=False)
    assert kiosk.operator is None and kiosk.shut.corner is None


def test_corner_taps_then_a_long_press_then_the_right_pin_open_the_operator_screen(
        make_kiosk: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    kiosk = make_kiosk(pin=True, problems=["pack.yaml:3:1: error: something is wrong"], fallback=True)
    assert kiosk.operator is not None and kiosk.shut.corner is not None
    corner = _corner(kiosk)
    for _ in range(TAPS):
        tap(kiosk.window, corner)
    assert kiosk.shut.corner.armed
    with qtbot.waitSignal(kiosk.shut.corner.triggered, timeout=4000):
        press_finger(kiosk.window, corner)
    lift_finger(kiosk.window, corner)
    screen = kiosk.operator
    assert screen.isVisible() and screen.pages.currentIndex() == 0
    _type(kiosk, PIN)
    assert screen.pages.currentIndex() == 1
    facts = screen.facts.text()
    pack = kiosk.window.pack
    assert pack.structure.version in facts and pack.structure.id in facts
    assert all(pack.language(code).name in facts for code in pack.languages)
    assert "2026" in facts, "when the content was last reviewed"
    assert pack.language(None).ui("operator_fallback") in facts
    assert "something is wrong" in screen.problem_list.toPlainText()
    tap(screen.exit_button)
    assert exits == [EXIT_STATUS]


def test_a_wrong_pin_does_not_open_it_and_too_many_close_the_keypad(make_kiosk: Maker) -> None:
    kiosk = make_kiosk(pin=True)
    screen = kiosk.operator
    assert screen is not None
    kiosk.open_operator()
    _type(kiosk, "1357")
    assert screen.pages.currentIndex() == 0
    assert screen.wrong.text() == kiosk.window.pack.language(None).ui("operator_wrong_pin")
    for _ in range(MAX_TRIES - 1):
        _type(kiosk, "0000")
    assert not screen.isVisible()
    kiosk.open_operator()
    assert screen.pages.currentIndex() == 0 and not screen.wrong.text()


def test_back_leaves_the_operator_screen_and_the_kiosk_goes_on(make_kiosk: Maker) -> None:
    kiosk = make_kiosk(pin=True)
    screen = kiosk.operator
    assert screen is not None
    kiosk.open_operator()
    _type(kiosk, PIN)
    assert screen.pages.currentIndex() == 1
    tap(screen.back_button)
    assert not screen.isVisible()
    assert kiosk.window.isVisible() and QApplication.instance() is not None


def test_taps_elsewhere_or_too_few_do_not_arm_the_corner(make_kiosk: Maker) -> None:
    kiosk = make_kiosk(pin=True)
    assert kiosk.shut.corner is not None
    corner = _corner(kiosk)
    for _ in range(TAPS - 1):
        tap(kiosk.window, corner)
    tap(kiosk.window, QPoint(300, 300))
    tap(kiosk.window, corner)
    assert not kiosk.shut.corner.armed


@pytest.mark.e2e
@pytest.mark.parametrize("bad", [["--idle-seconds", "soon"], ["--countdown-seconds", "0"], ["--idle-seconds", "-5"]])
def test_a_bad_kiosk_time_is_one_clear_line_and_status_2(bad: list[str]) -> None:
    result = subprocess.run([sys.executable, "main.py", "--mode", "kiosk", *bad], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "seconds" in result.stderr and "Traceback" not in result.stderr
