"""The kiosk's take-home screen shows the organiser's local contact when there is one, and nothing in its place when not."""

from __future__ import annotations

from pathlib import Path

from kiosk_support import Maker, begin_visit, make_kiosk_fixture, tap  # noqa: F401
from PySide6.QtWidgets import QLabel

from explainer.model import Pack
from explainer.model.contact import Contact
from explainer.modes.kiosk.config import read_config
from explainer.modes.kiosk.kiosk import Kiosk

CONTACT = Contact(name="Example Neighbours Group", phone="555-0100", hours="Sábados, 10–14 h")


def shown_words(kiosk: Kiosk) -> str:
    return "\n".join(label.text() for label in kiosk.take_home.findChildren(QLabel) if label.isVisible())


def test_the_take_home_screen_shows_the_contact_when_given(make_kiosk: Maker, mini: Pack) -> None:
    kiosk = make_kiosk()
    kiosk.window.contact = CONTACT
    begin_visit(kiosk)
    tap(kiosk.controls.take_home)
    assert kiosk.take_home.isVisible()
    words = shown_words(kiosk)
    for line in (mini.language("en").ui("contact_heading"), *CONTACT.lines()):
        assert line in words


def test_without_a_contact_the_take_home_screen_has_no_empty_place_for_one(make_kiosk: Maker, mini: Pack) -> None:
    kiosk = make_kiosk()
    begin_visit(kiosk)
    tap(kiosk.controls.take_home)
    assert kiosk.take_home.isVisible()
    assert mini.language("en").ui("contact_heading") not in shown_words(kiosk)
    assert not kiosk.take_home.contact.isVisible()


def test_the_kiosk_settings_name_the_contact_file_beside_them(tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text('contact = "group.yaml"\n', encoding="utf-8")
    assert read_config(settings, {}).contact == tmp_path / "group.yaml"
    settings.write_text("contact = 3\n", encoding="utf-8")
    try:
        read_config(settings, {})
    except ValueError as exc:
        assert str(exc) == f"{settings}: 'contact' must be a file name in quotes"
    else:
        raise AssertionError("a contact that is not a file name is refused")
