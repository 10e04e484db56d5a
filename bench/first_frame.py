"""Run in a fresh process: time from process start to the first painted frame, and peak memory.

Usage: python bench/first_frame.py app|bare. Prints one JSON line. ``app`` is the app's own start
(``explainer.app.main``: command line, pack, fonts, window, signal handlers), ``bare`` an empty QMainWindow.
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
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        """The first paint of a main window: its whole frame is painted in the same pass, so the next turn is after it."""

        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                    and isinstance(obj.window(), QMainWindow):
                self.seen = True
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print(json.dumps({"kind": kind, "ms": round((time.perf_counter() - anchor) * 1000, 1),
                          "peak_mib": round(_peak_rss_mib(), 1), "platform": app.platformName()}))
        app.quit()

    spy = FirstPaint()
    app.installEventFilter(spy)
    if kind == "app":
        # The real start, as `know-your-data` runs it (explore mode, the bundled pack): everything it does in.
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from explainer.app import main as app_main

        app_main([])
    else:
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
