"""Start-up to the first painted frame, and peak memory, beside a bare PySide6 window.

Each run is a fresh process (bench/first_frame.py: the app's real start, ``explainer.app.main``, in explore
mode on the bundled pack); bare, skeleton and app runs alternate, so all see the same machine; the figures are
medians. The skeleton (``bench/skeleton.py``) is the app's kinds of widgets with nothing of the app: the floor any
PySide6 window of this shape starts from.
Targets (issue 13): at most 1.5x the bare window's time under X (Xvfb); peak memory at most the bare's + 20 MiB.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 1.5
TARGET_EXTRA_MIB = 20.0


def measure(kind: str, runs: int, platform: str) -> list[dict[str, float]]:
    out = []
    command = [sys.executable, str(HERE / "first_frame.py"), kind]
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    if platform == "xcb":
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
    for _ in range(runs):
        result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
        out.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return out


def compiled() -> None:
    """Byte-code for the app's modules, as an installed app has: else, with PYTHONDONTWRITEBYTECODE set (as in
    some shells and CI), every run would compile the app's sources again and the figure would measure that."""
    compileall.compile_dir(str(HERE.parent / "explainer"), quiet=1)


def main(platform: str, runs: int = 9) -> dict[str, float | str]:
    compiled()
    bare: list[dict[str, float]] = []
    skeleton: list[dict[str, float]] = []
    app: list[dict[str, float]] = []
    for _ in range(runs):  # interleaved, so all three see the same machine state
        bare += measure("bare", 1, platform)
        skeleton += measure("skeleton", 1, platform)
        app += measure("app", 1, platform)

    def ms(results: list[dict[str, float]]) -> float:
        return statistics.median(r["ms"] for r in results)

    def mib(results: list[dict[str, float]]) -> float:
        return statistics.median(r["peak_mib"] for r in results)

    ratio, extra = round(ms(app) / ms(bare), 2), round(mib(app) - mib(bare), 1)
    return {"platform": str(app[0]["platform"]), "runs": runs, "bare_ms": ms(bare), "skeleton_ms": ms(skeleton),
            "app_ms": ms(app), "skeleton_ratio": round(ms(skeleton) / ms(bare), 2), "ratio": ratio,
            "bare_peak_mib": mib(bare), "skeleton_extra_mib": round(mib(skeleton) - mib(bare), 1),
            "app_peak_mib": mib(app), "extra_mib": extra,
            "time_target_met": ratio <= TARGET_RATIO, "memory_target_met": extra <= TARGET_EXTRA_MIB}


if __name__ == "__main__":
    print("startup", main("offscreen"))
    if shutil.which("xvfb-run"):
        print("startup", main("xcb"))
