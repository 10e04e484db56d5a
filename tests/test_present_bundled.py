"""The bundled pack's own tour, from the first step to the last."""

from __future__ import annotations

from present_support import Opener, assert_step_shown, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explainer.model import Pack


def test_the_bundled_tour_runs_from_start_to_end_in_english_and_spanish(
    present: Opener, bundled: Pack, qtbot: QtBot
) -> None:
    pack = bundled
    assert len(pack.structure.tour) >= 3
    for language in ("en", "es"):
        p = present(pack, language=language)
        for i in range(len(pack.structure.tour)):
            assert_step_shown(p, i)
            assert p.caption.caption.text().strip(), (language, i)
            assert p.presenter.notes.toPlainText().strip(), (language, i)
            press(qtbot, p, Qt.Key.Key_PageDown)
        p.window.close()


def test_every_pathway_is_revealed_by_the_end_of_the_bundled_tour(present: Opener, bundled: Pack, qtbot: QtBot) -> None:
    pack = bundled
    p = present(pack)
    press(qtbot, p, Qt.Key.Key_End)
    assert all(lane.isVisible() for lane in p.window.scene.lanes.values())
