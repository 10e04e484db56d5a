"""Listening with the machine's real speech engine: Qt's speech-dispatcher engine, eSpeak NG, audio to nowhere."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
ESPEAK_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")

# speech-dispatcher for this test alone: eSpeak NG, sound to libao's null driver (no sound card here), and it
# ends by itself 3 seconds after the last client leaves.
SPEECHD_CONF = """Timeout 3
AudioOutputMethod "libao"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
"""

# The kiosk on the bundled pack, in Spanish: a visit starts, Listen is pressed with the real engine, a box opens.
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from explainer.application import application
from explainer.model import load_pack
from explainer.modes.kiosk.content import KioskContent
from explainer.modes.kiosk.kiosk import Kiosk, KioskSettings
from explainer.navigator import Navigator
from explainer.paths import bundled_content
from explainer.window import MainWindow

app = application(["kiosk"])
pack = load_pack(bundled_content())
navigator = Navigator(pack, "es")
window = MainWindow(pack, navigator)
kiosk = Kiosk(window, navigator, KioskContent(pack, "es", False, []), KioskSettings(step_ms=600_000))
kiosk.start()
kiosk.attract.touched.emit()
kiosk.listening.button.click()
from PySide6.QtTextToSpeech import QTextToSpeech
out = {"engines": QTextToSpeech.availableEngines(), "on": kiosk.listening.on,
       "no_voice": kiosk.listening.no_voice.isVisible(), "message": kiosk.listening.no_voice.message.text(),
       "states": []}
tts = getattr(kiosk.listening.voice, "_tts", None)
def done():
    print(json.dumps(out)); app.exit(0)
if tts is not None and kiosk.listening.on:
    out["engine"] = tts.engine()
    tts.stateChanged.connect(lambda s: out["states"].append(s.name))
    # Done when it has been quiet for a moment: turning on read the map, opening the box cut that short.
    tts.stateChanged.connect(lambda s: s == QTextToSpeech.State.Ready and QTimer.singleShot(
        800, lambda: tts.state() == QTextToSpeech.State.Ready and done()))
    navigator.select(next(n.id for n in pack.structure.nodes if n.pathway))
    out["locale"] = tts.locale().name()
    QTimer.singleShot(60_000, done)
else:
    QTimer.singleShot(0, done)
sys.exit(app.exec())
"""


def test_the_real_engine_speaks_spanish_or_the_kiosk_says_there_is_no_voice(tmp_path: Path) -> None:
    config = tmp_path / "config" / "speech-dispatcher"
    config.mkdir(parents=True)
    (config / "speechd.conf").write_text(SPEECHD_CONF, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    (home / ".libao").write_text("default_driver=null\n", encoding="utf-8")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_RUNTIME_DIR": str(runtime), "XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120, check=False)
    finally:
        # The speech-dispatcher that Qt started for this test ends by itself; make sure, by its own pid.
        for pid_file in runtime.glob("speech-dispatcher/pid/*.pid"):
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert [e for e in result["engines"] if e != "mock"], f"Qt found no speech engine: {result['engines']}"
    if ESPEAK_MODULE.exists():
        # speech-dispatcher with eSpeak NG is installed (as .ci/run does): it must really speak, in Spanish.
        assert result["on"] and not result["no_voice"], result
        assert result["engine"] == "speechd"
        assert result["locale"].startswith("es")
        assert result["states"][:1] == ["Speaking"] and result["states"][-1] == "Ready", result
    else:
        assert result["on"] or (result["no_voice"] and "voz" in result["message"]), result
