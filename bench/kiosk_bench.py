"""Kiosk mode: the idle screen's cost at 60 frames a second, its cost when nobody can see it, and memory over a day.

Not a test: it prints figures. Targets: the idle screen uses at most 10% of one
core; hidden (display asleep), it stops moving and uses about none; over 10,000
touches with idle resets, resident memory grows at most 1 MiB after warm-up.
Run it under ``xvfb-run -a -s "-screen 0 1920x1080x24"`` for a real X server
and a kiosk-sized screen; by default it draws offscreen. ``--big``: on a generated pack of 300 boxes and
600 arrows (tests/generated_packs.py); ``--idle``: the idle screen and the hidden cost only.
"""

from __future__ import annotations

import gc
import json
import random
import resource
import sys
import time
from collections.abc import Callable

from common import big_pack, rss_mib


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(touches: int = 10_000, warm_up: int = 1_000, big: bool = False, idle_only: bool = False) -> dict[str, object]:
    from PySide6.QtCore import QEvent, QObject, QPoint
    from PySide6.QtTest import QTest

    from explainer.app import application
    from explainer.modes import kiosk as kiosk_mode
    from explainer.modes.kiosk.attract import STEP_MS
    from explainer.modes.kiosk.content import KioskContent
    from explainer.modes.kiosk.content import load as load_content
    from explainer.modes.kiosk.kiosk import KioskSettings
    from explainer.navigator import Navigator
    from explainer.window import MainWindow
    from tests.kiosk_support import tap

    kiosk_mode.prepare_process({})
    content = load_content(big_pack() if big else None, None)
    if not isinstance(content, KioskContent):
        raise SystemExit(f"the pack cannot be shown: {content}")
    app = application(["bench"])
    navigator = Navigator(content.pack, content.language)
    window = MainWindow(content.pack, navigator)
    kiosk = kiosk_mode.start(window, navigator, content, KioskSettings(idle_ms=3_600_000, countdown_ms=20_000))
    QTest.qWaitForWindowExposed(window)

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    window.view.viewport().installEventFilter(counter)

    def measure(span: float) -> tuple[float, float]:
        PaintCounter.paints = 0
        cpu, wall = _cpu_seconds(), time.perf_counter()
        QTest.qWait(round(span * 1000))
        wall = time.perf_counter() - wall
        return PaintCounter.paints / wall, 100 * (_cpu_seconds() - cpu) / wall

    # Two whole rounds (the map, then each pathway, with the camera flights between them), once start-up is over.
    QTest.qWait(3000)
    seconds = 2 * (1 + len(content.pack.pathways)) * STEP_MS / 1000
    fps, cpu = measure(seconds)
    idle = {"seconds": seconds, "frames_per_second": round(fps, 1),
            "cpu_percent_of_one_core": round(cpu, 1), "packets_running": window.scene.packets.running}
    window.hide()
    QTest.qWait(300)
    hidden_fps, hidden_cpu = measure(5.0)
    hidden = {"frames_per_second": round(hidden_fps, 1), "cpu_percent_of_one_core": round(hidden_cpu, 2),
              "packets_running": window.scene.packets.running, "attract_playing": kiosk.attract.playing}
    if idle_only:
        kiosk.stop()
        return {"platform": app.platformName(), "boxes": len(content.pack.nodes), "arrows": len(content.pack.edges),
                "idle_screen": idle, "hidden": hidden}
    window.showFullScreen()
    QTest.qWaitForWindowExposed(window)

    rng = random.Random(5)
    view = window.view
    controls = kiosk.controls
    node_items = list(window.scene.nodes.values())

    def touch(i: int) -> None:
        if kiosk.attract.active:
            tap(view.viewport())
            return
        if kiosk.take_home.isVisible():
            tap(kiosk.take_home.close_button)
            return
        choice = i % 10
        if choice < 5:
            node = rng.choice(node_items)
            tap(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
        elif choice == 5:
            tap(rng.choice(list(controls.languages.values())))
        elif choice == 6:
            tap(rng.choice([controls.text_size, controls.contrast, controls.take_home]))
        elif choice == 7:
            tap(window.toolbar.widgetForAction(rng.choice([window.sources_action, window.about_action,
                                                           window.zoom_in_action, window.home_action])))
        elif choice == 8:
            QTest.qWait(0)
            tap(view.viewport(), QPoint(view.viewport().width() // 2, view.viewport().height() // 2))
        elif i % 50 == 9:
            kiosk.idle.expired.emit()  # what the idle watcher does when nobody answers "Still there?"

    def growth(step: Callable[[int], None], count: int, warm: int) -> tuple[float, float, float]:
        """Resident memory before and after ``count`` steps (after ``warm`` steps), and the seconds they took."""
        for i in range(warm):
            step(i)
        gc.collect()
        before = rss_mib()
        start = time.perf_counter()
        for i in range(count):
            step(i)
        elapsed = time.perf_counter() - start
        gc.collect()
        app.processEvents()
        return before, rss_mib(), elapsed

    def reset_and_begin(_i: int) -> None:
        kiosk.idle.expired.emit()
        tap(view.viewport())

    def change_language(i: int) -> None:
        navigator.set_language(content.pack.languages[i % len(content.pack.languages)])
        app.processEvents()

    # Where growth comes from, measured first while the heap is fresh: a visit that starts over, and a
    # change of language, each on its own; then the whole day's mix of touches.
    memory: dict[str, float] = {}
    for name, step in (("idle_reset", reset_and_begin), ("language_change", change_language)):
        before, after, _elapsed = growth(step, 2000, 300)
        memory[f"kib_per_{name}"] = round((after - before) * 1024 / 2000, 2)
    before, after, elapsed = growth(touch, touches, warm_up)
    memory.update({"touches": touches, "seconds": round(elapsed, 1), "rss_before_mib": round(before, 1),
                   "rss_after_mib": round(after, 1), "growth_mib": round(after - before, 2)})
    kiosk.stop()
    return {"platform": app.platformName(), "screen": f"{window.width()}x{window.height()}",
            "idle_screen": idle, "hidden": hidden, "memory": memory}


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    print("kiosk", json.dumps(main(touches=int(numbers[0]) if numbers else 10_000, big="--big" in sys.argv,
                                   idle_only="--idle" in sys.argv)))
