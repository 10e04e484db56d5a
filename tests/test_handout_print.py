"""Handouts and cards people can read: type sizes measured in the PDF, words that do not fit refused, the local contact."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from handout_tools import decode_codes, pdf_pages_as_png, pdf_text, squeeze
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QApplication

from explainer.actioncode.qr import actions_text
from explainer.handout import card, page
from explainer.handout.build import handout_pdf
from explainer.handout.content import handout_text
from explainer.handout.document import RESOLUTION, pdf_writer
from explainer.model import Pack
from explainer.model.contact import Contact, ContactError, read_contact
from explainer.wording import dates

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini"
PT = 72 / RESOLUTION
"""Device pixels to points."""
CONTACT = Contact(name="Example Neighbours Group", phone="555-0100", address="1 Example Street, Springfield",
                  hours="Mon–Fri 9–5")
"""A made-up group: the app has no contact of its own."""
TOLERANCE = 0.01


def chars(data: bytes) -> list[list[dict[str, object]]]:
    """Every character of every page, with its size and place in points (pdfplumber)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [list(p.chars) for p in pdf.pages]


def size(c: dict[str, object]) -> float:
    value = c["size"]
    assert isinstance(value, float)
    return value


def laid_out(pack: Pack, code: str, paper: str) -> page.HandoutPage:
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper)
    laid = page.HandoutPage(writer, pack, handout_text(pack, code, dates(code)))
    laid.front()
    laid.back()
    return laid


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("code", ["en", "es"])
def test_every_word_of_the_shipped_handout_is_printed_at_a_readable_size(
    app: QApplication, bundled: Pack, code: str, paper: str
) -> None:
    data = handout_pdf(bundled, [code], paper, contact=CONTACT)
    front, back = chars(data)
    laid = laid_out(bundled, code, paper)
    sources_top = laid.sources_top * PT
    assert front and back
    # The front: words at 9 pt or more. The diagram's words are drawn as outlines, so the layout measures them.
    assert min(size(c) for c in front) >= page.BODY_PT - TOLERANCE, sorted({size(c) for c in front})[:3]
    assert laid.diagram.smallest_label_pt(laid.diagram_rect.width() * PT) >= page.LABEL_PT
    # The back: the sources (below their rule) at 7 pt or more, every other word at 9 pt or more.
    words = [c for c in back if float(str(c["top"])) < sources_top]
    sources = [c for c in back if float(str(c["top"])) >= sources_top]
    assert words and sources
    assert min(size(c) for c in words) >= page.BODY_PT - TOLERANCE
    assert min(size(c) for c in sources) >= 7.0 - TOLERANCE
    assert any(size(c) < page.BODY_PT for c in sources), "the sources are the small print"


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("codes", [["en"], ["es"], ["es", "en"]])
def test_every_word_of_the_shipped_wallet_card_is_at_least_7_pt(
    app: QApplication, bundled: Pack, codes: list[str], paper: str
) -> None:
    [only] = chars(handout_pdf(bundled, codes, paper, card=True, contact=CONTACT))
    assert only
    assert min(size(c) for c in only) >= 7.0 - TOLERANCE


@pytest.mark.e2e
def test_the_handouts_code_carries_each_steps_how_and_decodes(app: QApplication, bundled: Pack, tmp_path: Path) -> None:
    for code in ("en", "es"):
        pdf = tmp_path / f"{code}.pdf"
        pdf.write_bytes(handout_pdf(bundled, [code], "letter"))
        words = bundled.language(code)
        expected = actions_text(bundled, words, None)
        for step in bundled.steps_now(None):
            assert " ".join(words.how(step.id).split()) in " ".join(expected.split()), step.id
        folder = tmp_path / code
        folder.mkdir()
        _front, back = pdf_pages_as_png(pdf, folder)
        assert decode_codes(back, [expected]) == {expected: 1}


@pytest.mark.e2e
def test_the_cards_codes_decode_to_each_steps_how(app: QApplication, bundled: Pack, tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(handout_pdf(bundled, ["es", "en"], "letter", card=True))
    [png] = pdf_pages_as_png(pdf, tmp_path)
    # Each strip's code carries the most its room holds at readable modules (test_handout_qr_modules.py).
    choices = {code: handout_text(bundled, code, dates(code)).code_choices for code in ("es", "en")}
    found = decode_codes(png, [text for texts in choices.values() for text in texts])
    assert sorted(found.values()) == [1, 1]
    assert all(sum(found[text] for text in texts) == 1 for texts in choices.values()), found
    assert choices["en"][0] == actions_text(bundled, bundled.language("en"), None) and found[choices["en"][0]] == 1


@pytest.mark.e2e
def test_the_contact_is_on_the_handout_and_the_card_when_given_and_nowhere_when_not(
    app: QApplication, bundled: Pack, tmp_path: Path
) -> None:
    for card_too in (False, True):
        for code in ("en", "es"):
            given = tmp_path / f"with-{code}-{card_too}.pdf"
            given.write_bytes(handout_pdf(bundled, [code], "letter", card=card_too, contact=CONTACT))
            said = squeeze(pdf_text(given))
            heading = bundled.language(code).ui("contact_heading")
            for line in (heading, *CONTACT.lines()):
                assert squeeze(line) in said, (code, card_too, line)
            none = tmp_path / f"without-{code}-{card_too}.pdf"
            none.write_bytes(handout_pdf(bundled, [code], "letter", card=card_too))
            unsaid = squeeze(pdf_text(none))
            assert squeeze(heading) not in unsaid and squeeze(CONTACT.phone) not in unsaid


def _long_steps(mini_copy: Path, field: str) -> None:
    text_file = mini_copy / "en" / "text.yaml"
    text = text_file.read_text(encoding="utf-8")
    assert f"{field}: Send a short letter." in text
    long = "Send a short letter. " + "This sentence is here to make the words too long for any page. " * 120
    text_file.write_text(text.replace(f"{field}: Send a short letter.", f"{field}: {long}"), encoding="utf-8")


def _handout(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "handout", *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.mark.e2e
@pytest.mark.parametrize(("card_flag", "section"), [("", "what you can do section does not fit on page 2"),
                                                    ("--card", "what you can do section does not fit on the 'en' wallet card")])
def test_words_that_do_not_fit_name_the_section_and_write_nothing(
    mini_copy: Path, tmp_path: Path, card_flag: str, section: str
) -> None:
    _long_steps(mini_copy, "how")
    out = tmp_path / "out.pdf"
    result = _handout("--content", str(mini_copy), *([card_flag] if card_flag else []), "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("know-your-data: error: the ") and section in lines[0], lines[0]
    assert not out.exists()


@pytest.mark.e2e
def test_handout_contact_from_a_file_and_a_bad_file_is_one_line_with_its_line(tmp_path: Path) -> None:
    good = tmp_path / "contact.yaml"
    good.write_text('name: "Example Neighbours Group"\nphone: "555-0100"\n', encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = _handout("--content", str(MINI), "--contact", str(good), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert squeeze("555-0100") in squeeze(pdf_text(out))
    bad = tmp_path / "bad.yaml"
    bad.write_text('name: "Example"\nfax: "555-0199"\n', encoding="utf-8")
    result = _handout("--content", str(MINI), "--contact", str(bad), "--out", str(tmp_path / "no.pdf"))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"know-your-data: error: {bad}:2:1: unknown field 'fax'; "
                                     "a contact may have: name, phone, address, hours")
    assert not (tmp_path / "no.pdf").exists()


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("name: [a, b]\n", "1:7", "name: must be text"),
        ("phone: 5550100\n", "1:8", "put it in quotes"),
        ("name: &a x\nphone: *a\n", "1:7", "anchors (&a) are not allowed"),
        ("- name\n", "1:1", "a contact file is a mapping"),
        ("name: 'a'\nname: 'b'\n", "2:1", "`name` is given twice"),
        ("name: '<b>x</b>'\n", "1:7", "raw HTML is not allowed"),
        ("name: 'x\n", "2:1", "malformed YAML"),
    ],
)
def test_a_bad_contact_file_is_one_line_naming_file_line_and_column(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    path = tmp_path / "contact.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContactError) as error:
        read_contact(path)
    said = str(error.value)
    assert said.startswith(f"{path}:{where}: "), said
    assert message in said and "\n" not in said


def test_an_empty_or_partial_contact_leaves_nothing_blank(tmp_path: Path) -> None:
    path = tmp_path / "contact.yaml"
    path.write_text("", encoding="utf-8")
    assert read_contact(path).lines() == []
    path.write_text("hours: 'Sábados, 10–14 h'\n", encoding="utf-8")
    assert read_contact(path) == Contact(hours="Sábados, 10–14 h")
    assert read_contact(path).lines() == ["Sábados, 10–14 h"]


def test_no_contact_is_built_in(bundled: Pack) -> None:
    text = handout_text(bundled, "en", dates("en"))
    assert text.contact == () and text.contact_heading == ""
    assert card.DoesNotFit.__name__ and page.DoesNotFit.__name__  # both refuse rather than shrink
