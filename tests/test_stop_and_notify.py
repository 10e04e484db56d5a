"""SIGINT and SIGTERM end the app within a second in every mode; systemd hears READY=1 and, in a kiosk, WATCHDOG=1.

Each app runs in its own process under the offscreen platform, with a fake
systemd notify socket (an AF_UNIX datagram socket bound in tmp_path): READY=1
says the first frame is painted, then the signal is sent and the exit timed.
"""

from __future__ import annotations

import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kiosk_support import FAST_PIN_HASH
from PySide6.QtWidgets import QApplication

from explainer import sd_notify

pytestmark = pytest.mark.e2e

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
MINI = str(TESTS / "packs" / "mini")


def _listen(tmp_path: Path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify"))
    sock.settimeout(120)  # a loaded machine can take long to paint a first frame
    return sock


def _start(tmp_path: Path, *args: str, watchdog_usec: int | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KYD_", "WATCHDOG_", "NOTIFY_"))}
    env.update(QT_QPA_PLATFORM="offscreen", NOTIFY_SOCKET=str(tmp_path / "notify"), KYD_OPERATOR_PIN_HASH=FAST_PIN_HASH,
               HOME=str(tmp_path))
    if watchdog_usec is not None:
        env["WATCHDOG_USEC"] = str(watchdog_usec)
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=tmp_path, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _messages_until(sock: socket.socket, wanted: str) -> list[str]:
    seen: list[str] = []
    while wanted not in seen:
        seen.append(sock.recv(4096).decode())
    return seen


@pytest.mark.parametrize("mode", ["explore", "present", "kiosk"])
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_ends_the_app_within_a_second(tmp_path: Path, mode: str, number: signal.Signals) -> None:
    with _listen(tmp_path) as sock:
        app = _start(tmp_path, "--mode", mode, "--content", MINI)
        try:
            _messages_until(sock, "READY=1")  # the first frame is painted and the event loop runs
            sent = time.monotonic()
            app.send_signal(number)
            status = app.wait(timeout=30)
            took = time.monotonic() - sent
        finally:
            app.kill()
            _, stderr = app.communicate()
    assert status == 128 + number, stderr
    assert took < 1.0, f"{mode} took {took:.2f} s to end after {number.name}"
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr


def test_the_neutral_setup_screen_beats_too_and_ends_on_sigterm(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    with _listen(tmp_path) as sock:
        app = _start(tmp_path, "--mode", "kiosk", "--content", str(broken), watchdog_usec=200_000)
        try:
            _messages_until(sock, "READY=1")
            assert sock.recv(64) == b"WATCHDOG=1"
            sent = time.monotonic()
            app.send_signal(signal.SIGTERM)
            status = app.wait(timeout=30)
            took = time.monotonic() - sent
        finally:
            app.kill()
            app.communicate()
    assert status == 128 + signal.SIGTERM and took < 1.0


def test_a_kiosk_says_it_is_alive_from_its_event_loop_at_half_the_watchdog_interval(tmp_path: Path) -> None:
    with _listen(tmp_path) as sock:
        app = _start(tmp_path, "--mode", "kiosk", "--content", MINI, watchdog_usec=400_000)
        try:
            seen = _messages_until(sock, "READY=1")
            beats = [time.monotonic() for _ in range(4) if sock.recv(4096) == b"WATCHDOG=1"]
            app.send_signal(signal.SIGSTOP)  # a frozen app: the beats stop, so systemd would restart it
            sock.settimeout(1.0)
            with pytest.raises(TimeoutError):
                while True:
                    sock.recv(4096)
        finally:
            app.kill()
            app.communicate()
    assert "WATCHDOG=1" in seen, "the first beat goes before the first frame (the kiosk starts before it paints)"
    assert len(beats) == 4
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    assert sum(gaps) > 0.3 and max(gaps) < 1.5, gaps  # 200 ms each, give or take a loaded machine


def test_outside_systemd_nothing_is_sent_and_no_watchdog_runs() -> None:
    assert not sd_notify.notify("READY=1", {})
    assert sd_notify.watchdog_ms({"WATCHDOG_USEC": "30000000"}) is None  # no socket to tell
    assert sd_notify.watchdog_ms({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "30000000"}) == 15_000
    assert sd_notify.watchdog_ms({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}) is None
    assert sd_notify.watchdog_ms({"NOTIFY_SOCKET": "@abstract", "WATCHDOG_USEC": "nonsense"}) is None


def test_an_abstract_notify_socket_is_reached(tmp_path: Path) -> None:
    name = f"kyd-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        assert sd_notify.notify("READY=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(64) == b"READY=1"


def test_the_kiosk_claims_the_watchdog_so_a_child_it_starts_cannot_beat_for_it(
        app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from explainer.modes.kiosk.watchdog import Watchdog

    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "notify"))
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    dog = Watchdog(app)
    assert dog.interval_ms == 15_000
    assert os.environ["WATCHDOG_PID"] == str(os.getpid())
    child = {**os.environ, "WATCHDOG_PID": os.environ["WATCHDOG_PID"]}
    assert sd_notify.watchdog_ms(child) == 15_000  # this process still beats
    dog.deleteLater()
