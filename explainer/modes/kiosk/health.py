"""The operator screen's health lines: how long the kiosk has run, its resets and recovered errors, free disk, review age.

Counted in memory only, since the app started; nothing is written. Qt-free, with
the clock and today's date passed in so tests need not wait. The lines are for
staff and in English until the app has its own interface translations.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

STALE_DAYS = 365
"""A pack reviewed longer ago than this is flagged for review."""


@dataclass
class Vitals:
    """What happened since start: when it started (monotonic seconds), idle resets, and errors recovered from."""

    started: float
    recovered: Callable[[], int] = field(default=lambda: 0)
    idle_resets: int = 0

    def count_idle_reset(self) -> None:
        self.idle_resets += 1


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return (f"{days} d " if days else "") + f"{hours} h {minutes:02d} min"


def free_space(folder: Path) -> str:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return "Free disk space: unknown"
    return f"Free disk space: {free / 2**30:.1f} GiB"


def health_lines(vitals: Vitals, now: float, reviewed: date, today: date, folder: Path) -> list[str]:
    """The lines under the content's facts on the operator screen."""
    age = (today - reviewed).days
    review = f"Reviewed {age // 30} months ago" if age >= 60 else f"Reviewed {max(age, 0)} days ago"
    if age > STALE_DAYS:
        review += ": older than 12 months, due for review"
    return [review,
            f"Running for {_duration(now - vitals.started)}; {vitals.idle_resets} idle resets and "
            f"{vitals.recovered()} recovered errors since start",
            free_space(folder)]
