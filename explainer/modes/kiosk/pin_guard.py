"""Slows down guessing the operator PIN: wrong tries count across openings of the keypad, waits grow, then a lockout.

Kept in memory only (a kiosk writes nothing), for as long as the app runs.
While a wait or a lockout lasts, a PIN typed is not even checked, and the
visitor sees exactly what a wrong PIN shows: no hint that a lock exists or
when it ends. The operator sees the count on the operator screen, and each
lockout is one line on standard error (the system journal). Qt-free; the
clock is passed in so tests need not wait.

With these numbers a guesser gets about 3 + 24 a day after the first hour:
a random 6-digit PIN would take decades at the keypad.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TextIO

FREE_TRIES = 3
"""Wrong PINs allowed in a row without a wait (a typo or two)."""
FIRST_WAIT_S = 30.0
"""The wait after the first wrong PIN past the free ones; each later one doubles it."""
LOCK_AFTER = 10
"""Wrong PINs in a row after which every further wrong PIN locks the keypad for ``LOCK_S``."""
LOCK_S = 3600.0


class Outcome(Enum):
    RIGHT = "right"
    WRONG = "wrong"
    REFUSED = "refused"
    """Typed during a wait or a lockout: not checked, and shown to the visitor as ``WRONG``."""


@dataclass
class PinGuard:
    """Counts wrong PINs since the app started and says when the next try may be checked."""

    clock: Callable[[], float]
    stream: TextIO | None = None
    failures: int = 0
    """Wrong PINs in a row (a right PIN resets it)."""
    total_failures: int = 0
    refused: int = 0
    lockouts: int = 0
    _not_before: float = 0.0

    def wait_left(self) -> float:
        """Seconds until a PIN will be checked again (0 when it would be now)."""
        return max(0.0, self._not_before - self.clock())

    @property
    def locked(self) -> bool:
        return self.failures >= LOCK_AFTER and self.wait_left() > 0

    def attempt(self, matches: Callable[[str], bool], digits: str) -> Outcome:
        """Check ``digits`` if a try is allowed now; count it if wrong."""
        if self.wait_left() > 0:
            self.refused += 1
            return Outcome.REFUSED
        if matches(digits):
            self.failures = 0
            return Outcome.RIGHT
        self.failures += 1
        self.total_failures += 1
        if self.failures >= LOCK_AFTER:
            self.lockouts += 1
            self._not_before = self.clock() + LOCK_S
            print(f"know-your-data: kiosk: {self.failures} wrong operator PINs in a row; the keypad is locked for "
                  f"{LOCK_S / 60:.0f} minutes", file=self.stream or sys.stderr, flush=True)
        elif self.failures > FREE_TRIES:
            self._not_before = self.clock() + FIRST_WAIT_S * 2 ** (self.failures - FREE_TRIES - 1)
        return Outcome.WRONG
