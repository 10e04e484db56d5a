"""A kiosk's content store: the current pack and the one before it, switched atomically.

Layout of the store folder::

    current  -> pack-20261205T074330Z-1a2b3c   (a relative symbolic link)
    previous -> pack-20261101T120000Z-4d5e6f
    pack-…/                                  (exactly the two versions the links name)

An install copies the pack into a hidden temporary folder in the store,
flushes it to disk, verifies the copy (not the USB stick, which could change
under us), renames it into place, then repoints ``previous`` and last
``current`` (a rename over the old link: the one moment the switch happens).
A failure or a kill at any point leaves ``current`` as it was; leftovers are
removed by the next install or rollback.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from explainer.packsign.keys import PublicKey, printable
from explainer.packsign.safe_read import CHUNK, TooBigError, open_root, walk
from explainer.packsign.seal import MANIFEST, SIGNATURE, Verdict, verify_pack

CURRENT = "current"
PREVIOUS = "previous"
_INCOMING = ".incoming-"
_VERSION = "pack-"


class StoreError(Exception):
    """An install or rollback that did not happen; the message says why. The current version is untouched."""


def current_pack(store: Path) -> Path | None:
    """The current version's own folder (the ``current`` link read once), or ``None`` when nothing is installed.

    Reading the link once means a switch while the kiosk loads cannot mix two versions.
    """
    target = _target(store, CURRENT)
    if target is None or "/" in target or not (store / target).is_dir():
        return None
    return store / target


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_file(src_dir: int, name: str, dest: Path) -> None:
    source = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=src_dir)
    try:
        if not stat.S_ISREG(os.fstat(source).st_mode):
            raise StoreError(f"{name}: not a regular file")
        target = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            while chunk := os.read(source, CHUNK):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(target, view):]
            os.fsync(target)
        finally:
            os.close(target)
    finally:
        os.close(source)


def _copy_tree(src: Path, dest: Path) -> None:
    """Copy regular files and folders only, never through a link, within the pack limits (see ``safe_read``)."""
    fd = open_root(src)
    try:
        for entry in walk(fd):
            if entry.problem is not None:
                raise StoreError(f"{src / printable(entry.name)}: {entry.problem}")
            target = dest / entry.name
            if entry.is_dir:
                target.mkdir()
                continue
            parent, _, leaf = entry.name.rpartition("/")
            folder = os.open(parent or ".", os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            try:
                _copy_file(folder, leaf, target)
            finally:
                os.close(folder)
    except TooBigError as exc:
        raise StoreError(f"{src}: {exc}") from None
    finally:
        os.close(fd)
    for sub in sorted((p for p in dest.rglob("*") if p.is_dir()), reverse=True):
        _fsync_dir(sub)
    _fsync_dir(dest)


def _point(store: Path, name: str, target: str) -> None:
    """Make ``store/name`` a link to ``target`` in one rename, so a reader sees the old link or the new, never none."""
    temporary = store / f"{_INCOMING}{name}-{secrets.token_hex(4)}"
    os.symlink(target, temporary)
    os.replace(temporary, store / name)
    _fsync_dir(store)


def _target(store: Path, name: str) -> str | None:
    link = store / name
    return os.readlink(link) if link.is_symlink() else None


def tidy(store: Path) -> None:
    """Remove every version the two links do not name, and leftovers of interrupted installs."""
    keep = {_target(store, CURRENT), _target(store, PREVIOUS)}
    for entry in store.iterdir():
        if entry.name in (CURRENT, PREVIOUS) or entry.name in keep:
            continue
        if entry.name.startswith((_INCOMING, _VERSION)):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()


@contextmanager
def _locked(store: Path) -> Iterator[None]:
    """One install or rollback at a time (a lock on the store folder itself: no lock file to leave behind)."""
    if store.is_symlink() or not store.is_dir():
        raise StoreError(f"{store}: the content store must be an existing folder")
    fd = os.open(store, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"{store}: another install or rollback is running") from None
        yield
    finally:
        os.close(fd)


def install(src: Path, store: Path, trusted: Sequence[PublicKey]) -> tuple[Path, Verdict]:
    """Verify and copy ``src`` into ``store`` as the current version; the old current becomes the previous."""
    with _locked(store):
        return _install(src, store, trusted)


def _install(src: Path, store: Path, trusted: Sequence[PublicKey]) -> tuple[Path, Verdict]:
    if not trusted:
        raise StoreError("no trusted keys: give --trust KEY.pub, or trusted_keys in the kiosk settings")
    checked = verify_pack(src, trusted)
    if not checked.ok:
        raise StoreError(checked.first)
    tidy(store)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    incoming = store / f"{_INCOMING}{secrets.token_hex(6)}"
    incoming.mkdir()
    try:
        _copy_tree(src, incoming)
        # The copy is what the kiosk will read, so the copy is what must carry a good signature.
        verdict = verify_pack(incoming, trusted)
        if not verdict.ok:
            raise StoreError(f"the copy does not verify: {verdict.first}")
        name = f"{_VERSION}{stamp}-{secrets.token_hex(3)}"
        os.rename(incoming, store / name)
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise
    _fsync_dir(store)
    old = _target(store, CURRENT)
    if old is not None:
        _point(store, PREVIOUS, old)
    _point(store, CURRENT, name)
    tidy(store)
    return store / name, verdict


def rollback(store: Path) -> str:
    """Make the previous version current again (and the current one previous); return its folder's name."""
    with _locked(store):
        return _rollback(store)


def _rollback(store: Path) -> str:
    old, new = _target(store, CURRENT), _target(store, PREVIOUS)
    if new is None or not (store / PREVIOUS).is_dir():
        raise StoreError(f"{store}: there is no previous version to go back to")
    if old is not None:
        _point(store, PREVIOUS, old)
    _point(store, CURRENT, new)
    tidy(store)
    return new


def versions(store: Path) -> list[str]:
    """The version folders in the store (for the operator and the tests)."""
    return sorted(p.name for p in store.iterdir() if p.name.startswith(_VERSION) and p.is_dir())


__all__ = ["CURRENT", "MANIFEST", "PREVIOUS", "SIGNATURE", "StoreError", "current_pack", "install", "rollback",
           "tidy", "versions"]
