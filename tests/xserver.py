"""A private X server (Xvfb) for the tests that open real windows, on a display number the server picks itself.

``xvfb-run -a`` guesses a free number from the lock files in /tmp and races any other run (or a person's
``xvfb-run``, which always takes :99) that guesses at the same moment. ``Xvfb -displayfd`` takes the first number
whose lock it can get and then tells us which, so parallel runs and other users of the machine never collide.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

START_SECONDS = 60.0
"""How long Xvfb may take to start: seconds on a loaded machine, far less when idle."""

X_TOOLS = ("Xvfb", "xdotool", "import")
"""What a test that drives a real window needs (Debian: xvfb, xdotool, imagemagick; .ci/run installs them)."""

WAIT_FOR_WINDOW = """
wid=""
for _ in $(seq 120); do
  wid=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -n 1)
  [ -n "$wid" ] && break
  kill -0 "$app" 2>/dev/null || { echo "the app quit before showing a window" >&2; exit 4; }
  sleep 0.25
done
[ -n "$wid" ] || { kill "$app"; echo "no window" >&2; exit 3; }
"""
"""Shell lines: wait up to 30 s for the visible window of the process ``$app`` and put its id in ``$wid``.

Exits 4 if the app quit first, 3 if no window came.
"""


def need_x_tools(tools: tuple[str, ...] = X_TOOLS) -> None:
    """Skip the calling test where ``tools`` are missing (a skip fails in CI, where .ci/run installs them)."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (installed by .ci/run)")


def _display(read_fd: int, server: subprocess.Popen[bytes]) -> str | None:
    """The display number Xvfb writes on ``read_fd`` once it accepts connections; ``None`` if it died or hung."""
    text, end = b"", time.monotonic() + START_SECONDS
    while not text.endswith(b"\n") and time.monotonic() < end and server.poll() is None:
        ready, _, _ = select.select([read_fd], [], [], 0.2)
        if ready:
            chunk = os.read(read_fd, 64)
            if not chunk:
                break
            text += chunk
    number = text.strip()
    return f":{number.decode()}" if number.isdigit() else None


@contextmanager
def x_server(log: Path, screen: str = "1280x800x24") -> Iterator[dict[str, str]]:
    """Run Xvfb for the ``with`` block; give the environment for its clients (``DISPLAY``, no Qt platform override).

    Xvfb's own messages go to ``log``, so a failure can show them.
    """
    read_fd, write_fd = os.pipe()
    with log.open("wb") as errors:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
        )
    os.close(write_fd)
    try:
        display = _display(read_fd, server)
        assert display is not None, f"Xvfb did not start: {log.read_text(errors='replace')[-2000:]}"
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "XAUTHORITY", "WAYLAND_DISPLAY")}
        env["DISPLAY"] = display
        yield env
    finally:
        os.close(read_fd)
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
