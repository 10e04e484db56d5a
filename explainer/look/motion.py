"""Whether the desktop asks for less motion: read once at start, from local settings only.

Qt 6.11 has no reduced-motion hint (``QStyleHints.accessibility()`` offers only the
contrast preference), so this reads what GNOME and other GTK desktops write when
"Animations" is switched off: ``gtk-enable-animations`` in the GTK 3 and GTK 4
``settings.ini`` files (``$XDG_CONFIG_HOME/gtk-3.0/``, ``gtk-4.0/``, and
``/etc/gtk-3.0/``), and the ``GTK_ENABLE_ANIMATIONS=0`` or ``KYD_REDUCED_MOTION=1``
environment. It never runs a program or asks the network. ``--reduced-motion`` on
the command line works on every desktop.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

_OFF = {"0", "false", "no", "off"}
_ON = {"1", "true", "yes", "on"}


def _settings_files(env: Mapping[str, str]) -> list[Path]:
    config = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else Path(env.get("HOME", "~")) / ".config"
    # The user's own files win over the system's: read last.
    return [Path("/etc/gtk-3.0/settings.ini"), config / "gtk-3.0" / "settings.ini", config / "gtk-4.0" / "settings.ini"]


def _animations_in(path: Path) -> bool | None:
    """``gtk-enable-animations`` in one GTK settings file, or ``None`` if it is not set there (or unreadable)."""
    try:
        if path.stat().st_size > 65_536:  # a settings file is small; anything else is not one
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    import configparser  # only for a file that is there: most desktops have none, and the start needs no parser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    value = parser.get("Settings", "gtk-enable-animations", fallback="").strip().lower()
    return False if value in _OFF else True if value in _ON else None


def desktop_prefers_reduced_motion(env: Mapping[str, str] | None = None, files: list[Path] | None = None) -> bool:
    """True when the desktop's settings ask for no animations (see the module's words for what is read)."""
    env = os.environ if env is None else env
    if env.get("KYD_REDUCED_MOTION", "").strip().lower() in _ON:
        return True
    if env.get("GTK_ENABLE_ANIMATIONS", "").strip().lower() in _OFF:
        return True
    animations: bool | None = None
    for path in _settings_files(env) if files is None else files:
        found = _animations_in(path)
        if found is not None:
            animations = found
    return animations is False
