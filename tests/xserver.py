"""A private X server (Xvfb) for the tests that open real windows, on a display number the server picks itself.

``xvfb-run -a`` guesses a free number from the lock files in /tmp and races any other run (or a person's
``xvfb-run``, which always takes :99) that guesses at the same moment. ``Xvfb -displayfd`` takes the first number
whose lock it can get and then tells us which, so parallel runs and other users of the machine never collide.
"""

from __future__ import annotations

import os
import select
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

START_SECONDS = 60.0
"""How long Xvfb may take to start: seconds on a loaded machine, far less when idle."""


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
