"""Read a pack's files as untrusted input: only regular files inside the pack, each under a size limit.

Packs travel on USB sticks. A link that leads out of the pack (to
``/etc/passwd``), a device (``/dev/zero``), a named pipe or a huge file must
each give one clear error, never be read, never block and never fill memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PAGE_LIMIT = 2 * 1024 * 1024
"""Largest Markdown page, in bytes."""
YAML_LIMIT = 5 * 1024 * 1024
"""Largest YAML file, in bytes."""
PACK_LIMIT = 16 * 1024 * 1024
"""Most bytes all of a pack's text files may take together; the bundled pack has about 0.4 MB."""
PACK_VALUES = 120_000
"""Most YAML values all of a pack's files may hold together (a 300-box pack in 10 languages has about 30,000):
parsing is the slowest step, so this keeps validate under 2 s however many languages a pack lists."""
MAX_LISTED = 5_000
"""Most entries read from one folder; a real pack's ``explain/`` folder has a few hundred."""


_NOT_REGULAR = "refused: not a regular file (a device, pipe or folder); packs hold only plain files"


class RefusedError(Exception):
    """A pack file that may not or cannot be read; carries the 1-based line and column to report."""

    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.col = col


def _real(path: Path) -> str:
    return os.path.realpath(path)


def inside(root: Path, path: Path) -> bool:
    """Whether ``path``, with every link followed, is ``root`` itself or lies inside it."""
    return _within(_real(root), _real(path))


def _within(base: str, real: str) -> bool:
    """Whether the resolved path ``real`` is the resolved folder ``base`` or lies inside it."""
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def checked_file(root: Path, path: Path, limit: int) -> Path:
    """``path`` with every link followed, if it is a regular file inside ``root`` of 1 to ``limit`` bytes.

    For a file another library opens itself (a pack's recorded voice, played by Qt Multimedia): the same
    checks as :func:`read_bytes`, by ``stat`` alone, so a device or a pipe is refused without being opened.
    """
    if not inside(root, path):
        raise RefusedError("refused: the file leads outside the pack (a link); packs may only use their own files")
    real = _real(path)
    try:
        info = os.stat(real)
    except FileNotFoundError:
        raise RefusedError("file not found") from None
    except OSError as exc:
        raise RefusedError(f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise RefusedError(_NOT_REGULAR)
    if not 0 < info.st_size <= limit:
        raise RefusedError(f"refused: the file is {info.st_size:,} bytes; it must hold 1 to {limit:,}")
    return Path(real)


def read_bytes(root: Path, path: Path, limit: int, base: str | None = None) -> bytes:
    """The bytes of ``path``, a regular file inside ``root`` of at most ``limit`` bytes; else raise :class:`RefusedError`.

    ``base`` is ``root`` already resolved (``os.path.realpath``), for a caller reading many files of one pack.
    """
    real = _real(path)  # once: the path checked is the path opened
    if not _within(_real(root) if base is None else base, real):
        raise RefusedError("refused: the file leads outside the pack (a link); packs may only use their own files")
    try:
        # Look before opening: opening a device can itself do something (rewind a tape, claim a terminal).
        if not stat.S_ISREG(os.stat(real).st_mode):
            raise RefusedError(_NOT_REGULAR)
    except FileNotFoundError:
        raise RefusedError("file not found") from None
    except OSError as exc:
        raise RefusedError(f"cannot read: {exc.strerror or exc}") from None
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        # Open the resolved path, so a link swapped in after the check above is not followed out of the pack;
        # O_NONBLOCK so opening a named pipe returns at once instead of waiting for a writer.
        fd = os.open(real, flags | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        raise RefusedError("file not found") from None
    except OSError as exc:
        raise RefusedError(f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedError(_NOT_REGULAR)  # it was swapped since the look above
        if info.st_size > limit:
            raise RefusedError(f"refused: the file is {info.st_size:,} bytes; the limit is {limit:,}")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # read at most limit + 1 bytes, even if the file grows or lies about its size
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise RefusedError(f"refused: the file is larger than the limit of {limit:,} bytes")
        return b"".join(chunks)
    except OSError as exc:
        raise RefusedError(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def list_pages(folder: Path) -> tuple[list[Path], bool]:
    """The ``*.md`` entries of ``folder`` in name order, and whether the folder was read to its end (``MAX_LISTED``)."""
    found: list[Path] = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_LISTED:
                    return sorted(found), False
                if entry.name.endswith(".md"):
                    found.append(folder / entry.name)
    except OSError:  # unreadable: there is nothing to check in it
        pass
    return sorted(found), True


def decode(data: bytes) -> str:
    """``data`` as UTF-8 text without NUL characters; else raise :class:`RefusedError` at the first bad place only."""
    nul = data.find(b"\0")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if 0 <= nul < exc.start:
            return _refuse_nul(data, nul)
        start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[start : exc.start].decode("utf-8", "replace")) + 1
        raise RefusedError(f"not UTF-8 text (byte 0x{data[exc.start]:02X}: {exc.reason}); save the file as UTF-8",
                      data.count(b"\n", 0, exc.start) + 1, col) from None
    if nul >= 0:
        return _refuse_nul(data, nul)
    return text.removeprefix("\ufeff")


def _refuse_nul(data: bytes, index: int) -> str:
    start = data.rfind(b"\n", 0, index) + 1
    col = len(data[start:index].decode("utf-8", "replace")) + 1
    raise RefusedError("a NUL character (byte 0x00) is not allowed in text; the file may not be text",
                  data.count(b"\n", 0, index) + 1, col)


def read_text(root: Path, path: Path, limit: int) -> str:
    """The UTF-8 text of a pack file, refused (see :func:`read_bytes` and :func:`decode`) when unsafe or not text."""
    return decode(read_bytes(root, path, limit))
