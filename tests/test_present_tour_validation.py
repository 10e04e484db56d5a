"""A tour step that names something the pack does not have is an error, reported where the step is written."""

from __future__ import annotations

from pathlib import Path

from explainer.model import check_pack


def test_an_unknown_id_in_a_tour_step_names_the_file_and_line(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    assert "{id: step-north, show: [north]}" in text
    pack_file.write_text(text.replace("{id: step-north, show: [north]}", "{id: step-north, show: [north, nowhere]}"),
                         encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "id: step-north" in row)
    pack, problems = check_pack(mini_copy)
    errors = [p for p in problems if p.severity == "error"]
    assert pack is None
    assert len(errors) == 1
    assert errors[0].path.endswith("pack.yaml")
    assert errors[0].line == line
    assert "unknown node, arrow or pathway 'nowhere'" in errors[0].message


def test_a_tour_step_without_a_caption_is_missing_words(mini_copy: Path) -> None:
    text_file = mini_copy / "en" / "text.yaml"
    text = text_file.read_text(encoding="utf-8")
    text_file.write_text(text.replace("    caption: The north way.\n", ""), encoding="utf-8")
    pack, problems = check_pack(mini_copy)
    assert pack is None
    assert any("missing text 'tour.step-north.caption'" in p.message for p in problems)
