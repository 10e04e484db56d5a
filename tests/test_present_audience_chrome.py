"""The projector shows the map, the barrier and the card, not controls; the presenter's preview shows the same card."""

from __future__ import annotations

import re

import pytest
from present_support import Opener, present_fixture, press  # noqa: F401
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explainer.model import Pack
from explainer.modes.present.card import card_lines
from explainer.wording import dates


def test_the_won_buttons_are_the_presenters_and_the_room_still_sees_the_cut(
        present: Opener, bundled: Pack, qtbot: QtBot) -> None:
    p = present(bundled)
    window = p.window
    assert p.tour.running
    assert window.won_bar.isHidden(), "a tour step shows no demand buttons on the projector"
    assert window.toolbar.isHidden() and window.state_bar.isHidden()
    assert p.presenter.won_bar.isVisibleTo(p.presenter)
    press(qtbot, p, Qt.Key.Key_End)  # the last step shows a demand won
    last = bundled.structure.tour[-1]
    assert p.navigator.won == frozenset(last.won)
    assert window.won_bar.isHidden()
    entry = bundled.demands.entries(bundled.demands.closes(last.won[0])[0])[0]
    assert window.scene.edges[entry.id].cut == "entry", "the room sees the pathway cut"
    # A detour (a part opened mid-tour) keeps the controls off the projector too.
    p.navigator.select(entry.id)
    assert window.panel.isVisibleTo(window) and window.won_bar.isHidden()
    # Leaving the tour gives the ordinary explore window, buttons and all.
    p.leave()
    assert not window.won_bar.isHidden() and not window.toolbar.isHidden()


def test_the_presenters_preview_shows_the_audience_card(present: Opener, bundled: Pack, qtbot: QtBot) -> None:
    p = present(bundled)
    preview = p.presenter.preview_card
    assert p.stage.card.isHidden() and preview.isHidden(), "step 1 shows no card"
    for index, step in enumerate(bundled.structure.tour):
        p.go(index)
        card = p.stage.card
        if step.card is None:
            assert card.isHidden() and preview.isHidden(), step.id
            continue
        assert not card.isHidden() and not preview.isHidden(), step.id
        assert preview.kind == card.kind and preview.lines == card.lines, step.id
        # The card's title (its first paragraph after the heading that never gives way) is on the preview, readable.
        title = next(line.text for line in card.lines if line.style != "heading" and not line.spare)
        shown = [label for label in preview.labels if not label.isHidden() and label.text() == title]
        assert shown and shown[0].font().pixelSize() >= 9, step.id
        assert preview.rect().contains(shown[0].geometry()), step.id
        assert preview.geometry().intersects(p.presenter.preview.rect()), step.id
    p.leave()
    assert preview.isHidden()


@pytest.mark.parametrize(("language", "lead"), [("en", "from the card: "), ("es", "en la tarjeta: ")])
def test_what_a_note_reads_from_the_card_is_on_the_card_on_any_projector(bundled: Pack, language: str,
                                                                          lead: str) -> None:
    """"Read the demand from the card: X." — X is on the card, in the paragraphs a small projector keeps too."""
    words = bundled.language(language)
    read = 0
    for step in bundled.structure.tour:
        notes = " ".join(words.get(f"tour.{step.id}.notes").split())
        for quoted in re.findall(re.escape(lead) + r"([^.;:]+)", notes):
            assert step.card is not None, step.id
            made = card_lines(bundled, words, step.card, dates(words.code))
            assert made is not None
            kept = " ".join(line.text for line in made[1] if not line.spare).casefold()
            assert quoted.strip().casefold() in kept, (step.id, quoted)
            read += 1
    assert read >= 3, "the bundled notes read the demands from their cards"
