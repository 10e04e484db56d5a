"""unsafe() finds the first raw HTML or control character in a pack's words, whichever comes first."""

from __future__ import annotations

import pytest

from explainer.model.unsafe import unsafe

CASES = [
    ("plain words, no markup", None),
    ("a < b and c > d", None),
    ("see <https://example.org> or <name@example.org>", None),
    ("bold <b>here</b>", 5),
    ("<!-- hidden -->", 0),
    ("bell \x07 here", 5),
    ("tab\tand\nnewline", None),
    ("override \u202e here", 9),
    ("ctrl \x01 then <i>", 5),
    ("<i> then ctrl \x01", 0),
    ("<?php ?>", 0),
    ("<!DOCTYPE html>", 0),
    ("", None),
]


@pytest.mark.parametrize(("text", "index"), CASES)
def test_the_first_unsafe_place_is_found(text: str, index: int | None) -> None:
    found = unsafe(text)
    assert (found[0] if found else None) == index, found
    if found:
        assert ("raw HTML" in found[1]) == (text[found[0]] == "<")
