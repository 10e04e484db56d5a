"""Kill ``render`` and ``handout`` while they work: the old file stays whole or the new one is complete, nothing else is left.

Two kinds of test: a process stopped exactly while its bytes are going to disk (the write held open on a pipe), and
the real commands killed at random moments, with SIGTERM (which is cleaned up at once) and SIGKILL (whose leftover
the next run removes).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini"
OLD = b"the file that was there before"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
SIGNALS = (signal.SIGTERM, signal.SIGKILL, signal.SIGINT)

# A write that stops while "syncing to disk" until the test lets it go (closes stdin) or kills it.
HELD_WRITE = """
import os, sys
from pathlib import Path
from explainer import atomic

def held(_fd):
    print("syncing", flush=True)
    sys.stdin.read()

atomic.os.fsync = held
atomic.write_atomic(Path(sys.argv[1]), b"new bytes " * 100_000)
"""


def _complete(data: bytes, suffix: str) -> bool:
    if suffix == ".png":
        return data.startswith(b"\x89PNG\r\n\x1a\n") and data[-12:-8] == b"\0\0\0\0" and data[-8:-4] == b"IEND"
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def _others(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir() if p != target)


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def _held_write(target: Path) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-c", HELD_WRITE, str(target)], cwd=ROOT, env=ENV,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline() == b"syncing\n"
    return process


@pytest.mark.e2e
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_write_keeps_the_old_file_and_leaves_nothing(tmp_path: Path, signum: int) -> None:
    target = tmp_path / "out.png"
    target.write_bytes(OLD)
    process = _held_write(target)
    assert len(_others(target)) == 1, "the new bytes are in a temporary file beside the target"
    process.send_signal(signum)
    process.communicate(timeout=30)
    assert process.returncode != 0
    assert target.read_bytes() == OLD
    assert _others(target) == []


@pytest.mark.e2e
def test_a_sigkill_mid_write_leaves_a_leftover_that_the_next_render_removes(tmp_path: Path) -> None:
    target = tmp_path / "out.png"
    target.write_bytes(OLD)
    process = _held_write(target)
    process.kill()
    process.communicate(timeout=30)
    assert target.read_bytes() == OLD
    leftovers = _others(target)
    assert len(leftovers) == 1 and leftovers[0].startswith(".out.png.") and leftovers[0].endswith(".part")
    command = [sys.executable, str(ROOT / "main.py"), "render", "--content", str(MINI), "--out", str(target)]
    _run(command, tmp_path)
    assert _complete(target.read_bytes(), ".png")
    assert _others(target) == []


@pytest.mark.e2e
@pytest.mark.parametrize(("command", "suffix"), [("render", ".png"), ("handout", ".pdf")])
def test_killed_at_random_moments_the_file_is_old_or_fully_new(tmp_path: Path, command: str, suffix: str) -> None:
    target = tmp_path / f"out{suffix}"
    args = [sys.executable, str(ROOT / "main.py"), command, "--content", str(MINI), "--out", str(target)]
    start = time.monotonic()
    _run(args, tmp_path)
    seconds = time.monotonic() - start
    new = target.read_bytes()
    assert _complete(new, suffix)
    chance = random.Random(20261205)
    outcomes: set[str] = set()
    for attempt in range(9):
        target.write_bytes(OLD)
        process = subprocess.Popen(args, cwd=tmp_path, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            process.wait(timeout=chance.uniform(0.3, 1.1) * seconds)  # let it run to a random moment
        except subprocess.TimeoutExpired:
            process.send_signal(SIGNALS[attempt % len(SIGNALS)])
            process.wait(timeout=60)
        data = target.read_bytes()
        assert data == OLD or _complete(data, suffix), f"attempt {attempt}: a broken {suffix} file"
        outcomes.add("old" if data == OLD else "new")
        if process.returncode in (-signal.SIGTERM, -signal.SIGINT, 0):  # all but SIGKILL clean up at once
            assert _others(target) == [], f"attempt {attempt}: {_others(target)}"
    _run(args, tmp_path)
    assert _complete(target.read_bytes(), suffix)
    assert _others(target) == [], "the last run removes what SIGKILLed runs left"
    assert outcomes, "every attempt was checked"
