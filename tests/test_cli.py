"""The command line: validate, render and bad input, each as a person would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from explainer.model import Pack

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=60)


def _one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_validate_passes_on_the_shipped_pack() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "0 error(s), 0 warning(s)" in result.stderr


def test_validate_lists_problems_as_file_line_col(tmp_path: Path) -> None:
    broken = tmp_path / "pack"
    import shutil

    shutil.copytree(MINI, broken)
    (broken / "pack.yaml").write_text((broken / "pack.yaml").read_text().replace("target: end,", "target: nowhere,"))
    result = run("validate", str(broken))
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert errors and errors[0].startswith(str(broken / "pack.yaml") + ":")
    assert "unknown node 'nowhere'" in errors[0]


def test_validate_warns_about_missing_translations_but_passes() -> None:
    result = run("validate", str(MINI))
    assert result.returncode == 0
    assert "ar/text.yaml" in result.stdout and ": warning: missing translation" in result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lang", "xx"], "unknown language 'xx'; this pack has: en (English)"),
        (["--content", "/no/such/pack"], "no content pack here"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["--mode", "party"], "invalid choice: 'party'"),
        (["render", "--select", "nowhere", "--out", "x.png"], "unknown id 'nowhere'"),
        (["render", "--size", "big", "--out", "x.png"], "size must look like 1280x800"),
        (["render", "--out", "/no/such/folder/x.png"], "does not exist"),
        (["validate", "a", "b"], "unrecognized arguments: b"),
    ],
)
def test_bad_input_gets_one_clear_line_and_a_non_zero_exit(args: list[str], expected: str, tmp_path: Path) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode != 0
    assert expected in _one_clear_line(result)


def test_render_draws_the_three_lane_colours(tmp_path: Path, bundled: Pack) -> None:
    out = tmp_path / "window.png"
    result = run("render", "--size", "1280x800", "--out", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    found = {p.id: 0 for p in bundled.pathways.values()}
    wanted = {p.id: QColor(p.colour) for p in bundled.pathways.values()}
    step = 2
    for y in range(0, image.height(), step):
        for x in range(0, image.width() * 6 // 10, step):
            pixel = image.pixelColor(x, y)
            for pathway_id, colour in wanted.items():
                if max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                       abs(pixel.blue() - colour.blue())) <= 12:
                    found[pathway_id] += 1
    assert all(count > 50 for count in found.values()), found
