"""The operator screen's health lines: uptime, resets, recovered errors, free disk, review age, languages, speech.

Counted in memory only, since the app started; nothing is written. Qt-free, with
the clock and today's date passed in so tests need not wait, and the words
(``Words.ui``) passed in too.
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from explainer.model.interface import FALLBACK, interface_words, translated
from explainer.model.pack import Pack
from explainer.model.ui_keys import UI_KEYS

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


def interface_coverage(pack: Pack, code: str) -> tuple[int, int]:
    """How many of the app's interface words a language has in itself (its catalogue or the pack's own), of all."""
    own = interface_words(code)
    shown = interface_words(translated(pack.default_language) or FALLBACK)
    entries = pack.language(code).entries
    covered = sum(1 for key in UI_KEYS if key in own or entries.get(f"ui.{key}", shown.get(key)) != shown.get(key))
    return covered, len(UI_KEYS)


_NO_GLYPH_NEEDED = ("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn")


def undrawable(texts: Iterable[str], drawable: frozenset[int]) -> int:
    """How many different characters of ``texts`` no font draws (spaces, marks and controls need none of their own)."""
    chars = {c for text in texts for c in text}
    return sum(1 for c in chars if ord(c) not in drawable and unicodedata.category(c) not in _NO_GLYPH_NEEDED)


def language_lines(ui: Ui, pack: Pack, drawable: frozenset[int]) -> list[str]:
    """One line a language: its interface words in itself, and whether every character of its words has a font."""
    lines = []
    for code in pack.languages:
        covered, total = interface_coverage(pack, code)
        name = f"{pack.language(code).name} ({code})"
        missing = undrawable(pack.language(code).entries.values(), drawable)
        lines.append(ui("operator_language_gaps", language=name, covered=covered, total=total, count=missing)
                     if missing else ui("operator_language_ok", language=name, covered=covered, total=total))
    return lines


def speech_line(ui: Ui, engine: str | None, working: bool | None) -> str:
    """Whether the kiosk can read aloud: ``engine`` installed or None; ``working`` False once it failed, None untried."""
    if engine is None:
        return ui("operator_speech_none")
    if working is False:
        return ui("operator_speech_failed")
    return ui("operator_speech_ready", engine=engine)
