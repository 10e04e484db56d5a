"""Presenter cards: what a tour step's notes talk about is on the projector, large; the key list stays with the presenter."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest
from present_support import Opener, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from explainer.app import main
from explainer.model import Pack, check_pack
from explainer.model.tour_cards import card_kind
from explainer.modes.present.card import body_px
from explainer.modes.present.presentation import Presentation
from explainer.modes.present.render_step import render_step


def carded(pack: Pack) -> list[int]:
    return [i for i, step in enumerate(pack.structure.tour) if step.card is not None]


def expected_words(pack: Pack, language: str, index: int) -> list[str]:
    """What the audience must be able to read at step ``index``: the thing the card names, in the language."""
    w = pack.language(language)
    card = pack.structure.tour[index].card
    assert card is not None
    named = card_kind(card)
    assert named is not None
    kind, item_id = named
    if kind == "fact":
        fact = next(f for f in pack.structure.facts if f.id == item_id)
        return [w.get(f"facts.{item_id}"), *(pack.sources[s].publisher for s in fact.sources)]
    if kind == "demand":  # its examples (the text) give way on a small projector
        return [w.get(f"actions.{item_id}.title"), w.how(item_id)]
    demand = pack.demands.demand_of(item_id)
    assert demand is not None
    words = [w.get(f"actions.{demand.id}.title"), w.how(demand.id), w.ui("not_legal_advice")]
    for step in pack.demands.own_steps(item_id):
        words += [w.get(f"actions.{step.id}.title"), w.how(step.id)]
    return words


def assert_card_shows(p: Presentation, index: int, language: str) -> None:
    card = p.stage.card
    assert card.isVisible(), index
    assert card.window() is p.window, "the card is on the audience window"
    shown = " ".join(card.text().split())
    for text in expected_words(p.pack, language, index):
        assert " ".join(text.split()) in shown, (index, text)
    body = body_px(p.window.height(), p.navigator.text_scale)
    for label in card.findChildren(QLabel):
        if not label.isHidden():
            assert label.font().pixelSize() >= round(body), (label.text(), label.font().pixelSize(), body)
            # Every paragraph is whole: as tall as its words need at the card's width.
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()


def test_the_bundled_tour_ends_on_the_three_demands_their_steps_and_one_won(bundled: Pack) -> None:
    tour = bundled.structure.tour
    kinds = [card_kind(step.card) if step.card else None for step in tour]
    actions = [k[1] for k in kinds if k and k[0] == "actions"]
    assert actions == list(bundled.pathways), "each pathway's demand and steps have a step"
    last = tour[-1]
    assert last.won and kinds[-1] == ("demand", last.won[0])


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_step_that_names_a_card_shows_it_on_the_audience_window(
    present: Opener, bundled: Pack, qtbot: QtBot, language: str
) -> None:
    p = present(bundled, language=language)
    p.window.showNormal()
    p.window.resize(1024, 768)  # the smallest projector the cards are made for
    qtbot.waitUntil(lambda: p.window.height() == 768)
    with_card = carded(bundled)
    assert len(with_card) >= 5
    for index in range(len(bundled.structure.tour)):
        p.go(index)
        if index in with_card:
            assert_card_shows(p, index, language)
            card = bundled.structure.tour[index].card
            named = card_kind(card) if card is not None else None
            assert named is not None and p.stage.card.kind == named[0]
            assert p.words.ui("present_status_card").split("{card}")[0] in p.presenter.status.text()
        else:
            assert not p.stage.card.isVisible(), index
    p.window.close()


def test_the_won_step_shows_its_demand_won_and_the_status_says_so(present: Opener, bundled: Pack) -> None:
    p = present(bundled)
    last = len(bundled.structure.tour) - 1
    p.go(last)
    won = bundled.structure.tour[last].won
    assert p.navigator.won == frozenset(won)
    title = p.words.get(f"actions.{won[0]}.title")
    assert title in p.presenter.status.text()
    p.back()
    assert not p.navigator.won and title not in p.presenter.status.text()


def test_a_card_leaves_with_a_detour_and_the_tour_left(present: Opener, bundled: Pack, qtbot: QtBot) -> None:
    p = present(bundled)
    index = carded(bundled)[0]
    p.go(index)
    assert p.stage.card.isVisible()
    press(qtbot, p, Qt.Key.Key_Escape)
    assert not p.tour.running and not p.stage.card.isVisible()
    press(qtbot, p, "t")
    assert p.stage.card.isVisible()


def test_on_a_large_projector_the_card_stands_beside_the_map_with_every_paragraph(
    present: Opener, bundled: Pack, qtbot: QtBot
) -> None:
    p = present(bundled)
    p.window.showNormal()
    p.window.resize(1920, 1080)
    qtbot.waitUntil(lambda: p.window.height() == 1080)
    for index in carded(bundled):
        p.go(index)
        card = p.stage.card
        assert all(not label.isHidden() for label in card.labels), index
        assert min(label.font().pixelSize() for label in card.labels) >= 28
        assert card.width() <= p.window.width() * 0.6 + 1, "beside the map, not over it"
        view = p.window.view
        assert view.viewport().width() < view.width() - card.width(), "the map is framed in the room left to it"
    step = bundled.structure.tour[-1]
    assert step.card is not None and step.card.demand is not None
    assert " ".join(p.words.get(f"actions.{step.card.demand}.text").split()) in " ".join(p.stage.card.text().split())


def test_card_type_is_28_px_on_1080_lines_24_on_768_and_follows_the_text_size(present: Opener, bundled: Pack) -> None:
    assert body_px(1080, 1.0) == pytest.approx(28.0)
    assert body_px(768, 1.0) == pytest.approx(24.0)
    assert body_px(600, 1.0) == pytest.approx(24.0)
    assert body_px(1080, 1.5) == pytest.approx(42.0)
    p = present(bundled)
    p.go(carded(bundled)[0])
    before = p.stage.card.labels[1].font().pixelSize()
    p.bigger()
    assert p.stage.card.labels[1].font().pixelSize() > before


def test_question_mark_opens_the_key_list_on_the_presenter_screen_not_the_projector(
    present: Opener, mini: Pack, qtbot: QtBot
) -> None:
    p = present(mini)
    assert not p.presenter.isVisible()  # one screen: the notes start hidden
    press(qtbot, p, "?")
    assert p.help.isVisible()
    assert p.help.window() is p.presenter and p.presenter.isVisible()
    assert p.help.window() is not p.window
    press(qtbot, p, Qt.Key.Key_Escape)
    assert not p.help.isVisible() and p.tour.running


def test_the_status_line_says_what_the_audience_sees_when_frozen_and_black(present: Opener, bundled: Pack) -> None:
    p = present(bundled)
    index = carded(bundled)[0]
    p.go(index)
    live = p.presenter.status.text()
    assert p.words.ui("present_status_live") in live
    p.toggle_freeze()
    p.next()
    frozen = p.presenter.status.text()
    assert p.words.ui("present_status_frozen") in frozen and live in frozen  # still what the room sees
    p.toggle_freeze()
    p.toggle_black()
    assert p.presenter.status.text() == p.words.ui("present_status_black")


def _card_error(mini_copy: Path, old: str, new: str) -> tuple[int, str]:
    pack_file = mini_copy / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    assert old in text
    pack_file.write_text(text.replace(old, new), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if old in row)
    pack, problems = check_pack(mini_copy)
    errors = [p for p in problems if p.severity == "error"]
    assert pack is None and len(errors) == 1, errors
    assert errors[0].path.endswith("pack.yaml")
    return errors[0].line - line, errors[0].message


@pytest.mark.parametrize(
    ("card", "message"),
    [
        ("{fact: nowhere}", "unknown fact 'nowhere'; use one of: north-fact, south-fact"),
        ("{demand: north-fact}", "unknown demand 'north-fact'; use one of: close-north"),
        ("{actions: close-north}", "unknown pathway 'close-north'; use one of: north, south"),
        ("{fact: north-fact, demand: close-north}", "a card shows exactly one of: fact, demand, actions"),
        ("{}", "(this one names none)"),
        ("{slide: 3}", "unknown field 'slide'"),
    ],
)
def test_a_bad_card_is_one_error_at_its_line(mini_copy: Path, card: str, message: str) -> None:
    offset, said = _card_error(mini_copy, "{id: step-north, show: [north]}",
                               f"{{id: step-north, show: [north], card: {card}}}")
    assert offset == 0
    assert message in said


def test_render_draws_the_audience_screen_at_a_step_with_its_card(app: QApplication, bundled: Pack) -> None:
    index = carded(bundled)[-1]
    args = Namespace(step=index + 1, size=(1024, 768), text_scale=1.0, high_contrast=False, state=None)
    image = render_step(bundled, "es", args)
    assert (image.width(), image.height()) == (1024, 768)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1024, 16) for y in range(0, 600, 16)}
    assert "#ffffff" in colours and len(colours) > 8  # the white card over a drawn diagram


def test_render_names_the_valid_steps_for_an_unknown_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "--mode", "present", "--step", "99", "--out", str(tmp_path / "x.png")])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown step 99; this tour has steps 1 to" in err
    with pytest.raises(SystemExit):
        main(["render", "--step", "2", "--out", str(tmp_path / "x.png")])
    assert "--step goes with --mode present" in capsys.readouterr().err


@pytest.mark.parametrize(("language", "word"), [("en", "card"), ("es", "tarjeta")])
def test_notes_that_talk_about_the_card_are_on_steps_that_show_one(bundled: Pack, language: str, word: str) -> None:
    words = bundled.language(language)
    talked = [step.id for step in bundled.structure.tour if word in words.get(f"tour.{step.id}.notes").lower()]
    assert talked, "the bundled tour's notes point the room at its cards"
    for step in bundled.structure.tour:
        notes = words.get(f"tour.{step.id}.notes").lower()
        if step.id in talked:
            assert step.card is not None, step.id
        assert "on screen" not in notes and "en pantalla" not in notes, step.id
