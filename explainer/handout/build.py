"""Handouts and cards as PDF files: what the command line and the window's print button write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter

from explainer.handout.card import draw_card_page
from explainer.handout.content import HandoutText, handout_text
from explainer.handout.document import Page, render_pdf, write_whole
from explainer.handout.page import draw_handout_page
from explainer.model.pack import Pack
from explainer.wording import dates


def _texts(pack: Pack, codes: list[str], state: str | None = None) -> list[HandoutText]:
    return [handout_text(pack, code, dates(code), state) for code in codes]


def handout_pdf(pack: Pack, codes: list[str], paper: str = "letter", card: bool = False,
                state: str | None = None) -> bytes:
    """The handout (a page per language) or a page of wallet cards (front and back, or one language a side).

    With a ``state`` (a valid code), the handout names that state's marks on each pathway and its facts.
    """
    texts = _texts(pack, codes, state)

    def handout_page(text: HandoutText) -> Page:
        return lambda device, painter: draw_handout_page(device, painter, pack, text)

    def card_page(device: QPagedPaintDevice, painter: QPainter) -> None:
        draw_card_page(device, painter, pack, texts)

    pages: list[Page] = [card_page] if card else [handout_page(text) for text in texts]
    return render_pdf(pages, paper, texts[0].title)


def write_handout(pack: Pack, codes: list[str], path: Path, paper: str = "letter", card: bool = False,
                  state: str | None = None) -> None:
    """Write the handout or cards to ``path`` whole, or raise :class:`~explainer.handout.document.WriteError`."""
    write_whole(path, handout_pdf(pack, codes, paper, card, state))
