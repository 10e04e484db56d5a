"""Tells systemd the app is up (READY=1) and, in a kiosk, still alive (WATCHDOG=1): sd_notify without libsystemd.

systemd passes a notify socket's path in ``NOTIFY_SOCKET`` (a file path, or
``@name`` for Linux's abstract namespace). A message is one AF_UNIX datagram
to that socket: local inter-process communication on the same machine, never
the network (the kiosk's unit has ``PrivateNetwork=yes``; AF_UNIX still works
there). Outside systemd the variable is unset and nothing is sent. Qt-free.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping


def _address(environ: Mapping[str, str]) -> str | None:
    path = environ.get("NOTIFY_SOCKET", "")
    if not path or path[0] not in "/@":  # unset, or not a Unix socket (vsock addresses are not for us)
        return None
    return "\0" + path[1:] if path[0] == "@" else path


def notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` (``READY=1``, ``WATCHDOG=1``, ...) to systemd's notify socket; False if there is none or it failed."""
    address = _address(os.environ if environ is None else environ)
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto(message.encode(), address)
    except OSError:  # systemd gone or the socket full: the watchdog will notice the silence, which is its job
        return False
    return True


def watchdog_ms(environ: Mapping[str, str] | None = None) -> int | None:
    """How often to say WATCHDOG=1: half of ``WATCHDOG_USEC``, in ms; None when systemd asks for no watchdog.

    ``WATCHDOG_PID``, when set, names the process that must ping; another (a child) does not.
    """
    env = os.environ if environ is None else environ
    pid = env.get("WATCHDOG_PID")
    if pid is not None and pid.strip() != str(os.getpid()):
        return None
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0 or _address(env) is None:
        return None
    return max(1, usec // 2000)
