"""A pack's words are shown as the characters typed: no label, tooltip or caption interprets HTML or loads an image.

Each test puts ``<img src=...>`` naming a real, brightly coloured picture into a pack's words, opens the app in
explore, present or kiosk mode, and checks both the label's text format and the screen: not one pixel of the
picture may appear. The same modes also run on a pack that carries no interface words at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from kiosk_support import Maker, make_kiosk_fixture  # noqa: F401
from present_support import Opener, present_fixture  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget
from test_interface_words import strip_interface_words

from explainer.model import Pack, load_pack
from explainer.model.interface import interface_words
from explainer.window import MainWindow

# A colour nothing in the app uses, so any pixel of it on screen came from the picture.
MARK = QColor(3, 254, 1)


def marked_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixel = bytes([MARK.blue(), MARK.green(), MARK.red(), 0xFF])
    data = bytes(image.constBits())
    return sum(1 for i in range(0, len(data), 4) if data[i:i + 4] == pixel) if pixel in data else 0


@pytest.fixture
def hostile(mini_copy: Path, tmp_path: Path) -> tuple[Pack, str]:
    """The mini pack with ``<img>`` in its title, offline note, intro, a tour caption and a toolbar word."""
    picture = tmp_path / "picture.png"
    image = QImage(240, 240, QImage.Format.Format_RGB32)
    image.fill(MARK)
    assert image.save(str(picture))
    tag = f"<img src={picture}>"
    strip_interface_words(mini_copy)
    pack = load_pack(mini_copy)
    # validate refuses HTML in a pack's short words; put it in after loading, so the screen itself is tested.
    entries = pack.language("en").entries
    entries["title"] = f"{tag} Mini pack"
    entries["tour.step-start.caption"] = f"{tag} Here it starts."
    entries["ui.offline_note"] = f"{tag} Offline"
    entries["ui.home"] = tag
    entries["intro"] = f"{tag} Welcome <b>in bold?</b>\n\n<div>{tag}</div>\n\n![picture]({picture})\n"
    return pack, tag


def assert_plain(label: QLabel, tag: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert tag in label.text()


def test_explore_shows_img_tags_as_text_and_loads_no_picture(open_window: Callable[..., MainWindow],
                                                              hostile: tuple[Pack, str]) -> None:
    pack, tag = hostile
    window = open_window(pack, "en")
    assert_plain(window.footer, tag)
    assert tag in window.windowTitle()
    assert window.home_action.toolTip() == f"<span>{tag.replace('<', '&lt;').replace('>', '&gt;')}</span>"
    # The intro in the panel: the tags are words, the Markdown image is its description, and no <img> reaches Qt.
    shown = window.panel.primary.toPlainText()
    assert tag in shown and "<b>in bold?</b>" in shown and "picture" in shown
    assert "<img" not in window.panel.primary.toHtml().replace("&lt;img", "")
    assert marked_pixels(window) == 0


def test_the_kiosk_idle_caption_shows_intro_html_as_text(make_kiosk: Maker, hostile: tuple[Pack, str]) -> None:
    pack, tag = hostile
    kiosk = make_kiosk(pack, "en")
    band = kiosk.attract.band
    assert kiosk.attract.active and band.isVisible()
    assert_plain(band.title, tag)
    assert_plain(band.text, tag)
    assert band.text.text().startswith(f"{tag} Welcome <b>in bold?</b>")
    assert marked_pixels(kiosk.window) == 0


def test_the_presenter_caption_shows_a_tour_caption_as_text(present: Opener, hostile: tuple[Pack, str]) -> None:
    pack, tag = hostile
    presentation = present(pack, language="en")
    caption = presentation.caption.caption
    assert_plain(caption, tag)
    assert marked_pixels(caption.window()) == 0


def test_a_pack_without_interface_words_runs_in_every_mode(open_window: Callable[..., MainWindow], present: Opener,
                                                           make_kiosk: Maker, mini_copy: Path) -> None:
    strip_interface_words(mini_copy)
    pack = load_pack(mini_copy)
    english = interface_words("en")
    window = open_window(pack, "en")
    assert window.home_action.text() == english["home"]
    assert window.footer.text().startswith(english["offline_note"])
    presentation = present(pack, language="en")
    assert presentation.caption.side.text() in (english["present_hint_keys"], english["present_step"].format(
        number=1, count=len(pack.structure.tour)))
    kiosk = make_kiosk(pack, "en")
    assert kiosk.attract.band.touch.text() == english["touch_to_start"]
    arabic = make_kiosk(pack, "ar")
    assert arabic.attract.band.touch.text() == english["touch_to_start"]  # no Arabic interface: the default's
