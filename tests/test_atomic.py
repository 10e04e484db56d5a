"""Outputs are atomic: the target is replaced whole or not at all, and no temporary file is left behind."""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from explainer.atomic import WriteError, remove_leftovers, temporary_name, write_atomic

OLD = b"the picture that was there before"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    out = tmp_path / "shot.png"
    out.write_bytes(OLD)
    return out


@pytest.fixture
def recorded_sigterm() -> Iterator[list[int]]:
    """SIGTERM recorded instead of ending pytest; the handler before is put back after."""
    seen: list[int] = []

    def record(signum: int, _frame: FrameType | None) -> None:
        seen.append(signum)

    before = signal.signal(signal.SIGTERM, record)
    yield seen
    signal.signal(signal.SIGTERM, before)


def _dead_pid() -> int:
    """A process id no process can have: the kernel hands out ids below pid_max."""
    return int(Path("/proc/sys/kernel/pid_max").read_text(encoding="ascii"))


def test_the_target_is_replaced_whole(target: Path) -> None:
    write_atomic(target, b"new picture")
    assert target.read_bytes() == b"new picture"
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_full_disk_leaves_the_old_file_and_no_temporary(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(WriteError, match=f"{target}: cannot write the file: No space left on device"):
        write_atomic(target, b"new picture")
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_sigterm_while_writing_removes_the_temporary_file_then_acts(
        target: Path, monkeypatch: pytest.MonkeyPatch, recorded_sigterm: list[int]) -> None:
    temporaries: list[str] = []

    def killed_while_syncing(_fd: int) -> None:
        temporaries.extend(p.name for p in target.parent.iterdir() if p != target)
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(os, "fsync", killed_while_syncing)
    with pytest.raises(WriteError, match="interrupted"):
        write_atomic(target, b"new picture")
    assert temporaries, "the bytes were going to a temporary file"
    assert recorded_sigterm == [signal.SIGTERM], "the handler in place before still gets the signal"
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL


def test_ctrl_c_while_writing_removes_the_temporary_file_and_interrupts(
        target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", lambda _fd: os.kill(os.getpid(), signal.SIGINT))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new picture")
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_an_ignored_signal_stays_ignored(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        monkeypatch.setattr(os, "fsync", lambda _fd: os.kill(os.getpid(), signal.SIGTERM))
        write_atomic(target, b"new picture")
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, before)
    assert target.read_bytes() == b"new picture"


def test_leftovers_of_dead_processes_are_removed_and_nothing_else(target: Path) -> None:
    folder = target.parent
    dead = folder / temporary_name(target, _dead_pid(), "0123456789abcdef")
    mine = folder / temporary_name(target, os.getpid(), "fedcba9876543210")
    other_target = folder / temporary_name(folder / "other.png", _dead_pid(), "0123456789abcdef")
    lookalike = folder / f".{target.name}.notes.part"
    for path in (dead, mine, other_target, lookalike):
        path.write_bytes(b"half a picture")
    assert remove_leftovers(target) == [dead]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [target.name, mine.name, other_target.name, lookalike.name])


def test_the_next_write_removes_a_killed_runs_leftover(target: Path) -> None:
    leftover = target.parent / temporary_name(target, _dead_pid(), "0123456789abcdef")
    leftover.write_bytes(b"half a picture")
    write_atomic(target, b"new picture")
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_new_file_gets_the_usual_permissions_and_an_old_one_keeps_its_own(target: Path) -> None:
    target.chmod(0o640)
    write_atomic(target, b"new picture")
    assert target.stat().st_mode & 0o777 == 0o640
    fresh = target.parent / "fresh.png"
    write_atomic(fresh, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask
