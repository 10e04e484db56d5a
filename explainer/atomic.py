"""Write an output file whole or not at all: a temporary file beside it, fsync, then rename over it.

``render`` and ``handout`` replace files people rely on (a PNG in the docs, a
PDF about to be printed). A full disk, a crash or a kill must leave the old
file as it was and no half-written file behind:

- the bytes go to ``.<name>.<pid>.<random>.part`` in the target's folder
  (same file system, so the rename is atomic), are flushed to disk, then
  renamed over the target;
- on an error, SIGTERM or SIGINT the temporary file is removed, and the signal
  then does what it would have done;
- a kill that cannot be caught (SIGKILL, power loss) can leave a temporary
  file; the next write to the same target removes any whose process is gone.

Qt-free, so it can be tested and reused anywhere.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

SIGNALS = (signal.SIGTERM, signal.SIGINT)
_SUFFIX = ".part"


class WriteError(Exception):
    """The file could not be written; the message names the file and why. The old file is unchanged."""


class _Interrupted(BaseException):
    """A signal arrived while the temporary file existed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def temporary_name(target: Path, pid: int, token: str) -> str:
    """The name of a temporary file for ``target`` made by process ``pid``."""
    return f".{target.name}.{pid}.{token}{_SUFFIX}"


def _pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}\.([0-9]+)\.[0-9a-f]{{16}}{re.escape(_SUFFIX)}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def remove_leftovers(target: Path) -> list[Path]:
    """Remove temporary files for ``target`` left by processes that no longer run; return what was removed."""
    folder = target.parent if str(target.parent) else Path(".")
    pattern = _pattern(target)
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = pattern.fullmatch(name)
        if match and not _alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
                removed.append(folder / name)
    return removed


@contextlib.contextmanager
def _signals_remove(temporary: Path) -> Iterator[None]:
    """While inside, SIGTERM and SIGINT remove ``temporary`` and raise :class:`_Interrupted`.

    Only the main thread can take signals; elsewhere this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}

    def interrupted(signum: int, _frame: FrameType | None) -> None:
        _discard(temporary)  # first, so the file is gone however the exception travels
        raise _Interrupted(signum)

    for signum in SIGNALS:
        handler = signal.getsignal(signum)
        if handler is signal.SIG_IGN or handler is None:  # ignored (nohup) stays ignored; a C handler cannot be put back
            continue
        previous[signum] = handler
        signal.signal(signum, interrupted)
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def _mode(path: Path) -> int:
    """The existing file's permissions, or what a new file would get (the temporary file starts private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole, or raise :class:`WriteError` leaving ``path`` as it was."""
    folder = path.parent if str(path.parent) else Path(".")
    remove_leftovers(path)
    temporary = folder / temporary_name(path, os.getpid(), secrets.token_hex(8))
    signum = 0
    with _signals_remove(temporary):
        try:
            try:
                fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
            except OSError as exc:
                raise WriteError(f"{path}: cannot write in folder {folder}: {exc.strerror or exc}") from None
            try:
                with os.fdopen(fd, "wb") as out:
                    os.fchmod(out.fileno(), _mode(path))
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temporary, path)
            except OSError as exc:
                _discard(temporary)
                raise WriteError(f"{path}: cannot write the file: {exc.strerror or exc}") from None
            except BaseException:
                _discard(temporary)
                raise
        except _Interrupted as stop:
            signum = stop.signum
    if signum:
        # The temporary file is gone and the old handlers are back: let the signal do what it would have done.
        signal.raise_signal(signum)
        raise WriteError(f"{path}: interrupted by signal {signum}")


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)
