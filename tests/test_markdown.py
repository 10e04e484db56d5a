"""The Markdown the pack uses becomes safe rich text."""

from __future__ import annotations

from explainer.panels.markdown import render_markdown


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
