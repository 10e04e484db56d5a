"""Action first: every panel opens with a summary, then "What you can do" on the first screen, then the facts.

Measured in the document's layout, not in pixels: the block of the "What you can do"
heading and the block of the first action step (its title and how) must end inside
the panel's viewport when the panel opens, for every box, arrow and lane.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QGraphicsItem, QTextBrowser
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.panels import order
from explainer.scene.edge_item import EdgeItem
from explainer.scene.lane_item import LaneItem
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]
SIZES = [(1366, 768), (1024, 600)]


def _point(window: MainWindow, item: QGraphicsItem) -> QPoint:
    if isinstance(item, EdgeItem):
        return window.view.mapFromScene(item.path().pointAtPercent(0.5))
    if isinstance(item, LaneItem):  # its heading, above the boxes
        rect = item.sceneBoundingRect()
        return window.view.mapFromScene(QPointF(rect.left() + 40, rect.top() + 10))
    return window.view.mapFromScene(item.sceneBoundingRect().center())


def _click(qtbot: QtBot, window: MainWindow, item_id: str) -> None:
    item = window.scene.item_for(item_id)
    assert item is not None
    with qtbot.waitSignal(window.navigator.changed, timeout=2000):
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_point(window, item))
    assert window.navigator.selection == item_id


def _block(document: QTextDocument, text: str) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        if text in block.text():
            return block
        block = block.next()
    raise AssertionError(f"{text!r} is not in the panel")


def _bottom(browser: QTextBrowser, text: str) -> float:
    """Where the block holding ``text`` ends, in viewport pixels from the top of the panel's visible area."""
    document = browser.document()
    layout = document.documentLayout()
    rect = layout.blockBoundingRect(_block(document, text))
    return rect.bottom() - browser.verticalScrollBar().value()


def _first_step(pack: Pack, item_id: str) -> str:
    pathway = pack.pathway_of(item_id)
    demand = pack.demands.demand_of(pathway) if pathway else pack.demands.demands()[0]
    assert demand is not None
    return demand.id


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("code", ["en", "es"])
def test_what_you_can_do_and_the_first_step_are_on_the_first_screen(
        open_window: Opener, bundled: Pack, qtbot: QtBot, code: str, size: tuple[int, int]) -> None:
    window = open_window(bundled, code, size)
    window.navigator.set_reduced_motion(True)  # the camera stays put between clicks
    words = bundled.language(code)
    browser = window.panel.primary
    heading = words.ui("act_heading")
    late: list[str] = []
    for item_id in [*bundled.pathways, *bundled.nodes, *bundled.edges]:
        window.navigator.home()
        window.view.fit()
        _click(qtbot, window, item_id)
        height = browser.viewport().height()
        how = words.how(_first_step(bundled, item_id))
        heading_bottom, step_bottom = _bottom(browser, heading), _bottom(browser, how[-30:])
        if not (heading_bottom <= height and step_bottom <= height):
            late.append(f"{item_id}: heading ends at {heading_bottom:.0f}, first step at {step_bottom:.0f}, "
                        f"panel shows {height}")
    assert not late, "\n".join(late)


def test_headings_are_headings_in_order(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    words = bundled.language("en")
    _click(qtbot, window, "brokers")
    document = window.panel.primary.document()
    levels = {text: _block(document, text).blockFormat().headingLevel()
              for text in (words.title("brokers"), words.ui("act_heading"), words.ui("steps_heading"))}
    assert levels == {words.title("brokers"): 2, words.ui("act_heading"): 3, words.ui("steps_heading"): 4}
    facts = words.ui("facts_count_heading", count=len(bundled.facts_about("brokers")))
    assert _block(document, facts).blockFormat().headingLevel() == 3
    text = window.panel.primary.toPlainText()
    assert text.index(words.ui("act_heading")) < text.index(facts)
    assert text.index(words.how("limit-sale")) < text.index(facts)


def test_a_part_on_no_pathway_lists_every_pathways_demand_under_its_name(bundled: Pack) -> None:
    words = bundled.language("es")
    html = order.item_html("dmv", bundled, words, str)
    act = html.index(words.ui("act_heading"))
    for pathway in bundled.structure.pathways:
        title = words.get(f"pathways.{pathway.id}.title")
        demand = words.get(f"actions.{pathway.demand}.title")
        assert act < html.index(title) < html.index(demand), pathway.id
        assert f"color:{pathway.colour}" in html


def test_a_long_first_paragraph_keeps_whole_sentences_in_the_summary() -> None:
    page = ("One short sentence. " * 20).strip() + "\n\nSecond paragraph."
    summary, rest = order.split_page(page)
    assert len(summary) <= order.SUMMARY_CHARS and summary.endswith(".")
    assert rest.endswith("Second paragraph.")
    assert (summary + " " + rest.split("\n\n")[0]).split() == page.split("\n\n")[0].split()
    assert order.split_page("Short.\n\nMore.") == ("Short.", "More.")
