"""What the system asks for: less motion, more contrast (where Qt can tell)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def system_prefers_reduced_motion() -> bool:
    """True when the system asks for less motion.

    Qt reports this from 6.12 (``QAccessibilityHints.motionPreference``); the
    pinned 6.11 has no such hint, so there it is always False and only
    ``--reduced-motion`` or the M key turn motion off.
    """
    style = QGuiApplication.styleHints()
    hints = style.accessibility()
    read = getattr(hints, "motionPreference", None)
    if read is None:
        return False
    return "reduce" in str(getattr(read(), "name", "")).lower()


def system_prefers_high_contrast() -> bool:
    """True when the system is set to high contrast (Qt 6.10 and later)."""
    style = QGuiApplication.styleHints()
    hints = style.accessibility()
    return bool(hints.contrastPreference() == Qt.ContrastPreference.HighContrast)
