"""Handouts and cards as PDF files: what the command line and the window's print button write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter

from explainer.handout.card import draw_card_page
from explainer.handout.content import HandoutText, handout_text
from explainer.handout.document import Page, render_pdf, write_whole
from explainer.handout.page import lay_out_handout
from explainer.handout.typeset import Sheet
from explainer.model.contact import Contact
from explainer.model.pack import Pack
from explainer.wording import dates


def _texts(pack: Pack, codes: list[str], state: str | None = None, contact: Contact | None = None) -> list[HandoutText]:
    return [handout_text(pack, code, dates(code), state, contact) for code in codes]


def handout_pdf(pack: Pack, codes: list[str], paper: str = "letter", card: bool = False,
                state: str | None = None, contact: Contact | None = None) -> bytes:
    """The handout (a sheet per language: front and back) or a page of fold-out wallet cards.

    With a ``state`` (a valid code), the handout names that state's marks on each pathway and its facts;
    with a ``contact``, the handout and cards print the local group. Words that do not fit at readable
    sizes raise :class:`~explainer.handout.page.DoesNotFit` (or ``card.DoesNotFit``) naming the section.
    """
    texts = _texts(pack, codes, state, contact)

    def handout_pages(text: HandoutText) -> list[Page]:
        laid: list[Sheet] = []

        def front(device: QPagedPaintDevice, painter: QPainter) -> None:
            laid[:] = lay_out_handout(device, pack, text)  # both sides checked before the first is drawn
            laid[0].draw(painter)

        def back(_device: QPagedPaintDevice, painter: QPainter) -> None:
            laid[1].draw(painter)

        return [front, back]

    def card_page(device: QPagedPaintDevice, painter: QPainter) -> None:
        draw_card_page(device, painter, pack, texts)

    pages: list[Page] = [card_page] if card else [page for text in texts for page in handout_pages(text)]
    return render_pdf(pages, paper, texts[0].title)


def write_handout(pack: Pack, codes: list[str], path: Path, paper: str = "letter", card: bool = False,
                  state: str | None = None, contact: Contact | None = None) -> None:
    """Write the handout or cards to ``path`` whole, or raise :class:`~explainer.handout.document.WriteError`."""
    write_whole(path, handout_pdf(pack, codes, paper, card, state, contact))
