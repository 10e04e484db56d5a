"""The operator screen's health lines: uptime, idle resets, recovered errors, free disk, and a stale review flagged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk_support import PIN, Maker, make_kiosk_fixture, tap  # noqa: F401
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.kiosk.health import Vitals, health_lines


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
