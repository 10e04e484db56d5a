"""The operator screen's health lines: uptime, idle resets, recovered errors, free disk, and a stale review flagged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from kiosk_support import PIN, Maker, make_kiosk_fixture, tap  # noqa: F401
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.kiosk.health import Vitals, health_lines, interface_coverage, language_lines, speech_line


def test_health_counts_since_start_and_flags_a_review_older_than_a_year(mini: Pack, tmp_path: Path) -> None:
    vitals = Vitals(started=100.0, recovered=lambda: 2)
    vitals.count_idle_reset()
    ui = mini.language("en").ui
    lines = health_lines(ui, vitals, 100.0 + 3 * 3600 + 5 * 60, date(2025, 1, 10), date(2026, 3, 1), tmp_path)
    assert lines[0] == "Reviewed 415 days ago: older than 12 months, due for review."
    assert lines[1] == "Running for 3 h 05 min; 1 idle resets and 2 recovered errors since start."
    assert lines[2].startswith("Free disk space: ") and "GiB" in lines[2]
    fresh = health_lines(ui, vitals, 100.0, date(2026, 2, 20), date(2026, 3, 1), tmp_path)
    assert fresh[0] == "Reviewed 9 days ago."


def test_the_operator_screen_shows_uptime_and_the_idle_resets(make_kiosk: Maker, qtbot: QtBot) -> None:
    kiosk = make_kiosk(pin=True, idle_ms=50, countdown_ms=50)
    kiosk.begin()
    with qtbot.waitSignal(kiosk.idle.expired, timeout=3000):
        pass
    assert kiosk.vitals.idle_resets == 1
    assert kiosk.operator is not None
    kiosk.open_operator()
    for digit in PIN:
        tap(kiosk.operator.pad.keys[digit])
    tap(kiosk.operator.pad.ok)
    facts = kiosk.operator.facts.text()
    assert "Running for 0 h 00 min; 1 idle resets and 0 recovered errors since start." in facts
    assert "Free disk space:" in facts
    assert "Reading aloud: a voice is installed (speechd)." in facts  # .ci/run installs speech-dispatcher


def _plain(text: str) -> str:
    """Without the direction isolates the interface words put around a filled-in value (for comparing)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_each_language_says_how_much_interface_it_has_and_whether_every_character_has_a_font(mini: Pack) -> None:
    from explainer.coverage import bundled_faces
    from explainer.coverage.check import style_coverage
    from explainer.model.ui_keys import UI_KEYS

    ui = mini.language("en").ui
    drawable = style_coverage(bundled_faces())["regular"]
    english, arabic = (_plain(line) for line in language_lines(ui, mini, drawable))
    total = len(UI_KEYS)
    assert english == f"English (en): {total} of {total} interface words in this language; every character has a font."
    covered, _ = interface_coverage(mini, "ar")
    assert covered < total  # the app has no Arabic catalogue: only the pack's own ui words are Arabic
    assert arabic.startswith(f"العربية (ar): {covered} of {total} interface words") and "every character" in arabic
    latin_only = frozenset(range(0x20, 0x250))
    gaps = language_lines(ui, mini, latin_only)[1]
    assert "characters have no font and show as boxes" in gaps


def test_speech_is_named_installed_missing_or_failed(mini: Pack) -> None:
    ui = mini.language("en").ui
    assert speech_line(ui, "speechd", None) == "Reading aloud: a voice is installed (speechd)."
    assert speech_line(ui, "speechd", True) == "Reading aloud: a voice is installed (speechd)."
    assert speech_line(ui, "speechd", False).startswith("Reading aloud: the voice stopped working")
    assert speech_line(ui, None, None).startswith("Reading aloud: no voice is installed")


def test_the_operator_screen_names_the_pack_its_signature_review_languages_and_speech(
        make_kiosk: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    kiosk = make_kiosk(pin=True)
    monkeypatch.setattr(kiosk, "speech_engine", lambda: None)
    assert kiosk.operator is not None
    kiosk.open_operator()
    for digit in PIN:
        tap(kiosk.operator.pad.keys[digit])
    tap(kiosk.operator.pad.ok)
    facts = _plain(kiosk.operator.facts.text()).splitlines()
    assert "Content: mini, version 0.1" in facts[0]
    assert "Signature: not checked (no trusted keys in the kiosk settings). Not signed." in facts
    assert any(line.startswith("Reviewed") and "days ago" in line for line in facts)
    assert any(line.startswith("English (en): ") for line in facts)
    assert any(line.startswith("العربية (ar): ") for line in facts)
    assert facts[-1].startswith("Reading aloud: no voice is installed")
