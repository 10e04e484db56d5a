"""The kiosk's systemd unit and session script: offline and locked down, restarted after anything but the operator's Exit.

systemd itself cannot run inside the tests, so its rule is applied here as it
is written (``Restart=always`` less ``RestartPreventExitStatus=``) to the exit
status that really comes out of the session script around the real app.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from kiosk_support import FAST_PIN_HASH

from explainer.modes.kiosk.content import NEW_CONTENT_STATUS
from explainer.modes.kiosk.crash import GAVE_UP_STATUS
from explainer.modes.kiosk.operator import EXIT_STATUS

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
KIOSK = ROOT / "docs" / "kiosk"
UNIT = KIOSK / "know-your-data-kiosk.service"


def _settings() -> dict[str, list[str]]:
    """Every ``Key=value`` of the unit, repeated keys kept in order."""
    found: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key, []).append(value)
    return found


def restarts(status: int) -> bool:
    """Whether systemd starts the service again after the session ends with ``status`` (unit as written)."""
    unit = _settings()
    assert unit["Restart"] == ["always"]
    prevented = {int(code) for value in unit.get("RestartPreventExitStatus", []) for code in value.split()}
    return status not in prevented


def test_only_the_operators_exit_keeps_the_kiosk_down() -> None:
    assert not restarts(EXIT_STATUS)
    for status in (0, 1, GAVE_UP_STATUS, NEW_CONTENT_STATUS, 128 + signal.SIGTERM, 128 + signal.SIGABRT):
        assert restarts(status), status


def test_the_unit_is_offline_locked_down_watched_and_never_gives_up() -> None:
    unit = _settings()
    for key, value in {"PrivateNetwork": "yes", "IPAddressDeny": "any", "ProtectSystem": "strict",
                       "ProtectHome": "read-only", "NoNewPrivileges": "yes", "PrivateTmp": "yes",
                       "Type": "notify", "NotifyAccess": "all", "StartLimitIntervalSec": "0",
                       "CapabilityBoundingSet": ""}.items():
        assert unit.get(key) == [value], key
    assert unit["RestrictAddressFamilies"] == ["AF_UNIX AF_NETLINK"]  # no AF_INET, no AF_INET6
    assert 10 <= int(unit["WatchdogSec"][0]) <= 60
    assert "-s" not in unit["ExecStart"][0].split(), "cage -s would allow switching to another console"


@pytest.mark.e2e
def test_systemd_analyze_rates_the_unit_below_3() -> None:
    analyze = shutil.which("systemd-analyze")
    assert analyze is not None, "install systemd (.ci/run does)"
    result = subprocess.run([analyze, "security", "--offline=true", "--no-pager", str(UNIT)],
                            capture_output=True, text=True, timeout=60)
    score = re.search(r"Overall exposure level for \S+: ([0-9.]+)", result.stdout)
    assert score is not None, result.stdout + result.stderr
    assert float(score.group(1)) < 3.0, result.stdout


def test_magic_sysrq_is_off_in_the_recipe() -> None:
    lines = (KIOSK / "90-know-your-data-kiosk-sysrq.conf").read_text().splitlines()
    assert "kernel.sysrq = 0" in lines


def _session(tmp_path: Path, *app: str) -> subprocess.CompletedProcess[str]:
    """The session script as the unit runs it, with a stand-in for cage that runs what follows ``--``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    cage = bin_dir / "cage"
    cage.write_text('#!/bin/sh\n[ "$1" = -- ] && shift\n"$@"\nexit 0  # as cage 0.1.4 does, whatever the app did\n')
    cage.chmod(0o755)
    runtime = tmp_path / "run"
    runtime.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KYD_", "WATCHDOG_", "NOTIFY_"))}
    env.update(PATH=f"{bin_dir}:{env['PATH']}", RUNTIME_DIRECTORY=str(runtime), QT_QPA_PLATFORM="offscreen",
               KYD_OPERATOR_PIN_HASH=FAST_PIN_HASH, HOME=str(tmp_path), WATCHDOG_PID="1")
    return subprocess.run(["/bin/sh", str(KIOSK / "know-your-data-kiosk-session"), *app], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=240)


@pytest.mark.e2e
def test_after_the_operators_exit_systemd_does_not_start_it_again(tmp_path: Path) -> None:
    result = _session(tmp_path, sys.executable, str(TESTS / "kiosk_driver.py"), "1", "--mode", "kiosk",
                      "--content", str(TESTS / "packs" / "mini"), "--idle-seconds", "0.4", "--countdown-seconds", "0.3")
    assert result.returncode == EXIT_STATUS, result.stderr
    assert not restarts(result.returncode)


@pytest.mark.e2e
def test_after_a_crash_or_a_kill_systemd_starts_it_again(tmp_path: Path) -> None:
    crashed = _session(tmp_path, sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)")
    assert crashed.returncode == 128 + signal.SIGTERM
    assert restarts(crashed.returncode)
