"""Where the bundled content and assets are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_root() -> Path:
    installed = _PACKAGE / "_data"
    return installed if installed.is_dir() else _PACKAGE.parent


def bundled_content() -> Path:
    """The folder of the pack that ships with the app."""
    return _data_root() / "content" / "dmv-to-ice"


def assets_dir() -> Path:
    return _data_root() / "assets"


def schema_dir() -> Path:
    return _data_root() / "content" / "schema"
