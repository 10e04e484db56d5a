"""Draw the main window offscreen in a given state, for docs, tests and reviewing a translation."""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage

from explainer.errors import UsageError
from explainer.model.pack import Pack
from explainer.navigator import Navigator
from explainer.window import MainWindow


def render_window(pack: Pack, language: str, args: Namespace) -> QImage:
    """The window at ``args.size`` with the requested selection, view, languages and won demands."""
    won = won_demands(pack, getattr(args, "won", None) or [])
    window, navigator = prepared_window(pack, language, args)
    if args.second_lang:
        navigator.set_second_language(args.second_lang)
    navigator.set_won(won)
    if args.select:
        navigator.select(args.select)
    navigator.show_view(args.view)
    window.show()
    QCoreApplication.processEvents()
    window.view.fit()
    return grab_and_close(window)


def prepared_window(pack: Pack, language: str, args: Namespace,
                    reduced_motion: bool = False) -> tuple[MainWindow, Navigator]:
    """A window at ``args.size`` with its text size, contrast and state from ``args``, not yet shown."""
    navigator = Navigator(pack, language, reduced_motion=reduced_motion)
    window = MainWindow(pack, navigator)
    width, height = args.size
    window.resize(width, height)
    navigator.set_text_scale(args.text_scale)
    if args.high_contrast:
        navigator.set_contrast(True)
    if getattr(args, "state", None):
        navigator.set_state(args.state)
    return window, navigator


def grab_and_close(window: MainWindow) -> QImage:
    """What ``window`` shows once pending events are handled; then it is closed and let go."""
    QCoreApplication.processEvents()
    image = window.grab().toImage()
    window.close()
    window.deleteLater()
    return image


def won_demands(pack: Pack, names: list[str]) -> list[str]:
    """The demand ids of ``--won``; an unknown one is a one-line usage error listing the valid ones."""
    valid = [demand.id for demand in pack.demands.demands()]
    for name in names:
        if name not in valid:
            raise UsageError(f"unknown demand '{name}'; use one of: {', '.join(valid)}")
    return names


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG, in memory, so it can be written to disk whole."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; only str works
        raise ValueError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())
