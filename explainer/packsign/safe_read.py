"""Bounded reads of an untrusted folder: regular files only, no symbolic links followed, sizes capped.

Every file is opened relative to its folder's descriptor with ``O_NOFOLLOW``, so
a link (or a folder swapped for a link while we read) cannot lead outside the
pack; ``O_NONBLOCK`` so a named pipe cannot hang us; ``fstat`` then refuses
anything but a regular file.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_FILES = 5000
MAX_DEPTH = 16
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
CHUNK = 1024 * 1024

_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
_DIR_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0)


class TooBigError(OSError):
    """A file or a folder past one of the limits above."""


def _read_fd(fd: int, limit: int) -> bytes:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise OSError("not a regular file")
    if info.st_size > limit:
        raise TooBigError(f"larger than {limit} bytes")
    data = os.read(fd, limit + 1)
    if len(data) > limit:
        raise TooBigError(f"larger than {limit} bytes")
    return data


def read_small(path: Path, limit: int, dir_fd: int | None = None, follow: bool = True) -> bytes:
    """The whole of a small regular file, or ``OSError`` (``TooBigError`` past ``limit``)."""
    flags = _FILE_FLAGS if not follow else _FILE_FLAGS & ~os.O_NOFOLLOW
    fd = os.open(path, flags, dir_fd=dir_fd)
    try:
        return _read_fd(fd, limit)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Entry:
    """One thing found in the folder: its path inside it, and its SHA-256 or why it cannot be signed."""

    name: str
    sha256: str | None
    problem: str | None = None
    is_dir: bool = False


def _hash(fd: int, budget: list[int]) -> str:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise OSError("not a regular file")
    digest = hashlib.sha256()
    size = 0
    while chunk := os.read(fd, CHUNK):
        size += len(chunk)
        budget[0] -= len(chunk)
        if size > MAX_FILE_BYTES:
            raise TooBigError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        if budget[0] < 0:
            raise TooBigError(f"the pack is larger than {MAX_TOTAL_BYTES // (1024 * 1024)} MiB in all")
        digest.update(chunk)
    return digest.hexdigest()


def bad_name(name: str) -> str | None:
    """Why a file name cannot go in a manifest line, or ``None``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not UTF-8"
    if any(not c.isprintable() or c == "\\" for c in name) or name in (".", ".."):
        return "its name has a control character or a backslash"
    if name != name.strip():
        return "its name starts or ends with a space"
    return None


def open_root(root: Path) -> int:
    """The pack folder itself may be reached through a link (a store's ``current``); nothing inside it may."""
    return os.open(root, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))


def walk(root_fd: int, skip: frozenset[str] = frozenset()) -> Iterator[Entry]:
    """Every file and folder under ``root_fd``, depth first in name order, hashed as it goes.

    Top-level names in ``skip`` are left out. Stops with ``TooBigError`` past the file count or total size.
    """
    budget = [MAX_TOTAL_BYTES]
    count = [0]
    yield from _walk(root_fd, "", 0, skip, budget, count)


def _walk(fd: int, prefix: str, depth: int, skip: frozenset[str], budget: list[int], count: list[int]) -> Iterator[Entry]:
    with os.scandir(fd) as entries:
        listed = sorted(entries, key=lambda e: e.name)
    for entry in listed:
        if not prefix and entry.name in skip:
            continue
        count[0] += 1
        if count[0] > MAX_FILES:
            raise TooBigError(f"more than {MAX_FILES} files")
        name = prefix + entry.name
        problem = bad_name(entry.name)
        if problem is not None:
            yield Entry(name, None, problem)
        elif entry.is_symlink():
            yield Entry(name, None, "a symbolic link; a pack holds only regular files")
        elif entry.is_dir(follow_symlinks=False):
            if depth + 1 > MAX_DEPTH:
                raise TooBigError(f"folders nested deeper than {MAX_DEPTH}")
            yield Entry(name, None, None, is_dir=True)
            sub = os.open(entry.name, _DIR_FLAGS, dir_fd=fd)
            try:
                yield from _walk(sub, name + "/", depth + 1, skip, budget, count)
            finally:
                os.close(sub)
        elif entry.is_file(follow_symlinks=False):
            try:
                child = os.open(entry.name, _FILE_FLAGS, dir_fd=fd)
            except OSError as exc:
                yield Entry(name, None, f"cannot be read ({exc.strerror})")
                continue
            try:
                yield Entry(name, _hash(child, budget))
            except TooBigError as exc:
                raise TooBigError(f"{name}: {exc}") from None
            except OSError as exc:
                yield Entry(name, None, f"cannot be read ({exc.strerror or exc})")
            finally:
                os.close(child)
        else:
            yield Entry(name, None, "not a regular file (a device, pipe or socket)")
