"""Helpers shared by the benchmarks: a real window on the bundled pack, and memory readings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mib() -> float:
    """Resident memory now, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def open_main_window(size: tuple[int, int] = (1280, 800), content: Path | None = None):  # type: ignore[no-untyped-def]
    """The app's real main window on the bundled pack (or ``content``), shown and painted."""
    from explainer.app import _load, application
    from explainer.navigator import Navigator
    from explainer.window import MainWindow

    app = application(["bench"])
    pack = _load(content)
    window = MainWindow(pack, Navigator(pack))
    window.resize(*size)
    window.show()
    app.processEvents()
    return app, pack, window


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def big_pack() -> Path:
    """The 300-box, 600-arrow pack (tests/generated_packs.py), written to a fresh temporary folder."""
    import tempfile

    from tests.generated_packs import write_big_pack

    return write_big_pack(Path(tempfile.mkdtemp(prefix="kyd-big-")) / "pack")
