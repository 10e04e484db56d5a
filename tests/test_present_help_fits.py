"""The presenter's key list fits a 1024x768 projector in Spanish, at every text size, nothing cut."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.present.help_overlay import HelpOverlay


def _cut(window: QWidget, help_layer: HelpOverlay) -> list[str]:
    found = []
    card = help_layer.card.geometry()
    if not window.rect().contains(help_layer.mapTo(window, card.topLeft())) or card.right() > window.width() \
            or card.bottom() > window.height():
        found.append(f"card {card} outside {window.size()}")
    for label in help_layer.card.findChildren(QLabel):
        if label.minimumSizeHint().width() > label.width() or label.sizeHint().height() > label.height() + 1:
            found.append(f"{label.text()!r}: needs {label.sizeHint()}, has {label.size()}")
    return found


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.5])
def test_the_key_list_fits_a_1024_by_768_screen(app: object, qtbot: QtBot, bundled: Pack, language: str,
                                                 scale: float) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    help_layer = HelpOverlay(window)
    help_layer.set_words(bundled.language(language))
    help_layer.set_look(scale, False)
    help_layer.open()
    qtbot.waitUntil(help_layer.isVisible)
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not _cut(window, help_layer), timeout=2000)
    assert _cut(window, help_layer) == []
    assert help_layer.meanings["next"].font().pixelSize() >= 14
