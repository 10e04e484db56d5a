"""The bundled pack's own tour, from the first step to the last, with the presenter words from content/staging."""

from __future__ import annotations

from pathlib import Path

from present_support import Opener, assert_step_shown, bundled_with_staged_words, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt

from explainer.model import load_pack


def test_the_bundled_tour_runs_from_start_to_end_in_english_and_spanish(
    present: Opener, tmp_path: Path, qtbot: object
) -> None:
    pack = load_pack(bundled_with_staged_words(tmp_path / "pack"))
    assert len(pack.structure.tour) >= 3
    for language in ("en", "es"):
        p = present(pack, language=language)
        for i in range(len(pack.structure.tour)):
            assert_step_shown(p, i)
            assert p.caption.caption.text().strip(), (language, i)
            assert p.presenter.notes.toPlainText().strip(), (language, i)
            press(qtbot, p, Qt.Key.Key_PageDown)
        p.window.close()


def test_every_pathway_is_revealed_by_the_end_of_the_bundled_tour(present: Opener, tmp_path: Path, qtbot: object) -> None:
    pack = load_pack(bundled_with_staged_words(tmp_path / "pack"))
    p = present(pack)
    press(qtbot, p, Qt.Key.Key_End)
    assert all(lane.isVisible() for lane in p.window.scene.lanes.values())
