"""The Markdown the pack uses becomes safe rich text."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from explainer.panels.markdown import MAX_CHARS, first_paragraph, plain_text, render_markdown


def test_paragraphs_emphasis_and_lists() -> None:
    text = "First line\ncontinues.\n\n**Bold** and *italic* and _also_.\n\n- one\n- two\n  wrapped\n\n1. first\n2. second\n"
    assert render_markdown(text) == (
        "<p>First line continues.</p>\n"
        "<p><b>Bold</b> and <i>italic</i> and <i>also</i>.</p>\n"
        "<ul><li>one</li><li>two wrapped</li></ul>\n"
        "<ol><li>first</li><li>second</li></ol>"
    )


def test_headings_are_smaller_than_the_panel_title() -> None:
    assert render_markdown("# Big\n### Small") == "<h2>Big</h2>\n<h4>Small</h4>"


def test_raw_html_is_shown_as_text_never_run() -> None:
    out = render_markdown("<script>alert(1)</script> & <b>x</b>")
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;" in out and "<b>" not in out


def test_links_become_text_with_the_address_because_nothing_opens() -> None:
    assert render_markdown("See [the guide](https://example.org/guide).") == (
        "<p>See the guide (https://example.org/guide).</p>"
    )


def test_stars_inside_words_and_lone_stars_stay() -> None:
    assert render_markdown("2 * 3 * 4 and snake_case_name") == "<p>2 * 3 * 4 and snake_case_name</p>"


def test_images_become_their_description_and_html_blocks_stay_text() -> None:
    out = render_markdown("![a red square](/dev/zero)\n\n<div>\n<img src=/dev/zero>\n</div>\n\n"
                          "<http://x.org> and [x](javascript:alert(1))")
    assert "<img" not in out and "<div" not in out and "<a" not in out and "href" not in out
    assert "a red square" in out and "&lt;img src=/dev/zero&gt;" in out and "http://x.org and x (javascript:alert(1))" in out


def test_plain_text_and_first_paragraph_drop_the_markup_but_keep_html_as_typed() -> None:
    text = "# Hello <b>you</b>\n\n**Bold** [link](https://x.org) `code`\n\n- one\n- two"
    assert plain_text(text) == "Hello <b>you</b>\n\nBold link code\n\none\n\ntwo"
    assert first_paragraph("Intro *here*\nand there.\n\nMore.") == "Intro here and there."


HOSTILE = {
    "unclosed _italics_": "_a ",
    "unclosed *italics*": "*a ",
    "unclosed **bold**": "**a ",
    "unclosed links": "[a](",
    "unclosed brackets": "[",
    "many links": "[a](b) ",
    "raw html": "<img src=/dev/zero> ",
    "nested quotes": ">",
    "backticks": "`a ``b ",
    "emphasis mix": "*_a_* _*b*_ **_",
}


@pytest.mark.parametrize("size", [150_000, MAX_CHARS])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_markdown_renders_in_under_50_ms(name: str, size: int) -> None:
    text = (HOSTILE[name] * size)[:size]
    # Best of three, so a busy test machine measures the renderer rather than the scheduler.
    for render in (render_markdown, plain_text):
        best = min(_timed(render, text) for _ in range(3))
        assert best < 0.050, f"{render.__name__} on {name} ({size} characters): {best * 1000:.0f} ms"


def _timed(render: Callable[[str], str], text: str) -> float:
    start = time.perf_counter()
    render(text)
    return time.perf_counter() - start


def test_a_page_too_big_to_format_is_shown_as_escaped_paragraphs() -> None:
    text = "**big** <b>page</b>\n\n" * (MAX_CHARS // 10)
    out = render_markdown(text)
    assert out.startswith("<p>**big** &lt;b&gt;page&lt;/b&gt;</p>\n<p>") and "<b>" not in out
