"""Run in a fresh process: time from process start to the first painted frame, and peak memory.

Usage: python bench/first_frame.py app|bare|skeleton. Prints one JSON line. ``app`` is the app's own start
(``explainer.app.main``: command line, pack, fonts, window, signal handlers), ``bare`` an empty QMainWindow,
``skeleton`` the kinds of widgets the app's first frame shows with nothing of the app (``bench/skeleton.py``).
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

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        """The main window's first paint: its whole frame is painted in the same pass, so the next turn is after it.

        It watches the window alone, in both kinds: an application-wide Python filter would also see every event of
        every object the app makes (PySide then builds a Python type, and its enums, for each object's class), which
        is the measuring costing the app, not the app.
        """

        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print(json.dumps({"kind": kind, "ms": round((time.perf_counter() - anchor) * 1000, 1),
                          "peak_mib": round(_peak_rss_mib(), 1), "platform": app.platformName()}))
        app.quit()

    spy = FirstPaint()
    if kind == "app":
        # The real start, as `know-your-data` runs it (explore mode, the bundled pack): everything it does in.
        # Its window is made and shown before the event loop starts, and nothing paints before that: the spy
        # goes on the shown main window as the loop starts.
        exec_loop = QApplication.exec

        def watched_exec(*args: object) -> int:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
            assert len(windows) == 1, windows
            windows[0].installEventFilter(spy)
            return int(exec_loop())

        QApplication.exec = watched_exec  # type: ignore[method-assign]
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from explainer.app import main as app_main

        app_main([])
    elif kind == "skeleton":
        import skeleton  # beside this file: the app's kinds of widgets, none of the app

        skeleton.prepare_process()
        skeleton.register_fonts()
        window = skeleton.skeleton_window()
        window.installEventFilter(spy)
        window.show()
        app.exec()
    else:
        window = QMainWindow()
        window.resize(1280, 800)
        window.installEventFilter(spy)
        window.show()
        app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
