"""Kiosk mode: a public touch screen that teaches while idle, starts over by itself, can't be left, and keeps nothing.

``app.py`` calls :func:`prepare_process` before Qt starts, :func:`load` for the
content, and :func:`start` once the window exists; nothing else in the app
knows about the kiosk. The imports are inside the functions so that the PIN
command (``know-your-data pin-hash``) loads neither Qt nor the app.
"""

from __future__ import annotations

import math
import os
import sys
from argparse import Namespace
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explainer.model.contact import Contact
    from explainer.modes.kiosk.config import KioskConfig
    from explainer.modes.kiosk.content import KioskContent, Unavailable
    from explainer.modes.kiosk.kiosk import Kiosk, KioskSettings
    from explainer.navigator import Navigator
    from explainer.window import MainWindow


def prepare_process(environ: MutableMapping[str, str]) -> None:
    """Before Qt starts: no caches on disk (see ``policy.prepare_process``)."""
    from explainer.modes.kiosk import policy

    policy.prepare_process(environ)


def content_or_setup_screen(args: Namespace) -> KioskContent:
    """The pack to show, checked (see ``content.load``).

    When it cannot be shown, this runs the neutral "this screen is being set up"
    screen instead, until the app ends, and exits with the app's status.
    """
    from explainer.modes.kiosk import content as kiosk_content
    from explainer.modes.kiosk.config import KioskConfig, read_config

    try:
        config = read_config(args.operator_config, os.environ)
        found = kiosk_content.load(args.content, args.lang, config.trusted_keys, config.store)
    except ValueError as exc:
        # Without its settings the kiosk cannot know which keys to trust: no pack rather than an unchecked one.
        config = KioskConfig()
        found = kiosk_content.unavailable([f"the kiosk settings: {exc}"], None)
    if isinstance(found, kiosk_content.KioskContent):
        return found
    raise SystemExit(_run_setup_screen(found, config))


def _run_setup_screen(content: Unavailable, config: KioskConfig) -> int:
    from explainer.application import application
    from explainer.modes.kiosk.setup import SetupKiosk

    if config.pin is None:
        print("know-your-data: kiosk: no operator PIN is set, so the operator screen (which says why) cannot be "
              "opened; the reasons are above", file=sys.stderr)
    app = application(sys.argv[:1])
    from explainer import sd_notify, stop_signals
    from explainer.first_frame import after_first_frame
    from explainer.modes.kiosk.watchdog import Watchdog

    stop_signals.install(app)  # SIGINT, SIGTERM: quit at once
    after_first_frame(app, lambda: sd_notify.notify("READY=1"))  # systemd: started
    screen = SetupKiosk(content, config.pin)
    screen.start()
    Watchdog(app).start()  # alive, or systemd restarts it (the unit's WatchdogSec=)
    return int(app.exec())


def settings_from(args: Namespace) -> KioskSettings:
    """The kiosk's timings and operator PIN from the command line and the environment; problems go to stderr."""
    from explainer.modes.kiosk.config import operator_pin
    from explainer.modes.kiosk.kiosk import KioskSettings

    try:
        pin = operator_pin(args.operator_config, os.environ)
    except ValueError as exc:
        print(f"know-your-data: kiosk: {exc}; the operator exit is off", file=sys.stderr)
        pin = None
    else:
        if pin is None:
            print("know-your-data: kiosk: no operator PIN is set, so the operator exit is off "
                  "(make one with: know-your-data pin-hash; see docs/kiosk.md)", file=sys.stderr)
    return KioskSettings(idle_ms=math.ceil(args.idle_seconds * 1000),
                         countdown_ms=math.ceil(args.countdown_seconds * 1000), pin=pin)


def contact_from(args: Namespace) -> Contact | None:
    """The local contact the kiosk settings name (``contact = "FILE"``), if any.

    A kiosk keeps running without it: a settings file or contact file that cannot be used is one line on
    stderr, and the take-home screen shows no contact."""
    from explainer.model.contact import ContactError, read_contact
    from explainer.modes.kiosk.config import read_config

    try:
        path = read_config(args.operator_config, os.environ).contact
        return read_contact(path) if path is not None else None
    except (ValueError, ContactError) as exc:
        print(f"know-your-data: kiosk: {exc}; no local contact is shown", file=sys.stderr)
        return None


def start(window: MainWindow, navigator: Navigator, content: KioskContent, settings: KioskSettings) -> Kiosk:
    """Turn the window into a kiosk and show it; keep the returned object as long as the app runs."""
    from explainer.modes.kiosk.kiosk import Kiosk

    kiosk = Kiosk(window, navigator, content, settings)
    kiosk.start()
    return kiosk
