"""Hostile packs for the tests: each turns a copy of the mini pack into an attack, and says where validate must point.

A pack travels on a USB stick; whoever wrote it may want to read the
facilitator's files, hang or exhaust the machine, or take over the terminal.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINI_FILES = ROOT / "tests" / "packs" / "mini"
OUTSIDE = ("root:x:0", "/bin/bash", "nologin", "hostname", "os-release")
"""Words from /etc (passwd and the names of its files) that must never appear in validate's output."""


ANY_LINE = 0


@dataclass(frozen=True)
class Expect:
    """Where validate must report the attack: a path inside the pack and its line."""

    path: str
    line: int
    pattern: bool = False
    """Whether ``path`` is a regular expression (when which file trips a limit depends on reading order)."""
    most_errors: int = 3
    """One mistake, one error: no cascade (a few more when the attack is spread over many files)."""

    def where(self) -> str:
        """A regular expression for ``path:line:col`` inside the pack."""
        line = "[0-9]+" if self.line == ANY_LINE else str(self.line)
        return f"{self.path if self.pattern else re.escape(self.path)}:{line}:[0-9]+"


def _replace(file: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in ``file`` with ``new``; return the line it is on."""
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    index = text.index(old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, index) + 1


def _append(file: Path, text: str) -> int:
    """Add ``text`` at the end of ``file``; return the line it starts on."""
    old = file.read_text(encoding="utf-8")
    if not old.endswith("\n"):
        old += "\n"
    file.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


def _link(pack: Path, name: str, target: str) -> Expect:
    path = pack / name
    if path.is_dir() and not path.is_symlink():
        for child in sorted(path.rglob("*"), reverse=True):
            child.rmdir() if child.is_dir() else child.unlink()
        path.rmdir()
    elif path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target)
    return Expect(name, 1)


def link_out_page(pack: Path) -> Expect:
    return _link(pack, "en/explain/start.md", "/etc/passwd")


def link_out_yaml(pack: Path) -> Expect:
    return _link(pack, "ar/text.yaml", "/etc/passwd")


def link_out_relative(pack: Path) -> Expect:
    return _link(pack, "en/about.md", "../../../../../../../../../../etc/passwd")


def link_out_folder(pack: Path) -> Expect:
    return _link(pack, "en/explain", "/etc")


def link_out_language(pack: Path) -> Expect:
    return _link(pack, "ar", "/etc")


def link_loop(pack: Path) -> Expect:
    (pack / "en/loop.md").symlink_to("intro.md")
    (pack / "en/intro.md").unlink()
    (pack / "en/intro.md").symlink_to("loop.md")
    return Expect("en/intro.md", 1)


def dev_zero(pack: Path) -> Expect:
    return _link(pack, "en/about.md", "/dev/zero")


def dev_urandom(pack: Path) -> Expect:
    return _link(pack, "en/intro.md", "/dev/urandom")


def fifo(pack: Path) -> Expect:
    (pack / "en/intro.md").unlink()
    os.mkfifo(pack / "en/intro.md")
    return Expect("en/intro.md", 1)


def fifo_yaml(pack: Path) -> Expect:
    (pack / "pack.yaml").unlink()
    os.mkfifo(pack / "pack.yaml")
    return Expect("pack.yaml", 1)


def huge_page(pack: Path) -> Expect:
    with open(pack / "en/about.md", "ab") as out:
        out.truncate(3 * 1024 * 1024)  # sparse: the size alone must refuse it
    return Expect("en/about.md", 1)


def huge_yaml(pack: Path) -> Expect:
    _append(pack / "en/text.yaml", ("# " + "x" * 1022 + "\n") * 6 * 1024)
    return Expect("en/text.yaml", 1)


def many_big_pages(pack: Path) -> Expect:
    """Each page under the 2 MB limit, together more than the pack may hold."""
    page = ("Words and more words. " * 45 + "\n") * 1900
    for file in [pack / "en/intro.md", pack / "en/about.md", *sorted((pack / "en/explain").glob("*.md"))]:
        file.write_text(page, encoding="utf-8")
    return Expect(r"en/(intro|about|explain/[a-z-]+)\.md", 1, pattern=True)


def many_files(pack: Path) -> Expect:
    folder = pack / "en/explain"
    for i in range(6_000):
        (folder / f"x{i}.txt").touch()
    return Expect("en/explain", 1)


def long_key(pack: Path) -> Expect:
    line = _append(pack / "pack.yaml", '? "' + "k" * 100_000 + '"\n: 1\n')
    return Expect("pack.yaml", line)


def long_paths(pack: Path) -> Expect:
    """Every value's position is kept under its path, which repeats its parents' keys: long keys times many values."""
    nested = "".join("  " * depth + "k" * 190 + f"{depth}:\n" for depth in range(18))
    line = _append(pack / "pack.yaml", nested + "  " * 18 + "list: [" + "1, " * 45_000 + "1]\n")
    return Expect("pack.yaml", line + 18)


def many_languages(pack: Path) -> Expect:
    """Forty languages, each file under every limit, together far more to parse than validate has time for."""
    codes = [f"x{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(40)]
    _replace(pack / "pack.yaml", "languages: [en, ar]", f"languages: [en, ar, {', '.join(codes)}]")
    words = "title: [" + "1, " * 47_000 + "1]\n"  # one mistake per file, many values to parse
    for code in codes:
        (pack / code).mkdir()
        (pack / code / "text.yaml").write_text(words, encoding="utf-8")
    return Expect(r"x[a-z]{2}/text\.yaml", ANY_LINE, pattern=True, most_errors=len(codes))


def alias_bomb(pack: Path) -> Expect:
    lines = ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    line = _append(pack / "en/text.yaml", "\n".join(lines) + "\n")
    return Expect("en/text.yaml", line)


def recursive_anchor(pack: Path) -> Expect:
    line = _append(pack / "pack.yaml", "loop: &loop [*loop]\n")
    return Expect("pack.yaml", line)


def deep_nesting(pack: Path) -> Expect:
    line = _append(pack / "pack.yaml", "deep: " + "[" * 100_000 + "]" * 100_000 + "\n")
    return Expect("pack.yaml", line)


def many_values(pack: Path) -> Expect:
    line = _append(pack / "pack.yaml", "many: [" + "1, " * 200_000 + "1]\n")
    return Expect("pack.yaml", line)


def html_in_words(pack: Path) -> Expect:
    line = _replace(pack / "en/text.yaml", "title: Mini pack", 'title: "<img src=/dev/zero>Mini pack"')
    return Expect("en/text.yaml", line)


def html_in_page(pack: Path) -> Expect:
    line = _append(pack / "en/explain/end.md", '\nSee <img src="/etc/passwd"> here.\n')
    return Expect("en/explain/end.md", line + 1)


def html_in_source(pack: Path) -> Expect:
    line = _replace(pack / "pack.yaml", "publisher: Example Press,", 'publisher: "<a href=file:///etc/passwd>Press</a>",')
    return Expect("pack.yaml", line)


def control_in_words(pack: Path) -> Expect:
    line = _replace(pack / "en/text.yaml", "title: Mini pack", 'title: "\\e]0;owned\\a\\e[2JMini pack"')
    return Expect("en/text.yaml", line)


def control_in_file(pack: Path) -> Expect:
    line = _append(pack / "pack.yaml", "# \x1b[31m red \x1b]0;owned\x07\n")
    return Expect("pack.yaml", line)


def control_in_page(pack: Path) -> Expect:
    line = _append(pack / "en/intro.md", "\nTitle \x1b[2J cleared\n")
    return Expect("en/intro.md", line + 1)


def control_in_id(pack: Path) -> Expect:
    line = _replace(pack / "pack.yaml", "{id: start-north,", '{id: "start-north\\e[2J",')
    return Expect("pack.yaml", line)


def non_utf8_name(pack: Path) -> Expect:
    name = os.fsencode(pack / "en" / "explain") + b"/\xff\x1b[31mbad.md"
    with open(name, "wb") as out:
        out.write(b"# A page no box has\n")
    return Expect("en/explain/\\xff\\x1b[31mbad.md", 1)


def nul_bytes(pack: Path) -> Expect:
    file = pack / "en/text.yaml"
    lines = file.read_bytes().split(b"\n")
    lines[2] = lines[2] + b"\0\0\0"
    file.write_bytes(b"\n".join(lines))
    return Expect("en/text.yaml", 3)


def bad_utf8(pack: Path) -> Expect:
    file = pack / "pack.yaml"
    lines = file.read_bytes().split(b"\n")
    lines[4] = lines[4] + b" # \xc3\x28 \xff"
    file.write_bytes(b"\n".join(lines))
    return Expect("pack.yaml", 5)


def month_13(pack: Path) -> Expect:
    return Expect("pack.yaml", _replace(pack / "pack.yaml", "reviewed: 2026-01-15", "reviewed: 2026-13-45"))


def february_30(pack: Path) -> Expect:
    return Expect("pack.yaml", _replace(pack / "pack.yaml", "as_of: 2024-05}", "as_of: 2026-02-30}"))


def year_zero(pack: Path) -> Expect:
    return Expect("pack.yaml", _replace(pack / "pack.yaml", 'as_of: "2023"}', 'as_of: "0000-00-00"}'))


def source_date(pack: Path) -> Expect:
    return Expect("pack.yaml", _replace(pack / "pack.yaml", "date: 2024-05-01,", "date: 2024-02-30,"))


def other_digits(pack: Path) -> Expect:
    return Expect("pack.yaml", _replace(pack / "pack.yaml", "reviewed: 2026-01-15", "reviewed: ٢٠٢٦-٠١-١٥"))


def newline_id(pack: Path) -> Expect:
    return Expect("pack.yaml", _replace(pack / "pack.yaml", "{id: north-hop,", '{id: "north-hop\\n",'))


def newline_language(pack: Path) -> Expect:
    return Expect("pack.yaml", _replace(pack / "pack.yaml", "languages: [en, ar]", 'languages: [en, "ar\\n"]'))


ATTACKS: dict[str, Callable[[Path], Expect]] = {
    f.__name__: f
    for f in (
        link_out_page, link_out_yaml, link_out_relative, link_out_folder, link_out_language, link_loop, dev_zero,
        dev_urandom,
        fifo, fifo_yaml, huge_page, huge_yaml, many_big_pages, many_files, alias_bomb, recursive_anchor, deep_nesting,
        many_values, long_key, long_paths, many_languages,
        html_in_words, html_in_page, html_in_source, control_in_words, control_in_file, control_in_page, control_in_id,
        non_utf8_name, nul_bytes, bad_utf8, month_13, february_30, year_zero, source_date, other_digits, newline_id,
        newline_language,
    )
}


@dataclass(frozen=True)
class Run:
    """What one run of the command line did, and what it cost."""

    status: int
    stdout: bytes
    stderr: bytes
    seconds: float
    cpu_seconds: float
    peak_bytes: int


_LAUNCHER = """
import os, resource, subprocess, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))  # a regression that reads /dev/zero fails, not the machine
child = subprocess.Popen(sys.argv[2:], stdin=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
"""
"""Runs the command as its own child and writes its exit status, CPU seconds and peak memory (KiB).

Why a launcher: Linux carries a process's memory high-water mark across exec, so a command started straight from
the test process reports the test process's own size (pytest with Qt and the suite loaded: over 200 MB) as its
peak. Started from this small launcher, the command's peak is its own (or the launcher's ~10 MB if smaller).
"""


def run_measured(args: list[str], cwd: Path, timeout: float = 30.0) -> Run:
    """Run ``main.py args`` and measure its wall time, CPU time and peak memory (from its own rusage)."""
    out_file, err_file, usage_file = cwd / ".stdout", cwd / ".stderr", cwd / ".usage"
    with open(out_file, "wb") as out, open(err_file, "wb") as err:
        start = time.monotonic()
        process = subprocess.Popen([sys.executable, "-c", _LAUNCHER, str(usage_file), sys.executable,
                                    str(ROOT / "main.py"), *args], cwd=cwd, stdout=out, stderr=err,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
        watchdog = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))  # launcher and command
        watchdog.start()
        try:
            process.wait()
        finally:
            watchdog.cancel()
        seconds = time.monotonic() - start
    status, cpu, peak_kib = usage_file.read_text().split() if usage_file.exists() else (str(process.returncode), "inf", "0")
    run = Run(int(status), out_file.read_bytes(), err_file.read_bytes(), seconds, float(cpu), int(peak_kib) * 1024)
    for file in (out_file, err_file, usage_file):
        file.unlink(missing_ok=True)
    return run
