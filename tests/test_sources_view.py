"""The Sources view lists every source with the pack's note on it, so a note a pack writes is seen."""

from __future__ import annotations

from pathlib import Path

from explainer.model import load_pack
from explainer.panels.explanation import sources_html


def test_a_sources_note_shows_under_it_in_the_sources_view(mini_copy: Path) -> None:
    text_file = mini_copy / "en" / "text.yaml"
    with text_file.open("a", encoding="utf-8") as out:
        out.write('sources:\n  report: {note: "Read in the 2024 print edition."}\n')
    pack = load_pack(mini_copy)
    html = sources_html(pack, pack.language("en"), lambda date: date)
    report = html.index("Example Report")
    assert html.index("Read in the 2024 print edition.") > report
    assert html.count("Read in the 2024 print edition.") == 1


def test_a_source_without_a_note_shows_no_empty_line(mini_copy: Path) -> None:
    pack = load_pack(mini_copy)
    assert "class='note'" not in sources_html(pack, pack.language("en"), lambda date: date)
