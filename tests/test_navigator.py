"""The navigator's contract: every change sets all its fields first, then emits ``changed`` once, naming them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from explainer.model import Pack
from explainer.navigator import Navigator
from explainer.window import MainWindow


class Recorder:
    """Every ``changed`` emission, with the navigator's state as a listener saw it at that moment."""

    def __init__(self, navigator: Navigator) -> None:
        self.navigator = navigator
        self.emissions: list[frozenset[str]] = []
        self.seen: list[tuple[str | None, str, str, str | None]] = []
        navigator.changed.connect(self._record)

    def clear(self) -> None:
        self.emissions.clear()
        self.seen.clear()

    def _record(self, fields: frozenset[str]) -> None:
        nav = self.navigator
        self.emissions.append(fields)
        self.seen.append((nav.selection, nav.view, nav.language, nav.second_language))


@pytest.fixture(name="nav")
def nav_fixture(mini: Pack) -> Navigator:
    return Navigator(mini, "en")


@pytest.fixture(name="record")
def record_fixture(nav: Navigator) -> Recorder:
    return Recorder(nav)


def test_selecting_from_the_sources_view_is_one_change_of_selection_and_view(nav: Navigator, record: Recorder) -> None:
    nav.show_view("sources")
    record.clear()
    nav.select("north-hop")
    assert record.emissions == [frozenset({"selection", "view"})]
    assert record.seen == [("north-hop", "diagram", "en", None)], "both fields were set before the signal"


def test_a_new_language_that_drops_the_second_language_is_one_change(nav: Navigator, record: Recorder) -> None:
    nav.set_second_language("ar")
    record.clear()
    nav.set_language("ar")
    assert record.emissions == [frozenset({"language", "second_language"})]
    assert record.seen[-1][2:] == ("ar", None)


@pytest.mark.parametrize(("change", "field"), [
    (lambda n: n.select("north-hop"), "selection"),
    (lambda n: n.show_view("about"), "view"),
    (lambda n: n.set_language("ar"), "language"),
    (lambda n: n.set_second_language("ar"), "second_language"),
    (lambda n: n.set_text_scale(1.5), "text_scale"),
    (lambda n: n.set_contrast(True), "contrast"),
    (lambda n: n.set_reduced_motion(True), "reduced_motion"),
    (lambda n: n.set_won(["close-north"]), "won"),
    (lambda n: n.set_state("ca"), "state"),
])
def test_each_setter_emits_once_naming_its_field(nav: Navigator, record: Recorder, change: Callable[[Navigator], None],
                                                 field: str) -> None:
    change(nav)
    assert record.emissions == [frozenset({field})]


def test_setting_what_is_already_shown_emits_nothing(nav: Navigator, record: Recorder) -> None:
    nav.home()
    nav.set_language("en")
    nav.set_text_scale(1.0)
    nav.set_contrast(False)
    nav.set_won([])
    nav.set_state(None)
    assert record.emissions == []


def test_starting_over_is_one_change_and_keeps_the_places_settings(nav: Navigator, record: Recorder) -> None:
    nav.set_reduced_motion(True)
    nav.set_state("NY")
    nav.set_language("ar")
    nav.select("north-hop")
    nav.set_text_scale(2.0)
    nav.set_contrast(True)
    record.clear()
    nav.start_over("en")
    assert record.emissions == [frozenset({"language", "selection", "text_scale", "contrast"})]
    assert nav.reduced_motion and nav.state == "NY"


def test_unknown_ids_are_refused_without_a_signal(nav: Navigator, record: Recorder) -> None:
    refused: list[Callable[[], None]] = [lambda: nav.select("nowhere"), lambda: nav.set_language("xx"),
                                         lambda: nav.set_won(["north-hop"])]
    for bad in refused:
        with pytest.raises(KeyError):
            bad()
    with pytest.raises(ValueError, match="state code"):
        nav.set_state("California")
    assert record.emissions == []


@pytest.fixture(name="window")
def window_fixture(app: QApplication, mini: Pack) -> Iterator[MainWindow]:
    window = MainWindow(mini, Navigator(mini, "en"))
    yield window
    window.close()
    window.deleteLater()


def _count_panel_renders(window: MainWindow) -> list[int]:
    renders = [0]
    show_html = window.panel.show_html

    def counted(*args: object, **kwargs: object) -> None:
        renders[0] += 1
        show_html(*args, **kwargs)  # type: ignore[arg-type]

    window.panel.show_html = counted  # type: ignore[method-assign]
    return renders


def test_a_language_change_renders_the_panel_once(window: MainWindow) -> None:
    window.navigator.set_second_language("ar")
    renders = _count_panel_renders(window)
    window.navigator.set_language("ar")
    assert renders == [1]
    assert window.navigator.second_language is None


def test_opening_a_part_from_the_sources_view_renders_the_panel_once(window: MainWindow) -> None:
    window.navigator.show_view("sources")
    renders = _count_panel_renders(window)
    window.navigator.select("north-hop")
    assert renders == [1]
    assert window.view.isVisibleTo(window)
