"""The app opens a real window on an X server (a private Xvfb), paints it, and quits cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from xserver import WAIT_FOR_WINDOW, need_x_tools, x_server

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
"$PYTHON" "$ROOT/main.py" $APP_ARGS &
app=$!
""" + WAIT_FOR_WINDOW + """sleep 1
import -window root "$SHOT"
xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q
wait "$app"
"""


@pytest.fixture
def need_x() -> None:
    need_x_tools()


@pytest.mark.parametrize("args", ["", "--lang en --fullscreen", "--content tests/packs/mini --lang ar"])
def test_a_real_window_opens_paints_and_quits(need_x: None, tmp_path: Path, args: str) -> None:
    shot = tmp_path / "screen.png"
    with x_server(tmp_path / "xvfb.log") as env:
        env.update(PYTHON=sys.executable, ROOT=str(ROOT), APP_ARGS=args, SHOT=str(shot), HOME=str(tmp_path))
        result = subprocess.run(["sh", "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    assert len(colours) > 20, "the screen looks blank"
