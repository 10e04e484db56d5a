"""`know-your-data pin-hash`: the operator makes a PIN hash with the app itself (the standalone build has no Python)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.modes.kiosk.pin import PinHash

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent


def _pin_hash(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "pin-hash"], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)


def test_pin_hash_prints_a_hash_that_matches_the_pin_and_nothing_else() -> None:
    result = _pin_hash("73915028461937\n")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert "73915028461937" not in line
    stored = PinHash.parse(line)
    assert stored.matches("73915028461937")
    assert not stored.matches("73915028461938")
    assert result.stderr == "", "a 14-digit PIN needs no note"


def test_a_short_pin_works_with_a_note_and_a_bad_pin_is_one_line() -> None:
    short = _pin_hash("4821\n")
    assert short.returncode == 0 and PinHash.parse(short.stdout).matches("4821")
    assert "14 digits or more" in short.stderr
    bad = _pin_hash("12ab\n")
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "digits only" in bad.stderr and "Traceback" not in bad.stderr
