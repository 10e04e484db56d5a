"""The kiosk's content: the chosen pack if it loads, else the bundled one, so a bad USB copy never blanks the screen."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from explainer.model import Pack, check_pack
from explainer.paths import bundled_content


@dataclass(frozen=True)
class KioskContent:
    """What the kiosk shows, and what went wrong on the way (for the operator screen only)."""

    pack: Pack
    language: str
    fallback: bool = False
    problems: list[str] = field(default_factory=list)


def _give_up(problems: list[str]) -> NoReturn:
    for problem in problems:
        print(problem, file=sys.stderr)
    raise SystemExit(1)


def load(content: Path | None, language: str | None) -> KioskContent:
    """Load ``content`` (the bundled pack when ``None``); fall back to the bundled pack if it fails.

    Exits with status 1, listing the errors, only when the bundled pack itself cannot be loaded.
    """
    root = content or bundled_content()
    pack, problems = check_pack(root)
    notes = [str(p) for p in problems]
    fallback = pack is None
    if pack is None:
        if root == bundled_content():
            _give_up(notes)
        print(f"know-your-data: kiosk: {root} has {len(notes)} problem(s); showing the bundled content instead "
              "(the operator screen lists them)", file=sys.stderr)
        pack, more = check_pack(bundled_content())
        if pack is None:
            _give_up([str(p) for p in more])
        notes += [str(p) for p in more]
    if language is not None and language not in pack.words:
        notes.append(f"--lang {language}: this pack has no such language; showing {pack.default_language}")
        language = None
    return KioskContent(pack, language or pack.default_language, fallback, notes)
