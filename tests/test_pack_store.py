"""The kiosk's content store: install and rollback keep exactly two versions; a failed install changes nothing."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.packsign import keys, seal, store
from explainer.packsign.store import StoreError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(name="kit")
def kit_fixture(tmp_path: Path, mini_copy: Path) -> tuple[Path, Path, keys.SecretKey]:
    """An empty store, a signed pack and the key that signed it."""
    secret = keys.generate()
    seal.sign_pack(mini_copy, secret)
    content_store = tmp_path / "store"
    content_store.mkdir()
    return content_store, mini_copy, secret


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _second_version(pack: Path, secret: keys.SecretKey, tmp_path: Path) -> Path:
    newer = tmp_path / "newer"
    shutil.copytree(pack, newer)
    about = newer / "en" / "about.md"
    about.write_text(about.read_text() + "\nReviewed again.\n")
    seal.sign_pack(newer, secret)
    return newer


def test_install_then_rollback_keeps_exactly_the_current_and_the_previous(kit: tuple[Path, Path, keys.SecretKey],
                                                                         tmp_path: Path) -> None:
    content_store, pack, secret = kit
    trusted = [secret.public]
    first, _ = store.install(pack, content_store, trusted)
    newer = _second_version(pack, secret, tmp_path)
    second, verdict = store.install(newer, content_store, trusted)
    assert verdict.ok
    third, _ = store.install(newer, content_store, trusted)
    assert store.versions(content_store) == sorted([second.name, third.name])
    assert os.readlink(content_store / store.CURRENT) == third.name
    assert os.readlink(content_store / store.PREVIOUS) == second.name
    assert store.rollback(content_store) == second.name
    assert store.versions(content_store) == sorted([second.name, third.name])
    assert os.readlink(content_store / store.PREVIOUS) == third.name
    assert sorted(p.name for p in content_store.iterdir()) == sorted([store.CURRENT, store.PREVIOUS, second.name,
                                                                      third.name])
    assert not first.exists()
    current = store.current_pack(content_store)
    assert current is not None and seal.verify_pack(current, trusted).ok


def test_a_bad_signature_installs_nothing(kit: tuple[Path, Path, keys.SecretKey], tmp_path: Path) -> None:
    content_store, pack, secret = kit
    store.install(pack, content_store, [secret.public])
    before = _snapshot(content_store / store.CURRENT)
    names = sorted(p.name for p in content_store.iterdir())
    newer = _second_version(pack, secret, tmp_path)
    (newer / "en" / "intro.md").write_text("changed after signing\n")
    with pytest.raises(StoreError, match=r"en/intro\.md: differs"):
        store.install(newer, content_store, [secret.public])
    with pytest.raises(StoreError, match="not a trusted key"):
        store.install(newer, content_store, [keys.generate().public])
    assert _snapshot(content_store / store.CURRENT) == before
    assert sorted(p.name for p in content_store.iterdir()) == names


def test_a_full_disk_mid_copy_leaves_the_current_version_and_no_leftovers(
        kit: tuple[Path, Path, keys.SecretKey], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content_store, pack, secret = kit
    store.install(pack, content_store, [secret.public])
    before = _snapshot(content_store / store.CURRENT)
    names = sorted(p.name for p in content_store.iterdir())
    newer = _second_version(pack, secret, tmp_path)
    real_write = os.write
    written = [0]

    def filling_write(fd: int, data: bytes | memoryview) -> int:
        written[0] += 1
        if written[0] > 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", filling_write)
    with pytest.raises(OSError, match="No space left"):
        store.install(newer, content_store, [secret.public])
    assert written[0] > 3, "the copy really hit the full disk"
    assert _snapshot(content_store / store.CURRENT) == before
    assert sorted(p.name for p in content_store.iterdir()) == names


_KILLER = """
import os, signal, sys
from pathlib import Path
from explainer.packsign import keys, store
where, count = sys.argv[4], int(sys.argv[5])
real = getattr(store, where)
calls = [0]
def dying(*args, **kwargs):
    calls[0] += 1
    if calls[0] == count:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(store, where, dying)
store.install(Path(sys.argv[1]), Path(sys.argv[2]), [keys.load_public(Path(sys.argv[3]))])
"""


@pytest.mark.e2e
@pytest.mark.parametrize(("where", "count"), [("_copy_file", 1), ("_copy_file", 3), ("_point", 1), ("_point", 2)])
def test_a_kill_mid_install_leaves_the_current_version_whole(kit: tuple[Path, Path, keys.SecretKey], tmp_path: Path,
                                                            where: str, count: int) -> None:
    content_store, pack, secret = kit
    store.install(pack, content_store, [secret.public])
    before = _snapshot(content_store / store.CURRENT)
    public = tmp_path / "org.pub"
    public.write_text(secret.public.text())
    newer = _second_version(pack, secret, tmp_path)
    result = subprocess.run([sys.executable, "-c", _KILLER, str(newer), str(content_store), str(public), where,
                             str(count)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    current = store.current_pack(content_store)
    assert current is not None
    after = _snapshot(current)
    # Killed before the switch: the old version, whole. Killed after it: the new one, whole. Never a mix.
    assert after == before or after == _snapshot(newer), where
    assert seal.verify_pack(current, [secret.public]).ok
    store.install(newer, content_store, [secret.public])
    assert len(store.versions(content_store)) == 2
    assert not [p for p in content_store.iterdir() if p.name.startswith(".")], "leftovers are removed"


def test_rollback_with_nothing_before_says_so(kit: tuple[Path, Path, keys.SecretKey]) -> None:
    content_store, pack, secret = kit
    with pytest.raises(StoreError, match="no previous version"):
        store.rollback(content_store)
    store.install(pack, content_store, [secret.public])
    with pytest.raises(StoreError, match="no previous version"):
        store.rollback(content_store)


def test_a_second_install_at_the_same_time_is_refused(kit: tuple[Path, Path, keys.SecretKey]) -> None:
    content_store, pack, secret = kit
    holder = os.open(content_store, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="another install or rollback is running"):
            store.install(pack, content_store, [secret.public])
    finally:
        os.close(holder)
    assert store.versions(content_store) == []
    store.install(pack, content_store, [secret.public])
    assert len(store.versions(content_store)) == 1
