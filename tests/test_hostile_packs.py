"""A pack is untrusted input: every hostile pack gets exit 1 with file:line, fast, small, and shows nothing from outside.

Each attack in ``tests/hostile.py`` turns a copy of the mini pack hostile; ``validate`` runs in its own process so
its time and peak memory are its own (``os.wait4``'s rusage), under a 2 GB address-space cap so a regression fails
the test instead of the machine.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hostile import ATTACKS, MINI_FILES, OUTSIDE, run_measured

from explainer.model import check_pack
from explainer.model.packfiles import PAGE_LIMIT, RefusedError, read_bytes

CPU_SECONDS = 2.0
"""What validate may take on this machine alone; its CPU time, since up to 8 jobs share 2 cores while tests run."""
WALL_SECONDS = 5.0
"""Catches a hang (a named pipe takes no CPU while it blocks), with room for a busy machine."""
PEAK_BYTES = 200 * 1024 * 1024


@pytest.fixture
def hostile_root(tmp_path: Path) -> Path:
    """A folder holding a fresh copy of the mini pack as ``pack``; the test makes it hostile."""
    shutil.copytree(MINI_FILES, tmp_path / "pack", symlinks=True)
    return tmp_path


@pytest.mark.e2e
@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_validate_refuses_each_hostile_pack_with_its_file_and_line(attack: str, hostile_root: Path) -> None:
    expect = ATTACKS[attack](hostile_root / "pack")
    run = run_measured(["validate", "pack"], hostile_root)
    stdout = run.stdout.decode("utf-8")  # strict: a file name that is not UTF-8 must come out escaped
    stderr = run.stderr.decode("utf-8")
    shown = stdout + stderr
    assert run.status == 1, shown
    assert "Traceback" not in shown
    errors = [line for line in stdout.splitlines() if ": error: " in line]
    where = re.compile(rf"pack/{expect.where()}: error: ")
    assert any(where.match(line) for line in errors), f"no error at {expect}:\n{shown}"
    assert len(errors) <= expect.most_errors, f"one mistake, one error, not a cascade:\n{shown}"
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown), "control characters reached the terminal"
    for word in OUTSIDE:
        assert word not in shown, f"{word!r} from outside the pack appeared"
    assert run.cpu_seconds < CPU_SECONDS, f"{attack}: {run.cpu_seconds:.2f} s of CPU"
    assert run.seconds < WALL_SECONDS, f"{attack}: {run.seconds:.2f} s"
    assert run.peak_bytes < PEAK_BYTES, f"{attack}: {run.peak_bytes / 2**20:.0f} MB"


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_the_loader_refuses_each_hostile_pack_in_process(attack: str, hostile_root: Path) -> None:
    """The same attacks through the model: no pack, an error in the right file, and no exception."""
    pack_dir = hostile_root / "pack"
    expect = ATTACKS[attack](pack_dir)
    pack, problems = check_pack(pack_dir)
    assert pack is None
    errors = [p for p in problems if p.severity == "error"]
    where = re.compile(rf"({re.escape(str(pack_dir))}|pack)/{expect.where()}: error: ")
    assert any(where.match(str(p)) for p in errors), [str(p) for p in errors]


def test_the_untouched_copy_is_valid(hostile_root: Path) -> None:
    """So each attack above is what makes validate fail."""
    pack, problems = check_pack(hostile_root / "pack")
    assert pack is not None, [str(p) for p in problems]


def test_a_link_that_stays_inside_the_pack_is_read(hostile_root: Path) -> None:
    """Refusing links out must not refuse a pack that shares one page between two boxes."""
    pack_dir = hostile_root / "pack"
    shared = pack_dir / "en/explain/end.md"
    shared.unlink()
    shared.symlink_to("../about.md")
    pack, problems = check_pack(pack_dir)
    assert pack is not None, [str(p) for p in problems]
    assert pack.words["en"].get("explain.end") == (pack_dir / "en/about.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_inside_the_pack_is_refused_without_reading_it(device: str) -> None:
    """On a stick formatted for Linux a pack can hold device files themselves, not links to them."""
    with pytest.raises(RefusedError, match="not a regular file"):
        read_bytes(Path("/dev"), Path(device), PAGE_LIMIT)


@pytest.mark.e2e
def test_the_peak_measured_is_validates_own_not_the_test_process(hostile_root: Path) -> None:
    """Linux carries a process's high-water mark across exec: started straight from a big pytest, validate 'used' its size."""
    ballast = bytearray(PEAK_BYTES + (50 << 20))
    ballast[:: 4096] = b"\x01" * len(ballast[:: 4096])  # touch every page, so it is resident like a loaded test run
    run = run_measured(["validate", "pack"], hostile_root)
    assert run.status == 0, run.stderr.decode()
    assert run.peak_bytes < 100 << 20, f"{run.peak_bytes / 2**20:.0f} MB: the test process's size leaked in"
    del ballast
