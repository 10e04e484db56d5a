"""The app opens a real window on an X server (a private Xvfb), paints it, and quits cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from xserver import x_server

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("Xvfb", "xdotool", "import")

SCRIPT = """
"$PYTHON" "$ROOT/main.py" $APP_ARGS &
app=$!
wid=""
for _ in $(seq 120); do
  wid=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -n 1)
  [ -n "$wid" ] && break
  kill -0 "$app" 2>/dev/null || { echo "the app quit before showing a window" >&2; exit 4; }
  sleep 0.25
done
[ -n "$wid" ] || { kill "$app"; echo "no window" >&2; exit 3; }
sleep 1
import -window root "$SHOT"
xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q
wait "$app"
"""


def _missing() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@pytest.fixture
def need_x() -> None:
    missing = _missing()
    if missing and os.environ.get("CI") != "true":
        pytest.skip(f"needs {', '.join(missing)} (installed by .ci/run)")
    assert not missing, f"CI must install {missing}"


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
