"""Explore and present name who signed the pack in About, or say it is not signed, and never refuse a pack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from explainer.model import load_pack
from explainer.packsign import keys, seal
from explainer.packsign.status import NOT_SIGNED, SIGNED_WITH, UNREADABLE, describe
from explainer.paths import bundled_content
from explainer.window import MainWindow


def test_describe_names_the_signing_key_or_says_not_signed(mini_copy: Path) -> None:
    assert describe(mini_copy) == (NOT_SIGNED, {})
    secret = keys.generate()
    seal.sign_pack(mini_copy, secret)
    assert describe(mini_copy) == (SIGNED_WITH, {"key_id": keys.key_id_text(secret.key_id)})
    (mini_copy / seal.SIGNATURE).write_text("junk\n")
    assert describe(mini_copy) == (UNREADABLE, {})


def test_about_shows_the_signing_key_and_an_altered_pack_still_opens(
        open_window: Callable[..., MainWindow], mini_copy: Path) -> None:
    secret = keys.generate()
    seal.sign_pack(mini_copy, secret)
    about = mini_copy / "en" / "about.md"
    about.write_text(about.read_text() + "\nChanged after signing.\n")
    window = open_window(load_pack(mini_copy))
    window.about_action.trigger()
    text = window.panel.primary.toPlainText()
    assert "Changed after signing." in text
    assert f"Signed with key {keys.key_id_text(secret.key_id)} (not checked here)" in text


def test_about_says_when_a_pack_is_not_signed_in_the_visitors_language(open_window: Callable[..., MainWindow]) -> None:
    window = open_window(load_pack(bundled_content()), "es")
    window.about_action.trigger()
    assert "Sin firmar" in window.panel.primary.toPlainText()
