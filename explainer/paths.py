"""Where the bundled content and assets are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_root() -> Path:
    installed = _PACKAGE / "_data"
    return installed if installed.is_dir() else _PACKAGE.parent


DEFAULT_PACK = "dmv-to-ice"
"""The bundled pack shown when none is named."""


def bundled_content() -> Path:
    """The folder of the pack shown when none is named."""
    return _data_root() / "content" / DEFAULT_PACK


def bundled_packs() -> dict[str, Path]:
    """The packs that ship with the app, by id (their folder's name): the DMV map and the utilities map."""
    content = _data_root() / "content"
    return {p.parent.name: p.parent for p in sorted(content.glob("*/pack.yaml"))}


def pack_folder(text: str) -> Path:
    """``--content``: a pack folder, or the id of a bundled pack (``utilities-to-ice``) when no such folder exists."""
    path = Path(text)
    if not path.exists() and text in (packs := bundled_packs()):
        return packs[text]
    return path


def assets_dir() -> Path:
    return _data_root() / "assets"


def schema_dir() -> Path:
    return _data_root() / "content" / "schema"
