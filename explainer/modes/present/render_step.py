"""``render --mode present --step N``: the audience screen at one tour step, drawn offscreen to an image."""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from explainer.errors import UsageError
from explainer.model.pack import Pack
from explainer.modes.present.presentation import Presentation
from explainer.render import prepared_window


def step_index(pack: Pack, step: int | None) -> int:
    """The 0-based index of 1-based ``step`` (the first when ``None``); a step the tour lacks is a one-line error."""
    count = len(pack.structure.tour)
    if not count:
        raise UsageError(f"{pack.root}: this pack has no guided tour")
    if step is None:
        return 0
    if not 1 <= step <= count:
        raise UsageError(f"unknown step {step}; this tour has steps 1 to {count}")
    return step - 1


def render_step(pack: Pack, language: str, args: Namespace) -> QImage:
    """The audience window at ``args.size`` showing tour step ``args.step``, without motion."""
    index = step_index(pack, args.step)
    window, navigator = prepared_window(pack, language, args, reduced_motion=True)
    presentation = Presentation(window, navigator, pack)
    window.show()
    QCoreApplication.processEvents()
    presentation.go(index)
    presentation.stage.refresh(animate=False)
    QCoreApplication.processEvents()
    image = window.grab().toImage()
    presentation.stop()
    window.close()
    window.deleteLater()
    return image
