"""What waits for the first frame: one watcher per window, and the window's parts the first frame does not show."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget
from pytestqt.qtbot import QtBot

from explainer import first_frame
from explainer.model import Pack
from explainer.navigator import Navigator
from explainer.window import MainWindow


def test_calls_waiting_for_one_window_share_one_filter_and_run_in_order_after_its_first_paint(
        app: QApplication, qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []
    first_frame.after_first_frame(widget, lambda: ran.append("first"))
    first_frame.after_first_frame(widget, lambda: ran.append("second"))
    assert len(widget.findChildren(first_frame._FirstPaint)) == 1  # each filter is a Python call per event
    assert ran == []
    widget.show()
    qtbot.waitUntil(lambda: len(ran) == 2)
    assert ran == ["first", "second"]
    assert widget.findChildren(first_frame._FirstPaint) == []  # done and gone: later paints cost nothing


def test_the_state_list_and_the_search_names_are_made_just_after_the_first_frame(
        app: QApplication, bundled: Pack, qtbot: QtBot) -> None:
    navigator = Navigator(bundled, "en")
    navigator.set_state("WA")
    window = MainWindow(bundled, navigator)
    qtbot.addWidget(window)
    box = window.state_picker.box
    # The first frame shows the chosen state and an empty search field: the rest is not made for it.
    assert [box.itemText(i) for i in range(box.count())] == ["Whole country", "Washington"]
    assert box.currentText() == "Washington"
    assert window.search.completer() is None and not window.search.isClearButtonEnabled()
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    items = [*window.scene.nodes.values(), *window.scene.edges.values(), *window.scene.lanes.values()]
    assert all(item.cacheMode() != cached for item in items), "no image per item for the first frame"
    window.show()
    qtbot.waitUntil(lambda: window.state_picker.full and window.search.completer() is not None)
    assert box.count() == 53 and box.currentText() == "Washington"  # 50 states, DC, Puerto Rico, and none
    assert all(item.cacheMode() == cached for item in items), "after it, clicks repaint items from their images"
    assert window.search.isClearButtonEnabled()
    assert window.search.match("Nlets") == "nlets"


def test_a_state_typed_before_the_list_is_filled_is_still_found(app: QApplication, bundled: Pack, qtbot: QtBot) -> None:
    navigator = Navigator(bundled, "en")
    window = MainWindow(bundled, navigator)
    qtbot.addWidget(window)
    assert not window.state_picker.full
    with qtbot.waitSignal(navigator.changed, timeout=2000):
        window.state_picker._typed("Oregon")
    assert navigator.state == "OR" and window.state_picker.box.currentText() == "Oregon"


def test_a_waiting_call_that_fails_stops_none_of_the_others(app: QApplication, qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []

    def fails() -> None:
        raise RuntimeError("broken")

    first_frame.after_first_frame(widget, fails)
    first_frame.after_first_frame(widget, lambda: ran.append("after"))
    with qtbot.capture_exceptions() as exceptions:
        widget.show()
        qtbot.waitUntil(lambda: ran == ["after"])
    assert [str(error) for _kind, error, _trace in exceptions] == ["broken"]
