"""Problems found in a content pack, reported as ``path:line:col: severity: message``."""

from __future__ import annotations

import re
from typing import Literal

from msgspec import Struct

Severity = Literal["error", "warning"]

# What a pack could use to take over a terminal or hide text in a report: C0 and C1 control characters,
# DEL, bidirectional overrides, and lone surrogates (bytes of a file name that are not UTF-8).
# A pattern, compiled when first used (re keeps it): only a report of problems needs it, not a start.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
MAX_MESSAGE = 400
"""Longest message shown; a pack cannot flood the terminal through one quoted word."""


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by Python's surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, limit: int | None = None) -> str:
    """``text`` safe to print on a terminal: control and direction characters escaped, cut at ``limit``."""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    return re.sub(_UNSAFE, _escape, text)


class Problem(Struct, frozen=True):
    """One thing wrong with a pack, pointing at the file and place it comes from."""

    path: str
    line: int
    col: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{printable(self.path)}:{self.line}:{self.col}: {self.severity}: {printable(self.message, MAX_MESSAGE)}"


class ContentError(Exception):
    """A pack could not be loaded; ``problems`` holds every error found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0] if problems else "no problems recorded"
        super().__init__(str(first))
