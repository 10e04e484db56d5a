"""Start-up to the first painted frame, and peak memory: the standalone build beside the checkout and a bare window.

bench/first_frame.py, frozen with the app's own recipe (packaging/first-frame.spec, built into build/first-frame/
on first use or with --rebuild), is timed against the same script run by the checkout's Python. Each round starts
four fresh processes in turn (checkout bare, checkout app, build bare, build app), so all four see the same machine;
the figures are medians. Usage: python bench/dist_startup.py [--runs N] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN_DIR = ROOT / "build" / "first-frame"
FROZEN = FROZEN_DIR / "dist" / "first-frame" / ("first-frame.exe" if sys.platform == "win32" else "first-frame")


def build() -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--workpath", str(FROZEN_DIR / "work"), "--distpath", str(FROZEN_DIR / "dist"),
                    str(ROOT / "packaging" / "first-frame.spec")], check=True, cwd=ROOT)


def once(command: list[str], kind: str, platform: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    full = [*command, kind]
    if platform == "xcb":
        full = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *full]
    result = subprocess.run(full, capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    reading: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return reading


def main(platform: str, runs: int) -> dict[str, float | str]:
    commands = {"checkout": [sys.executable, str(ROOT / "bench" / "first_frame.py")], "build": [str(FROZEN)]}
    readings: dict[str, list[dict[str, float]]] = {}
    for _ in range(runs):  # interleaved, so all four see the same machine state
        for where, command in commands.items():
            for kind in ("bare", "app"):
                readings.setdefault(f"{where}_{kind}", []).append(once(command, kind, platform))
    ms = {name: statistics.median(r["ms"] for r in rs) for name, rs in readings.items()}
    mib = {name: statistics.median(r["peak_mib"] for r in rs) for name, rs in readings.items()}
    out: dict[str, float | str] = {"platform": platform, "runs": runs}
    for where in commands:
        out[f"{where}_bare_ms"] = ms[f"{where}_bare"]
        out[f"{where}_app_ms"] = ms[f"{where}_app"]
        out[f"{where}_ratio"] = round(ms[f"{where}_app"] / ms[f"{where}_bare"], 2)
        out[f"{where}_bare_peak_mib"] = mib[f"{where}_bare"]
        out[f"{where}_app_peak_mib"] = mib[f"{where}_app"]
        out[f"{where}_extra_mib"] = round(mib[f"{where}_app"] - mib[f"{where}_bare"], 1)
    out["build_app_vs_checkout_app"] = round(ms["build_app"] / ms["checkout_app"], 2)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--rebuild", action="store_true", help="freeze bench/first_frame.py again first")
    args = parser.parse_args()
    if args.rebuild or not FROZEN.is_file():
        build()
    print("dist_startup", main("offscreen", args.runs))
    if shutil.which("xvfb-run"):
        print("dist_startup", main("xcb", args.runs))
