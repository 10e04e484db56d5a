"""A whole kiosk session in its own process: it writes no file, survives an error, and only the operator ends it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kiosk_support import FAST_PIN_HASH

from explainer.modes.kiosk.operator import EXIT_STATUS

pytestmark = pytest.mark.e2e

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
EXPECTED_STDERR = ("know-your-data: kiosk:", "  ", "This plugin does not support propagateSizeHints()")
XDG = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _session(tmp_path: Path, rounds: int, *args: str) -> tuple[subprocess.CompletedProcess[str], list[str], list[str]]:
    homes = {"HOME": tmp_path / "home", "TMPDIR": tmp_path / "tmp", **{name: tmp_path / name.lower() for name in XDG}}
    for folder in homes.values():
        folder.mkdir(mode=0o700)
    # A font of the account's own: fontconfig would cache it under XDG_CACHE_HOME, were it allowed to.
    (homes["XDG_DATA_HOME"] / "fonts").mkdir()
    shutil.copy(ROOT / "assets" / "fonts" / "NotoSans-Italic.ttf", homes["XDG_DATA_HOME"] / "fonts")
    work = tmp_path / "work"
    work.mkdir()
    before = _files(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KYD_", "FONTCONFIG"))}
    env.update({k: str(v) for k, v in homes.items()})
    env.update(QT_QPA_PLATFORM="offscreen", KYD_OPERATOR_PIN_HASH=FAST_PIN_HASH)
    result = subprocess.run(
        [sys.executable, str(TESTS / "kiosk_driver.py"), str(rounds), "--mode", "kiosk", *args],
        cwd=work, env=env, capture_output=True, text=True, timeout=240,
    )
    return result, before, _files(tmp_path)


def test_a_kiosk_session_writes_no_file_survives_an_error_and_ends_only_by_the_operator(tmp_path: Path) -> None:
    result, before, after = _session(tmp_path, 3, "--content", str(TESTS / "packs" / "mini"),
                                     "--idle-seconds", "0.4", "--countdown-seconds", "0.3")
    assert result.returncode == EXIT_STATUS, result.stderr
    assert after == before, f"the kiosk wrote: {sorted(set(after) - set(before))}"
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["visits"] == 3 and seen["resets"] >= 3 and seen["taps"] > 60
    assert seen["caught"] == 1
    assert "Traceback" not in result.stderr
    assert "caught RuntimeError; starting over" in result.stderr
    unexpected = [line for line in result.stderr.splitlines() if line and not line.startswith(EXPECTED_STDERR)]
    assert not unexpected, "Qt or Python warned about something"
    assert "south-law" not in result.stderr, "an error's message can name what a visitor opened; it is not reported"
