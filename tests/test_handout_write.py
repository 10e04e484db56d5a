"""Writing a PDF: whole or not at all, and an existing file is never left half overwritten."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.handout import document
from explainer.handout.document import WriteError, write_whole

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini"


def test_an_existing_file_is_replaced_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"old handout")
    out.chmod(0o640)
    write_whole(out, b"%PDF new handout")
    assert out.read_bytes() == b"%PDF new handout"
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_a_new_file_gets_the_usual_permissions_not_the_temporary_files(tmp_path: Path) -> None:
    out = tmp_path / "new.pdf"
    write_whole(out, b"%PDF")
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_an_existing_file_is_left_whole_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"the handout printed last week")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(document.os, "fsync", disk_full)
    with pytest.raises(WriteError, match="No space left on device"):
        write_whole(out, b"%PDF a new handout")
    assert out.read_bytes() == b"the handout printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_a_folder_that_cannot_be_written_gets_one_line_and_status_1() -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux's /proc, a folder nobody can create files in")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "main.py"), "handout", "--content", str(MINI), "--out", "/proc/handout.pdf"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("know-your-data: error: /proc/handout.pdf: cannot write in folder /proc")


def test_a_read_only_folder_gets_a_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write in a read-only folder")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="cannot write in folder"):
            write_whole(tmp_path / "x.pdf", b"%PDF")
    finally:
        tmp_path.chmod(0o700)
