"""Errors as values: any part of the app raises one; only ``app.main`` prints it as one line and exits."""

from __future__ import annotations


class UsageError(Exception):
    """Bad usage (a wrong option, a file that cannot be an output): one line, exit status 2."""


class CommandError(Exception):
    """The command could not do its work (a file it cannot write): one line, exit status 1."""
