"""Presenter mode: a guided tour on the projector, notes and a clock on the laptop, driven by a clicker.

``start`` is the one entry point; ``app.py`` calls it when ``--mode present``.
"""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtWidgets import QApplication

from explainer.errors import UsageError
from explainer.model.pack import Pack
from explainer.modes.present.motion import system_prefers_high_contrast, system_prefers_reduced_motion
from explainer.modes.present.presentation import Presentation
from explainer.modes.present.screens import choose
from explainer.navigator import Navigator
from explainer.window import MainWindow


def start(app: QApplication, window: MainWindow, navigator: Navigator, pack: Pack, args: Namespace) -> Presentation:
    """Open the audience window (full screen, on the projector) and the presenter window, and start the tour."""
    screens = app.screens()
    wanted: int | None = args.screen
    if wanted is not None and not 0 <= wanted < len(screens):
        raise UsageError(f"--screen {wanted}: there is no such screen; this computer has {len(screens)} "
                             f"(0 to {len(screens) - 1})")
    if system_prefers_reduced_motion():
        navigator.set_reduced_motion(True)
    if system_prefers_high_contrast():
        navigator.set_contrast(True)
    presentation = Presentation(window, navigator, pack)
    audience, presenter = choose(screens, app.primaryScreen(), wanted)
    presentation.open(audience, presenter)
    presentation.start()
    return presentation
