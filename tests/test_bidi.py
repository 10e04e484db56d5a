"""Pack words filled into interface sentences read in order in mixed scripts: FSI…PDI isolates, only where needed."""

from __future__ import annotations

from explainer.model import Pack
from explainer.model.bidi import FSI, PDI, fill
from explainer.model.pack import Words
from explainer.model.state_words import state_word
from explainer.scene.accessibility import accessible_name


def _words(direction: str, **entries: str) -> Words:
    return Words("xx", "xx", direction, {f"ui.{k}": v for k, v in entries.items()})


def test_latin_words_in_a_latin_sentence_are_left_exactly_as_written() -> None:
    assert fill("{source} to {target}", {"source": "DMV", "target": "ICE"}) == "DMV to ICE"
    assert fill("Revisado el {date}", {"date": "3 de marzo de 2026"}) == "Revisado el 3 de marzo de 2026"


def test_an_english_title_in_an_arabic_sentence_is_isolated() -> None:
    words = _words("rtl", arrow_name="{source} إلى {target}")
    assert words.ui("arrow_name", source="Nlets", target="ICE") == f"{FSI}Nlets{PDI} إلى {FSI}ICE{PDI}"


def test_an_arabic_title_in_an_english_fallback_sentence_is_isolated_with_its_neighbours() -> None:
    said = fill("{source} to {target}", {"source": "البداية", "target": "North hop"})
    assert said == f"{FSI}البداية{PDI} to {FSI}North hop{PDI}"


def test_numbers_keep_the_sentences_order_and_are_not_wrapped() -> None:
    assert fill("{index} من {count}", {"index": 3, "count": 12}) == "3 من 12"


def test_an_already_isolated_value_is_not_wrapped_twice() -> None:
    assert fill("حتى {date}", {"date": f"{FSI}March 2026{PDI}"}) == f"حتى {FSI}March 2026{PDI}"


def test_the_state_views_words_are_filled_the_same_way() -> None:
    # Every state_* sentence is the app's; a right-to-left name filled into it is isolated.
    said = state_word("en", "mark_line", state="كاليفورنيا", marks="§ Limited")
    assert said == f"In {FSI}كاليفورنيا{PDI}: {FSI}§ Limited{PDI}"


def test_the_mini_packs_arabic_arrow_names_isolate_every_title(mini: Pack) -> None:
    words = mini.words["ar"]
    edge = next(iter(mini.edges))
    name = accessible_name(mini, words, edge)
    assert FSI in name and PDI in name
    assert name.count(FSI) == name.count(PDI)
    english = accessible_name(mini, mini.words["en"], edge)
    assert FSI not in english and PDI not in english


def test_an_english_fallback_sentence_on_an_arabic_screen_reads_as_one_english_sentence() -> None:
    words = _words("rtl", arrow_from_to="From {source} to {target}")
    said = words.ui("arrow_from_to", source="البداية", target="North hop")
    assert said == f"{FSI}From {FSI}البداية{PDI} to {FSI}North hop{PDI}{PDI}"
    assert _words("rtl", n="Pathway {number}").ui("n", number=1) == "Pathway 1"  # nothing mixed: as written
