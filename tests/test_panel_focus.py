"""Enter on a box, arrow or lane puts the focus on the panel's heading; H jumps between headings; Esc comes back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.panels.outline import PanelOutline
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]


def _focus_item(window: MainWindow, qtbot: QtBot, item_id: str) -> None:
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.view.hasFocus)
    item = window.scene.item_for(item_id)
    assert item is not None
    item.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.scene.focusItem() is item


def _outline(window: MainWindow) -> PanelOutline:
    outline = window.panel.findChild(PanelOutline)
    assert outline is not None
    return outline


@pytest.mark.parametrize("item_id", ["nlets", "dmv-nlets", "access"])
def test_enter_focuses_the_panel_heading_and_escape_returns_to_the_item(
    open_window: Opener, bundled: Pack, qtbot: QtBot, item_id: str
) -> None:
    window = open_window(bundled)
    _focus_item(window, qtbot, item_id)
    outline = _outline(window)
    with qtbot.waitSignal(outline.heading_focused, timeout=2000) as heading:
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.navigator.selection == item_id
    assert window.panel.primary.hasFocus()
    first = outline.headings()[0]
    assert heading.args == [first.text] and outline.current is first
    iface = QAccessible.queryAccessibleInterface(first)
    assert iface is not None and iface.role() == QAccessible.Role.Heading and iface.state().focused
    panel = QAccessible.queryAccessibleInterface(window.panel)
    assert panel is not None and panel.focusChild() is not None
    assert panel.focusChild().text(QAccessible.Text.Name) == first.text
    # "What you can do" is one heading-jump away
    act = bundled.language("en").ui("act_heading")
    with qtbot.waitSignal(outline.heading_focused, timeout=2000) as jumped:
        qtbot.keyClick(window.panel.primary, Qt.Key.Key_H)
    assert jumped.args == [act]
    qtbot.keyClick(window.panel.primary, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.view.hasFocus)
    assert window.scene.focusItem() is window.scene.item_for(item_id)
    assert window.navigator.selection == item_id  # Esc went back, it did not close the part
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.navigator.selection is None  # a second Esc goes to the overview as before


def test_the_panel_exposes_headings_with_their_roles(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    window.navigator.select("nlets")
    panel = QAccessible.queryAccessibleInterface(window.panel)
    assert panel is not None
    children = [panel.child(i) for i in range(panel.childCount())]
    headings = [c.text(QAccessible.Text.Name) for c in children if c is not None and c.role() == QAccessible.Role.Heading]
    words = bundled.language("en")
    assert headings[0] == words.get("nodes.nlets.title")
    assert words.ui("act_heading") in headings
    for child in children:
        assert child is not None and child.parent() is not None


def test_no_toolbar_tab_stop_is_empty_and_enter_presses_buttons(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    for action in window.toolbar.actions():
        widget = window.toolbar.widgetForAction(action)
        if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            assert isinstance(widget, QToolButton) or widget.accessibleName(), widget
    window.navigator.select("nlets")
    button = window.toolbar.widgetForAction(window.home_action)
    assert isinstance(button, QToolButton)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.home_action.triggered, timeout=2000):
        qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.navigator.selection is None


def test_f6_moves_from_the_controls_to_the_diagram_to_the_panel_and_back(
    open_window: Opener, bundled: Pack, qtbot: QtBot
) -> None:
    window = open_window(bundled)
    home = window.toolbar.widgetForAction(window.home_action)
    assert home is not None
    home.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(home, Qt.Key.Key_F6)
    assert window.view.hasFocus() and window.scene.focusItem() is window.view.focus_items()[0]
    qtbot.keyClick(window.view, Qt.Key.Key_F6)
    assert window.panel.primary.hasFocus()
    qtbot.keyClick(window.panel.primary, Qt.Key.Key_F6)
    assert window.toolbar.isAncestorOf(window.focusWidget())


def test_the_accessible_locale_follows_the_language(open_window: Opener, bundled: Pack) -> None:
    window = open_window(bundled, "en")
    assert QLocale().name().startswith("en")
    window.navigator.set_language("es")
    assert QLocale().name().startswith("es")  # Qt tells AT-SPI this locale
    window.navigator.set_language("en")


def test_a_click_is_told_the_title_and_summary(open_window: Opener, bundled: Pack) -> None:
    window = open_window(bundled, "es")
    window.navigator.select("nlets")
    words = bundled.language("es")
    message = window.panel_focus.opened_message("nlets")
    assert message.startswith(words.ui("panel_opened", name=words.title("nlets")) + ". ")
    lines = window.panel.primary.toPlainText().split("\n")
    title = lines.index(words.title("nlets"))
    assert message.endswith(". " + lines[title + 1])  # the paragraph under the title, no more
