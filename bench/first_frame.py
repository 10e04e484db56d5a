"""Run in a fresh process: time from process start to the first painted frame, and peak memory.

Usage: python bench/first_frame.py app|bare. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _since_process_start() -> float:
    """Seconds since the kernel started this process (so interpreter start-up counts too)."""
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return uptime - start


def _peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(kind: str) -> None:
    # Precise clock anchored to process start: /proc gives 10 ms ticks, so anchor once and use perf_counter.
    anchor = time.perf_counter() - _since_process_start()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if kind == "app":
        from explainer import script_fonts
        from explainer.app import _load, application
        from explainer.navigator import Navigator
        from explainer.window import MainWindow

        app = application(sys.argv[:1])
        pack = _load(None)
        script_fonts.prepare(pack, [pack.default_language])  # as app._open does: the first language's scripts
        window: QMainWindow = MainWindow(pack, Navigator(pack))
        watched = window.view.viewport()
    else:
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        watched = window
    window.resize(1280, 800)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if obj is watched and event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print(json.dumps({"kind": kind, "ms": round((time.perf_counter() - anchor) * 1000, 1),
                          "peak_mib": round(_peak_rss_mib(), 1), "platform": app.platformName()}))
        app.quit()

    spy = FirstPaint()
    app.installEventFilter(spy)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
