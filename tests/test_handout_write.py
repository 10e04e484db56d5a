"""Writing a PDF: whole or not at all, and an existing file is never left half overwritten."""

from __future__ import annotations

import errno
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

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

    monkeypatch.setattr(os, "fsync", disk_full)  # os.fsync itself: the writer calls it through the os module
    with pytest.raises(WriteError, match="No space left on device"):
        write_whole(out, b"%PDF a new handout")
    assert out.read_bytes() == b"the handout printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


@pytest.mark.e2e
def test_a_folder_that_cannot_be_written_gets_one_line_and_status_1() -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux's /proc, a folder nobody can create files in")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "main.py"), "handout", "--content", str(MINI), "--out", "/proc/handout.pdf"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("know-your-data: error: /proc/handout.pdf: cannot write in folder /proc")


def _write_in(folder: Path) -> str:
    """Write a handout in ``folder``: "" when it worked, else what the person is told."""
    try:
        write_whole(folder / "x.pdf", b"%PDF")
    except WriteError as exc:
        return str(exc)
    return ""


def _as_nobody(check: Callable[[], str]) -> str:
    """Run ``check`` in a forked child that has given up root for the account nobody; its answer comes back by pipe.

    Root may write in any folder, and CI runs as root; the child needs no file of
    the venv, since it already holds everything it runs.
    """
    nobody = pwd.getpwnam("nobody")
    read, write = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns that forking a threaded process may deadlock; the child runs only Python file calls.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            os.write(write, check().encode())
            status = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(status)  # never return into pytest from the child
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the check as nobody failed; its traceback is above"
    return answer


def test_a_read_only_folder_gets_a_clear_error(tmp_path: Path) -> None:
    as_root = os.geteuid() == 0
    # nobody cannot reach pytest's own temporary folders (root's, mode 700), so as root the folder is a fresh one of nobody's.
    folder = Path(tempfile.mkdtemp(prefix="kyd-read-only-")) if as_root else tmp_path
    if as_root:
        nobody = pwd.getpwnam("nobody")
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    run = _as_nobody if as_root else (lambda check: check())
    try:
        assert run(lambda: _write_in(folder)) == "", "the same account can write there while the folder allows it"
        folder.chmod(0o500)
        said = run(lambda: _write_in(folder))
    finally:
        folder.chmod(0o700)
        if as_root:
            shutil.rmtree(folder)
    assert said.startswith(f"{folder / 'x.pdf'}: cannot write in folder {folder}: Permission denied"), said
