"""Languages: live switching, a side-by-side panel, right-to-left mirroring, and words that fit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication

from explainer.look.theme import standard_theme
from explainer.model import Pack
from explainer.scene import node_item
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]


def test_switching_language_changes_labels_panel_and_buttons_and_keeps_the_selection(
    open_window: Opener, bundled: Pack
) -> None:
    window = open_window(bundled)
    window.view.zoom_in()
    zoom = window.view.transform().m11()
    window.navigator.select("nlets")
    en, es = bundled.language("en"), bundled.language("es")
    assert window.scene.nodes["dmv"].title == en.get("nodes.dmv.title")
    index = window.language_box.findData("es")
    window.language_box.activated.emit(index)
    assert window.navigator.language == "es"
    assert window.navigator.selection == "nlets"
    assert window.scene.nodes["dmv"].title == es.get("nodes.dmv.title")
    assert window.scene.lanes["sale"].title == es.get("pathways.sale.title")
    assert window.home_action.text() == es.ui("home")
    assert window.sources_action.text() == es.ui("sources")
    panel = window.panel.primary.toPlainText()
    assert es.get("facts.nlets-photos")[:30] in panel
    assert en.get("facts.nlets-photos")[:30] not in panel
    assert window.scene.nodes["nlets"].selected
    assert window.view.transform().m11() == pytest.approx(zoom)
    assert window.windowTitle() == es.get("title")


def test_side_by_side_shows_two_languages_while_the_diagram_follows_the_first(
    open_window: Opener, bundled: Pack
) -> None:
    window = open_window(bundled, "es")
    window.navigator.select("brokers")
    window.second_box.activated.emit(window.second_box.findData("en"))
    assert window.navigator.second_language == "en"
    assert window.panel.secondary.isVisible()
    assert bundled.language("en").get("nodes.brokers.title") in window.panel.secondary.toPlainText()
    assert bundled.language("es").get("nodes.brokers.title") in window.panel.primary.toPlainText()
    assert window.scene.nodes["brokers"].title == bundled.language("es").get("nodes.brokers.title")
    window.second_box.activated.emit(window.second_box.findData(None))
    assert not window.panel.secondary.isVisible()


def test_a_right_to_left_language_mirrors_the_layout(open_window: Opener, mini: Pack) -> None:
    window = open_window(mini, "en")
    start = window.scene.nodes["start"].sceneBoundingRect().center().x()
    end = window.scene.nodes["end"].sceneBoundingRect().center().x()
    assert start < end
    window.navigator.set_language("ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mirrored_start = window.scene.nodes["start"].sceneBoundingRect().center().x()
    assert mirrored_start > window.scene.nodes["end"].sceneBoundingRect().center().x()
    assert window.panel.primary.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.navigator.set_language("en")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_dates_follow_the_language(open_window: Opener, bundled: Pack) -> None:
    window = open_window(bundled, "es")
    assert "noviembre" in window.footer.text()
    window.navigator.set_language("en")
    assert "November" in window.footer.text()


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_label_fits_inside_its_node(open_window: Opener, bundled: Pack, language: str, scale: float) -> None:
    window = open_window(bundled, language, size=(1024, 600))
    window.navigator.set_text_scale(scale)
    theme = standard_theme(scale)
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    for node_id, item in window.scene.nodes.items():
        stripe = bundled.nodes[node_id].pathway is not None
        width = item.rect().width() - 2 * node_item.PAD_X - (node_item.STRIPE if stripe else 0) \
            - node_item.icon_size(theme) - node_item.ICON_GAP
        box = QRectF(0, 0, width, 10_000)
        title = QFontMetricsF(theme.font(node_item.TITLE_SIZE, True)).boundingRect(box, wrap, item.title)
        sub = QFontMetricsF(theme.font(node_item.SUBTITLE_SIZE)).boundingRect(box, wrap, item.subtitle)
        assert title.width() <= width + 0.5, (node_id, item.title)
        assert sub.width() <= width + 0.5, (node_id, item.subtitle)
        needed = title.height() + (3 + sub.height() if item.subtitle else 0) + 2 * node_item.PAD_Y
        assert needed <= item.rect().height() + 0.5, (node_id, needed, item.rect().height())
    for pathway_id, lane in window.scene.lanes.items():
        from explainer.scene.lane_item import heading_width

        assert heading_width(theme, lane.title) <= lane.boundingRect().width(), pathway_id
