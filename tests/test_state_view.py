"""'Your state': the map, panel and summary for one state match the pack's facts, and nobody remembers the choice."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from kiosk_support import Maker, begin_visit, idle_soon, make_kiosk_fixture  # noqa: F401
from present_support import Opener as PresentOpener
from present_support import present_fixture, press  # noqa: F401
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.model.state_facts import picture
from explainer.window import MainWindow

Opener = Callable[..., MainWindow]


def _choose(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    """Type into the "Your state" box, as a person with a keyboard does, and press Enter."""
    box = window.state_picker.box
    box.setFocus()
    line = box.lineEdit()
    assert line is not None
    # The letters go in without the completer's list (an offscreen platform warns when a popup grabs the keys).
    line.setText(typed)
    with qtbot.waitSignal(window.navigator.changed, timeout=2000):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert QApplication.activePopupWidget() is None


def _open_item(qtbot: QtBot, window: MainWindow, item_id: str) -> str:
    """Click a lane's heading or a node in the real view; return the panel's text."""
    item = window.scene.item_for(item_id)
    assert item is not None
    rect = item.sceneBoundingRect()
    at = rect.center() if item_id in window.pack.nodes else rect.topLeft() + (rect.center() - rect.topLeft()) * 0.1
    pos: QPoint = window.view.mapFromScene(at)
    with qtbot.waitSignal(window.scene.activated, timeout=2000):
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.navigator.selection == item_id
    return window.panel.primary.toPlainText()


def _marks(window: MainWindow) -> dict[str, list[str]]:
    return {p: [word for _symbol, word in lane.marks] for p, lane in window.scene.lanes.items()}


def test_washington_marks_pathway_1_as_limited_by_law_and_its_panel_puts_washington_first(
        open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    _choose(qtbot, window, "Washington")
    assert window.navigator.state == "WA"
    marks = _marks(window)
    assert marks["access"] == ["Limited by state law or policy", "Documented case"]
    assert marks["sale"] == ["No facts in this pack"]
    assert [s for s, _w in window.scene.lanes["access"].marks] == ["§", "!"]  # a symbol beside each word
    summary = window.panel.primary.toPlainText()
    assert "Washington: what this pack says" in summary
    assert "Keep Washington Working Act (2019)" in summary
    assert "This pack last reviewed its facts about Washington on November 26, 2026." in summary
    text = _open_item(qtbot, window, "access")
    words = bundled.language("en")
    state_first = text.index("In Washington")
    national = text.index(words.get("facts.dragnet-photos-searched")[:40])  # a fact about the whole country
    assert state_first < text.index(words.get("facts.washington-daps-revoked")[:40]) < national
    assert "Already won in Washington: Keep Washington Working Act (2019)" in text


def test_utah_shows_its_documented_case_first_and_its_demands_still_open(
        open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled, "es")
    _choose(qtbot, window, "Utah")
    assert _marks(window) == {"access": ["Caso documentado"], "sale": ["No hay datos en este paquete"],
                              "systems": ["No hay datos en este paquete"]}
    text = _open_item(qtbot, window, "access")
    words = bundled.language("es")
    case = words.get("facts.utah-face-searches")[:40]
    assert text.index("En Utah") < text.index(case) < text.index(words.get("facts.dragnet-photos-searched")[:40])
    assert "Pendiente en Utah" in text and "Ya logrado en Utah" not in text
    ut = picture(bundled, "UT")
    assert [f.id for f in ut.facts] == ["ncsl-license-states", "face-requests-2019", "utah-face-searches"]


def test_wyoming_has_no_mark_only_no_facts_in_this_pack(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    _choose(qtbot, window, "wy")  # a code works as well as a name
    assert window.navigator.state == "WY"
    assert _marks(window) == {p: ["No facts in this pack"] for p in bundled.pathways}
    summary = window.panel.primary.toPlainText()
    assert "This pack has no facts about Wyoming." in summary
    assert "Limited by" not in summary and "Documented" not in summary
    text = _open_item(qtbot, window, "brokers")
    assert "In Wyoming: – No facts in this pack" in text or "– No facts in this pack" in text
    assert text.index("In Wyoming") < text.index(bundled.language("en").get("facts.states-selling-data")[:40])


def test_the_state_control_is_a_named_focus_stop_that_finds_by_typing(
        open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    box = window.state_picker.box
    assert box.accessibleName() == "Your state" and "Nothing is saved" in box.accessibleDescription()
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    chain: list[QWidget] = []
    widget: QWidget | None = window.language_box.nextInFocusChain()
    while widget is not None and widget is not window.language_box and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert box in chain or box.lineEdit() in chain
    qtbot.waitUntil(lambda: window.state_picker.full)  # every state is listed just after the first frame
    completer = box.completer()
    assert completer is not None
    completer.setCompletionPrefix("york")  # type-to-find: any part of a name, any case
    assert completer.currentCompletion() == "New York"
    _choose(qtbot, window, "york")
    assert window.navigator.state == "NY"
    box.setCurrentIndex(0)
    box.activated.emit(0)
    assert window.navigator.state is None and _marks(window) == {p: [] for p in bundled.pathways}


def test_the_marks_are_in_each_items_accessible_description(open_window: Opener, bundled: Pack, qtbot: QtBot) -> None:
    window = open_window(bundled)
    node = QAccessible.queryAccessibleInterface(window.scene.nodes["direct-access"])
    arrow = QAccessible.queryAccessibleInterface(window.scene.edges["dmv-brokers"])
    assert node is not None and arrow is not None
    assert "Washington" not in node.text(QAccessible.Text.Description)
    _choose(qtbot, window, "Washington")
    assert "In Washington: Limited by state law or policy (Keep Washington Working Act (2019)" in \
        node.text(QAccessible.Text.Description)
    assert "In Washington: No facts in this pack" in arrow.text(QAccessible.Text.Description)


def test_the_kiosk_forgets_the_state_at_the_idle_reset_and_writes_nothing(
        make_kiosk: Maker, bundled: Pack, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    kiosk = make_kiosk(pack=bundled, countdown_ms=200)
    begin_visit(kiosk)
    assert kiosk.window.state_bar.isVisible()
    _choose(qtbot, kiosk.window, "Utah")
    assert kiosk.navigator.state == "UT" and _marks(kiosk.window)["access"] == ["Documented case"]
    with qtbot.waitSignal(kiosk.idle.expired, timeout=10_000):
        idle_soon(kiosk)
    assert kiosk.navigator.state is None
    assert kiosk.window.state_picker.box.currentText() == "Whole country"
    assert _marks(kiosk.window) == {p: [] for p in bundled.pathways}
    assert kiosk.window.scene.state_lines == {}
    assert sorted(tmp_path.rglob("*")) == before, "choosing a state wrote a file"
    assert os.getcwd() == str(tmp_path)


def test_start_over_keeps_the_places_state_unless_told_which_to_start_with(bundled: Pack, qtbot: QtBot) -> None:
    from explainer.navigator import Navigator

    nav = Navigator(bundled)
    nav.set_state("wa")
    nav.start_over("en")
    assert nav.state == "WA"
    with qtbot.waitSignal(nav.changed, timeout=1000) as blocker:
        nav.start_over("es", state=None)
    assert nav.state is None and {"state", "language"} <= blocker.args[0]


def test_a_tour_for_a_state_keeps_its_marks_and_hides_the_state_row_with_the_toolbar(
        present: PresentOpener, bundled: Pack, qtbot: QtBot) -> None:
    p = present(bundled)
    p.navigator.set_state("UT")  # as --state UT does before the tour starts
    assert p.tour.running
    assert not p.window.state_bar.isVisible() and not p.window.toolbar.isVisible()
    assert _marks(p.window)["access"] == ["Documented case"]
    press(qtbot, p, Qt.Key.Key_Right)
    assert p.tour.index == 1 and _marks(p.window)["access"] == ["Documented case"]


def test_a_kiosk_started_for_a_state_goes_back_to_it_not_to_the_visitors(
        app: QApplication, qtbot: QtBot, bundled: Pack) -> None:
    from explainer.modes.kiosk.content import KioskContent
    from explainer.modes.kiosk.kiosk import Kiosk, KioskSettings
    from explainer.navigator import Navigator

    navigator = Navigator(bundled)
    navigator.set_state("WA")  # the place's own, from --state
    window = MainWindow(bundled, navigator)
    qtbot.addWidget(window)
    kiosk = Kiosk(window, navigator, KioskContent(bundled, "en", False, []), KioskSettings(60_000, 60_000))
    kiosk.start()
    try:
        qtbot.waitExposed(window)
        begin_visit(kiosk)
        _choose(qtbot, window, "Utah")
        assert navigator.state == "UT"
        kiosk.reset()
        assert navigator.state == "WA" and window.state_picker.box.currentText() == "Washington"
    finally:
        kiosk.stop()
