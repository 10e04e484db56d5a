"""The operator screen's health lines: how long the kiosk has run, its resets and recovered errors, free disk, review age.

Counted in memory only, since the app started; nothing is written. Qt-free, with
the clock and today's date passed in so tests need not wait, and the words
(``Words.ui``) passed in too.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

STALE_DAYS = 365
"""A pack reviewed longer ago than this is flagged for review."""

Ui = Callable[..., str]


@dataclass
class Vitals:
    """What happened since start: when it started (monotonic seconds), idle resets, and errors recovered from."""

    started: float
    recovered: Callable[[], int] = field(default=lambda: 0)
    idle_resets: int = 0

    def count_idle_reset(self) -> None:
        self.idle_resets += 1


def free_space(folder: Path) -> str:
    try:
        return f"{shutil.disk_usage(folder).free / 2**30:.1f} GiB"
    except OSError:
        return "?"


def health_lines(ui: Ui, vitals: Vitals, now: float, reviewed: date, today: date, folder: Path) -> list[str]:
    """The lines under the content's facts on the operator screen."""
    days = max((today - reviewed).days, 0)
    minutes = int(now - vitals.started) // 60
    return [ui("operator_review_due" if days > STALE_DAYS else "operator_review_age", days=days),
            ui("operator_uptime", hours=minutes // 60, minutes=f"{minutes % 60:02d}", resets=vitals.idle_resets,
               errors=vitals.recovered()),
            ui("operator_disk", space=free_space(folder))]
