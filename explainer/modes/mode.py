"""What every mode (presenter, kiosk) offers the composition root: one small protocol."""

from __future__ import annotations

from typing import Protocol


class Mode(Protocol):
    """A way to run the app over the main window; ``app.py`` keeps it alive until the app ends."""

    def start(self) -> None:
        """Take over what the mode needs: windows, event filters, timers."""

    def stop(self) -> None:
        """Give back everything ``start`` took (tests stop a mode; an app simply exits)."""

    def retranslate(self) -> None:
        """Show every word the mode owns in the navigator's language."""
