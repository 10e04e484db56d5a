"""--state on the command line: render and handout for one state, and one clear line for a code that is none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from handout_tools import pdf_info, pdf_text, squeeze
from PySide6.QtGui import QImage

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


@pytest.mark.parametrize("command", [["render", "--out", "x.png"], ["handout", "--out", "x.pdf"], []])
def test_an_unknown_state_is_one_line_listing_the_valid_codes(command: list[str], tmp_path: Path) -> None:
    args = [a.replace("x.", str(tmp_path / "x.")) for a in command]
    result = run(*args, "--state", "ZZ")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "unknown state 'ZZ'" in lines[0] and "WA" in lines[0] and "PR" in lines[0] and "DC" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_render_for_a_state_draws_its_marks(tmp_path: Path) -> None:
    plain, marked = tmp_path / "plain.png", tmp_path / "wa.png"
    assert run("render", "--select", "access", "--out", str(plain)).returncode == 0
    result = run("render", "--state", "wa", "--select", "access", "--out", str(marked))
    assert result.returncode == 0, result.stderr
    assert not QImage(str(marked)).isNull()
    assert QImage(str(marked)) != QImage(str(plain))


@pytest.mark.parametrize(("code", "expected"), [
    ("WA", ["Washington — Pathway 1: § Limited by state law or policy, ! Documented case",
            "Pathway 2: – No facts in this pack", "This pack has 11 facts about Washington"]),
    ("UT", ["Utah — Pathway 1: ! Documented case · Pathway 2: – No facts in this pack",
            "This pack has 3 facts about Utah"]),
    ("WY", ["Wyoming — Pathway 1: – No facts in this pack", "This pack has no facts about Wyoming."]),
])
def test_the_handout_for_a_state_names_its_marks_and_facts(code: str, expected: list[str], tmp_path: Path) -> None:
    out, plain = tmp_path / f"{code}.pdf", tmp_path / "plain.pdf"
    assert run("handout", "--out", str(plain)).returncode == 0
    result = run("handout", "--state", code, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert pdf_info(out)["Pages"] == pdf_info(plain)["Pages"]  # the state's lines fit: no page more than without
    text = squeeze(pdf_text(out))
    for line in expected:
        assert squeeze(line) in text
