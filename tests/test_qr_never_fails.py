"""QR codes never fail: action words far too long for one code, in 4-byte characters (emoji, Adlam), in the kiosk,
the panel and the handout. The issue's attack: four taps on "Take this with you" ended the kiosk (exit 70)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from kiosk_support import Maker, begin_visit, make_kiosk_fixture, tap  # noqa: F401

from explainer.actioncode.qr import MAX_BYTES, actions_text
from explainer.model import Pack, load_pack
from explainer.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
ADLAM = "𞤀𞤣𞤤𞤢𞤥 "


@pytest.fixture
def long_pack(mini_copy: Path) -> Path:
    text = mini_copy / "en" / "text.yaml"
    words = text.read_text("utf-8")
    for old, new in (("text: Ask for it.", f"text: 'Ask {ADLAM * 150} 😀😀😀'"),
                     ("how: Write to the north council.", f"how: '{'🙂 ' * 400}'"),
                     ("title: Ask for records", f"title: '{'Ask for every record 😀 ' * 40}'"),
                     ("title: Close the south way", f"title: '{ADLAM * 200}'")):
        assert old in words
        words = words.replace(old, new)
    text.write_text(words, encoding="utf-8")
    return mini_copy


def test_every_code_text_fits_one_code(long_pack: Path) -> None:
    pack = load_pack(long_pack)
    for pathway in (None, "north", "south"):
        said = actions_text(pack, pack.language("en"), pathway)
        assert len(said.encode("utf-8")) <= MAX_BYTES


def test_four_taps_on_take_this_with_you_show_a_code_each_time(make_kiosk: Maker, long_pack: Path) -> None:
    kiosk = make_kiosk(load_pack(long_pack))
    begin_visit(kiosk)
    for selection in (None, "north", "south", "north-hop"):
        if selection:
            kiosk.navigator.select(selection)
        tap(kiosk.controls.take_home)
        assert kiosk.take_home.isVisible()
        assert not kiosk.take_home.code.pixmap().isNull(), selection
        kiosk.take_home.hide()


def test_the_panel_shows_a_code_for_every_pathway(open_window: Callable[..., MainWindow], long_pack: Path) -> None:
    pack: Pack = load_pack(long_pack)
    window = open_window(pack)
    for selection in ("north", "south", "start-north"):
        window.navigator.select(selection)
        assert "<img" in window.panel.primary.toHtml(), selection


@pytest.mark.e2e
@pytest.mark.parametrize("card", [False, True])
def test_the_handout_makes_its_codes_or_says_in_one_line_what_does_not_fit(long_pack: Path, tmp_path: Path,
                                                                            card: bool) -> None:
    out = tmp_path / "h.pdf"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "handout", "--content", str(long_pack),
                             *(["--card"] if card else []), "--out", str(out)], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120, check=False)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    if result.returncode == 0:
        assert out.stat().st_size > 1000
    else:
        assert len(result.stderr.strip().splitlines()) == 1 and "does not fit" in result.stderr
        assert not out.exists()
