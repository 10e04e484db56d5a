"""The kiosk's content: the configured pack if it passes every check, else nothing but a neutral screen.

A kiosk shows only its own pack. When the pack cannot be loaded, or trusted
keys are configured and it is unsigned, altered or signed by another key,
visitors see "this screen is being set up" (``setup.py``) and the operator
screen says why; the bundled DMV pack is never shown in its place.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from explainer.model import Pack, check_pack
from explainer.packsign.keys import PublicKey
from explainer.packsign.seal import verify_pack
from explainer.packsign.store import CURRENT, current_pack
from explainer.paths import bundled_content

NEW_CONTENT_STATUS = 75
"""Exit status when a new version was installed in the store: systemd starts the kiosk again on it."""


@dataclass(frozen=True)
class KioskContent:
    """What the kiosk shows, and what the operator screen says about it."""

    pack: Pack
    language: str
    fallback: bool = False
    problems: list[str] = field(default_factory=list)
    signer: str | None = None
    """Who signed the pack, when trusted keys are configured (``None``: not checked)."""
    version: str | None = None
    """The store's ``current`` link target when the pack came from a store, to notice a new install at reset."""
    store: Path | None = None


@dataclass(frozen=True)
class Unavailable:
    """The configured pack cannot be shown. ``words`` is the bundled pack, for the operator screen's labels only."""

    reasons: list[str]
    words: Pack
    store: Path | None = None


def _give_up(problems: list[str]) -> NoReturn:
    for problem in problems:
        print(problem, file=sys.stderr)
    raise SystemExit(1)


def store_version(store: Path | None) -> str | None:
    """Which version the store's ``current`` link names now (``None`` without a store or an install)."""
    if store is None:
        return None
    try:
        return os.readlink(store / CURRENT)
    except OSError:
        return None


def new_version_installed(version: str | None, store: Path | None) -> bool:
    """Whether ``pack install`` or ``pack rollback`` changed the store since ``version`` was read."""
    return store is not None and store_version(store) != version


def unavailable(reasons: list[str], store: Path | None) -> Unavailable:
    print(f"know-your-data: kiosk: the content is not shown to visitors: {reasons[0]}"
          + (f" (and {len(reasons) - 1} more; the operator screen lists them)" if len(reasons) > 1 else ""),
          file=sys.stderr)
    words, problems = check_pack(bundled_content())
    if words is None:
        _give_up([str(p) for p in problems])
    return Unavailable(reasons, words, store)


def load(content: Path | None, language: str | None, trusted: Sequence[PublicKey] = (),
         store: Path | None = None) -> KioskContent | Unavailable:
    """The pack to show: ``content``, else the store's current version, else the bundled pack.

    With ``trusted`` keys, the pack must be signed by one of them, every file unchanged.
    """
    version = store_version(store) if content is None else None
    if content is None and store is not None:
        found = current_pack(store)
        if found is None:
            return unavailable([f"{store}: no pack is installed in the content store yet "
                                 "(know-your-data pack install SRC)"], store)
        content, version = found, found.name  # the version folder itself: a switch meanwhile cannot mix two
    root = content or bundled_content()
    signer = None
    if trusted:
        verdict = verify_pack(root, trusted)
        if not verdict.ok:
            return unavailable(verdict.problems, store)
        signer = verdict.signer
    pack, problems = check_pack(root)
    notes = [str(p) for p in problems]
    if pack is None:
        return unavailable(notes or [f"{root}: cannot be loaded"], store)
    if language is not None and language not in pack.words:
        notes.append(f"--lang {language}: this pack has no such language; showing {pack.default_language}")
        language = None
    return KioskContent(pack, language or pack.default_language, False, notes, signer, version, store)
