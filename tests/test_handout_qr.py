"""QR codes carry the action steps' words themselves, short enough to scan, exactly as a decoder reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from handout_tools import decode_codes
from PySide6.QtWidgets import QApplication

from explainer.actioncode.qr import MAX_CHARS, actions_text, qr_matrix
from explainer.model import Pack, load_pack


def test_a_pathways_code_carries_its_demand_and_what_to_do_now(mini: Pack) -> None:
    text = actions_text(mini, mini.language("en"), "north")
    assert text.splitlines()[0] == "Pathway 1: The north way"
    for words in ("Close the north way", "Ask for it.", "Now heading", "Ask for records", "Use public-records laws.",
                  "Not legal advice"):
        assert words in text
    assert "Close the south way" not in text


def test_without_a_pathway_the_code_carries_every_demand(mini: Pack) -> None:
    text = actions_text(mini, mini.language("en"), None)
    assert "Close the north way" in text and "Close the south way" in text
    assert "Pathway" not in text


def test_the_code_is_in_the_chosen_language(mini: Pack) -> None:
    text = actions_text(mini, mini.language("ar"), "north")
    assert "الطريق الشمالي" in text


def test_long_action_text_is_cut_down_to_each_steps_title_and_how(mini_copy: Path) -> None:
    text_file = mini_copy / "en" / "text.yaml"
    long = "Ask for it. " + "This sentence makes the text too long to scan. " * 40
    text_file.write_text(text_file.read_text(encoding="utf-8").replace("text: Ask for it.", f"text: {long}"), encoding="utf-8")
    pack = load_pack(mini_copy)
    text = actions_text(pack, pack.language("en"), "north")
    assert len(text) <= MAX_CHARS
    assert "Close the north way" in text and "- Ask for records: Send a short letter." in text
    assert "too long to scan" not in text and "Use public-records laws." not in text


def test_every_code_of_the_shipped_pack_carries_each_steps_how(bundled: Pack) -> None:
    for code in bundled.languages:
        words = bundled.language(code)
        for pathway in [None, *bundled.pathways]:
            text = actions_text(bundled, words, pathway)
            for step in bundled.steps_now(pathway):
                assert f"{words.get(f'actions.{step.id}.title')}: " in text, (code, pathway, step.id)
                assert " ".join(words.how(step.id).split()) in " ".join(text.split()), (code, pathway, step.id)


def test_every_code_of_the_shipped_pack_is_short_enough_to_scan(bundled: Pack) -> None:
    for code in bundled.languages:
        for pathway in [None, *bundled.pathways]:
            text = actions_text(bundled, bundled.language(code), pathway)
            assert 0 < len(text) <= MAX_CHARS
            assert text.endswith(bundled.language(code).ui("not_legal_advice"))


def test_the_matrix_is_square_and_has_finder_patterns() -> None:
    matrix = qr_matrix("hello")
    assert len(matrix) == 21 and all(len(row) == 21 for row in matrix)
    assert all(matrix[0][:7]) and all(matrix[6][:7]) and not matrix[1][1]


@pytest.mark.e2e
@pytest.mark.parametrize("text", ["https://example.org/report", "Pathway 1: الطريق الشمالي\n- Ask for records", "Vía 2: Limitar"])
def test_a_code_image_decodes_to_exactly_its_text(app: QApplication, tmp_path: Path, text: str) -> None:
    from explainer.actioncode.qr_qt import qr_image

    png = tmp_path / "code.png"
    assert qr_image(text, 3).save(str(png))
    assert decode_codes(png, [text]) == {text: 1}
