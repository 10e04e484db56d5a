"""The real kiosk on an X server (Xvfb): it fills the screen, shrugs off quit keys, and ends only by the operator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kiosk_support import FAST_PIN_HASH, PIN
from PySide6.QtGui import QColor, QImage
from xserver import WAIT_FOR_WINDOW, need_x_tools, x_server

from explainer.modes.kiosk.look import GO
from explainer.modes.kiosk.operator import EXIT_STATUS

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent

# Taps are xdotool clicks. The exit button's place is where the operator screen puts it on a 1280x800 screen.
SCRIPT = """
"$PYTHON" "$ROOT/main.py" --mode kiosk --content "$ROOT/tests/packs/mini" &
app=$!
""" + WAIT_FOR_WINDOW + """sleep 1.5
xdotool getwindowgeometry "$wid" > "$OUT/geometry.txt"
import -window root "$OUT/idle.png"
for keys in ctrl+q ctrl+w alt+F4 F11 Escape; do xdotool key --clearmodifiers "$keys"; sleep 0.2; done
kill -0 "$app" || { echo "a quit key ended the kiosk" >&2; exit 5; }
xdotool mousemove 400 300 click 1
sleep 0.8
import -window root "$OUT/visit.png"
for i in 1 2 3 4 5; do xdotool mousemove 1240 40 click 1; sleep 0.15; done
xdotool mousedown 1; sleep 2.4; xdotool mouseup 1
sleep 0.5
xdotool type --delay 80 "$PIN"; xdotool key Return
sleep 0.8
import -window root "$OUT/operator.png"
xdotool mousemove 1127 719 click 1
wait "$app"
"""


@pytest.fixture
def need_x() -> None:
    need_x_tools()


def _share(image: QImage, colour: QColor, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    hits = total = 0
    for x in range(x0, x1, 4):
        for y in range(y0, y1, 4):
            pixel = image.pixelColor(x, y)
            total += 1
            hits += max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                        abs(pixel.blue() - colour.blue())) <= 10
    return hits / total


def test_the_kiosk_fills_the_screen_ignores_quit_keys_and_exits_only_by_the_operator(need_x: None,
                                                                                      tmp_path: Path) -> None:
    with x_server(tmp_path / "xvfb.log") as x_env:
        env = {k: v for k, v in x_env.items() if not k.startswith("KYD_")}
        env.update(PYTHON=sys.executable, ROOT=str(ROOT), OUT=str(tmp_path), HOME=str(tmp_path), PIN=PIN,
                   KYD_OPERATOR_PIN_HASH=FAST_PIN_HASH)
        result = subprocess.run(["sh", "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == EXIT_STATUS, result.stderr
    assert "Traceback" not in result.stderr
    geometry = (tmp_path / "geometry.txt").read_text()
    assert "Position: 0,0" in geometry and "Geometry: 1280x800" in geometry
    idle, visit, operator = (QImage(str(tmp_path / f"{name}.png")) for name in ("idle", "visit", "operator"))
    go = QColor(GO)
    assert _share(idle, go, (900, 500, 1280, 720)) > 0.05, "the idle screen shows 'Touch to start'"
    assert _share(visit, go, (900, 500, 1280, 720)) < 0.01, "a tap started a visit"
    assert _share(visit, go, (1100, 700, 1280, 800)) > 0.2, "the Start over button is on screen"
    assert _share(operator, go, (1000, 680, 1240, 760)) > 0.3, "the PIN opened the operator screen"
