"""Printed codes a phone reads: every module at least 0.33 mm, measured in the PDF's pixels, and each code whole.

The PDF is rasterised at its own resolution (a device pixel is a raster pixel), so the dark modules inside each
code's square are measured where the page drew them: their span over the module count is the module's size.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from handout_tools import decode_codes, pdf_pages_as_png
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from explainer.actioncode.qr import qr_matrix
from explainer.handout.card import draw_card_page
from explainer.handout.content import HandoutText, handout_text
from explainer.handout.document import RESOLUTION, pdf_writer
from explainer.handout.page import lay_out_handout
from explainer.handout.typeset import MODULE_MIN_PT
from explainer.model import Pack
from explainer.model.contact import Contact
from explainer.wording import dates

MM = 25.4 / 72
CONTACT = Contact(name="Example Neighbours Group", phone="555-0100", address="1 Example Street, Springfield",
                  hours="Mon–Fri 9–5")
"""A made-up group (the app has none of its own): the contact takes room the code could have had."""

Drawn = list[tuple[str, QRectF]]


def _texts(pack: Pack, codes: list[str], contact: Contact | None) -> list[HandoutText]:
    return [handout_text(pack, code, dates(code), contact=contact) for code in codes]


def card_pdf(pack: Pack, codes: list[str], paper: str, contact: Contact | None, path: Path) -> Drawn:
    """The card page written to ``path``; each code's text and square on the page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper)
    painter = QPainter(writer)
    try:
        drawn = draw_card_page(writer, painter, pack, _texts(pack, codes, contact))
    finally:
        painter.end()
    buffer.close()
    path.write_bytes(bytes(buffer.data().data()))
    return drawn


def handout_back_pdf(pack: Pack, code: str, paper: str, contact: Contact | None, path: Path) -> Drawn:
    """The handout's back page alone written to ``path``; its code's text and square."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper)
    [text] = _texts(pack, [code], contact)
    _front, back = lay_out_handout(writer, pack, text)
    painter = QPainter(writer)
    try:
        back.draw(painter)
    finally:
        painter.end()
    buffer.close()
    path.write_bytes(bytes(buffer.data().data()))
    return back.codes


def measured_module_pt(png: Path, text: str, square: QRectF) -> float:
    """The module's size in points: the dark modules' span inside ``square`` over the code's module count."""
    with Image.open(png) as image:
        box = (int(square.left()), int(square.top()), int(square.right()) + 1, int(square.bottom()) + 1)
        dark = image.convert("L").crop(box).point(lambda v: 255 if v < 128 else 0)
        found = dark.getbbox()
    assert found is not None, "no code drawn where the page says"
    left, top, right, bottom = found
    modules = len(qr_matrix(text))
    # Finder patterns fill three corners, so the dark span is the whole symbol each way.
    return min(right - left, bottom - top) / modules * 72 / RESOLUTION


def check_codes(pack: Pack, codes: list[str], png: Path, drawn: Drawn, sizes: list[str]) -> None:
    """Each code's modules are big enough and it decodes to a text with the how of every step it names."""
    assert drawn, "a code is printed"
    for text, square in drawn:
        module = measured_module_pt(png, text, square)
        sizes.append(f"{module:.3f} pt = {module * MM:.3f} mm")
        assert module >= MODULE_MIN_PT - 0.01, (module, text[:60])
        assert module * MM >= 0.33, module
        named = [(code, step.id) for code in codes for step in pack.steps_now(None)
                 if f"{pack.language(code).get(f'actions.{step.id}.title')}: " in text]
        assert named, "the code names steps"
        for code, step_id in named:
            how = " ".join(pack.language(code).how(step_id).split())
            assert how in " ".join(text.split()), (code, step_id)
    texts = [text for text, _square in drawn]
    found = decode_codes(png, texts)
    assert sum(found.values()) == len(texts), found


@pytest.mark.e2e
@pytest.mark.parametrize("contact", [None, CONTACT], ids=["no-contact", "contact"])
def test_every_code_on_the_wallet_card_has_modules_a_phone_reads(
        app: QApplication, bundled: Pack, tmp_path: Path, contact: Contact | None) -> None:
    sizes: list[str] = []  # the card is the same size on either paper
    for codes in (["en"], ["en", "es"]):
        pdf = tmp_path / f"card-{'-'.join(codes)}.pdf"
        drawn = card_pdf(bundled, codes, "letter", contact, pdf)
        assert len(drawn) == 2, "one code on each strip"
        folder = tmp_path / "-".join(codes)
        folder.mkdir()
        [png] = pdf_pages_as_png(pdf, folder, dpi=RESOLUTION)
        check_codes(bundled, codes, png, drawn, sizes)
    print(contact is not None, sizes)


@pytest.mark.e2e
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("contact", [None, CONTACT], ids=["no-contact", "contact"])
def test_the_handouts_code_has_modules_a_phone_reads(
        app: QApplication, bundled: Pack, tmp_path: Path, paper: str, contact: Contact | None) -> None:
    sizes: list[str] = []
    for code in ("en", "es"):
        pdf = tmp_path / f"back-{code}.pdf"
        drawn = handout_back_pdf(bundled, code, paper, contact, pdf)
        assert len(drawn) == 1
        folder = tmp_path / code
        folder.mkdir()
        [png] = pdf_pages_as_png(pdf, folder, dpi=RESOLUTION)
        check_codes(bundled, [code], png, drawn, sizes)
    print(paper, contact is not None, sizes)


def test_a_code_with_too_little_room_carries_fewer_whole_steps_not_smaller_modules(bundled: Pack) -> None:
    from explainer.actioncode.qr import printed_choices

    for code in bundled.languages:
        words = bundled.language(code)
        choices = printed_choices(bundled, words)
        sides = [len(qr_matrix(t)) for t in choices]
        assert sides == sorted(sides, reverse=True) and len(set(choices)) == len(choices)
        assert choices[-1].endswith(words.ui("qr_more"))
        for text in choices:  # never a step cut in its middle
            for step in bundled.steps_now(None):
                if f"{words.get(f'actions.{step.id}.title')}: " in text:
                    assert " ".join(words.how(step.id).split()) in " ".join(text.split())
