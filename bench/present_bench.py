"""Presenter mode: smoothness during a camera flight with packets flowing, and CPU when resting on a step.

Not a test: it prints figures. Targets: during a flight >= 58 painted frames per
second, frame interval p95 <= 20 ms, CPU <= 10 % of one core; resting (reduced
motion, or once the animations end) CPU <= 0.1 % and about one wake-up per
second or fewer. Runs offscreen unless DISPLAY is given and QT_QPA_PLATFORM=xcb.

Frames are counted while the camera moves: the eased start and end of a flight
have ticks where the view does not change by a whole pixel, and nothing needs
painting then. ``missed`` counts camera moves that were not painted before the
next tick (should be 0).

Usage: python bench/present_bench.py [--presenter]   (--presenter also shows the presenter window)
"""

from __future__ import annotations

import itertools
import json
import statistics
import sys
import time
from pathlib import Path

from common import ROOT, percentile
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QGuiApplication

sys.path.insert(0, str(ROOT / "tests"))

FLIGHTS = 12
REST_SECONDS = 5.0


class PaintClock(QObject):
    """Notes the time of every paint event of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False


def switches() -> int:
    """Voluntary context switches of every thread of this process: each one is a wake-up from waiting."""
    total = 0
    for status in Path("/proc/self/task").glob("*/status"):
        for line in status.read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                total += int(line.split()[1])
    return total


def run_loop(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def rest(label: str, seconds: float = REST_SECONDS) -> dict[str, float | str]:
    run_loop(0.5)
    cpu, wall, woke = time.process_time(), time.perf_counter(), switches()
    run_loop(seconds)
    cpu, wall, woke = time.process_time() - cpu, time.perf_counter() - wall, switches() - woke
    # The QTimer that ends the loop wakes it once; it is not the app's doing.
    return {"state": label, "cpu_percent": round(100 * cpu / wall, 3), "wakeups_per_s": round(max(0, woke - 1) / wall, 2)}


def main(show_presenter: bool) -> None:
    from explainer.app import application
    from explainer.model import load_pack
    from explainer.modes.present.presentation import Presentation
    from explainer.modes.present.staging import staging_for
    from explainer.navigator import Navigator
    from explainer.paths import bundled_content
    from explainer.window import MainWindow

    app = application(["bench"])
    pack = load_pack(bundled_content())
    navigator = Navigator(pack)
    window = MainWindow(pack, navigator)
    p = Presentation(window, navigator, pack)
    p.open(QGuiApplication.primaryScreen(), None)
    if show_presenter:
        p.toggle_presenter()
    run_loop(1.0)
    view, scene = window.view, window.scene
    flowing = [i for i in range(len(pack.structure.tour)) if staging_for(pack, i).flowing]
    clock = PaintClock()
    view.viewport().installEventFilter(clock)
    moves: list[float] = []
    last_camera: list[tuple[float, int, int]] = []

    def camera_ticked(_scale: float) -> None:
        camera = (view.transform().m11(), view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        if camera != (last_camera or [None])[-1]:
            moves.append(time.perf_counter())
        last_camera[:] = [camera]

    view.zoomed.connect(camera_ticked)
    intervals: list[float] = []
    frames = missed = 0
    moving = flight_wall = flight_cpu = 0.0
    for n in range(FLIGHTS):
        p.go(flowing[n % len(flowing)] if n % 2 == 0 else flowing[-1 - n % len(flowing)])
        if not view.flying:
            continue
        clock.times.clear()
        moves.clear()
        cpu, wall = time.process_time(), time.perf_counter()
        while view.flying:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()
        flight_cpu += time.process_time() - cpu
        flight_wall += time.perf_counter() - wall
        if len(moves) < 2:
            continue
        paints = [t for t in clock.times if moves[0] <= t <= moves[-1] + 0.02]
        moving += moves[-1] - moves[0]
        frames += len([t for t in paints if t <= moves[-1]])
        missed += sum(1 for a, b in zip(moves, [*moves[1:], moves[-1] + 0.02], strict=True)
                      if not any(a <= t < b for t in paints))
        intervals += [(b - a) * 1000 for a, b in itertools.pairwise(paints)]
    assert scene.packets.running, "packets should flow on these steps"
    results: list[dict[str, float | str]] = [{
        "state": "flight with packets",
        "fps_while_moving": round(frames / moving, 1),
        "missed": missed,
        "frame_ms_median": round(statistics.median(intervals), 2),
        "frame_ms_p95": round(percentile(intervals, 0.95), 2),
        "cpu_percent": round(100 * flight_cpu / flight_wall, 1),
    }]
    results.append(rest("packets flowing, camera still"))
    navigator.set_reduced_motion(True)
    results.append(rest("reduced motion, on a pathway step"))
    navigator.set_reduced_motion(False)
    p.last()
    while view.flying:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    results.append(rest("animations ended, last step"))
    p.go(flowing[0])
    p.stage.flow_timer.setInterval(10)
    run_loop(0.5)
    results.append(rest("packets rested after their rounds"))
    print(json.dumps({"platform": QGuiApplication.platformName(), "presenter_window": show_presenter,
                      "screen": f"{view.width()}x{view.height()}", "results": results}, indent=1))
    window.close()


if __name__ == "__main__":
    main("--presenter" in sys.argv)
