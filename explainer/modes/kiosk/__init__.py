"""Kiosk mode: a public touch screen that teaches while idle, starts over by itself, can't be left, and keeps nothing.

``app.py`` calls :func:`prepare_process` before Qt starts and :func:`start`
once the window exists; nothing else in the app knows about the kiosk.
"""

from __future__ import annotations

import math
import os
import sys
from argparse import Namespace

from explainer.modes.kiosk.config import operator_pin
from explainer.modes.kiosk.content import KioskContent, load
from explainer.modes.kiosk.kiosk import Kiosk, KioskSettings
from explainer.modes.kiosk.policy import prepare_process
from explainer.navigator import Navigator
from explainer.window import MainWindow

__all__ = ["Kiosk", "KioskContent", "KioskSettings", "load", "prepare_process", "settings_from", "start"]


def settings_from(args: Namespace) -> KioskSettings:
    """The kiosk's timings and operator PIN from the command line and the environment; problems go to stderr."""
    try:
        pin = operator_pin(args.operator_config, os.environ)
    except ValueError as exc:
        print(f"know-your-data: kiosk: {exc}; the operator exit is off", file=sys.stderr)
        pin = None
    else:
        if pin is None:
            print("know-your-data: kiosk: no operator PIN is set, so the operator exit is off "
                  "(make one with: python -m explainer.modes.kiosk.pin; see docs/kiosk.md)", file=sys.stderr)
    return KioskSettings(idle_ms=math.ceil(args.idle_seconds * 1000),
                         countdown_ms=math.ceil(args.countdown_seconds * 1000), pin=pin)


def start(window: MainWindow, navigator: Navigator, content: KioskContent, settings: KioskSettings) -> Kiosk:
    """Turn the window into a kiosk and show it; keep the returned object as long as the app runs."""
    kiosk = Kiosk(window, navigator, content, settings)
    kiosk.start()
    return kiosk
