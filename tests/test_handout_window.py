"""In the window: the actions' code under the panel's actions, and a control that saves the handout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from handout_tools import decode_codes, pdf_text, squeeze
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox

from explainer.actioncode.qr import actions_text
from explainer.handout import save_dialog
from explainer.model import Pack
from explainer.window import MainWindow


class FakeDialog:
    """Stands in for the save dialog: answers with a chosen path."""

    answer = ""

    @staticmethod
    def getSaveFileName(*_args: object) -> tuple[str, str]:
        return FakeDialog.answer, ""


@pytest.mark.e2e
def test_the_panel_shows_the_code_for_the_pathways_actions(open_window: Callable[..., MainWindow], mini: Pack,
                                                            tmp_path: Path) -> None:
    window = open_window(mini, "en")
    window.navigator.select("north-hop")
    browser = window.panel.primary
    assert "Scan to keep these steps" in browser.toPlainText()
    name = "qr-en-north"
    assert f'src="{name}"' in browser.toHtml()
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    assert isinstance(image, QImage) and not image.isNull()
    png = tmp_path / "panel-code.png"
    assert image.save(str(png))
    expected = actions_text(mini, mini.language("en"), "north")
    assert decode_codes(png, [expected]) == {expected: 1}


def test_the_panels_code_follows_the_language(open_window: Callable[..., MainWindow], mini: Pack) -> None:
    window = open_window(mini, "ar")
    window.navigator.select("north")
    assert 'src="qr-ar-north"' in window.panel.primary.toHtml()


def test_the_intro_has_no_code(open_window: Callable[..., MainWindow], mini: Pack) -> None:
    window = open_window(mini, "en")
    assert "<img" not in window.panel.primary.toHtml()


@pytest.mark.e2e
def test_print_saves_the_handout_where_the_person_chooses(open_window: Callable[..., MainWindow], mini: Pack, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(mini, "ar")
    assert window.print_action.text() == mini.language("ar").ui("print")
    FakeDialog.answer = str(tmp_path / "my handout")
    monkeypatch.setattr(save_dialog, "QFileDialog", FakeDialog)
    window.print_action.trigger()
    written = tmp_path / "my handout.pdf"
    assert [p.name for p in tmp_path.iterdir()] == [written.name]
    assert squeeze(mini.language("ar").get("pathways.north.title")) in squeeze(pdf_text(written))


@pytest.mark.e2e
def test_print_carries_the_local_contact_the_app_was_given(open_window: Callable[..., MainWindow], mini: Pack,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from explainer.model.contact import Contact

    window = open_window(mini, "en")
    window.contact = Contact(name="Example Neighbours Group", phone="555-0100")
    FakeDialog.answer = str(tmp_path / "with-contact.pdf")
    monkeypatch.setattr(save_dialog, "QFileDialog", FakeDialog)
    window.print_action.trigger()
    said = squeeze(pdf_text(tmp_path / "with-contact.pdf"))
    assert squeeze("Example Neighbours Group") in said and squeeze("555-0100") in said


def test_print_cancelled_writes_nothing(open_window: Callable[..., MainWindow], mini: Pack, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(mini, "en")
    FakeDialog.answer = ""
    monkeypatch.setattr(save_dialog, "QFileDialog", FakeDialog)
    window.print_action.trigger()
    assert list(tmp_path.iterdir()) == []


def test_print_that_cannot_write_says_so_in_the_language(open_window: Callable[..., MainWindow], mini: Pack, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(mini, "en")
    FakeDialog.answer = str(tmp_path / "gone" / "handout.pdf")
    monkeypatch.setattr(save_dialog, "QFileDialog", FakeDialog)
    shown: list[tuple[str, Qt.TextFormat]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.text(), box.textFormat()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    window.print_action.trigger()
    # Plain text: a file name (or a pack's word) holding "<img ...>" is shown as typed.
    assert shown == [(f"Could not save {tmp_path / 'gone' / 'handout.pdf'}", Qt.TextFormat.PlainText)]
    assert list(tmp_path.iterdir()) == []
