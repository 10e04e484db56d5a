"""An action code never fails: text too long for one code is cut at a word and says the rest is in the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.actioncode.qr import MAX_BYTES, MAX_CHARS, actions_text, fits, qr_matrix, shortened
from explainer.model import load_pack


def _long_titles(root: Path, title: str) -> None:
    text_file = root / "en" / "text.yaml"
    text = text_file.read_text(encoding="utf-8").replace("title: Close the north way", f"title: {title!r}")
    text_file.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("title", ["Close the north way " + "and every road beside it " * 60, "Close 😀 " * 400])
def test_a_demand_title_too_long_for_one_code_is_cut_with_more_in_the_app(mini_copy: Path, title: str) -> None:
    _long_titles(mini_copy, title)
    pack = load_pack(mini_copy)
    text = actions_text(pack, pack.language("en"), "north")
    assert len(text) <= MAX_CHARS and len(text.encode("utf-8")) <= MAX_BYTES
    assert text.endswith("\nMore in the app.")
    assert qr_matrix(text)


def test_a_cut_falls_between_words() -> None:
    text = shortened("alpha beta gamma " * 100, "More")
    body = text.removesuffix("\nMore")
    assert fits(text) and body.endswith(("alpha", "beta", "gamma"))


def test_text_that_fits_is_left_as_it_is() -> None:
    assert shortened("Close the north way", "More") == "Close the north way"


def test_the_painter_takes_any_text_even_too_long_or_a_lone_surrogate() -> None:
    assert len(qr_matrix("😀" * 5000)) <= 177
    assert qr_matrix("half \ud800 a pair")
